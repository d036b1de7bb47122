"""Conversions between protobuf messages and the pathfinding domain model."""

from __future__ import annotations

from services.pathfinding.engine import CareerRoutes, ReachableCareer
from services.pathfinding.model import DEFAULT_HORIZON_YEARS
from services.pathfinding.model import (
    MIN_WORKER_SHARE,
    ALL_ROUTE_KINDS,
    Bounds,
    CareerFacts,
    CareerMove,
    Preferences,
    Route,
    RouteKind,
    Step,
    StudentState,
)
from services.pathfinding.ranking import RouteGroupPage
from trailmap.pathfinding.v1 import pathfinding_pb2 as pb

RIASEC_FIELDS = {"r": "realistic", "i": "investigative", "a": "artistic", "s": "social", "e": "enterprising",
                 "c": "conventional"}
WORK_VALUE_FIELDS = ("achievement", "working_conditions", "recognition", "relationships", "support", "independence")


def route_kind_from_pb(value: int) -> RouteKind | None:
    name = pb.RouteKind.Name(value).removeprefix("ROUTE_KIND_")
    return RouteKind[name] if name in RouteKind.__members__ else None


def route_kind_to_pb(kind: RouteKind) -> int:
    return pb.RouteKind.Value(f"ROUTE_KIND_{kind.value}")


def bounds_from_pb(message: pb.Bounds) -> Bounds:
    kinds = frozenset(k for k in (route_kind_from_pb(v) for v in message.route_kinds) if k is not None)
    return Bounds(
        horizon_years=message.horizon_years if message.HasField("horizon_years") else DEFAULT_HORIZON_YEARS,
        max_education_rank=message.max_education_rank if message.HasField("max_education_rank") else 8,
        states=tuple(sorted(state.strip().upper() for state in message.states)),
        route_kinds=kinds or ALL_ROUTE_KINDS,
        max_career_moves=message.max_career_moves if message.HasField("max_career_moves") else 2,
        min_worker_share=message.min_worker_share if message.HasField("min_worker_share") else MIN_WORKER_SHARE,
    )


def bounds_to_pb(bounds: Bounds) -> pb.Bounds:
    return pb.Bounds(horizon_years=bounds.horizon_years, max_education_rank=bounds.max_education_rank,
                     states=list(bounds.states),
                     route_kinds=sorted(route_kind_to_pb(kind) for kind in bounds.route_kinds),
                     max_career_moves=bounds.max_career_moves, min_worker_share=bounds.min_worker_share)


def preferences_from_pb(message: pb.Preferences) -> Preferences:
    kinds = frozenset(k for k in (route_kind_from_pb(v) for v in message.preferred_route_kinds) if k is not None)
    return Preferences(preferred_route_kinds=kinds, debt_tolerance=int(message.debt_tolerance),
                       home_state=message.home_state.strip().upper(),
                       time_importance=message.time_importance if message.HasField("time_importance") else None)


def student_from_pb(state: pb.StudentState) -> StudentState:
    riasec = {key: getattr(state.riasec, name) for key, name in RIASEC_FIELDS.items()
              if getattr(state.riasec, name) > 0}
    values = {name: getattr(state.work_values, name) for name in WORK_VALUE_FIELDS
              if getattr(state.work_values, name) > 0}
    return StudentState(grade=state.grade, district_id=state.district_id,
                        completed=frozenset(state.completed_course_numbers),
                        enrolled=frozenset(state.enrolled_course_numbers),
                        failed=frozenset(state.failed_course_numbers), riasec=riasec, work_values=values,
                        preferences=preferences_from_pb(state.preferences))


def _step_to_pb(step: Step) -> pb.Step:
    return pb.Step(
        kind=pb.StepKind.Value(f"STEP_KIND_{step.kind.value}"), key=step.key, title=step.title,
        status=pb.StepStatus.Value(f"STEP_STATUS_{step.status.value}"), status_reason=step.status_reason,
        year_offset=step.year_offset, duration_years=step.duration_years,
        lane=pb.Lane.Value(f"LANE_{step.lane.value}"), credential_rank=step.credential_rank, credits=step.credits,
        link_rule=step.link_rule, derived=step.derived,
        options=[pb.StepOption(key=key, title=title) for key, title in step.options],
        institutions=[pb.Institution(unitid=o.unitid, name=o.name, city=o.city, state=o.state,
                                     net_price=o.net_price or 0.0, median_debt=o.median_debt or 0.0,
                                     median_earnings=o.median_earnings or 0.0) for o in step.institutions[:20]])


