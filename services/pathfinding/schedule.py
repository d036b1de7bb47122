"""Schedule a career's high-school courses for one student across the remaining school years (pure).

Rules, in order:

1. A completed (passed) course is DONE in the year it was taken: the `PAST` lane with a negative
   year offset, or this year's lane when it was completed in the current grade. Without the grade of
   completion (inline students) it counts as last year (offset -1).
2. A course starts no earlier than the current grade, its `grade_min` and the year after each open
   prerequisite. Catalog prerequisites come from `PREREQUISITE_OF`. When the catalog lacks the edge,
   a derived prerequisite applies: "AP X" and "Honors X" follow "X" (or "X I"), "X II" follows "X"
   (or "X I"), and "X III" follows "X II", when that base course is on the same list. The step's
   `status_reason` marks the prerequisite as derived.
3. At most `MAX_COURSES_PER_YEAR` route courses go in one school year (enrolled courses always stay
   in the current year). Courses are placed by start grade, then by relevance (the highest
   `PREPARES_FOR` weight of the course and of the courses that need it), so a prerequisite is placed
   before the courses that need it. A course that finds no free year within its grade window stays on
   the list as optional (TODO with a reason) in its earliest year, outside the cap.
4. A failed course is retaken next year. A what-if failure of a course not taken yet
   (`fail_first_attempt`) takes the planned year for the failed attempt and the next free year for
   the retake, so the courses that need it move too. A course whose start passes its `grade_max` or grade 12, or
   whose prerequisite is closed, is CLOSED with the reason.

Exactly one step per route is NEXT; route assembly marks it after choosing the route's steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from services.pathfinding import rules, texts
from services.pathfinding.model import (
    LAST_GRADE,
    LINK_CATALOG_PREREQUISITE,
    LINK_DERIVED_PREREQUISITE,
    CourseInfo,
    Lane,
    Step,
    StepKind,
    StepStatus,
    StudentState,
)

# A planning limit, not a catalog fact: most students take 6-8 courses a year, and about three of them
# can serve one career plan next to the required English, social studies and electives.
MAX_COURSES_PER_YEAR = 3

_ADVANCED_PREFIX = re.compile(r"^(?:AP|Honors|Hon\.)\s+(?P<base>.+)$", re.IGNORECASE)
_LEVEL_SUFFIX = re.compile(r"^(?P<base>.+?)\s+(?P<level>II|III|IV|2|3|4)$", re.IGNORECASE)
_PREVIOUS_LEVEL = {"ii": ("", "I"), "2": ("", "1"), "iii": ("II",), "3": ("2",), "iv": ("III",), "4": ("3",)}


@dataclass
class CourseSchedule:
    """High-school trunk of one career for one student."""

    steps: list[Step]
    # Career-prep courses (PREPARES_FOR weight > 0) that no longer fit in high school.
    closed_prep_courses: int
    # Dual-enrollment courses done or still open.
    dual_enrollment_courses: int

    @property
    def catch_up_years(self) -> float:
        return self.closed_prep_courses * rules.CATCH_UP_YEARS_PER_COURSE

    @property
    def dual_savings(self) -> float:
        return rules.dual_enrollment_savings(self.dual_enrollment_courses)


def _base_names(name: str) -> list[str]:
    """Return the names of the course that `name` builds on, most likely first ("AP Biology" -> Biology)."""
    name = " ".join(name.split())
    if match := _ADVANCED_PREFIX.match(name):
        base = match["base"]
        return [base, f"{base} I", f"{base} 1"]
    if match := _LEVEL_SUFFIX.match(name):
        base = match["base"]
        return [f"{base} {level}".strip() for level in _PREVIOUS_LEVEL[match["level"].lower()]]
    return []


def implied_prerequisites(courses: dict[str, CourseInfo]) -> dict[str, str]:
    """Return course number -> number of its derived base course, for edges the catalog lacks."""
    by_name = {" ".join(course.name.lower().split()): number for number, course in courses.items()}
    implied = {}
    for number, course in courses.items():
        for base_name in _base_names(course.name):
            base = by_name.get(base_name.lower())
            if base and base != number:
                if base not in course.prerequisites:
                    implied[number] = base
                break
    return implied


def _course_kind(course: CourseInfo, student: StudentState) -> StepKind:
    if course.dual_enrollment or course.number in student.extra_dual_enrollment:
        return StepKind.DUAL_ENROLLMENT
    if course.work_based_learning:
        return StepKind.WORK_BASED_LEARNING
    if course.cte:
        return StepKind.CTE
    return StepKind.HS_COURSE


class _Scheduler:
    def __init__(self, courses: dict[str, CourseInfo], student: StudentState, language: str) -> None:
        self.language = language
        self.courses = courses
        self.student = student
        self.implied = implied_prerequisites(courses)
        self.passed = (student.completed | student.enrolled) - student.failed
        self.earliest_grade: dict[str, int | None] = {}
        self.reasons: dict[str, str] = {}
        self.visiting: set[str] = set()
        # What-if failures: course number -> grade of the failed first attempt, and the courses closed
        # because the retake (or a prerequisite's retake) no longer fits in high school.
        self.first_attempts: dict[str, int] = {}
        self.retake_closed: set[str] = set()

    def prerequisites(self, number: str) -> list[str]:
        listed = [p for p in self.courses[number].prerequisites if p in self.courses and p not in self.passed]
        derived = self.implied.get(number)
        if derived and derived not in self.passed:
            listed.append(derived)
        return listed

    def done(self, number: str) -> bool:
        return number in self.student.completed and number not in self.student.failed

    def earliest(self, number: str) -> int | None:
        """Return the first grade the course may start in, ignoring the yearly cap; None when closed."""
        if number in self.earliest_grade:
            return self.earliest_grade[number]
        course, student = self.courses[number], self.student
        if self.done(number):
            self.earliest_grade[number] = student.grade - 1
            return self.earliest_grade[number]
        if number in self.visiting:
            self.reasons[number] = texts.text(self.language, "cycle")
            return None

        self.visiting.add(number)
        grade = max(student.grade, course.grade_min)
        if number in student.failed:
            grade = max(grade, student.grade + 1)
        for prerequisite in self.prerequisites(number):
            prerequisite_grade = self.earliest(prerequisite)
            if prerequisite_grade is None:
                self.reasons.setdefault(
                    number, texts.text(self.language, "needs_closed", name=self.courses[prerequisite].name))
                grade = None
                break
            grade = max(grade, prerequisite_grade + 1)
        self.visiting.discard(number)

        if grade is not None and grade > min(course.grade_max, LAST_GRADE):
            if number in student.failed:
                self.reasons[number] = texts.text(self.language, "failed_no_retake", grade_max=course.grade_max)
            else:
                self.reasons[number] = texts.text(self.language, "past_grade_max", grade_max=course.grade_max)
            grade = None
        self.earliest_grade[number] = grade
        return grade

    def relevance(self) -> dict[str, float]:
        """Return each course's weight, raised to the highest weight of an open course that needs it."""
        weights = {number: course.weight for number, course in self.courses.items()}
        open_courses = [n for n in self.courses if not self.done(n) and self.earliest(n) is not None]
        for _ in range(len(self.courses)):
            changed = False
            for number in open_courses:
                for prerequisite in self.prerequisites(number):
                    if weights[prerequisite] < weights[number]:
                        weights[prerequisite], changed = weights[number], True
            if not changed:
                break
        return weights

    def place(self) -> tuple[dict[str, int], set[str]]:
        """Return (course number -> planned grade, optional course numbers) under the yearly cap."""
        student, relevance = self.student, self.relevance()
        open_courses = [n for n in self.courses if not self.done(n) and self.earliest(n) is not None]
        load: dict[int, int] = {}
        planned: dict[str, int] = {}
        optional: set[str] = set()

        enrolled = [n for n in open_courses if n in student.enrolled and n not in student.failed]
        for number in enrolled:
            planned[number] = self.earliest(number)
            load[planned[number]] = load.get(planned[number], 0) + 1

        rest = sorted((n for n in open_courses if n not in planned),
                      key=lambda n: (self.earliest(n), -relevance[n], n))
        for number in rest:
            start = self.earliest(number)
            prerequisites = self.prerequisites(number)
            closed_prerequisite = next((p for p in prerequisites if p in self.retake_closed), None)
            if closed_prerequisite is not None:
                self.retake_closed.add(number)
                self.reasons[number] = texts.text(self.language, "needs_closed",
                                                  name=self.courses[closed_prerequisite].name)
                continue
            if any(p in optional for p in prerequisites):
                optional.add(number)
                planned[number] = start
                continue
            start = max([start] + [planned[p] + 1 for p in prerequisites if p in planned])
            last = min(self.courses[number].grade_max, LAST_GRADE)
            if start > last and any(p in self.first_attempts for p in prerequisites):
                self.retake_closed.add(number)
                self.reasons[number] = texts.text(self.language, "past_grade_max",
                                                  grade_max=self.courses[number].grade_max)
                continue
            grade = self.free_grade(load, start, last)
            if grade is None:
                optional.add(number)
                planned[number] = start
                continue
            load[grade] = load.get(grade, 0) + 1
            if number in student.fail_first_attempt:
                self.first_attempts[number] = grade
                retake = self.free_grade(load, grade + 1, last)
                if retake is None:
                    self.retake_closed.add(number)
                    self.reasons[number] = texts.text(self.language, "fails_no_retake", grade=grade,
                                                      grade_max=last)
                    continue
                grade = retake
                load[grade] = load.get(grade, 0) + 1
            planned[number] = grade
        return planned, optional

    @staticmethod
    def free_grade(load: dict[int, int], start: int, last: int) -> int | None:
        """Return the first grade from `start` to `last` with room under the yearly cap, or None."""
        return next((g for g in range(start, last + 1) if load.get(g, 0) < MAX_COURSES_PER_YEAR), None)

    def link_rule(self, number: str) -> tuple[str, bool]:
        """Return the rule that put the course on the list and whether Trailmap derived that rule.

        A course linked to the career keeps its PREPARES_FOR rule, even when another course also needs it,
        because that link is what the list is built from. The catalog's PREREQUISITE_OF edges are published.
        """
        course = self.courses[number]
        if course.link_rule:
            return course.link_rule, True
        if any(number in other.prerequisites for other in self.courses.values()):
            return LINK_CATALOG_PREREQUISITE, False
        if number in self.implied.values():
            return LINK_DERIVED_PREREQUISITE, True
        return "", False

    def reason_for(self, number: str) -> str:
        derived = self.implied.get(number)
        if derived is None or derived in self.passed:
            return ""
        return texts.text(self.language, "derived_prerequisite", name=self.courses[derived].name)


