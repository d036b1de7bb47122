"""Unit tests of route assembly, merging, ranking, paging and what-if on hand-built data."""

from __future__ import annotations

import pytest

from services.common.errors import InvalidArgument
from services.pathfinding.assembly import RouteContext, build_routes, merged_program_name, schedule_courses
from services.pathfinding.model import (
    ApprenticeshipInfo,
    CareerFacts,
    CourseInfo,
    InstitutionOffer,
    Preferences,
    ProgramInfo,
    RouteKind,
    StepKind,
    StepStatus,
    StudentState,
    Bounds,
)
from services.pathfinding.ranking import cost_factor, group_and_page, ordinal, rank_routes
from services.pathfinding.whatif import apply_changes, diff_routes

CAREER = CareerFacts(onetsoc="29-1141.00", title="Registered Nurses", typical_education="Bachelor's degree",
                     typical_education_rank=5, median_wage=90000.0, state_wages={"WI": 85000.0}, growth_pct=5.0,
                     riasec={"s": 6.0, "i": 5.0})
PROGRAMS = {
    "51.3801|associate": ProgramInfo("51.3801|associate", "51.3801", "Registered Nursing", 4, 2.0),
    "51.3818|associate": ProgramInfo("51.3818|associate", "51.3818", "Nursing Practice", 4, 2.0),
    "51.3801|bachelor": ProgramInfo("51.3801|bachelor", "51.3801", "Registered Nursing", 5, 4.0),
}
OFFERS = {"51.3801|associate": [InstitutionOffer("1", "Prairie College", "Madison", "WI", 5000.0, 12000.0, None)],
          "51.3801|bachelor": [InstitutionOffer("2", "State U", "Austin", "TX", 15000.0, 30000.0, None)]}
COURSES = {
    "BIO": CourseInfo("BIO", "d|BIO", "Biology", 1.0, 9, 12, False, False, False, (), 0.9),
    "CHM": CourseInfo("CHM", "d|CHM", "Chemistry", 1.0, 10, 12, False, False, False, ("BIO",), 0.8),
    "APC": CourseInfo("APC", "d|APC", "AP Chemistry", 1.0, 11, 12, True, False, False, ("CHM",), 0.7),
}
RAW = {
    (("PROGRAM", "51.3801|associate"),): 2.0,
    (("PROGRAM", "51.3818|associate"),): 2.0,
    (("PROGRAM", "51.3801|bachelor"),): 4.0,
    (("PROGRAM", "51.3801|associate"), ("PROGRAM", "51.3801|bachelor")): 4.0,
    (("APPRENTICESHIP", "0001"),): 3.0,
}


def routes_for(student: StudentState):
    schedule = schedule_courses(COURSES, student)
    context = RouteContext(CAREER, student, schedule, PROGRAMS, OFFERS,
                           {"0001": ApprenticeshipInfo("0001", "Nurse apprentice", 3.0)}, "WI")
    routes = build_routes(RAW, context)
    return rank_routes(routes, student, CAREER, student.preferences)


def test_schedule_orders_prerequisites():
    schedule = schedule_courses(COURSES, StudentState(grade=10, district_id="d", completed=frozenset({"BIO"})))
    steps = {step.key: step for step in schedule.steps}
    assert steps["d|BIO"].status is StepStatus.DONE
    assert steps["d|CHM"].year_offset == 0
    assert steps["d|APC"].year_offset == 1
    assert steps["d|APC"].kind is StepKind.DUAL_ENROLLMENT


def test_schedule_names_link_rules():
    courses = {
        "ALG": CourseInfo("ALG", "d|ALG", "Algebra", 1.0, 9, 12, False, False, False, (), 0.0),
        "BIO": CourseInfo("BIO", "d|BIO", "Biology", 1.0, 9, 12, False, False, False, (), 0.0),
        "CHM": CourseInfo("CHM", "d|CHM", "Chemistry", 1.0, 10, 12, False, False, False, ("ALG",), 0.8,
                          "sced_knowledge_v2"),
        "APB": CourseInfo("APB", "d|APB", "AP Biology", 1.0, 10, 12, False, False, False, (), 0.7,
                          "sced_knowledge_v2"),
    }

    steps = {step.key: step for step in schedule_courses(courses, StudentState(grade=9, district_id="d")).steps}

    assert (steps["d|CHM"].link_rule, steps["d|CHM"].derived) == ("sced_knowledge_v2", True)
    assert (steps["d|ALG"].link_rule, steps["d|ALG"].derived) == ("catalog_prerequisite", False)
    assert (steps["d|BIO"].link_rule, steps["d|BIO"].derived) == ("derived_prerequisite", True)


