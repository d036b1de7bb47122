"""Pure progress rules: graduation audit by subject credits, milestone states, on-track reasons, urgency.

Nothing here does I/O; the repository loads a StudentSnapshot and stores the Evaluation.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from trailmap.progress.v1 import progress_pb2 as pb

# The Wisconsin sample district whose requirements apply when a tenant's feed has none of its own.
FALLBACK_DISTRICT_ID = "prairie-sun-wi"

# Credits in all a student may trail the even pace (required credits spread over grades 9-12) before it counts.
CREDIT_TOLERANCE = 0.5

# Grade from which a missing high-school transcript is a reason; an unknown grade counts as grade 9.
TRANSCRIPT_EXPECTED_FROM_GRADE = 9

# Subject names from SIS feeds and requirement tables mapped to one audit subject, first match wins.
_SUBJECT_RULES = [
    (re.compile(r"english|language arts|\bela\b|reading|writing|literature"), "english"),
    (re.compile(r"math|algebra|geometry|calculus|statistics"), "math"),
    (re.compile(r"science|biology|chemistry|physics"), "science"),
    (re.compile(r"social|history|government|civics|economics|geography"), "social studies"),
    (re.compile(r"physical education|\bpe\b"), "physical education"),
    (re.compile(r"health"), "health"),
    (re.compile(r"financ"), "financial literacy"),
    (re.compile(r"elective"), "electives"),
]


def round_credits(credits: float) -> float:
    """Round credits to one decimal, halves up (6.875 -> 6.9), as the audit and reasons show them."""
    return float(Decimal(repr(credits)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def format_credits(credits: float) -> str:
    """Format credits rounded to one decimal without a trailing ".0": 6.875 -> "6.9", 2.0 -> "2"."""
    return f"{round_credits(credits):g}"


def canonical_subject(subject: str) -> str:
    """Map a subject such as "English Language Arts" or "Math" to its audit subject; others are electives."""
    text = subject.lower()
    for pattern, name in _SUBJECT_RULES:
        if pattern.search(text):
            return name
    return "electives"


@dataclass(frozen=True)
class Attempt:
    course_code: str
    title: str
    subject: str
    credits_earned: float
    passed: bool
    school_year: int = 0
    term: str = ""


@dataclass(frozen=True)
class Requirement:
    subject: str
    credits: float


@dataclass
class StudentSnapshot:
    """Everything the rules need about one student, as loaded from the graph."""

    tenant_id: str
    student_id: str
    grade: int | None
    attempts: list[Attempt] = field(default_factory=list)
    enrolled: list[Attempt] = field(default_factory=list)
    steps: list[pb.RouteStep] = field(default_factory=list)
    has_plan: bool = False
    goal_title: str = ""
    requirements: list[Requirement] = field(default_factory=list)
    requirements_district_id: str = ""
    fallback_used: bool = False
    total_required: float = 0.0


@dataclass
class Evaluation:
    status: int
    reasons: list[pb.Reason]
    audit: pb.GraduationAudit
    milestones: list[pb.Milestone]

    @property
    def urgency(self) -> float:
        return max((reason.urgency for reason in self.reasons), default=0.0)

    def signature(self) -> str:
        """Hash of status and reason texts, so a re-evaluation that changes nothing raises no alert."""
        text = "|".join([str(self.status), *(f"{r.code}:{r.text}" for r in self.reasons)])
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def audit(snapshot: StudentSnapshot) -> pb.GraduationAudit:
    """Compare earned and in-progress credits by subject with the requirements and the even pace for the grade."""
    earned: dict[str, float] = {}
    for attempt in snapshot.attempts:
        subject = canonical_subject(attempt.subject or attempt.title)
        earned[subject] = earned.get(subject, 0.0) + attempt.credits_earned
    in_progress: dict[str, float] = {}
    for course in snapshot.enrolled:
        subject = canonical_subject(course.subject or course.title)
        in_progress[subject] = in_progress.get(subject, 0.0) + course.credits_earned

    required = {canonical_subject(req.subject): req.credits for req in snapshot.requirements}
    required_names = set(required)
    # Credits in subjects without a requirement of their own count as electives.
    for subject in list(earned):
        if subject not in required_names and "electives" in required_names:
            earned["electives"] = earned.get("electives", 0.0) + earned.pop(subject)

    # Without a transcript nothing earned is known, so earned and behind stay 0 and earned_unknown marks them unknown.
    # Every figure is rounded to one decimal, and behind is the difference of the rounded figures.
    # total_behind adds the figures as shown, so the table, the reason text and the urgency agree.
    earned_unknown = not snapshot.attempts
    subjects = []
    for subject, credits in sorted(required.items()):
        expected = expected_credits(round_credits(credits), snapshot.grade)
        subject_earned = round_credits(earned.get(subject, 0.0))
        behind = 0.0 if earned_unknown else round_credits(max(expected - subject_earned, 0.0))
        subjects.append(pb.SubjectAudit(subject=subject, credits_required=round_credits(credits),
                                        credits_earned=subject_earned,
                                        credits_in_progress=round_credits(in_progress.get(subject, 0.0)),
                                        credits_behind=behind))

    total_required = round_credits(snapshot.total_required or sum(required.values()))
    note = ""
    if snapshot.fallback_used:
        note = (f"NOTE: the district feed has no graduation requirements by subject, so the requirements of "
                f"{snapshot.requirements_district_id} are used")
    if earned_unknown:
        note = (note + "; " if note else "") + "no transcript received for this student, so earned credits are unknown"
    return pb.GraduationAudit(requirements_district_id=snapshot.requirements_district_id,
                              fallback_used=snapshot.fallback_used, note=note, total_required=total_required,
                              total_earned=round_credits(sum(a.credits_earned for a in snapshot.attempts)),
                              subjects=subjects, total_behind=total_credits_behind(subjects),
                              earned_unknown=earned_unknown)


def total_credits_behind(subjects: list[pb.SubjectAudit]) -> float:
    """Return the sum of the subjects' credits behind as shown, added in Decimal so one-decimal figures stay exact."""
    return float(sum((Decimal(repr(subject.credits_behind)) for subject in subjects), Decimal(0)))


