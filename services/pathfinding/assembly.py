"""Turn enumerated raw routes into merged routes with steps, lanes, years and costs (pure functions)."""

from __future__ import annotations

import hashlib
import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field

from services.pathfinding import rules, texts
from services.pathfinding.schedule import CourseSchedule, mark_next_step, schedule_courses
from services.pathfinding.model import (
    ANY_BACHELOR_KEY,
    LINK_ANY_BACHELOR,
    ANY_BACHELOR_YEARS,
    RANK_BACHELOR,
    RANK_DIPLOMA,
    ApprenticeshipInfo,
    CareerFacts,
    InstitutionOffer,
    Lane,
    Outlook,
    ProgramInfo,
    RawRoute,
    Route,
    RouteKind,
    Step,
    StepKind,
    StepStatus,
    StudentState,
)


def series_key(program: ProgramInfo) -> str:
    """Return the merge class of a program: 4-digit CIP series and credential rank ("51.38|4")."""
    dot = program.cip.find(".")
    series = program.cip[: dot + 3] if dot >= 0 else program.cip
    return f"{series}|{program.credential_rank}"


# Words that CIP residency titles append to the specialty ("Internal Medicine/Pediatrics Combined
# Specialty Program"); they are dropped before looking for the specialty every title shares.
_PROGRAM_SUFFIX = re.compile(r"\s+(combined specialty|residency|fellowship)?\s*programs?$", re.IGNORECASE)


def merged_program_name(programs: list[ProgramInfo], language: str = "en") -> str:
    """Name a step that stands for one or more equivalent programs by what their titles share.

    Programs merge by 4-digit CIP group and credential rank. The name is, in order of preference:
    - the one distinct title;
    - the title part between "/" or "," that every title contains ("Internal Medicine" for the
      combined internal medicine residencies), with the program count;
    - the 4-digit CIP group title, with the program count;
    - the first title and the number of other programs.
    The step keeps every program in its options.
    """
    titles = list(dict.fromkeys(program.title for program in programs))
    if len(titles) == 1:
        return titles[0]

    parts = [[_PROGRAM_SUFFIX.sub("", part).strip() for part in re.split(r"[/,]", title)] for title in titles]
    shared = [part for part in parts[0] if part and all(part in other for other in parts[1:])]
    if shared:
        return texts.text(language, "programs_count", name=shared[0], count=len(programs))

    group_titles = {program.cip4_title for program in programs}
    if len(group_titles) == 1 and (group := group_titles.pop()):
        return texts.text(language, "programs_count", name=group, count=len(programs))
    return texts.text(language, "programs_more", name=titles[0], count=len(programs) - 1)


def merge_key(raw: RawRoute, programs: dict[str, ProgramInfo], apprenticeships: dict[str, ApprenticeshipInfo]
              ) -> tuple[tuple[str, str], ...]:
    """Return the identity of a raw route after merging equivalent steps."""
    key = []
    for kind, node_key in raw:
        if kind == "PROGRAM" and node_key in programs:
            key.append((kind, series_key(programs[node_key])))
        elif kind == "APPRENTICESHIP":
            # Every apprenticeship into one career is one route; the step lists the RAPIDS occupations.
            key.append((kind, "*"))
        else:
            key.append((kind, node_key))
    return tuple(key)


def _title_words(title: str) -> set[str]:
    words = re.findall(r"[a-z]+", title.lower())
    return {word[:-1] if word.endswith("s") and len(word) > 3 else word for word in words}


def apprenticeship_match(title: str, career: CareerFacts) -> tuple[float, float]:
    """Return how well a RAPIDS title names the career: (match with its title, best alternate-title match).

    A match is the word overlap (Jaccard) after dropping the "(...)" notes of RAPIDS titles.
    """
    words = _title_words(re.sub(r"\(.*?\)|\[.*?\]", " ", title))

    def overlap(career_title: str) -> float:
        other = _title_words(career_title)
        return len(words & other) / len(words | other) if words and other else 0.0

    return overlap(career.title), max((overlap(alternate) for alternate in career.alternate_titles), default=0.0)


def best_apprenticeship(codes: list[str], apprenticeships: dict[str, ApprenticeshipInfo], career: CareerFacts
                        ) -> str:
    """Return the RAPIDS code whose title best names the career; shorter titles, then codes, break ties."""
    known = [code for code in codes if code in apprenticeships]
    if not known:
        return codes[0]

    def order(code: str):
        title_match, alternate_match = apprenticeship_match(apprenticeships[code].title, career)
        return -title_match, -alternate_match, len(apprenticeships[code].title), code

    return min(known, key=order)


