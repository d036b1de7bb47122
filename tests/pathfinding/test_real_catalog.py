"""Routes on the real catalog: counselor expectations, agreement with the reference, gRPC and CLI."""

from __future__ import annotations

import re

import grpc
import pytest

from services.common.errors import InvalidArgument
from services.pathfinding import reference, rules, texts
from services.pathfinding.engine import PathfindingEngine
from services.pathfinding.model import Bounds, Preferences, RouteKind, StudentState
from services.pathfinding.repository import PathfindingRepository
from trailmap.pathfinding.v1 import pathfinding_pb2 as pb
from trailmap.pathfinding.v1 import pathfinding_pb2_grpc

pytestmark = [pytest.mark.integration, pytest.mark.catalog_data]

DISTRICT = "prairie-sun-wi"
NAMED_CAREERS = {
    "registered nurse": "29-1141.00",
    "electrician": "47-2111.00",
    "software developer": "15-1252.00",
    "dental hygienist": "29-1292.00",
}
PHYSICIANS = "29-1216.00"
STUDENT = StudentState(grade=10, district_id=DISTRICT, completed=frozenset({"1101RDG"}))


@pytest.fixture(scope="module")
def engine(neo4j_driver):
    repository = PathfindingRepository(neo4j_driver)
    if repository.career_facts("29-1141.00") is None or repository.district(DISTRICT) is None:
        pytest.skip("the real catalog is not loaded")
    return PathfindingEngine(repository)


def kinds_of(engine, onetsoc, bounds=Bounds()):
    return {route.kind for route in engine.find_routes(STUDENT, onetsoc, bounds).routes}


def test_nurses_have_associate_and_bachelor_routes(engine):
    assert {RouteKind.TWO_YEAR, RouteKind.FOUR_YEAR} <= kinds_of(engine, "29-1141.00")


def test_electricians_have_apprenticeship_route(engine):
    kinds = kinds_of(engine, "47-2111.00")
    assert RouteKind.APPRENTICESHIP in kinds
    assert RouteKind.DIRECT_TO_WORK in kinds


def test_physicians_route_through_md_and_residency(engine):
    routes = engine.find_routes(STUDENT, PHYSICIANS, Bounds(horizon_years=14)).routes
    programs = [[step for step in route.steps if step.kind.value == "PROGRAM"] for route in routes]

    assert routes
    for steps in programs:
        assert [step.credential_rank for step in steps] == [5, 8, 9]
        assert steps[1].key.startswith("51.1201|")
        assert steps[2].title.startswith("Residency")


def test_nurses_keep_associate_route_by_worker_share(engine):
    routes = engine.find_routes(STUDENT, "29-1141.00", Bounds(min_worker_share=0.10)).routes
    strict = engine.find_routes(STUDENT, "29-1141.00", Bounds(min_worker_share=0.25)).routes

    assert RouteKind.TWO_YEAR in {route.kind for route in routes}
    assert RouteKind.TWO_YEAR not in {route.kind for route in strict}


def test_nurses_high_school_steps_include_sciences(engine):
    route = engine.find_routes(STUDENT, "29-1141.00", Bounds()).routes[0]
    titles = {step.title for step in route.steps}

    assert "Chemistry" in titles
    assert "Biology" in titles


def test_electricians_high_school_steps_include_math_and_construction(engine):
    route = engine.find_routes(STUDENT, "47-2111.00", Bounds()).routes[0]
    numbers = {step.key.split("|")[1] for step in route.steps if step.kind.value in ("HS_COURSE", "CTE")}

    assert any(number.endswith("MTH") for number in numbers)
    assert numbers & {"8409TED", "8428TED", "8429TED", "5822YAP"}


def test_most_careers_have_district_course_paths(engine):
    records = engine.repository.driver.execute_query(
        "MATCH (c:Career) WHERE c.riasec_r IS NOT NULL "
        "RETURN count(c) AS careers, count { MATCH (c2:Career) WHERE c2.riasec_r IS NOT NULL AND EXISTS { "
        "(:DistrictCourse {district_id: $district})-[:MAPS_TO]->(:Course)-[:PREPARES_FOR]->(c2) } } AS linked",
        district=DISTRICT).records

    assert records[0]["linked"] / records[0]["careers"] >= 0.90


def test_software_developers_have_bachelor_route(engine):
    assert RouteKind.FOUR_YEAR in kinds_of(engine, "15-1252.00")


