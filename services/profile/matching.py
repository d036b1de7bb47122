"""Career matching: rank careers by interest congruence and values fit, with named factors and reasons.

Three factors, each 0..1:
- interest_correlation: Pearson correlation between the student's six normalised RIASEC scores and the
  career's O*NET occupational interest scores (OI, 1-7), mapped from -1..1 to 0..1. It compares the shape
  of the two profiles, so it does not depend on how generously a student answers. When either profile is
  flat (all six equal) the correlation is undefined and the factor is 0.5.
- holland_code_agreement: Iachan's M index between the student's three-letter Holland code and the
  career's O*NET high-point code (one to three letters). Matching letters earn the weight of their pair of
  positions (first-first 22, first-second 10, second-second 5, first-third 4, second-third 2,
  third-third 1), divided by the maximum the career's code length allows (22, 27 or 28). A student whose
  six scores are equal has no Holland code, so the factor is 0.5 for every career.
- values_fit: the student's work-value weights applied to the career's O*NET extents (EX, 1-7), mapped
  to 0..1. A career without work-value ratings gets 0.5 and a reason that says so.

The score is the weighted sum (0.5, 0.3, 0.2). Without a work-values attempt the values factor is left
out and the other weights are scaled to sum to 1. Scores are rounded to 1e-9 before sorting and ties are
broken by O*NET-SOC code, so the same answers always give the same list.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from services.profile.inventory import AREAS, InterestResult, describe_code, describe_top_areas, holland_code
from services.profile.work_values import WORK_VALUE_NAMES, WORK_VALUES, ValueScore

FACTOR_WEIGHTS: dict[str, float] = {
    "interest_correlation": 0.5,
    "holland_code_agreement": 0.3,
    "values_fit": 0.2,
}
# Iachan (1984) position weights: IACHAN[student position][career position].
IACHAN = ((22, 10, 4), (10, 5, 2), (4, 2, 1))
IACHAN_MAX_BY_LENGTH = {1: 22, 2: 27, 3: 28}
NEUTRAL = 0.5
# The education-ceiling filter uses the O*NET job zone when BLS gives no typical education. Zones 1-2 are
# high school or less, 3 associate or vocational training, 4 bachelor's, 5 master's or more.
EDUCATION_RANK_BY_JOB_ZONE = {1: 1, 2: 1, 3: 4, 4: 5, 5: 7}
UNDIFFERENTIATED_REASON = ("Your answers rate all six areas the same, so interests don't change the order; "
                           "try answering 'like' only for activities you really enjoy.")


@dataclass(frozen=True)
class CareerProfile:
    onetsoc: str
    title: str
    riasec: tuple[float, ...]
    holland_code: str
    work_values: dict[str, float] | None = None
    job_zone: int | None = None
    typical_education_rank: int | None = None
    bright_outlook: bool = False
    # Derived once per career for fast matching.
    _centered: tuple[float, ...] = field(default=(), compare=False, repr=False)
    _norm: float = field(default=0.0, compare=False, repr=False)

    def __post_init__(self) -> None:
        mean = sum(self.riasec) / len(self.riasec)
        centered = tuple(score - mean for score in self.riasec)
        object.__setattr__(self, "_centered", centered)
        object.__setattr__(self, "_norm", math.sqrt(sum(value * value for value in centered)))
        if not self.holland_code:
            object.__setattr__(self, "holland_code", holland_code(self.riasec, 1))

    @property
    def education_rank(self) -> int | None:
        """Typical education rank, or the job-zone stand-in when BLS gives none."""
        if self.typical_education_rank is not None:
            return self.typical_education_rank
        return EDUCATION_RANK_BY_JOB_ZONE.get(self.job_zone) if self.job_zone else None


@dataclass(frozen=True)
class Filters:
    job_zones: frozenset[int] = frozenset()
    max_education_rank: int | None = None
    bright_outlook_only: bool = False

    def accepts(self, career: CareerProfile) -> bool:
        if self.job_zones and career.job_zone not in self.job_zones:
            return False
        if self.bright_outlook_only and not career.bright_outlook:
            return False
        if self.max_education_rank is not None:
            rank = career.education_rank
            if rank is None or rank > self.max_education_rank:
                return False
        return True


@dataclass(frozen=True)
class Factor:
    name: str
    value: float
    weight: float
    explanation: str


@dataclass(frozen=True)
class Match:
    career: CareerProfile
    score: float
    rank: int
    factors: tuple[Factor, ...]
    reasons: tuple[str, ...]


def iachan_agreement(student_code: str, career_code: str) -> float:
    """Return Iachan's M index of two Holland codes, scaled to 0..1 by the career code's maximum."""
    career_code = career_code[:3]
    if not career_code:
        return 0.0

    total = 0
    for student_position, letter in enumerate(student_code[:3]):
        career_position = career_code.find(letter)
        if career_position >= 0:
            total += IACHAN[student_position][career_position]
    return total / IACHAN_MAX_BY_LENGTH[len(career_code)]


def _student_centered(vector: Sequence[float]) -> tuple[tuple[float, ...], float]:
    mean = sum(vector) / len(vector)
    centered = tuple(value - mean for value in vector)
    return centered, math.sqrt(sum(value * value for value in centered))


def _correlation(student_centered: Sequence[float], student_norm: float, career: CareerProfile) -> float | None:
    if student_norm == 0.0 or career._norm == 0.0:
        return None
    dot = sum(a * b for a, b in zip(student_centered, career._centered))
    return dot / (student_norm * career._norm)


def _values_fit(values: Sequence[ValueScore], career: CareerProfile) -> float | None:
    if not career.work_values:
        return None
    total = 0.0
    for score in values:
        extent = career.work_values.get(score.value)
        if extent is None:
            return None
        total += score.weight * (extent - 1.0) / 6.0
    return total


def factor_weights(with_values: bool) -> dict[str, float]:
    """Return the factor weights, scaled to sum to 1 when the values factor is left out."""
    if with_values:
        return dict(FACTOR_WEIGHTS)
    kept = {name: weight for name, weight in FACTOR_WEIGHTS.items() if name != "values_fit"}
    total = sum(kept.values())
    return {name: weight / total for name, weight in kept.items()}


def rank_careers(interests: InterestResult, values: Sequence[ValueScore] | None,
                 careers: Iterable[CareerProfile], filters: Filters = Filters()) -> list[tuple[float, CareerProfile]]:
    """Score every career that passes `filters`; return (score, career) best first, ties by O*NET-SOC."""
    weights = factor_weights(bool(values))
    centered, norm = _student_centered(interests.vector())
    code = interests.holland_code
    w_corr = weights["interest_correlation"]
    w_code = weights["holland_code_agreement"]
    w_values = weights.get("values_fit", 0.0)

    scored = []
    for career in careers:
        if not filters.accepts(career):
            continue

        correlation = _correlation(centered, norm, career)
        interest = NEUTRAL if correlation is None else (correlation + 1.0) / 2.0
        agreement = NEUTRAL if interests.undifferentiated else iachan_agreement(code, career.holland_code)
        score = w_corr * interest + w_code * agreement
        if values:
            fit = _values_fit(values, career)
            score += w_values * (NEUTRAL if fit is None else fit)
        scored.append((round(score, 9), career))

    scored.sort(key=lambda pair: (-pair[0], pair[1].onetsoc))
    return scored


def explain(interests: InterestResult, values: Sequence[ValueScore] | None, career: CareerProfile,
            score: float, rank: int) -> Match:
    """Build the named factors and plain-language reasons of one ranked career."""
    weights = factor_weights(bool(values))
    if interests.undifferentiated:
        factors = [
            Factor("interest_correlation", NEUTRAL, weights["interest_correlation"],
                   "Counted as 0.5 for every career because your six interest scores are equal."),
            Factor("holland_code_agreement", NEUTRAL, weights["holland_code_agreement"],
                   "Counted as 0.5 for every career because equal interest scores give no Holland code."),
        ]
        reasons = [UNDIFFERENTIATED_REASON]
    else:
        factors, reasons = _interest_factors(interests, career, weights)

    if values:
        fit = _values_fit(values, career)
        values_text = _values_reason(values, career, fit)
        factors.append(Factor("values_fit", NEUTRAL if fit is None else fit, weights["values_fit"], values_text))
        reasons.append(values_text)

    return Match(career, score, rank, tuple(factors), tuple(reasons))


def _interest_factors(interests: InterestResult, career: CareerProfile,
                      weights: dict[str, float]) -> tuple[list[Factor], list[str]]:
    centered, norm = _student_centered(interests.vector())
    correlation = _correlation(centered, norm, career)
    agreement = iachan_agreement(interests.holland_code, career.holland_code)

    student_top = describe_top_areas(interests, max(2, len(career.holland_code)))
    code_reason = f"Your top areas are {student_top}; this career's are {describe_code(career.holland_code)}."
    if correlation is None:
        correlation_text = ("This career's O*NET interest scores are all equal, so their shape cannot be "
                            "compared with yours (counted as 0.5).")
        interest = NEUTRAL
    else:
        correlation_text = (f"Your interest profile correlates {correlation:.2f} with this career's "
                            f"(1 means the same shape, -1 the opposite).")
        interest = (correlation + 1.0) / 2.0

    factors = [
        Factor("interest_correlation", interest, weights["interest_correlation"], correlation_text),
        Factor("holland_code_agreement", agreement, weights["holland_code_agreement"],
               f"{code_reason} Code agreement {agreement:.2f} (Iachan index)."),
    ]
    return factors, [code_reason, correlation_text]


def _values_reason(values: Sequence[ValueScore], career: CareerProfile, fit: float | None) -> str:
    top = sorted(values, key=lambda score: score.rank)[:2]
    names = " and ".join(WORK_VALUE_NAMES[score.value] for score in top)
    if fit is None:
        return f"You ranked {names} highest; O*NET has no work-value ratings for this career (counted as 0.5)."
    extents = " and ".join(f"{career.work_values[score.value]:.1f}" for score in top)
    return f"You ranked {names} highest; O*NET rates them {extents} of 7 for this career."


def career_riasec_from_properties(properties: dict) -> tuple[float, ...] | None:
    """Return the six OI scores of a Career node's properties, or None when any is missing."""
    scores = [properties.get(f"riasec_{area.lower()}") for area in AREAS]
    if any(score is None for score in scores):
        return None
    return tuple(float(score) for score in scores)


def career_values_from_properties(properties: dict) -> dict[str, float] | None:
    """Return the six EX extents of a Career node's properties, or None when any is missing."""
    extents = {value: properties.get(f"wv_{value}") for value in WORK_VALUES}
    if any(extent is None for extent in extents.values()):
        return None
    return {value: float(extent) for value, extent in extents.items()}