def route_id_for(onetsoc: str, key: tuple[tuple[str, str], ...]) -> str:
    text = onetsoc + ";" + ";".join(f"{kind}:{value}" for kind, value in key)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def _median(values: Iterable[float | None]) -> float | None:
    known = [value for value in values if value is not None and value > 0]
    return statistics.median(known) if known else None


def _program_offers(options: list[str], offers: dict[str, list[InstitutionOffer]], home_state: str
                    ) -> list[InstitutionOffer]:
    seen: dict[str, InstitutionOffer] = {}
    for program_id in options:
        for offer in offers.get(program_id, []):
            seen.setdefault(offer.unitid, offer)
    listed = sorted(seen.values(), key=lambda o: (o.state != home_state, o.net_price or 1e9, o.name))
    return listed


@dataclass
class RouteContext:
    """Everything route assembly needs besides the raw routes."""

    career: CareerFacts
    student: StudentState
    schedule: CourseSchedule
    programs: dict[str, ProgramInfo]
    offers: dict[str, list[InstitutionOffer]]
    apprenticeships: dict[str, ApprenticeshipInfo]
    pay_state: str
    # Memo of (program options) -> (institutions, median yearly price, median debt); callers may share
    # one dict across students of the same career, states and pay state.
    offer_memo: dict = field(default_factory=dict)
    # Language of the fixed words in titles ("en" or "es"); catalog titles stay as published.
    language: str = "en"

    def offer_summary(self, options: list[str]) -> tuple[list[InstitutionOffer], float | None, float | None]:
        key = tuple(options)
        if key not in self.offer_memo:
            offers = _program_offers(options, self.offers, self.pay_state)
            self.offer_memo[key] = (offers, _median(o.net_price for o in offers), _median(o.median_debt for o in offers))
        return self.offer_memo[key]


def build_routes(raw_routes: dict[RawRoute, float], context: RouteContext) -> list[Route]:
    """Merge equivalent raw routes and build each merged route's steps and outlook."""
    groups: dict[tuple, list[RawRoute]] = {}
    for raw in sorted(raw_routes, key=lambda r: (raw_routes[r], r)):
        groups.setdefault(merge_key(raw, context.programs, context.apprenticeships), []).append(raw)

    routes = []
    for key, members in groups.items():
        routes.append(_build_route(key, members, raw_routes, context))
    return routes