def test_failed_course_closes_dependent_chain():
    student = StudentState(grade=12, district_id="d", completed=frozenset({"BIO"}), failed=frozenset({"CHM"}))
    schedule = schedule_courses(COURSES, student)
    steps = {step.key: step for step in schedule.steps}
    assert steps["d|CHM"].status is StepStatus.CLOSED
    assert "retake" in steps["d|CHM"].status_reason
    assert steps["d|APC"].status is StepStatus.CLOSED
    assert schedule.closed_prep_courses == 2


def test_equivalent_programs_merge():
    routes = routes_for(StudentState(grade=10, district_id="d"))
    associate = [route for route in routes if route.kind is RouteKind.TWO_YEAR]
    assert len(associate) == 1
    assert associate[0].merged_count == 2
    program_step = next(step for step in associate[0].steps if step.kind is StepKind.PROGRAM)
    assert [key for key, _ in program_step.options] == ["51.3801|associate", "51.3818|associate"]


def test_every_route_has_factors_and_sentence():
    routes = routes_for(StudentState(grade=10, district_id="d"))
    names = {"interest_fit", "values_fit", "time", "cost_vs_pay", "growth", "progress", "preference"}
    for route in routes:
        assert {factor.name for factor in route.factors} == names
        assert route.explanation.startswith(f"Ranks {ordinal(route.rank)}:")
        assert "interest fit is neutral" in route.explanation
    assert [route.rank for route in routes] == list(range(1, len(routes) + 1))


def test_outlook_uses_state_pay_and_debt():
    routes = routes_for(StudentState(grade=10, district_id="d"))
    associate = next(route for route in routes if route.kind is RouteKind.TWO_YEAR)
    assert associate.outlook.state_median_pay == 85000.0
    assert associate.outlook.expected_debt == 12000.0
    # One dual-enrollment course saves an eighth of a college year; years are rounded to 0.01.
    assert associate.outlook.years_to_career == pytest.approx(3 + 2 - 0.125, abs=0.01)


def test_preferred_kind_ranks_higher():
    plain = routes_for(StudentState(grade=10, district_id="d"))
    preferring = routes_for(StudentState(grade=10, district_id="d",
                                         preferences=Preferences(preferred_route_kinds=frozenset({RouteKind.FOUR_YEAR}))))
    rank_before = min(r.rank for r in plain if r.kind is RouteKind.FOUR_YEAR)
    rank_after = min(r.rank for r in preferring if r.kind is RouteKind.FOUR_YEAR)
    assert rank_after < rank_before


def test_paging_groups_by_kind():
    routes = routes_for(StudentState(grade=10, district_id="d"))
    pages = group_and_page(routes, page_size=1)
    four_year = next(page for page in pages if page.kind is RouteKind.FOUR_YEAR)
    assert four_year.total_count == 2
    assert len(four_year.routes) == 1
    second = group_and_page(routes, page_size=1, page_token=four_year.next_page_token)
    assert second[0].routes[0].route_id != four_year.routes[0].route_id
    assert second[0].next_page_token == ""


def test_bad_page_token_is_rejected():
    with pytest.raises(InvalidArgument, match="page_token"):
        group_and_page([], 10, "not-a-token")


def test_what_if_failed_course_delays_routes():
    student = StudentState(grade=12, district_id="d", completed=frozenset({"BIO"}), enrolled=frozenset({"CHM"}))
    changed = apply_changes(student, [("FAIL_COURSE", "CHM")])
    assert "CHM" in changed.failed
    before, after = routes_for(student), routes_for(changed)
    closed, opened, moved, summary = diff_routes(before, after, [("FAIL_COURSE", "CHM")], Bounds())
    assert not closed and not opened
    assert any(new.outlook.years_to_career > old.outlook.years_to_career for old, new in moved)
    assert summary.startswith("failed Chemistry; ")
    assert "reach the career up to" in summary


def test_what_if_failed_course_names_delayed_step():
    student = StudentState(grade=10, district_id="d", completed=frozenset({"BIO"}))
    changed = apply_changes(student, [("FAIL_COURSE", "CHM")])
    before, after = routes_for(student), routes_for(changed)

    _, _, moved, summary = diff_routes(before, after, [("FAIL_COURSE", "CHM")], Bounds(),
                                       career_title="Registered Nurses", grade=10)

    assert not moved
    assert summary == ("failed Chemistry; the Registered Nurses routes now start Chemistry and AP Chemistry a year "
                       "later; you still finish high school on time")


