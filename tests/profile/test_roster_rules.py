"""The grade rule of CreateStudent and UpdateStudent, and how stored grades are read."""

from __future__ import annotations

import pytest

from services.common.errors import InvalidArgument
from services.profile.convert import grade_from_graph
from services.profile.service import MAX_GRADE, MIN_GRADE, _check_grade


@pytest.mark.parametrize("grade", range(MIN_GRADE, MAX_GRADE + 1))
def test_grade_accepts_six_to_twelve(grade):
    assert _check_grade(grade, required=True) == grade
    assert _check_grade(grade, required=False) == grade


@pytest.mark.parametrize("grade", [-1, 1, 5, 13, 99])
def test_grade_out_of_range(grade):
    with pytest.raises(InvalidArgument) as error:
        _check_grade(grade, required=True)

    assert str(error.value) == f"grade {grade} is out of range; use 6-12 (middle and high school)"


def test_grade_missing_on_create():
    with pytest.raises(InvalidArgument, match="grade is required; use 6-12"):
        _check_grade(0, required=True)


def test_grade_zero_on_update():
    with pytest.raises(InvalidArgument) as error:
        _check_grade(0, required=False)

    assert "grade 0 is out of range; use 6-12" in str(error.value)
    assert "leave grade unset to keep the stored grade" in str(error.value)


@pytest.mark.parametrize("stored, expected", [
    (10, 10), (9.0, 9), ("09", 9), ("12", 12), (" 11 ", 11), ("13", 13),
    ("KG", 0), ("PK", 0), ("PS", 0), ("UG", 0), ("Other", 0), ("", 0), (None, 0), (True, 0), (9.5, 0), ("٩", 0),
])
def test_grade_read_from_graph(stored, expected):
    assert grade_from_graph(stored) == expected
