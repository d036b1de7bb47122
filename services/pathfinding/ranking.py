"""Rank routes for one student from named factors, explain each rank, group by kind and page.

Each factor scores 0-1 (higher is better for the student); the total is the weighted mean. Weights:

- `time` 0.25: years to the entry job against the horizon;
- `cost_vs_pay` 0.20: expected debt (or cost when debt is unknown) against the career's median pay in
  the student's state, else nationally; apprenticeships and direct entry cost nothing;
- `interest_fit` 0.15 and `values_fit` 0.10: closeness of the student's RIASEC scores and work values
  to the career's O*NET profile; neutral 0.5 when the student has none yet;
- `growth` 0.10: BLS projected growth 2024-34 and Bright Outlook;
- `progress` 0.10: share of the route's steps already done;
- `preference` 0.10: the student's preferred route kinds and debt tolerance.

Interest, values and growth are the same for every route to one career; they order careers in
reachable-career lists and batch plans, and show on each route's factor bars.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from services.common.errors import InvalidArgument
from services.pathfinding.model import DEFAULT_HORIZON_YEARS
from services.pathfinding import texts
from services.pathfinding.model import (
    CareerFacts,
    Factor,
    Preferences,
    Route,
    RouteKind,
    StepKind,
    StepStatus,
    StudentState,
)

WEIGHTS = {
    "interest_fit": 0.15,
    "values_fit": 0.10,
    "time": 0.25,
    "cost_vs_pay": 0.20,
    "growth": 0.10,
    "progress": 0.10,
    "preference": 0.10,
}
NEUTRAL = 0.5
# Debt-to-pay ratio at which the cost factor reaches 0 (debt of 1.5 years of median pay).
MAX_DEBT_TO_PAY = 1.5
# Growth (percent over 10 years) that scores 1; 0 % scores 0.5, and decline scores lower.
GROWTH_FOR_FULL_SCORE = 10.0

KIND_ORDER = [RouteKind.DIRECT_TO_WORK, RouteKind.APPRENTICESHIP, RouteKind.CERTIFICATE, RouteKind.TWO_YEAR,
              RouteKind.FOUR_YEAR, RouteKind.GRADUATE, RouteKind.MILITARY]


def ordinal(number: int) -> str:
    return texts.ordinal("en", number)


def _money(value: float) -> str:
    return f"${value:,.0f}"


def _closeness(student: dict[str, float], career: dict[str, float]) -> float | None:
    keys = [key for key in career if key in student]
    if not keys:
        return None
    mean_gap = sum(abs(student[key] - career[key]) for key in keys) / len(keys)
    return max(0.0, 1.0 - mean_gap / 6.0)


def interest_factor(student: StudentState, career: CareerFacts, language: str = "en") -> Factor:
    score = _closeness(student.riasec, career.riasec)
    if score is None:
        return Factor("interest_fit", NEUTRAL, WEIGHTS["interest_fit"], texts.text(language, "interest_neutral"))
    return Factor("interest_fit", score, WEIGHTS["interest_fit"],
                  texts.text(language, "interest", percent=f"{score:.0%}"))


def values_factor(student: StudentState, career: CareerFacts, language: str = "en") -> Factor:
    score = _closeness(student.work_values, career.work_values)
    if score is None:
        return Factor("values_fit", NEUTRAL, WEIGHTS["values_fit"], texts.text(language, "values_neutral"))
    return Factor("values_fit", score, WEIGHTS["values_fit"], texts.text(language, "values", percent=f"{score:.0%}"))


def growth_factor(career: CareerFacts, language: str = "en") -> Factor:
    if career.growth_pct is None:
        return Factor("growth", NEUTRAL, WEIGHTS["growth"], texts.text(language, "growth_none"))
    score = min(1.0, max(0.0, 0.5 + career.growth_pct / (2 * GROWTH_FOR_FULL_SCORE)))
    if career.bright_outlook:
        score = min(1.0, score + 0.1)
    openings = (texts.text(language, "openings", count=f"{career.openings_annual * 1000:,.0f}")
                if career.openings_annual else "")
    return Factor("growth", score, WEIGHTS["growth"],
                  texts.text(language, "growth", growth=f"{career.growth_pct:+.1f}", openings=openings))


def _pay(route: Route, language: str) -> tuple[float | None, str]:
    outlook = route.outlook
    if outlook.state_median_pay:
        return outlook.state_median_pay, texts.text(language, "pay_state", state=outlook.pay_state)
    return outlook.median_pay, texts.text(language, "pay_national")


def _credential_list(ranks: list[int], language: str) -> str:
    names = list(dict.fromkeys(texts.credential(language, rank) for rank in ranks))
    return texts.join_names(language, names)


def cost_factor(route: Route, language: str = "en") -> Factor:
    """Score the route's debt (else its cost) against pay; unknown parts are named, never counted as $0.

    With debt data for every step, the debt is scored. Otherwise the full cost is scored when every
    step has a price, else the known part of the debt as a lower bound ("at least"). With neither, the
    score is neutral. The detail names the credentials that have no data.
    """
    pay, where = _pay(route, language)
    outlook = route.outlook
    if route.kind in (RouteKind.DIRECT_TO_WORK, RouteKind.APPRENTICESHIP):
        key = "no_debt_paid" if route.kind is RouteKind.APPRENTICESHIP else "no_debt_tuition"
        return Factor("cost_vs_pay", 1.0, WEIGHTS["cost_vs_pay"], texts.text(language, key))

    if outlook.expected_debt is not None:
        burden, label = outlook.expected_debt, texts.text(language, "debt", money=_money(outlook.expected_debt))
    elif outlook.expected_cost is not None:
        burden, label = outlook.expected_cost, texts.text(language, "cost", money=_money(outlook.expected_cost))
    elif outlook.debt_at_least is not None:
        burden = outlook.debt_at_least
        label = texts.text(language, "debt_at_least", money=_money(outlook.debt_at_least))
    else:
        missing = _credential_list(outlook.debt_missing_ranks or outlook.cost_missing_ranks, language)
        return Factor("cost_vs_pay", NEUTRAL, WEIGHTS["cost_vs_pay"],
                      texts.text(language, "no_cost_data", names=missing))

    if pay:
        detail = texts.text(language, "burden_for_pay", burden=label, pay=_money(pay), where=where)
    else:
        detail = texts.text(language, "burden_no_pay", burden=label)
    if outlook.expected_debt is None:
        floor = ""
        if outlook.debt_at_least is not None and outlook.expected_cost is not None:
            floor = texts.text(language, "debt_floor", money=_money(outlook.debt_at_least))
        detail += texts.text(language, "no_debt_data", names=_credential_list(outlook.debt_missing_ranks, language),
                             floor=floor)
    if outlook.expected_debt is not None and outlook.expected_cost is not None \
            and outlook.expected_debt > outlook.expected_cost:
        # College Scorecard median debt counts all federal borrowing, living costs included, while the
        # cost is the net price of tuition and fees.
        detail += texts.text(language, "debt_over_cost", cost=_money(outlook.expected_cost))
    if not pay:
        return Factor("cost_vs_pay", NEUTRAL, WEIGHTS["cost_vs_pay"], detail)
    score = max(0.0, 1.0 - burden / pay / MAX_DEBT_TO_PAY)
    return Factor("cost_vs_pay", score, WEIGHTS["cost_vs_pay"], detail)


def time_factor(route: Route, horizon_years: float, weight: float, language: str = "en") -> Factor:
    years = route.outlook.years_to_career
    score = max(0.0, 1.0 - years / max(horizon_years, 1.0))
    detail = texts.text(language, "years_to_job", years=f"{years:g}")
    if (length := apprenticeship_years(route)) is not None:
        detail += texts.text(language, "paid_apprenticeship", length=f"{length:g}")
    return Factor("time", score, weight, detail)


def apprenticeship_years(route: Route) -> float | None:
    """Return the length of the route's apprenticeship step, or None when the route has none."""
    return next((step.duration_years for step in route.steps if step.kind is StepKind.APPRENTICESHIP), None)


