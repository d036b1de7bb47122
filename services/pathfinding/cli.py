"""Print ranked routes for a student and a career named in everyday words.

    python -m services.pathfinding.cli --career "nurse" --grade 10 --district prairie-sun-wi \\
        --completed 1101RDG,4335SCI [--state TX] [--horizon 15] [--max-education 8]
    python -m services.pathfinding.cli --career electrician --student <tenant>|<student id>
"""

from __future__ import annotations

import argparse
import sys

from services.common.errors import DomainError
from services.common.settings import ServiceSettings, load_settings
from services.pathfinding.engine import PathfindingEngine
from services.pathfinding.model import DEFAULT_HORIZON_YEARS
from services.pathfinding.model import Bounds, Preferences, StepKind, StepStatus, StudentState
from services.pathfinding.repository import PathfindingRepository
from services.pathfinding.texts import check_language
from services.common.graph import create_driver


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Print ranked routes from a student's state to a career.")
    parser.add_argument("--career", required=True, help="career in everyday words (nurse) or an O*NET-SOC code")
    parser.add_argument("--student", help="stored student as TENANT|STUDENT_ID; replaces --grade/--district")
    parser.add_argument("--grade", type=int, default=10, help="current grade, 6-12 (default 10)")
    parser.add_argument("--district", default="prairie-sun-wi", help="catalog district id (default prairie-sun-wi)")
    parser.add_argument("--completed", default="", help="comma-separated district course numbers completed")
    parser.add_argument("--state", default="", help="state postal code for pay and institutions, such as TX")
    parser.add_argument("--horizon", type=float, default=DEFAULT_HORIZON_YEARS, help="maximum years to the first job (default 15)")
    parser.add_argument("--max-education", type=int, default=8, help="highest credential rank 0-8 (default 8)")
    parser.add_argument("--limit", type=int, default=15, help="routes to print (default 15)")
    parser.add_argument("--language", default="en", help="language of titles and explanations: en or es (default en)")
    return parser.parse_args(argv)


def _student(args: argparse.Namespace, engine: PathfindingEngine) -> StudentState:
    if args.student:
        tenant, _, student_id = args.student.partition("|")
        return engine.check_student(engine.stored_student(tenant, student_id))
    completed = frozenset(number.strip() for number in args.completed.split(",") if number.strip())
    return engine.check_student(StudentState(grade=args.grade, district_id=args.district, completed=completed,
                                             preferences=Preferences(home_state=args.state.upper())))


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    settings = load_settings(ServiceSettings)
    driver = create_driver(settings)
    engine = PathfindingEngine(PathfindingRepository(driver, settings.neo4j_database), use_cache=False)
    try:
        student = _student(args, engine)
        onetsoc = args.career if args.career[:2].isdigit() else engine.resolve_career(args.career)
        bounds = Bounds(horizon_years=args.horizon, max_education_rank=args.max_education)
        result = engine.find_routes(student, onetsoc, bounds, language=check_language(args.language))
    except DomainError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        driver.close()

    career = result.career
    pay = f"${career.median_wage:,.0f}" if career.median_wage else "unknown"
    print(f"{career.title} ({career.onetsoc}): typical entry education {career.typical_education or 'unknown'}, "
          f"median pay {pay}")
    print(f"{len(result.routes)} routes ({result.enumerated} before merging equivalents)")
    for note in result.notes:
        print(f"note: {note}")
    for route in result.routes[:args.limit]:
        outlook = route.outlook
        print(f"\n{route.rank:>2}. [{route.kind.value}] {route.title}")
        print(f"    {outlook.years_to_career:g} years; score {route.score:.2f}; {route.explanation}")
        done = sum(1 for s in route.steps if s.status is StepStatus.DONE)
        high_school = sum(1 for s in route.steps if s.kind in (StepKind.HS_COURSE, StepKind.CTE,
                                                               StepKind.DUAL_ENROLLMENT, StepKind.WORK_BASED_LEARNING))
        print(f"    high-school steps: {high_school} ({done} done); merged routes: {route.merged_count}")
    if result.later_moves:
        print("\nlater moves:")
        for move in result.later_moves[:5]:
            print(f"  after {move.years_after_entry:g} years: " + " → ".join(move.titles or move.path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