def schedule_courses(courses: dict[str, CourseInfo], student: StudentState, language: str = "en"
                     ) -> CourseSchedule:
    """Schedule the remaining courses of a career's trunk, with reasons in `language`; see the module rules."""
    scheduler = _Scheduler(courses, student, language)
    planned, optional = scheduler.place()
    relevance = scheduler.relevance()

    steps: list[Step] = []
    closed_prep = 0
    dual_courses = 0
    for number, course in courses.items():
        kind = _course_kind(course, student)
        step = Step(kind=kind, key=course.key, title=course.name, credits=course.credits, duration_years=1.0)
        step.link_rule, step.derived = scheduler.link_rule(number)

        if scheduler.done(number):
            taken_grade = student.completed_grades.get(number, student.grade - 1)
            step.status, step.year_offset = StepStatus.DONE, float(min(0, taken_grade - student.grade))
            step.lane = Lane.THIS_YEAR if step.year_offset == 0 else Lane.PAST
        elif number not in planned:
            step.status, step.status_reason, step.lane = StepStatus.CLOSED, scheduler.reasons.get(number, ""), \
                Lane.HIGH_SCHOOL
            closed_prep += 1 if course.weight > 0 else 0
        else:
            step.year_offset = float(planned[number] - student.grade)
            step.lane = Lane.THIS_YEAR if step.year_offset == 0 else Lane.HIGH_SCHOOL
            step.status = StepStatus.TODO
            step.status_reason = scheduler.reason_for(number)
            if number in scheduler.first_attempts:
                step.status_reason = texts.text(language, "retake_after_fail", grade=scheduler.first_attempts[number])
            if number in optional:
                step.status_reason = texts.text(language, "optional_course", count=MAX_COURSES_PER_YEAR)

        if kind is StepKind.DUAL_ENROLLMENT and step.status is not StepStatus.CLOSED:
            dual_courses += 1
        if kind is StepKind.DUAL_ENROLLMENT and number in student.extra_dual_enrollment and not course.dual_enrollment:
            step.status_reason = texts.text(language, "dual_what_if")
        steps.append(step)

    order = {number: index for index, number in enumerate(courses)}
    by_key = {course.key: number for number, course in courses.items()}

    def sort_key(step: Step):
        number = by_key[step.key]
        return (step.year_offset, number in optional, step.status is StepStatus.CLOSED, -relevance[number],
                step.title, order[number])

    steps.sort(key=sort_key)
    return CourseSchedule(steps, closed_prep, dual_courses)


def mark_next_step(steps: list[Step]) -> None:
    """Mark exactly one step NEXT: the first open step of this school year, else the first open step."""
    open_steps = [step for step in steps if step.status is StepStatus.TODO]
    this_year = [step for step in open_steps if step.year_offset == 0 and step.lane is Lane.THIS_YEAR]
    chosen = (this_year or open_steps)[:1]
    for step in chosen:
        step.status = StepStatus.NEXT