def _grade_or_ninth(grade: int | None) -> int:
    """Return the grade, or 9 when it is unknown, so an unknown grade is audited like a ninth grader."""
    return 9 if grade is None else grade


def _years_done(grade: int | None) -> int:
    """Return the high-school years (0-4) completed before the student's grade."""
    return min(max(_grade_or_ninth(grade) - 9, 0), 4)


def expected_credits(required: float, grade: int | None) -> float:
    """Return the credits of a subject expected before `grade` at an even pace over grades 9-12, rounded."""
    return round_credits(required * _years_done(grade) / 4)


# Urgency is a score from 0 to 100 built from a severity band per reason and a term that stays inside its
# band. Every reason of a higher band ranks above every reason of a lower one, and no cap merges cases.
# With y = high-school years before the grade (0 for grade 9 or unknown, up to 3 for grade 12) and
# d = credits behind the even pace in all subjects (the audit's total_behind):
#   failed prerequisite, a route step closed      90 + 2y                       90-96
#   missed prerequisite, a route step closed      80 + 2y                       80-86
#   credit deficit, d >= 1                        50 + 30 (d - 1) / (d + 1)     50 up to (never reaching) 80
#   no transcript received, data needed           40 + 2y                       40-46
#   no route chosen                               25 + 2y                       25-31
#   small credit deficit, 0.5 < d < 1             10 + 14d                      17 up to (never reaching) 24
# A deficit of a credit or more outranks a missing transcript or plan, because it is a known shortfall.
# Deficits rank by size alone, and both deficit terms grow strictly with d, so a larger deficit always
# ranks higher. Equal scores fall back to the higher grade, then the student id (see severity_key).
REAL_DEFICIT_CREDITS = 1.0


def reason_urgency(code: int, grade: int | None, credits_behind: float = 0.0) -> float:
    """Return the urgency (0-100) of a reason with `code` for a student in `grade`."""
    years = min(_years_done(grade), 3)
    if code == pb.REASON_CODE_FAILED_PREREQUISITE:
        return 90.0 + 2 * years
    if code == pb.REASON_CODE_MISSED_PREREQUISITE:
        return 80.0 + 2 * years
    if code == pb.REASON_CODE_CREDIT_DEFICIT and credits_behind >= REAL_DEFICIT_CREDITS:
        excess = credits_behind - REAL_DEFICIT_CREDITS
        return 50.0 + 30 * excess / (excess + 2 * REAL_DEFICIT_CREDITS)
    if code == pb.REASON_CODE_CREDIT_DEFICIT:
        return 10.0 + 14 * credits_behind
    if code == pb.REASON_CODE_NO_TRANSCRIPT:
        return 40.0 + 2 * years
    if code == pb.REASON_CODE_NO_PLAN:
        return 25.0 + 2 * years
    return 0.0


