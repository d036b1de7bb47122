"""Unit tests of the career cache and of how answers merge into attempts."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from services.profile.attempts import COMPLETE, IN_PROGRESS, apply_answers, from_properties, to_properties
from services.profile.career_cache import CareerCache
from services.profile.inventory import InventoryError
from services.profile.matching import CareerProfile

NOW = datetime(2025, 9, 1, tzinfo=timezone.utc)
LATER = datetime(2025, 9, 2, tzinfo=timezone.utc)
CAREER = CareerProfile("29-1141.00", "Registered Nurses", (2.0, 4.0, 1.5, 5.6, 3.0, 3.5), "SIC")


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_cache_reloads_after_ttl():
    loads = []
    clock = Clock()
    cache = CareerCache(lambda: loads.append(1) or [CAREER], ttl_s=60, clock=clock)

    cache.careers()
    cache.careers()
    clock.now = 61
    cache.careers()

    assert len(loads) == 2


def test_cache_reloads_after_invalidate():
    loads = []
    cache = CareerCache(lambda: loads.append(1) or [CAREER], ttl_s=60, clock=Clock())

    cache.careers()
    cache.invalidate()
    cache.careers()

    assert len(loads) == 2


def test_cache_retries_empty_catalog():
    results = [[], [CAREER]]
    cache = CareerCache(lambda: results.pop(0), ttl_s=60, clock=Clock())

    assert cache.careers() == ()
    assert cache.careers() == (CAREER,)


def test_cache_keeps_profiles_when_reload_fails():
    calls = []

    def loader():
        calls.append(1)
        if len(calls) > 1:
            raise ConnectionError("neo4j down")
        return [CAREER]

    cache = CareerCache(loader, ttl_s=60, clock=Clock())
    cache.careers()
    cache.invalidate()

    assert cache.careers() == (CAREER,)


def test_first_answers_start_attempt_one(item_bank):
    attempt, changed = apply_answers(None, {item_bank[0].item_id: 1}, False, item_bank, NOW)

    assert changed
    assert attempt.attempt_number == 1
    assert attempt.status == IN_PROGRESS
    assert attempt.result is None


def test_change_to_complete_attempt_starts_next(item_bank):
    everything = {item.item_id: 1 for item in item_bank}
    complete, _ = apply_answers(None, everything, False, item_bank, NOW)

    updated, changed = apply_answers(complete, {item_bank[0].item_id: -1}, False, item_bank, LATER)

    assert complete.status == COMPLETE
    assert changed
    assert updated.attempt_number == 2
    assert updated.status == COMPLETE
    assert updated.answers[item_bank[0].item_id] == -1
    assert complete.answers[item_bank[0].item_id] == 1


def test_empty_submission_rejected(item_bank):
    with pytest.raises(InventoryError, match="no answers"):
        apply_answers(None, {}, False, item_bank, NOW)


def test_attempt_properties_round_trip(item_bank):
    attempt, _ = apply_answers(None, {item.item_id: 0 for item in item_bank}, False, item_bank, NOW)

    assert from_properties(to_properties(attempt)) == attempt


def test_retake_twice_reuses_empty_attempt(item_bank):
    everything = {item.item_id: 1 for item in item_bank}
    complete, _ = apply_answers(None, everything, False, item_bank, NOW)

    retake, first_changed = apply_answers(complete, {}, True, item_bank, LATER)
    again, second_changed = apply_answers(retake, {}, True, item_bank, LATER)

    assert first_changed
    assert retake.attempt_number == 2
    assert not second_changed
    assert again is retake


def test_retake_with_answers_fills_empty_attempt(item_bank):
    empty, _ = apply_answers(None, {}, True, item_bank, NOW)

    filled, changed = apply_answers(empty, {item_bank[0].item_id: -1}, True, item_bank, LATER)

    assert changed
    assert filled.attempt_number == 1
    assert filled.answers == {item_bank[0].item_id: -1}
    assert filled.started_at == NOW


def test_retake_of_started_attempt_starts_next(item_bank):
    started, _ = apply_answers(None, {item_bank[0].item_id: 1}, False, item_bank, NOW)

    retake, changed = apply_answers(started, {}, True, item_bank, LATER)

    assert changed
    assert retake.attempt_number == 2
    assert retake.answers == {}
