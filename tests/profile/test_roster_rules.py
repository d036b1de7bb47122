"""The grade rule of CreateStudent and UpdateStudent."""

from __future__ import annotations

import pytest

from services.common.errors import InvalidArgument
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