def test_dental_hygienists_have_associate_route(engine):
    assert RouteKind.TWO_YEAR in kinds_of(engine, "29-1292.00")


@pytest.mark.parametrize("onetsoc", [*NAMED_CAREERS.values(), PHYSICIANS])
@pytest.mark.parametrize("bounds", [Bounds(), Bounds(horizon_years=8, max_education_rank=5),
                                    Bounds(states=("TX",)), Bounds(horizon_years=14, states=("OH", "CO"))])
def test_reference_agrees_on_real_graph(engine, onetsoc, bounds):
    repository = engine.repository
    career = repository.career_facts(onetsoc)
    program_budget = rules.program_budget(bounds, STUDENT.grade, 0.0, 0.0)
    other_budget = rules.other_budget(bounds, STUDENT.grade)
    cypher_routes = repository.enumerate_routes(career, bounds, program_budget, other_budget)
    catalog = repository.export_catalog(onetsoc)
    assert set(cypher_routes) == reference.enumerate_routes(catalog, onetsoc, bounds, program_budget, other_budget)


EVERYDAY_WORDS = {**NAMED_CAREERS, "physician": "29-1215.00", "doctor": "29-1215.00", "family doctor": "29-1215.00",
                  "cop": "33-3051.00", "vet": "29-1131.00", "lawyer": "23-1011.00", "teacher": "25-2031.00",
                  "mechanic": "49-3023.00", "médico": "29-1215.00", "enfermera": "29-1141.00",
                  "electricista": "47-2111.00", "mecánico": "49-3023.00", "abogado": "23-1011.00",
                  "policía": "33-3051.00", "Police and Sheriff's Patrol Officers": "33-3051.00"}


@pytest.mark.parametrize("words,onetsoc", sorted(EVERYDAY_WORDS.items()))
def test_everyday_words_resolve(engine, words, onetsoc):
    assert engine.resolve_career(words) == onetsoc


@pytest.mark.parametrize("words", ["m", "the", "and of", "*"])
def test_career_query_without_words_rejected(engine, words):
    with pytest.raises(InvalidArgument, match="has no words"):
        engine.resolve_career(words)


def test_reachable_careers_cover_most(engine):
    reachable = engine.reachable_careers(STUDENT, Bounds(horizon_years=14))
    codes = {entry.career["onetsoc"] for entry in reachable}
    assert "47-2111.00" in codes
    assert len(codes) > 800


def reachable_kinds(engine, onetsoc, bounds):
    rows = engine.repository.reachable_careers(bounds, 30.0, 30.0)
    return {row["kind"] for row in rows if row["career"]["onetsoc"] == onetsoc}


def test_rare_apprenticeship_not_a_route_to_degree_career(engine):
    analysts = "15-1211.00"
    everyone = Bounds(min_worker_share=0.0)

    assert RouteKind.APPRENTICESHIP not in kinds_of(engine, analysts)
    assert RouteKind.APPRENTICESHIP in kinds_of(engine, analysts, everyone)
    assert "APPRENTICESHIP" not in reachable_kinds(engine, analysts, Bounds())
    assert "APPRENTICESHIP" in reachable_kinds(engine, analysts, everyone)


@pytest.fixture(scope="module")
def stub(service_settings):
    from services.pathfinding.server import PathfindingSettings, serve
    from services.common.settings import load_settings

    settings = load_settings(PathfindingSettings, neo4j_uri=service_settings.neo4j_uri,
                             kafka_bootstrap=service_settings.kafka_bootstrap)
    server, _ = serve(settings, port=0)
    channel = grpc.insecure_channel(f"127.0.0.1:{server.port}")
    yield pathfinding_pb2_grpc.PathfindingServiceStub(channel)
    channel.close()
    server.stop(0)


def inline_student(**extra) -> pb.StudentRef:
    return pb.StudentRef(state=pb.StudentState(grade=10, district_id=DISTRICT, **extra))


def test_grpc_find_routes_groups_and_lanes(engine, stub):
    response = stub.FindRoutes(pb.FindRoutesRequest(tenant_id="t", student=inline_student(), career_query="electrician",
                                                    page_size=3))
    assert response.career.onetsoc == "47-2111.00"
    kinds = {group.kind for group in response.groups}
    assert pb.ROUTE_KIND_APPRENTICESHIP in kinds
    route = response.groups[0].routes[0]
    assert route.steps[-1].lane == pb.LANE_FIRST_JOB
    assert route.explanation.startswith("Ranks ")
    assert len(route.factors) == 7