def _build_route(key, members: list[RawRoute], raw_routes: dict[RawRoute, float], context: RouteContext) -> Route:
    student = context.student
    representative = members[0]
    schedule = context.schedule
    has_program = any(kind == "PROGRAM" for kind, _ in representative)

    steps = [_copy_step(step) for step in schedule.steps
             if has_program or step.kind is not StepKind.DUAL_ENROLLMENT]
    hs_years = rules.high_school_years(student.grade)
    language = context.language
    steps.append(Step(kind=StepKind.DIPLOMA, key=f"{student.district_id}|diploma", title=texts.text(language, "diploma"),
                      status=StepStatus.TODO if hs_years > 0 else StepStatus.DONE, year_offset=hs_years,
                      lane=Lane.HIGH_SCHOOL, credential_rank=RANK_DIPLOMA))

    offset = hs_years
    if has_program:
        offset += schedule.catch_up_years
    post_years = raw_routes[representative]
    savings_left = schedule.dual_savings if has_program else 0.0

    kind, title_parts, cost, debt = RouteKind.DIRECT_TO_WORK, [], 0.0, 0.0
    # Credential ranks of the steps whose price or debt no source has; any one makes the total unknown.
    cost_missing: list[int] = []
    debt_missing: list[int] = []
    previous: ProgramInfo | None = None
    for position, (step_kind, node_key) in enumerate(representative):
        options = sorted({raw[position][1] for raw in members})
        if step_kind == "APPRENTICESHIP":
            best = best_apprenticeship(options, context.apprenticeships, context.career)
            info = context.apprenticeships.get(best)
            years = info.years if info else post_years
            title = texts.text(language, "apprenticeship_title", title=display_title(info.title) if info else best)
            step_title = (title if len(options) == 1
                          else texts.text(language, "apprenticeship_count", title=title, count=len(options)))
            ordered = [best] + [o for o in options if o != best]
            steps.append(Step(kind=StepKind.APPRENTICESHIP, key=best, title=step_title, year_offset=offset,
                              duration_years=years, lane=Lane.AFTER_HIGH_SCHOOL,
                              options=[(o, display_title(context.apprenticeships[o].title)
                                        if o in context.apprenticeships else o) for o in ordered]))
            kind = RouteKind.APPRENTICESHIP
            title_parts.append(title)
            # Apprentices are paid employees from the start, so the first paid job is the apprenticeship's
            # start and its length stays in the step's duration, not in the years to the career.
            continue

        if node_key == ANY_BACHELOR_KEY:
            years = ANY_BACHELOR_YEARS - savings_left
            savings_left = 0.0
            steps.append(Step(kind=StepKind.PROGRAM, key=ANY_BACHELOR_KEY, title=texts.text(language, "any_bachelor_step"),
                              status_reason=texts.text(language, "any_bachelor_reason"),
                              link_rule=LINK_ANY_BACHELOR, derived=True,
                              year_offset=offset, duration_years=years, lane=Lane.AFTER_HIGH_SCHOOL,
                              credential_rank=RANK_BACHELOR))
            title_parts.append(texts.text(language, "any_bachelor_part"))
            cost_missing.append(RANK_BACHELOR)
            debt_missing.append(RANK_BACHELOR)
            offset += years
            continue

        program = context.programs[node_key]
        years = rules.stacked_years(previous, program) - savings_left
        savings_left = 0.0
        previous = program
        offers, price, step_debt = context.offer_summary(options)
        name = merged_program_name([context.programs[o] for o in options if o in context.programs] or [program],
                                   language)
        title = texts.text(language, "program_title", name=name,
                           credential=texts.credential(language, program.credential_rank, capitalized=True))
        step = Step(kind=StepKind.PROGRAM, key=node_key, title=title,
                    year_offset=offset, duration_years=years, lane=Lane.AFTER_HIGH_SCHOOL,
                    credential_rank=program.credential_rank,
                    options=[(o, context.programs[o].title if o in context.programs else o) for o in options],
                    institutions=offers)
        steps.append(step)
        title_parts.append(step.title)
        kind = rules.route_kind_for_rank(max(program.credential_rank, _rank_of(kind)))
        if price is None:
            cost_missing.append(program.credential_rank)
        else:
            cost += price * years
        if step_debt is None:
            debt_missing.append(program.credential_rank)
        else:
            debt += step_debt
        offset += years

    career = context.career
    steps.append(Step(kind=StepKind.ENTRY_JOB, key=career.onetsoc, title=career.title, year_offset=offset,
                      lane=Lane.FIRST_JOB))
    mark_next_step(steps)
    if not title_parts and career.trains_by_apprenticeship:
        # BLS enters the career with a diploma but trains by apprenticeship, so entry without one means
        # starting as a helper or trainee. Ranking puts this route after the apprenticeships.
        title_parts.append(texts.text(language, "trainee_title"))
    elif not title_parts:
        title_parts.append(texts.text(language, "direct_title"))

    state_pay = career.state_wages.get(context.pay_state)
    outlook = Outlook(years_to_career=round(offset, 2), expected_cost=None if cost_missing else cost,
                      expected_debt=None if debt_missing else debt, median_pay=career.median_wage,
                      state_median_pay=state_pay, pay_state=context.pay_state if state_pay else "",
                      growth_pct=career.growth_pct, openings_annual=career.openings_annual,
                      typical_education=career.typical_education,
                      cost_at_least=cost if cost_missing and cost > 0 else None,
                      debt_at_least=debt if debt_missing and debt > 0 else None,
                      cost_missing_ranks=cost_missing, debt_missing_ranks=debt_missing)
    return Route(route_id=route_id_for(career.onetsoc, key), kind=kind, title=" → ".join(title_parts), steps=steps,
                 outlook=outlook, raw_routes=list(members))


def display_title(title: str) -> str:
    """Return an all-capitals RAPIDS title in title case ("ELECTRICIAN (WIREMAN)" -> "Electrician (Wireman)")."""
    if not title.isupper():
        return title
    return re.sub(r"[a-z]+(?:'[a-z]+)?", lambda match: match.group(0).capitalize(), title.lower())


def _rank_of(kind: RouteKind) -> int:
    return {RouteKind.CERTIFICATE: 2, RouteKind.TWO_YEAR: 4, RouteKind.FOUR_YEAR: 5, RouteKind.GRADUATE: 6}.get(kind, 0)


def _copy_step(step: Step) -> Step:
    return Step(**{**step.__dict__, "options": list(step.options), "institutions": list(step.institutions)})