def _outlook_to_pb(outlook) -> pb.Outlook:
    """Copy the outlook, leaving unknown amounts unset so clients never show an unknown cost as $0."""
    known = {name: getattr(outlook, name) for name in
             ("expected_cost", "expected_debt", "median_pay", "state_median_pay", "growth_pct", "openings_annual")
             if getattr(outlook, name) is not None}
    if outlook.cost_at_least is not None:
        known["expected_cost_at_least"] = outlook.cost_at_least
    if outlook.debt_at_least is not None:
        known["expected_debt_at_least"] = outlook.debt_at_least
    return pb.Outlook(years_to_career=outlook.years_to_career, pay_state=outlook.pay_state,
                      typical_education=outlook.typical_education, **known)


def route_to_pb(route: Route) -> pb.Route:
    outlook = route.outlook
    return pb.Route(
        route_id=route.route_id, kind=route_kind_to_pb(route.kind), title=route.title,
        steps=[_step_to_pb(step) for step in route.steps],
        factors=[pb.Factor(name=f.name, score=f.score, weight=f.weight, detail=f.detail) for f in route.factors],
        explanation=route.explanation,
        outlook=_outlook_to_pb(outlook),
        rank=route.rank, score=route.score, merged_count=route.merged_count)


def _known_amounts(median_wage, growth_pct) -> dict[str, float]:
    """Return the CareerSummary amounts that are known, so unknown pay or growth stays unset, not 0."""
    known = {}
    if median_wage is not None:
        known["median_pay"] = float(median_wage)
    if growth_pct is not None:
        known["growth_pct"] = float(growth_pct)
    return known


def career_to_pb(career: CareerFacts) -> pb.CareerSummary:
    return pb.CareerSummary(onetsoc=career.onetsoc, title=career.title, typical_education=career.typical_education,
                            typical_education_rank=career.typical_education_rank or 0,
                            bright_outlook=career.bright_outlook,
                            **_known_amounts(career.median_wage, career.growth_pct))


def career_dict_to_pb(career: dict) -> pb.CareerSummary:
    return pb.CareerSummary(onetsoc=career.get("onetsoc") or "", title=career.get("title") or "",
                            typical_education=career.get("typical_education") or "",
                            typical_education_rank=int(career.get("typical_education_rank") or 0),
                            bright_outlook=bool(career.get("bright_outlook")),
                            **_known_amounts(career.get("median_wage"), career.get("growth_pct")))


def find_routes_response(result: CareerRoutes, pages: list[RouteGroupPage],
                         move_careers: dict[str, dict]) -> pb.FindRoutesResponse:
    return pb.FindRoutesResponse(
        career=career_to_pb(result.career),
        groups=[pb.RouteGroup(kind=route_kind_to_pb(page.kind), routes=[route_to_pb(r) for r in page.routes],
                              total_count=page.total_count, next_page_token=page.next_page_token) for page in pages],
        total_routes=len(result.routes), enumerated_routes=result.enumerated,
        later_moves=[_move_to_pb(move, move_careers) for move in result.later_moves],
        notes=result.notes, effective_bounds=bounds_to_pb(result.bounds))


def _move_to_pb(move: CareerMove, careers: dict[str, dict]) -> pb.CareerMove:
    titles = dict(zip(move.path, move.titles))
    return pb.CareerMove(path=[career_dict_to_pb(careers.get(code) or {"onetsoc": code, "title": titles.get(code, "")})
                               for code in move.path],
                         years_after_entry=move.years_after_entry)


def reachable_to_pb(entry: ReachableCareer) -> pb.ReachableCareer:
    return pb.ReachableCareer(career=career_dict_to_pb(entry.career), shortest_years=entry.shortest_years,
                              shortest_kind=route_kind_to_pb(entry.shortest_kind), route_count=entry.route_count,
                              career_moves=entry.career_moves, via_onetsoc=entry.via_onetsoc)