_TERM_ORDER = [("fall", 1), ("first", 1), ("winter", 2), ("spring", 3), ("second", 3), ("summer", 4)]


def _attempt_order(attempt: Attempt) -> tuple[int, int]:
    term = attempt.term.lower()
    return attempt.school_year, next((rank for word, rank in _TERM_ORDER if word in term), 0)


def latest_results(attempts: list[Attempt]) -> dict[str, Attempt]:
    """Return each course's latest attempt: a later pass clears an earlier fail, and a failed later semester
    of a year-long course counts as failed."""
    latest: dict[str, Attempt] = {}
    for attempt in sorted(attempts, key=_attempt_order):
        latest[attempt.course_code] = attempt
    return latest


def _milestones(snapshot: StudentSnapshot) -> tuple[list[pb.Milestone], list[pb.Reason]]:
    latest = latest_results(snapshot.attempts)
    passed = {code for code, attempt in latest.items() if attempt.passed}
    failed = {code: attempt for code, attempt in latest.items() if not attempt.passed}
    titles = {a.course_code: a.title for a in [*snapshot.attempts, *snapshot.enrolled]}
    grade = _grade_or_ninth(snapshot.grade)
    milestones, reasons = [], []
    next_set = False

    for step in snapshot.steps:
        state, reason = pb.MILESTONE_STATE_PENDING, ""
        failed_prereqs = [code for code in step.prerequisite_course_codes if code in failed]
        # Without a transcript a course that is not passed may still have been taken, so nothing counts as missed.
        missed_prereqs = [code for code in step.prerequisite_course_codes
                          if snapshot.attempts and code not in passed and code not in failed and step.planned_grade
                          and step.planned_grade <= grade]
        if step.ref_id in passed:
            state, reason = pb.MILESTONE_STATE_DONE, f"passed {titles.get(step.ref_id) or step.ref_id}"
        elif step.ref_id in failed:
            course = failed[step.ref_id]
            state = pb.MILESTONE_STATE_CLOSED
            reason = f"failed {course.title or course.course_code}"
            reasons.append(_failed_reason(course, snapshot))
        elif failed_prereqs:
            course = failed[failed_prereqs[0]]
            state = pb.MILESTONE_STATE_CLOSED
            reason = f"prerequisite {course.title or course.course_code} failed"
            reasons.append(_failed_reason(course, snapshot))
        elif missed_prereqs:
            state = pb.MILESTONE_STATE_CLOSED
            names = ", ".join(titles.get(code) or code for code in missed_prereqs)
            reason = f"prerequisite {names} not taken by grade {step.planned_grade}"
            reasons.append(pb.Reason(code=pb.REASON_CODE_MISSED_PREREQUISITE, urgency=reason_urgency(pb.REASON_CODE_MISSED_PREREQUISITE, snapshot.grade),
                                     text=f"missed {names} before {step.title}; "
                                          f"the {snapshot.goal_title or 'chosen'} route now starts a year later"))
        elif not next_set:
            state, next_set = pb.MILESTONE_STATE_NEXT, True
        milestones.append(pb.Milestone(step=step, state=state, reason=reason))
    return milestones, _unique(reasons)


def _failed_reason(course: Attempt, snapshot: StudentSnapshot) -> pb.Reason:
    name = course.title or course.course_code
    return pb.Reason(code=pb.REASON_CODE_FAILED_PREREQUISITE, urgency=reason_urgency(pb.REASON_CODE_FAILED_PREREQUISITE, snapshot.grade),
                     text=f"failed {name}; the {snapshot.goal_title or 'chosen'} route now starts a year later")


def _unique(reasons: list[pb.Reason]) -> list[pb.Reason]:
    seen, kept = set(), []
    for reason in reasons:
        if reason.text not in seen:
            seen.add(reason.text)
            kept.append(reason)
    return kept


def subject_label(subject: str) -> str:
    """Return an audit subject as written in a sentence: "english" -> "English", "social studies" -> "Social studies"."""
    return subject[:1].upper() + subject[1:]


def _deficit_text(total_behind: float, behind: list[pb.SubjectAudit], grade: int | None) -> str:
    """Return the deficit reason as one sentence, for example "2.5 credits behind for grade 10, most in English and Math".

    It names the one or two subjects furthest behind; the audit table lists every subject's figures.
    """
    unit = "credit" if format_credits(total_behind) == "1" else "credits"
    largest = sorted(behind, key=lambda subject: (-subject.credits_behind, subject.subject))
    names = " and ".join(subject_label(subject.subject) for subject in largest[:2])
    share = "all" if len(behind) <= 2 else "most"

    # A deficit needs a known grade above 9, because an unknown grade is audited like grade 9, which expects 0.
    return f"{format_credits(total_behind)} {unit} behind for grade {grade}, {share} in {names}"