def test_what_if_fail_untaken_course_retakes_it():
    student = StudentState(grade=11, district_id="d", completed=frozenset({"BIO"}))
    changed = apply_changes(student, [("FAIL_COURSE", "CHM")])

    steps = {step.key: step for step in schedule_courses(COURSES, changed).steps}

    assert changed.fail_first_attempt == frozenset({"CHM"})
    assert not changed.failed
    assert steps["d|CHM"].year_offset == 1.0
    assert steps["d|CHM"].status_reason == "retake after failing it in grade 11"
    assert steps["d|APC"].status is StepStatus.CLOSED
    assert steps["d|APC"].status_reason == "offered through grade 12; prerequisites push it past that"


def test_what_if_fail_untaken_course_in_last_year_closes_it():
    student = StudentState(grade=12, district_id="d", completed=frozenset({"BIO"}))
    changed = apply_changes(student, [("FAIL_COURSE", "CHM")])

    steps = {step.key: step for step in schedule_courses(COURSES, changed).steps}

    assert steps["d|CHM"].status is StepStatus.CLOSED
    assert steps["d|CHM"].status_reason.startswith("failed in grade 12; no grade left to retake it")


def test_what_if_fail_untaken_course_moves_routes():
    student = StudentState(grade=11, district_id="d", completed=frozenset({"BIO"}))
    changed = apply_changes(student, [("FAIL_COURSE", "CHM")])
    before, after = routes_for(student), routes_for(changed)

    _, _, moved, summary = diff_routes(before, after, [("FAIL_COURSE", "CHM")], Bounds(),
                                       career_title="Registered Nurses", grade=11)

    assert moved
    assert "no route changes" not in summary
    assert "Chemistry a year later (grade 12)" in summary


def test_what_if_fail_passed_course_keeps_time():
    student = StudentState(grade=10, district_id="d", completed=frozenset({"BIO", "CHM"}))
    changed = apply_changes(student, [("FAIL_COURSE", "CHM")])
    before, after = routes_for(student), routes_for(changed)

    _, _, moved, summary = diff_routes(before, after, [("FAIL_COURSE", "CHM")], Bounds(),
                                       career_title="Registered Nurses", grade=10)

    assert [old.outlook.years_to_career for old, _ in moved] == [new.outlook.years_to_career for _, new in moved]
    assert all(old.rank != new.rank for old, new in moved)
    assert summary == ("failed Chemistry; Chemistry moves to grade 11, and the Registered Nurses routes now start "
                       "AP Chemistry a year later (grade 12); you still finish high school on time")


def test_what_if_summary_in_spanish():
    student = StudentState(grade=10, district_id="d", completed=frozenset({"BIO"}))
    changed = apply_changes(student, [("FAIL_COURSE", "CHM")])
    before, after = routes_for(student), routes_for(changed)

    _, _, _, summary = diff_routes(before, after, [("FAIL_COURSE", "CHM")], Bounds(),
                                   career_title="Registered Nurses", grade=10, language="es")

    assert summary.startswith("si repruebas Chemistry; las rutas para Registered Nurses ahora empiezan "
                              "Chemistry y AP Chemistry un año más tarde")
    assert "route" not in summary


def test_what_if_reasons_in_spanish():
    student = StudentState(grade=10, district_id="d")

    closed, _, _, summary = diff_routes(routes_for(student), [], [("DROP_COURSE", "BIO")], Bounds(),
                                        language="es")

    assert closed
    assert {reason for _, reason in closed} == {"ya no cabe en el plazo de 15 años o en los otros límites"}
    assert f"se cierran {len(closed)} rutas" in summary


def test_what_if_rejects_unknown_change():
    with pytest.raises(InvalidArgument, match="change kind"):
        apply_changes(StudentState(grade=10, district_id="d"), [("TELEPORT", "CHM")])


def residency(cip: str, title: str) -> ProgramInfo:
    return ProgramInfo(f"{cip}|residency", cip, title, 9, 3.0, "Combined Medical Residency/Fellowship Programs")