COURSE_KINDS = {pb.STEP_KIND_HS_COURSE, pb.STEP_KIND_CTE, pb.STEP_KIND_DUAL_ENROLLMENT, pb.STEP_KIND_WORK_BASED_LEARNING}


def test_grpc_course_steps_name_link_rule(engine, stub):
    response = stub.FindRoutes(pb.FindRoutesRequest(tenant_id="t", student=inline_student(), onetsoc="29-1141.00"))
    steps = [step for group in response.groups for route in group.routes for step in route.steps]
    courses = [step for step in steps if step.kind in COURSE_KINDS]

    assert courses
    assert {step.link_rule for step in courses} <= {"sced_knowledge_v2", "catalog_prerequisite", "derived_prerequisite"}
    assert all(step.derived for step in courses if step.link_rule == "sced_knowledge_v2")
    assert not any(step.derived for step in courses if step.link_rule == "catalog_prerequisite")
    assert not any(step.derived or step.link_rule for step in steps if step.kind == pb.STEP_KIND_ENTRY_JOB)


def test_grpc_notes_in_spanish(engine, stub):
    response = stub.FindRoutes(pb.FindRoutesRequest(tenant_id="t", student=inline_student(), onetsoc="29-1141.00",
                                                    language="es"))

    assert texts.text("es", "note_interest_neutral") in response.notes
    assert texts.text("en", "note_interest_neutral") not in response.notes


def test_grpc_explain_and_what_if(engine, stub):
    found = stub.FindRoutes(pb.FindRoutesRequest(tenant_id="t", student=inline_student(), onetsoc="29-1141.00"))
    route_id = found.groups[0].routes[0].route_id
    explained = stub.ExplainRoute(pb.ExplainRouteRequest(tenant_id="t", student=inline_student(), onetsoc="29-1141.00",
                                                         route_id=route_id))
    assert explained.route.route_id == route_id
    assert len(explained.reasons) == 7

    what_if = stub.WhatIf(pb.WhatIfRequest(
        tenant_id="t", student=inline_student(), onetsoc="29-1141.00", bounds=pb.Bounds(horizon_years=5),
        changes=[pb.Change(kind=pb.CHANGE_KIND_ADD_DUAL_ENROLLMENT, course_number="4335SCI")]))
    assert what_if.summary.startswith("dual enrollment for Chemistry")

    spanish = stub.WhatIf(pb.WhatIfRequest(
        tenant_id="t", student=inline_student(), onetsoc="29-1141.00", bounds=pb.Bounds(horizon_years=5),
        changes=[pb.Change(kind=pb.CHANGE_KIND_ADD_DUAL_ENROLLMENT, course_number="4335SCI")], language="es"))
    assert spanish.summary.startswith("si tomas Chemistry con doble inscripción")


def test_grpc_rejects_unknown_career_and_bad_bounds(engine, stub):
    with pytest.raises(grpc.RpcError) as missing:
        stub.FindRoutes(pb.FindRoutesRequest(tenant_id="t", student=inline_student(), onetsoc="00-0000.00"))
    assert missing.value.code() == grpc.StatusCode.NOT_FOUND
    with pytest.raises(grpc.RpcError) as bad:
        stub.FindRoutes(pb.FindRoutesRequest(tenant_id="t", student=inline_student(), onetsoc="29-1141.00",
                                             bounds=pb.Bounds(max_education_rank=11)))
    assert bad.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "max_education_rank 11" in bad.value.details()


def test_grpc_reachable_careers_page(engine, stub):
    response = stub.ListReachableCareers(pb.ListReachableCareersRequest(tenant_id="t", student=inline_student(),
                                                                        page_size=5))
    assert len(response.careers) == 5
    assert response.total_count > 800
    assert response.next_page_token == "5"


def test_cli_prints_ranked_routes(engine, capsys):
    from services.pathfinding.cli import main

    assert main(["--career", "dental hygienist", "--grade", "11", "--state", "TX"]) == 0
    output = capsys.readouterr().out
    assert "Dental Hygienists (29-1292.00)" in output
    assert " 1. [TWO_YEAR]" in output


