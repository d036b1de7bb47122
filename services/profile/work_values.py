"""The work-values card sort: the student ranks O*NET's six work values from 1 (most important) to 6.

A rank becomes a weight (7 - rank) / 21, so rank 1 weighs 6/21, rank 6 weighs 1/21 and the weights sum to
1. Matching uses the weights against each career's O*NET work-value extents (EX, 1-7).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

# O*NET work values in element order 1.B.2.a .. 1.B.2.f; keys match the Career `wv_*` properties.
WORK_VALUES: tuple[str, ...] = (
    "achievement", "working_conditions", "recognition", "relationships", "support", "independence",
)
WORK_VALUE_NAMES: dict[str, str] = {
    "achievement": "Achievement", "working_conditions": "Working Conditions", "recognition": "Recognition",
    "relationships": "Relationships", "support": "Support", "independence": "Independence",
}
RANK_SUM = sum(range(1, len(WORK_VALUES) + 1))


class WorkValuesError(ValueError):
    """Raised for a ranking that is not a permutation of 1-6 over the six values."""


@dataclass(frozen=True)
class ValueScore:
    value: str
    rank: int

    @property
    def weight(self) -> float:
        return (len(WORK_VALUES) + 1 - self.rank) / RANK_SUM


def score_work_values(ranks: Mapping[str, int]) -> tuple[ValueScore, ...]:
    """Check a complete ranking and return one score per value in O*NET order."""
    for value, rank in ranks.items():
        if value not in WORK_VALUES:
            raise WorkValuesError(f"work value {value!r} is unknown; use one of {', '.join(WORK_VALUES)}")
        if not 1 <= rank <= len(WORK_VALUES):
            raise WorkValuesError(f"rank {rank} for {WORK_VALUE_NAMES[value]} is out of range; "
                                  f"allowed: 1 (most important) to {len(WORK_VALUES)}")

    missing = [WORK_VALUE_NAMES[value] for value in WORK_VALUES if value not in ranks]
    if missing:
        raise WorkValuesError(f"no rank for {', '.join(missing)}; rank all six work values")

    seen: dict[int, str] = {}
    for value in WORK_VALUES:
        rank = ranks[value]
        if rank in seen:
            raise WorkValuesError(f"rank {rank} is given to both {WORK_VALUE_NAMES[seen[rank]]} and "
                                  f"{WORK_VALUE_NAMES[value]}; use each rank 1-6 once")
        seen[rank] = value

    return tuple(ValueScore(value, ranks[value]) for value in WORK_VALUES)