def test_merged_residency_named_by_shared_specialty():
    programs = [residency("61.0108", "Internal Medicine/Anesthesiology Combined Specialty Program"),
                residency("61.0114", "Internal Medicine/Neurology Combined Specialty Program"),
                residency("61.0112", "Internal Medicine/Family Medicine Combined Specialty Program")]

    assert merged_program_name(programs) == "Internal Medicine (3 programs)"
    assert merged_program_name(programs[2:] + [residency("61.0104", "Family Medicine/Emergency Medicine "
                                                                    "Combined Specialty Program")]) \
        == "Family Medicine (2 programs)"


def test_merged_programs_fall_back_to_cip_group_title():
    programs = [residency("61.0101", "Combined Medical Residency/Fellowship Program, General"),
                residency("61.0102", "Diagnostic Radiology/Nuclear Medicine Combined Specialty Program")]

    assert merged_program_name(programs) == "Combined Medical Residency/Fellowship Programs (2 programs)"
    assert merged_program_name([PROGRAMS["51.3801|associate"], PROGRAMS["51.3818|associate"]]) \
        == "Registered Nursing and 1 more"


def test_single_program_keeps_its_title():
    assert merged_program_name([PROGRAMS["51.3801|associate"]]) == "Registered Nursing"


def test_stacked_route_with_unknown_debt_part():
    certificate = ProgramInfo("51.3801|postbacc", "51.3801", "Registered Nursing", 6, 1.0)
    programs = {**PROGRAMS, certificate.id: certificate}
    raw = {(("PROGRAM", "51.3801|associate"), ("PROGRAM", "51.3801|bachelor"), ("PROGRAM", certificate.id)): 5.0}
    student = StudentState(grade=10, district_id="d")
    context = RouteContext(CAREER, student, schedule_courses(COURSES, student), programs, OFFERS, {}, "WI")
    route = rank_routes(build_routes(raw, context), student, CAREER, student.preferences)[0]
    cost = next(factor for factor in route.factors if factor.name == "cost_vs_pay")

    assert route.outlook.expected_debt is None
    assert route.outlook.expected_cost is None
    assert route.outlook.debt_at_least == 42000.0
    assert "debt at least $42,000" in cost.detail
    assert "no debt data for the post-baccalaureate certificate" in cost.detail


def test_unknown_amounts_stay_unset_in_response():
    from services.pathfinding.convert import route_to_pb

    certificate = ProgramInfo("51.3801|postbacc", "51.3801", "Registered Nursing", 6, 1.0)
    student = StudentState(grade=10, district_id="d")
    context = RouteContext(CAREER, student, schedule_courses(COURSES, student), {**PROGRAMS, certificate.id: certificate},
                           OFFERS, {}, "WI")
    route = build_routes({(("PROGRAM", "51.3801|bachelor"), ("PROGRAM", certificate.id)): 5.0}, context)[0]
    outlook = route_to_pb(route).outlook

    assert not outlook.HasField("expected_debt")
    assert not outlook.HasField("expected_cost")
    assert outlook.expected_debt_at_least == 30000.0


NURSING_TRUNK = {
    number: CourseInfo(number, f"d|{number}", name, 1.0, grade_min, 12, False, False, False, (), weight)
    for number, name, grade_min, weight in [
        ("PSY", "Psychology", 9, 0.9), ("APP", "AP Psychology", 10, 0.9), ("MED", "Medical Terminology", 9, 0.84),
        ("BIO", "Biology", 9, 0.67), ("APB", "AP Biology", 10, 0.67), ("CHM", "Chemistry", 9, 0.67),
        ("APC", "AP Chemistry", 10, 0.67), ("SP1", "Spanish I", 9, 0.5), ("SP2", "Spanish II", 9, 0.5),
        ("HON", "Honors Chemistry", 9, 0.6), ("AUT", "Adv. Automotive Cert.", 7, 0.1),
    ]
}


def test_advanced_course_follows_base_course():
    schedule = schedule_courses(NURSING_TRUNK, StudentState(grade=10, district_id="d"))
    steps = {step.title: step for step in schedule.steps}

    assert steps["AP Biology"].year_offset > steps["Biology"].year_offset
    assert steps["AP Chemistry"].year_offset > steps["Chemistry"].year_offset
    assert steps["Honors Chemistry"].year_offset > steps["Chemistry"].year_offset
    assert steps["Spanish II"].year_offset > steps["Spanish I"].year_offset
    assert "derived prerequisite" in steps["AP Biology"].status_reason