def test_failed_chemistry_delays_nursing_steps(engine):
    student = StudentState(grade=10, district_id=DISTRICT, enrolled=frozenset({"4335SCI"}))

    result = engine.what_if(student, "29-1141.00", Bounds(), [("FAIL_COURSE", "4335SCI")])

    assert not result.moved
    assert result.summary.startswith("failed Chemistry; the Registered Nurses routes now start Chemistry")
    assert "a year later" in result.summary
    assert result.summary.endswith("; you still finish high school on time")


def test_failing_passed_chemistry_lists_only_real_moves(engine):
    student = StudentState(grade=10, district_id=DISTRICT, completed=frozenset({"1101RDG", "4335SCI"}))

    result = engine.what_if(student, "29-1141.00", Bounds(), [("FAIL_COURSE", "4335SCI")])

    assert all(old.rank != new.rank or old.outlook.years_to_career != new.outlook.years_to_career
               for old, new in result.moved)
    assert result.summary.startswith("failed Chemistry; Chemistry moves to grade 11")
    assert "2 years later" not in result.summary


def test_failing_untaken_chemistry_moves_nursing_routes(engine):
    result = engine.what_if(STUDENT, "29-1141.00", Bounds(), [("FAIL_COURSE", "4335SCI")])
    chemistry = next(step for step in result.after.routes[0].steps if step.title == "Chemistry")

    assert result.moved
    assert "no route changes" not in result.summary
    assert result.summary.startswith("failed Chemistry; the Registered Nurses routes now start Chemistry a year later")
    assert chemistry.status_reason.startswith("retake after failing it in grade")


def test_electricians_apprenticeships_merge_into_one_route(engine):
    routes = engine.find_routes(STUDENT, "47-2111.00", Bounds()).routes
    apprenticeships = [route for route in routes if route.kind is RouteKind.APPRENTICESHIP]
    step = next(step for step in apprenticeships[0].steps if step.kind.value == "APPRENTICESHIP")

    assert len(apprenticeships) == 1
    assert apprenticeships[0].title == "Apprenticeship: Electrician"
    assert "Residential Wireman" in {title for _, title in step.options}


def test_electrician_apprenticeship_counts_paid_start(engine):
    routes = engine.find_routes(STUDENT, "47-2111.00", Bounds()).routes
    route = next(route for route in routes if route.kind is RouteKind.APPRENTICESHIP)
    step = next(step for step in route.steps if step.kind.value == "APPRENTICESHIP")
    time = next(factor for factor in route.factors if factor.name == "time")

    assert route.outlook.years_to_career == step.year_offset == 3.0
    assert step.duration_years == 4.0
    assert time.detail == "3 years to the first job, starting a paid 4-year apprenticeship"
    assert "paid 4-year apprenticeship" in route.explanation


def test_electricians_trainee_route_ranks_after_apprenticeship(engine):
    routes = engine.find_routes(STUDENT, "47-2111.00", Bounds()).routes
    apprenticeship = next(route for route in routes if route.kind is RouteKind.APPRENTICESHIP)
    direct = next(route for route in routes if route.kind is RouteKind.DIRECT_TO_WORK)

    assert direct.title == "Start as a helper or trainee"
    assert direct.rank > apprenticeship.rank


def test_electricians_later_moves_skip_helpers(engine):
    career = engine.career("47-2111.00")
    moves = engine.later_moves(career, 2)

    assert moves
    assert all("Helpers" not in title for move in moves for title in move.titles)
    assert moves[0].titles[0] == "Plumbers, Pipefitters, and Steamfitters"


def test_later_moves_need_no_more_education(engine):
    for onetsoc in ("47-2111.00", "29-1171.00", "29-1141.00", "23-1011.00"):
        career = engine.career(onetsoc)
        summaries = engine.move_careers(onetsoc)
        for move in engine.later_moves(career, 2):
            for code in move.path:
                rank = summaries[code].get("typical_education_rank")
                assert rank is None or rank <= career.typical_education_rank, (onetsoc, move.titles)


def test_physician_moves_skip_other_residencies(engine):
    nurse_practitioner_moves = engine.later_moves(engine.career("29-1171.00"), 2)
    family_medicine_moves = engine.later_moves(engine.career("29-1215.00"), 2)
    titles = {title for move in nurse_practitioner_moves + family_medicine_moves for title in move.titles}

    assert "Emergency Medicine Physicians" not in titles
    assert "Pediatricians, General" not in titles
    assert not any(title.startswith("Internists") for title in titles)


