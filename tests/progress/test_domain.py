"""Pure progress rules: audit, milestones, reasons and ranking."""

from __future__ import annotations

import pytest

from services.progress import domain
from services.progress.domain import Attempt, Requirement, StudentSnapshot
from trailmap.progress.v1 import progress_pb2 as pb

REQUIREMENTS = [Requirement("English", 4), Requirement("Math", 3), Requirement("Electives", 9.5)]


def _snapshot(**fields) -> StudentSnapshot:
    base = dict(tenant_id="t", student_id="s", grade=11, requirements=REQUIREMENTS,
                requirements_district_id="prairie-sun-wi", fallback_used=True)
    base.update(fields)
    return StudentSnapshot(**base)


def test_no_plan_and_no_transcript_reasons():
    evaluation = domain.evaluate(_snapshot())

    assert evaluation.status == pb.TRACK_STATUS_NO_TRANSCRIPT
    assert [reason.code for reason in evaluation.reasons] == [pb.REASON_CODE_NO_TRANSCRIPT, pb.REASON_CODE_NO_PLAN]
    assert "no transcript" in evaluation.audit.note
    assert "prairie-sun-wi" in evaluation.audit.note


def test_plan_without_transcript_not_on_track():
    evaluation = domain.evaluate(_snapshot(has_plan=True))

    assert evaluation.status == pb.TRACK_STATUS_NO_TRANSCRIPT
    assert [reason.code for reason in evaluation.reasons] == [pb.REASON_CODE_NO_TRANSCRIPT]
    assert evaluation.reasons[0].text == "no transcript received yet, so earned credits are unknown"
    assert evaluation.audit.earned_unknown
    assert all(subject.credits_behind == 0 for subject in evaluation.audit.subjects)


def test_transcript_clears_earned_unknown():
    attempts = [Attempt("ENG-1", "English I", "English Language Arts", 1, True, 2023)]
    evaluation = domain.evaluate(_snapshot(grade=9, attempts=attempts, has_plan=True))

    assert not evaluation.audit.earned_unknown
    assert evaluation.audit.total_earned == 1
    assert evaluation.status == pb.TRACK_STATUS_ON_TRACK


def test_middle_school_without_transcript_no_reason():
    evaluation = domain.evaluate(_snapshot(grade=8, has_plan=True))

    assert evaluation.status == pb.TRACK_STATUS_ON_TRACK
    assert evaluation.audit.earned_unknown
    assert not evaluation.reasons


def test_missed_prerequisite_unknown_without_transcript():
    steps = [pb.RouteStep(step_id="a", ref_id="AP-BIO", title="AP Biology", planned_grade=10,
                          prerequisite_course_codes=["BIO"])]
    evaluation = domain.evaluate(_snapshot(grade=11, steps=steps, has_plan=True, requirements=[]))

    assert evaluation.milestones[0].state == pb.MILESTONE_STATE_NEXT
    assert [reason.code for reason in evaluation.reasons] == [pb.REASON_CODE_NO_TRANSCRIPT]


def test_credit_deficit_by_grade():
    attempts = [Attempt("ENG-1", "English I", "English Language Arts", 1, True, 2023),
                Attempt("ALG-1", "Algebra I", "Mathematics", 1, True, 2023)]
    evaluation = domain.evaluate(_snapshot(attempts=attempts, has_plan=True))

    assert evaluation.status == pb.TRACK_STATUS_OFF_TRACK
    assert evaluation.reasons[0].code == pb.REASON_CODE_CREDIT_DEFICIT
    english = next(subject for subject in evaluation.audit.subjects if subject.subject == "english")
    assert english.credits_behind == 1


def test_deficit_reason_rounds_credits():
    attempts = [Attempt("ART-1", "Art", "Fine Arts", 1, True, 2023)]
    requirements = [Requirement("English", 4), Requirement("Math", 3), Requirement("Financial Literacy", 1.5)]
    evaluation = domain.evaluate(_snapshot(grade=12, attempts=attempts, has_plan=True, requirements=requirements))

    assert evaluation.reasons[0].text == "6.4 credits behind for grade 12, most in English and Math"
    behind = {subject.subject: subject.credits_behind for subject in evaluation.audit.subjects}
    assert behind == {"english": 3.0, "financial literacy": 1.1, "math": 2.3}


def test_deficit_reason_matches_audit_total():
    # Each subject trails by 0.3-0.5, under the tolerance alone, but 1.2 in all: the reason states the audit's sum.
    attempts = [Attempt("ART-1", "Art", "Fine Arts", 1, True, 2023)]
    requirements = [Requirement("English", 2), Requirement("Math", 1.2), Requirement("Health", 1.6)]
    evaluation = domain.evaluate(_snapshot(grade=10, attempts=attempts, has_plan=True, requirements=requirements))

    shown_sum = sum(subject.credits_behind for subject in evaluation.audit.subjects)
    assert evaluation.audit.total_behind == pytest.approx(shown_sum) == pytest.approx(1.2)
    assert evaluation.reasons[0].text.startswith("1.2 credits behind for grade 10")
    assert evaluation.urgency == domain.reason_urgency(pb.REASON_CODE_CREDIT_DEFICIT, 10, 1.2)