def test_schedule_caps_courses_per_year():
    schedule = schedule_courses(NURSING_TRUNK, StudentState(grade=10, district_id="d"))
    capped = [step for step in schedule.steps if not step.status_reason.startswith("optional")]
    per_year: dict[float, int] = {}
    for step in capped:
        per_year[step.year_offset] = per_year.get(step.year_offset, 0) + 1

    assert max(per_year.values()) <= 3
    assert set(per_year) == {0.0, 1.0, 2.0}
    assert all(step.status is StepStatus.TODO for step in schedule.steps)


def test_route_has_exactly_one_next_step():
    student = StudentState(grade=10, district_id="d")
    context = RouteContext(CAREER, student, schedule_courses(NURSING_TRUNK, student), PROGRAMS, OFFERS, {}, "WI")
    routes = build_routes(RAW | {(("PROGRAM", "51.3801|bachelor"),): 4.0}, context)

    for route in routes:
        following = [step for step in route.steps if step.status is StepStatus.NEXT]
        assert len(following) == 1
        assert following[0].year_offset == 0


def test_done_course_of_past_year_in_past_lane():
    from services.pathfinding.model import Lane

    student = StudentState(grade=12, district_id="d", completed=frozenset({"PSY", "BIO"}),
                           completed_grades={"PSY": 10})
    steps = {step.title: step for step in schedule_courses(NURSING_TRUNK, student).steps}

    assert steps["Psychology"].lane is Lane.PAST
    assert steps["Psychology"].year_offset == -2
    assert steps["Biology"].lane is Lane.PAST
    assert steps["Biology"].year_offset == -1


def test_spanish_titles_and_explanations():
    from services.pathfinding import texts

    student = StudentState(grade=10, district_id="d")
    context = RouteContext(CAREER, student, schedule_courses(COURSES, student, "es"), PROGRAMS, OFFERS,
                           {"0001": ApprenticeshipInfo("0001", "Nurse apprentice", 3.0)}, "WI", language="es")
    routes = rank_routes(build_routes(RAW, context), student, CAREER, student.preferences, language="es")
    titles = {route.title for route in routes}

    assert "Título de asociado (2 años): Registered Nursing y 1 más" in titles
    assert "Programa de aprendizaje: Nurse apprentice" in titles
    for route in routes:
        assert route.explanation.startswith(f"Lugar {route.rank}: ")
        assert texts.text("es", "interest_pending") in route.explanation


def test_both_languages_have_same_templates():
    from services.pathfinding import texts

    assert set(texts.TEMPLATES["es"]) == set(texts.TEMPLATES["en"])
    assert set(texts.CREDENTIALS["es"]) == set(texts.CREDENTIALS["en"])


def test_unknown_language_is_rejected():
    from services.pathfinding.texts import check_language

    assert check_language("") == "en"
    assert check_language("ES") == "es"
    with pytest.raises(InvalidArgument, match="language 'fr'"):
        check_language("fr")


def test_debt_above_cost_is_explained():
    student = StudentState(grade=10, district_id="d", completed=frozenset({"BIO"}))
    route = next(route for route in routes_for(student) if route.title.startswith("Associate degree"))
    cost = next(factor for factor in route.factors if factor.name == "cost_vs_pay")

    assert route.outlook.expected_debt > route.outlook.expected_cost
    assert "because students also borrow for living costs" in cost.detail


def test_debt_above_cost_is_explained_in_spanish():
    student = StudentState(grade=10, district_id="d", completed=frozenset({"BIO"}))
    route = next(route for route in routes_for(student) if route.title.startswith("Associate degree"))

    detail = cost_factor(route, "es").detail

    assert "piden préstamos para vivir" in detail


def test_rapids_title_in_title_case():
    from services.pathfinding.assembly import display_title

    assert display_title("ELECTRICIAN (RESIDENTIAL)") == "Electrician (Residential)"
    assert display_title("MASON'S HELPER") == "Mason's Helper"
    assert display_title("Nurse apprentice") == "Nurse apprentice"


def test_apprenticeship_years_end_at_paid_start():
    student = StudentState(grade=10, district_id="d", completed=frozenset({"BIO"}))
    route = next(route for route in routes_for(student) if route.kind is RouteKind.APPRENTICESHIP)
    step = next(step for step in route.steps if step.kind is StepKind.APPRENTICESHIP)

    assert route.outlook.years_to_career == step.year_offset
    assert step.duration_years == 3.0
    assert "paid 3-year apprenticeship" in route.explanation