def progress_factor(route: Route, language: str = "en") -> Factor:
    counted = [step for step in route.steps if step.kind is not StepKind.ENTRY_JOB]
    done = sum(1 for step in counted if step.status is StepStatus.DONE)
    score = done / len(counted) if counted else 0.0
    return Factor("progress", score, WEIGHTS["progress"], texts.text(language, "progress", done=done,
                                                                     total=len(counted)))


def preference_factor(route: Route, preferences: Preferences, language: str = "en") -> Factor:
    parts, score = [], NEUTRAL
    if preferences.preferred_route_kinds:
        liked = route.kind in preferences.preferred_route_kinds
        score = 1.0 if liked else 0.2
        parts.append(texts.text(language, "preferred_kind" if liked else "not_preferred_kind"))
    outlook = route.outlook
    debt = outlook.expected_debt if outlook.expected_debt is not None else (outlook.debt_at_least or 0.0)
    if preferences.debt_tolerance in (1, 2) and debt > 0:
        score = max(0.0, score - (0.4 if preferences.debt_tolerance == 1 else 0.2))
        parts.append(texts.text(language, "avoid_debt"))
    if not parts:
        parts.append(texts.text(language, "no_preference"))
    return Factor("preference", score, WEIGHTS["preference"], "; ".join(parts))