def test_deficit_reason_singular_credit():
    text = domain._deficit_text(1.0, [pb.SubjectAudit(subject="math", credits_behind=1)], 10)

    assert text == "1 credit behind for grade 10, all in Math"


def test_deficit_reason_two_subjects():
    behind = [pb.SubjectAudit(subject="physical education", credits_behind=0.5),
              pb.SubjectAudit(subject="english", credits_behind=1.5)]

    text = domain._deficit_text(2.0, behind, 11)

    assert text == "2 credits behind for grade 11, all in English and Physical education"


@pytest.mark.parametrize(("credits", "rounded", "text"), [
    (6.875, 6.9, "6.9"), (1.125, 1.1, "1.1"), (2.25, 2.3, "2.3"), (0.05, 0.1, "0.1"), (0.349999, 0.3, "0.3"),
    (2.0, 2.0, "2"), (0.0, 0.0, "0")])
def test_round_credits_half_up(credits, rounded, text):
    assert domain.round_credits(credits) == rounded
    assert domain.format_credits(credits) == text


def test_failed_prerequisite_closes_step():
    attempts = [Attempt("CHEM", "Chemistry", "Science", 0, False, 2024, "Spring Semester")]
    steps = [pb.RouteStep(step_id="a", ref_id="AP-BIO", title="AP Biology", planned_grade=11,
                          prerequisite_course_codes=["CHEM"]),
             pb.RouteStep(step_id="b", ref_id="51.3801|5", title="Nursing BSN")]
    evaluation = domain.evaluate(_snapshot(grade=10, attempts=attempts, steps=steps, has_plan=True,
                                           goal_title="nursing", requirements=[]))

    assert evaluation.milestones[0].state == pb.MILESTONE_STATE_CLOSED
    assert evaluation.milestones[1].state == pb.MILESTONE_STATE_NEXT
    assert evaluation.reasons[0].text == "failed Chemistry; the nursing route now starts a year later"


def test_later_pass_clears_earlier_fail():
    attempts = [Attempt("CHEM", "Chemistry", "Science", 0, False, 2024, "Fall Semester"),
                Attempt("CHEM", "Chemistry", "Science", 1, True, 2024, "Spring Semester")]
    steps = [pb.RouteStep(step_id="a", ref_id="CHEM", title="Chemistry", planned_grade=10)]
    evaluation = domain.evaluate(_snapshot(grade=10, attempts=attempts, steps=steps, has_plan=True,
                                           requirements=[]))

    assert evaluation.milestones[0].state == pb.MILESTONE_STATE_DONE
    assert evaluation.status == pb.TRACK_STATUS_ON_TRACK


def test_missed_prerequisite_after_planned_grade():
    steps = [pb.RouteStep(step_id="a", ref_id="AP-BIO", title="AP Biology", planned_grade=10,
                          prerequisite_course_codes=["BIO"])]
    attempts = [Attempt("ENG-1", "English I", "English Language Arts", 1, True, 2023)]
    evaluation = domain.evaluate(_snapshot(grade=11, attempts=attempts, steps=steps, has_plan=True,
                                           requirements=[]))

    assert evaluation.reasons[0].code == pb.REASON_CODE_MISSED_PREREQUISITE


# Reasons from most to least urgent: route closed > deficit of 1 credit or more (by size) > no transcript >
# no plan > smaller deficit (by size). Each case is (label, reason code, grade, credits behind).
URGENCY_ORDER = [
    ("failed prerequisite, grade 12", pb.REASON_CODE_FAILED_PREREQUISITE, 12, 0.0),
    ("failed prerequisite, grade 9", pb.REASON_CODE_FAILED_PREREQUISITE, 9, 0.0),
    ("missed prerequisite, grade 12", pb.REASON_CODE_MISSED_PREREQUISITE, 12, 0.0),
    ("missed prerequisite, grade 10", pb.REASON_CODE_MISSED_PREREQUISITE, 10, 0.0),
    ("40 credits behind, grade 9", pb.REASON_CODE_CREDIT_DEFICIT, 9, 40.0),
    ("11.9 credits behind, grade 12", pb.REASON_CODE_CREDIT_DEFICIT, 12, 11.9),
    ("11 credits behind, grade 10", pb.REASON_CODE_CREDIT_DEFICIT, 10, 11.0),
    ("7 credits behind, grade 12", pb.REASON_CODE_CREDIT_DEFICIT, 12, 7.0),
    ("6.9 credits behind, grade 12", pb.REASON_CODE_CREDIT_DEFICIT, 12, 6.9),
    ("2.5 credits behind, grade 10", pb.REASON_CODE_CREDIT_DEFICIT, 10, 2.5),
    ("2 credits behind, grade 11", pb.REASON_CODE_CREDIT_DEFICIT, 11, 2.0),
    ("1 credit behind, grade 9", pb.REASON_CODE_CREDIT_DEFICIT, 9, 1.0),
    ("no transcript, grade 12", pb.REASON_CODE_NO_TRANSCRIPT, 12, 0.0),
    ("no transcript, grade 9", pb.REASON_CODE_NO_TRANSCRIPT, 9, 0.0),
    ("no plan, grade 12", pb.REASON_CODE_NO_PLAN, 12, 0.0),
    ("no plan, unknown grade", pb.REASON_CODE_NO_PLAN, None, 0.0),
    ("0.9 credits behind, grade 12", pb.REASON_CODE_CREDIT_DEFICIT, 12, 0.9),
    ("0.6 credits behind, grade 12", pb.REASON_CODE_CREDIT_DEFICIT, 12, 0.6),
]