def evaluate(snapshot: StudentSnapshot) -> Evaluation:
    """Evaluate a student: milestones, audit, reasons ranked by urgency, and the on-track status."""
    milestones, reasons = _milestones(snapshot)
    graduation = audit(snapshot)

    if snapshot.attempts and graduation.total_behind > CREDIT_TOLERANCE:
        behind = [subject for subject in graduation.subjects if subject.credits_behind > 0]
        reasons.append(pb.Reason(code=pb.REASON_CODE_CREDIT_DEFICIT,
                                 urgency=reason_urgency(pb.REASON_CODE_CREDIT_DEFICIT, snapshot.grade,
                                                        graduation.total_behind),
                                 text=_deficit_text(graduation.total_behind, behind, snapshot.grade)))

    if graduation.earned_unknown and _grade_or_ninth(snapshot.grade) >= TRANSCRIPT_EXPECTED_FROM_GRADE:
        reasons.append(pb.Reason(code=pb.REASON_CODE_NO_TRANSCRIPT, urgency=reason_urgency(pb.REASON_CODE_NO_TRANSCRIPT, snapshot.grade),
                                 text="no transcript received yet, so earned credits are unknown"))

    if not snapshot.has_plan:
        reasons.append(pb.Reason(code=pb.REASON_CODE_NO_PLAN, urgency=reason_urgency(pb.REASON_CODE_NO_PLAN, snapshot.grade),
                                  text="no route chosen yet"))

    reasons.sort(key=lambda reason: (-reason.urgency, reason.code, reason.text))
    codes = {reason.code for reason in reasons}
    if codes - {pb.REASON_CODE_NO_PLAN, pb.REASON_CODE_NO_TRANSCRIPT}:
        status = pb.TRACK_STATUS_OFF_TRACK
    elif pb.REASON_CODE_NO_TRANSCRIPT in codes:
        status = pb.TRACK_STATUS_NO_TRANSCRIPT
    elif not snapshot.has_plan:
        status = pb.TRACK_STATUS_NO_PLAN
    else:
        status = pb.TRACK_STATUS_ON_TRACK
    return Evaluation(status=status, reasons=reasons, audit=graduation, milestones=milestones)


def grade_number(value: int | float | str | None) -> int | None:
    """Read a stored Student.grade: an integer (10), a CEDS code ("09", "KG", "PK") or nothing.

    Returns 1-13 for grades, 0 for kindergarten, -1 for pre-kindergarten and None for other codes
    (for example "UG", ungraded) or a missing grade.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value)
    text = value.strip().upper()
    if text.isdigit():
        return int(text)
    return {"KG": 0, "K": 0, "PK": -1}.get(text)


def grade_level_code(number: int | None) -> str:
    """Return the CEDS grade level code of a grade number: -1 "PK", 0 "KG", 9 "09"; "" for None."""
    if number is None:
        return ""
    return {-1: "PK", 0: "KG"}.get(number, f"{number:02d}")


def alert_id(tenant_id: str, student_id: str, reason: pb.Reason) -> str:
    """Deterministic alert id: the same open reason of the same student always has the same id."""
    text = f"{tenant_id}|{student_id}|{reason.code}|{reason.text}"
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def severity_key(urgency: float | None, grade: int | None, student_id: str | None) -> tuple:
    """Return the sort key of caseloads and alerts: urgency (highest first), grade (highest first), student id."""
    return -(urgency or 0.0), -(grade or 0), student_id or ""


def rank_caseload(entries: list[dict]) -> list[dict]:
    """Sort caseload rows (with "urgency", "grade_number", "student_id") by severity_key."""
    return sorted(entries, key=lambda row: severity_key(row.get("urgency"), row.get("grade_number"),
                                                        row.get("student_id")))


def rank_alerts(alerts: list[dict]) -> list[dict]:
    """Sort alert rows (with "urgency", "grade", "student_id", "alert_id") in caseload order by severity_key.

    The alert id breaks the remaining ties between alerts of equal urgency of one student.
    """
    return sorted(alerts, key=lambda row: (*severity_key(row.get("urgency"), grade_number(row.get("grade")),
                                                         row.get("student_id")), row.get("alert_id") or ""))