def test_electricians_high_school_steps_skip_weak_links(engine):
    route = engine.find_routes(STUDENT, "47-2111.00", Bounds()).routes[0]
    titles = {step.title for step in route.steps}

    assert "Adv. Automotive Cert." not in titles
    assert "General Woodworking" in titles


def test_what_if_rejects_unknown_course_number(engine):
    from services.common.errors import NotFound

    with pytest.raises(NotFound, match="'NOPE 1' not found in district 'prairie-sun-wi'.*ListCourses"):
        engine.what_if(STUDENT, "29-1141.00", Bounds(), [("ADD_DUAL_ENROLLMENT", "NOPE 1")])


def test_grpc_what_if_unknown_course_is_not_found(engine, stub):
    with pytest.raises(grpc.RpcError) as missing:
        stub.WhatIf(pb.WhatIfRequest(tenant_id="t", student=inline_student(), onetsoc="29-1141.00",
                                     changes=[pb.Change(kind=pb.CHANGE_KIND_ADD_DUAL_ENROLLMENT, course_number="NOPE 1")]))
    assert missing.value.code() == grpc.StatusCode.NOT_FOUND
    assert "NOPE 1" in missing.value.details()


@pytest.mark.parametrize("field", ["home_state", "bounds"])
def test_grpc_rejects_unknown_state_code(engine, stub, field):
    student = inline_student(preferences=pb.Preferences(home_state="ZZ")) if field == "home_state" else inline_student()
    bounds = pb.Bounds(states=["ZZ"]) if field == "bounds" else pb.Bounds()
    with pytest.raises(grpc.RpcError) as bad:
        stub.FindRoutes(pb.FindRoutesRequest(tenant_id="t", student=student, onetsoc="29-1141.00", bounds=bounds))
    assert bad.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "'ZZ' is not a US state code" in bad.value.details()


def test_territory_state_code_accepted(engine):
    student = StudentState(grade=10, district_id=DISTRICT, preferences=Preferences(home_state="PR"))

    assert engine.check_student(student) is student


def test_grpc_later_moves_carry_titles(engine, stub):
    response = stub.FindRoutes(pb.FindRoutesRequest(tenant_id="t", student=inline_student(), onetsoc="29-1141.00"))

    assert response.later_moves
    assert all(career.title for move in response.later_moves for career in move.path)


def test_cli_prints_later_move_titles(engine, capsys):
    from services.pathfinding.cli import main

    assert main(["--career", "registered nurse", "--grade", "10"]) == 0
    output = capsys.readouterr().out
    later_moves = output.split("later moves:")[1]
    assert "Critical Care Nurses" in later_moves
    assert not re.search(r"\d{2}-\d{4}\.\d{2}", later_moves)
    assert "Nurse Practitioners" not in later_moves


def test_grpc_spanish_explanations(engine, stub):
    response = stub.FindRoutes(pb.FindRoutesRequest(tenant_id="t", student=inline_student(), career_query="electrician",
                                                    language="es"))
    routes = [route for group in response.groups for route in group.routes]

    assert all(route.explanation.startswith("Lugar ") for route in routes)
    assert "Programa de aprendizaje: Electrician" in {route.title for route in routes}
    assert "Empezar como ayudante o aprendiz en el trabajo" in {route.title for route in routes}


def test_grpc_rejects_unknown_language(engine, stub):
    with pytest.raises(grpc.RpcError) as bad:
        stub.FindRoutes(pb.FindRoutesRequest(tenant_id="t", student=inline_student(), onetsoc="29-1141.00",
                                             language="fr"))
    assert bad.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "language 'fr'" in bad.value.details()


def test_reachable_moves_need_no_more_education(engine):
    reachable = engine.reachable_careers(STUDENT, Bounds(horizon_years=10))
    by_code = {entry.career["onetsoc"]: entry for entry in reachable}
    moved_in = [entry for entry in reachable if entry.career_moves]

    assert moved_in
    for entry in moved_in:
        origin_rank = by_code[entry.via_onetsoc].career.get("typical_education_rank")
        rank = entry.career.get("typical_education_rank")
        assert origin_rank is None or rank is None or rank <= origin_rank, entry.career["onetsoc"]
