"""The id rule shared by tenant, student, school, district and source ids."""

from __future__ import annotations

import pytest

from services.common.errors import InvalidArgument
from services.profile.convert import MAX_ID_LENGTH, check_id


@pytest.mark.parametrize("value", [
    "s1", "S-100", "000001", "review-d62ef537", "prairie-sun-wi", "5c5d1a2b3c4d5e6f7a8b9c0d",
    "3f2504e0-4f89-11d3-9a0c-0305e82c3301", "student@district.org", "edfi:604821", "org/school.7_a",
    "x" * MAX_ID_LENGTH,
])
def test_check_id_accepts_source_ids(value):
    assert check_id("student_id", value) == value


@pytest.mark.parametrize("value", [
    " ", " s4 ", "s5\n", "\x00", "s1\x00", "review-ws\t", "a|b", "a b", "-lead", ".hidden", "ünï", "😀",
    "x" * (MAX_ID_LENGTH + 1),
])
def test_check_id_rejects_unsafe_ids(value):
    with pytest.raises(InvalidArgument) as error:
        check_id("student_id", value)

    message = str(error.value)
    assert message.startswith("student_id ")
    assert "[A-Za-z0-9][A-Za-z0-9._:@/-]{0,127}" in message


def test_check_id_names_missing_field():
    with pytest.raises(InvalidArgument, match="tenant_id is required"):
        check_id("tenant_id", "")


def test_check_id_shows_repr_of_value():
    with pytest.raises(InvalidArgument) as error:
        check_id("student_id", "s1\x00")

    assert "'s1\\x00'" in str(error.value)


def test_check_id_truncates_long_value():
    with pytest.raises(InvalidArgument) as error:
        check_id("student_id", "y" * 5000)

    message = str(error.value)
    assert "'" + "y" * 79 + "..." in message
    assert len(message) < 300