@pytest.mark.parametrize("index", range(len(URGENCY_ORDER) - 1),
                         ids=[f"{a[0]} > {b[0]}" for a, b in zip(URGENCY_ORDER, URGENCY_ORDER[1:])])
def test_urgency_order_of_reasons(index):
    _, code, grade, behind = URGENCY_ORDER[index]
    _, next_code, next_grade, next_behind = URGENCY_ORDER[index + 1]

    assert domain.reason_urgency(code, grade, behind) > domain.reason_urgency(next_code, next_grade, next_behind)


@pytest.mark.parametrize(("label", "code", "grade", "behind"), URGENCY_ORDER)
def test_urgency_within_range(label, code, grade, behind):
    assert 0 < domain.reason_urgency(code, grade, behind) < 100


def _deficit_student(student_id: str, grade: int, english_required: float) -> StudentSnapshot:
    """Return a student with a plan whose only shortfall is English, `english_required` credits over 4 years."""
    attempts = [Attempt("ART-1", "Art", "Fine Arts", 1, True, 2023)]
    return _snapshot(student_id=student_id, grade=grade, attempts=attempts, has_plan=True,
                     requirements=[Requirement("English", english_required)])


def test_caseload_and_alerts_rank_deficits_by_size():
    # English credits behind are the requirement times the years done (1 in grade 10, 3 in grade 12) over 4.
    students = {
        "behind-11": _deficit_student("behind-11", 10, 44),
        "behind-7": _deficit_student("behind-7", 12, 28 / 3),
        "behind-5.5": _deficit_student("behind-5.5", 12, 22 / 3),
        "no-plan": _snapshot(student_id="no-plan", grade=12, requirements=[],
                             attempts=[Attempt("ENG-1", "English I", "English", 1, True, 2023)]),
    }
    rows, alerts = [], []
    for student_id, snapshot in students.items():
        evaluation = domain.evaluate(snapshot)
        rows.append({"student_id": student_id, "urgency": evaluation.urgency, "grade_number": snapshot.grade})
        alerts.extend({"student_id": student_id, "urgency": reason.urgency, "grade": snapshot.grade,
                       "alert_id": domain.alert_id("t", student_id, reason)} for reason in evaluation.reasons)

    expected = ["behind-11", "behind-7", "behind-5.5", "no-plan"]
    assert [row["student_id"] for row in domain.rank_caseload(rows)] == expected
    assert [row["student_id"] for row in domain.rank_alerts(alerts)] == expected


def test_caseload_ranked_by_urgency_then_grade():
    rows = [{"student_id": "a", "urgency": 20, "grade_number": 9},
            {"student_id": "b", "urgency": 80, "grade_number": 10},
            {"student_id": "c", "urgency": 20, "grade_number": 12}]

    assert [row["student_id"] for row in domain.rank_caseload(rows)] == ["b", "c", "a"]


def test_signature_stable_and_alert_id_deterministic():
    first = domain.evaluate(_snapshot())
    second = domain.evaluate(_snapshot())

    assert first.signature() == second.signature()
    assert domain.alert_id("t", "s", first.reasons[0]) == domain.alert_id("t", "s", second.reasons[0])


@pytest.mark.parametrize(("stored", "expected"), [
    (10, 10), (10.0, 10), ("10", 10), ("09", 9), (" 9 ", 9), ("KG", 0), ("kg", 0), ("PK", -1), ("UG", None),
    ("", None), (None, None), (True, None)])
def test_grade_number_reads_stored_grades(stored, expected):
    assert domain.grade_number(stored) == expected


@pytest.mark.parametrize(("number", "code"), [(-1, "PK"), (0, "KG"), (9, "09"), (12, "12"), (None, "")])
def test_grade_level_code_from_number(number, code):
    assert domain.grade_level_code(number) == code