@dataclass
class CareerFactors:
    """Factors that depend only on the student and career, computed once per career."""

    interest: Factor
    values: Factor
    growth: Factor


def career_factors(student: StudentState, career: CareerFacts, language: str = "en") -> CareerFactors:
    return CareerFactors(interest_factor(student, career, language), values_factor(student, career, language),
                         growth_factor(career, language))


def rank_routes(routes: list[Route], student: StudentState, career: CareerFacts, preferences: Preferences,
                horizon_years: float = DEFAULT_HORIZON_YEARS, shared: CareerFactors | None = None,
                language: str = "en") -> list[Route]:
    """Score, order and explain `routes` in place for this student, in `language`; return them best first."""
    shared = shared or career_factors(student, career, language)
    time_weight = WEIGHTS["time"] if preferences.time_importance is None else preferences.time_importance
    for route in routes:
        route.factors = [shared.interest, shared.values, time_factor(route, horizon_years, time_weight, language),
                         cost_factor(route, language), shared.growth, progress_factor(route, language),
                         preference_factor(route, preferences, language)]
        total_weight = sum(factor.weight for factor in route.factors) or 1.0
        route.score = round(sum(factor.score * factor.weight for factor in route.factors) / total_weight, 4)

    has_apprenticeship = any(route.kind is RouteKind.APPRENTICESHIP for route in routes)
    trainee_last = career.trains_by_apprenticeship and has_apprenticeship

    def behind_apprenticeships(route: Route) -> bool:
        return trainee_last and route.kind is RouteKind.DIRECT_TO_WORK

    routes.sort(key=lambda r: (behind_apprenticeships(r), -r.score, r.outlook.years_to_career, r.route_id))
    fastest = min((r.outlook.years_to_career for r in routes), default=0.0)
    for position, route in enumerate(routes, start=1):
        route.rank = position
        route.explanation = explain(route, fastest, shared, language, behind_apprenticeships(route))
    return routes


def explain(route: Route, fastest_years: float, shared: CareerFactors, language: str = "en",
            after_apprenticeships: bool = False) -> str:
    """Return one sentence naming the two factors that add most to the route's score."""
    by_name = {factor.name: factor for factor in route.factors}
    phrases = {name: factor.detail for name, factor in by_name.items()}
    length = apprenticeship_years(route)
    paid = "" if length is None else texts.text(language, "paid_apprenticeship", length=f"{length:g}")
    if route.outlook.years_to_career <= fastest_years:
        phrases["time"] = texts.text(language, "fastest", years=f"{route.outlook.years_to_career:g}") + paid
    route_specific = ["time", "cost_vs_pay", "progress", "preference"]
    strongest = sorted(route_specific, key=lambda name: -by_name[name].score * by_name[name].weight)[:2]
    sentence = texts.text(language, "ranks", ordinal=ordinal(route.rank), rank=route.rank,
                          first=phrases[strongest[0]], second=phrases[strongest[1]])
    if "time" not in strongest:
        sentence += paid
    if shared.interest.detail == texts.text(language, "interest_neutral"):
        sentence += texts.text(language, "interest_pending")
    if after_apprenticeships:
        sentence += texts.text(language, "after_apprenticeships")
    return sentence + "."


@dataclass
class RouteGroupPage:
    kind: RouteKind
    routes: list[Route]
    total_count: int
    next_page_token: str


def encode_page_token(kind: RouteKind, offset: int) -> str:
    return base64.urlsafe_b64encode(f"{kind.value}:{offset}".encode()).decode()


def decode_page_token(token: str) -> tuple[RouteKind, int]:
    try:
        kind_name, offset = base64.urlsafe_b64decode(token.encode()).decode().split(":")
        return RouteKind(kind_name), int(offset)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        raise InvalidArgument(f"page_token {token!r} is not a token from a previous response; "
                              "omit it to get the first page") from None


def group_and_page(routes: list[Route], page_size: int, page_token: str = "") -> list[RouteGroupPage]:
    """Group ranked routes by kind (best group first) and return one page per group, or one group's next page."""
    groups: dict[RouteKind, list[Route]] = {}
    for route in routes:
        groups.setdefault(route.kind, []).append(route)

    if page_token:
        kind, offset = decode_page_token(page_token)
        members = groups.get(kind, [])
        return [_page(kind, members, offset, page_size)]

    ordered = sorted(groups, key=lambda k: groups[k][0].rank)
    return [_page(kind, groups[kind], 0, page_size) for kind in ordered]


def _page(kind: RouteKind, members: list[Route], offset: int, page_size: int) -> RouteGroupPage:
    end = offset + page_size
    token = encode_page_token(kind, end) if end < len(members) else ""
    return RouteGroupPage(kind, members[offset:end], len(members), token)
