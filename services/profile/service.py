"""ProfileService servicer: checks requests, calls the repository and the pure domain code, sends events.

Tenant isolation: every call requires tenant_id, which must equal the `x-tenant-id` metadata when the
gateway sends it. A student of another tenant is reported as NOT_FOUND naming the requested ids,
because PERMISSION_DENIED would tell the caller that the student exists elsewhere.
"""

from __future__ import annotations

import logging

import grpc

from services.common.errors import FailedPrecondition, InvalidArgument
from services.common.grpc_server import REQUEST_ID_HEADER
from services.profile import convert
from services.profile.attempts import COMPLETE, apply_answers
from services.profile.career_cache import CareerCache
from services.profile.events import ProfileEvents
from services.profile.inventory import FORM_VERSION, InventoryError, Item
from services.profile.matching import Filters, explain, rank_careers
from services.profile.repository import ProfileRepository, StudentRecord
from services.profile.work_values import WorkValuesError, score_work_values
from trailmap.profile.v1 import profile_pb2 as pb
from trailmap.profile.v1 import profile_pb2_grpc

log = logging.getLogger(__name__)

TENANT_HEADER = "x-tenant-id"
DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 1000
MAX_JOB_ZONE = 5
# Grades a student may have in profile: middle and high school, the grades pathfinding plans for.
MIN_GRADE = 6
MAX_GRADE = 12


def _metadata(context: grpc.ServicerContext) -> dict[str, str]:
    return dict(context.invocation_metadata() or ())


class ProfileServicer(profile_pb2_grpc.ProfileServiceServicer):
    def __init__(self, repository: ProfileRepository, items: tuple[Item, ...], careers: CareerCache,
                 events: ProfileEvents) -> None:
        self._repository = repository
        self._items = items
        self._careers = careers
        self._events = events

    def _ids(self, request, context: grpc.ServicerContext) -> tuple[str, str]:
        tenant_id = convert.check_tenant(request.tenant_id, _metadata(context).get(TENANT_HEADER))
        return tenant_id, convert.check_id("student_id", request.student_id)

    def _publish(self, context: grpc.ServicerContext, event: pb.ProfileUpdated) -> None:
        event_id = self._events.publish(event, correlation_id=_metadata(context).get(REQUEST_ID_HEADER, ""))
        log.info("profile updated", extra={"tenant_id": event.tenant_id, "student_id": event.student_id,
                                           "changes": ",".join(pb.ProfileChange.Name(c) for c in event.changes),
                                           "event_id": event_id})

    # Students

    def CreateStudent(self, request: pb.CreateStudentRequest, context) -> pb.CreateStudentResponse:
        tenant_id, student_id = self._ids(request, context)
        roster = {
            "school_id": _optional_id("school_id", request.school_id),
            "grade": _check_grade(request.grade, required=True),
            "district_id": _optional_id("district_id", request.district_id),
            "source_system": _optional_id("source_system", request.source_system),
            "source_id": _optional_id("source_id", request.source_id),
        }
        external_ids = convert.external_ids_from_proto(request.external_ids)
        aspirations = convert.aspirations_from_proto(request.aspirations) if request.HasField("aspirations") else None
        consent = convert.consent_from_proto(request.consent) if request.HasField("consent") else None

        versions = self._repository.create_student(tenant_id, student_id, roster, external_ids, aspirations, consent)

        changes = [pb.PROFILE_CHANGE_CREATED]
        self._publish(context, _profile_event(tenant_id, student_id, changes, versions, aspirations))
        return pb.CreateStudentResponse(student=self._student(tenant_id, student_id))

    def GetStudent(self, request: pb.GetStudentRequest, context) -> pb.GetStudentResponse:
        tenant_id, student_id = self._ids(request, context)
        return pb.GetStudentResponse(student=self._student(tenant_id, student_id))

    def UpdateStudent(self, request: pb.UpdateStudentRequest, context) -> pb.UpdateStudentResponse:
        tenant_id, student_id = self._ids(request, context)
        # An explicit empty school_id or district_id clears the stored value.
        roster = {
            "school_id": _cleared_or_id("school_id", request.school_id) if request.HasField("school_id") else None,
            "grade": _check_grade(request.grade, required=False) if request.HasField("grade") else None,
            "district_id": (_cleared_or_id("district_id", request.district_id)
                            if request.HasField("district_id") else None),
        }
        roster = roster if any(value is not None for value in roster.values()) else None
        aspirations = convert.aspirations_from_proto(request.aspirations) if request.HasField("aspirations") else None
        consent = convert.consent_from_proto(request.consent) if request.HasField("consent") else None
        if roster is None and aspirations is None and consent is None:
            raise InvalidArgument("the request changes nothing; set school_id, grade, district_id, aspirations "
                                  "or consent")

        versions = self._repository.update_student(tenant_id, student_id, roster, aspirations, consent)

        changes = []
        if roster:
            changes.append(pb.PROFILE_CHANGE_ROSTER)
        if aspirations is not None:
            changes.append(pb.PROFILE_CHANGE_ASPIRATIONS)
        if consent is not None:
            changes.append(pb.PROFILE_CHANGE_CONSENT)
        self._publish(context, _profile_event(tenant_id, student_id, changes, versions, aspirations))
        return pb.UpdateStudentResponse(student=self._student(tenant_id, student_id))

    def _student(self, tenant_id: str, student_id: str) -> pb.Student:
        return _student_to_proto(self._repository.get_student(tenant_id, student_id))

    # Interest inventory and work values

    def GetInventory(self, request: pb.GetInventoryRequest, context) -> pb.GetInventoryResponse:
        tenant_id = convert.check_tenant(request.tenant_id, _metadata(context).get(TENANT_HEADER))
        response = pb.GetInventoryResponse(items=[convert.item_to_proto(item) for item in self._items],
                                           form_version=FORM_VERSION)
        if request.student_id:
            student_id = convert.check_id("student_id", request.student_id)
            self._repository.require_student(tenant_id, student_id)
            latest = self._repository.latest_inventory_attempt(tenant_id, student_id)
            if latest is not None:
                response.attempt_number = latest.attempt_number
                response.current_answers.extend(convert.answers_to_proto(self._items, latest.answers))
        return response

    def SubmitInterestInventory(self, request: pb.SubmitInterestInventoryRequest,
                                context) -> pb.SubmitInterestInventoryResponse:
        tenant_id, student_id = self._ids(request, context)
        answers = convert.answers_from_proto(request.answers)

        def decide(latest, now):
            try:
                return apply_answers(latest, answers, request.start_new_attempt, self._items, now)
            except InventoryError as error:
                raise InvalidArgument(str(error)) from None

        attempt, changed = self._repository.update_inventory(tenant_id, student_id, decide)

        if changed:
            event = pb.ProfileUpdated(tenant_id=tenant_id, student_id=student_id,
                                      changes=[pb.PROFILE_CHANGE_INTERESTS],
                                      interest_attempt_number=attempt.attempt_number)
            if attempt.status == COMPLETE and attempt.result is not None:
                event.holland_code = attempt.result.holland_code
                event.interests_undifferentiated = attempt.result.undifferentiated
            self._publish(context, event)
        missing = [item.item_id for item in self._items if item.item_id not in attempt.answers]
        return pb.SubmitInterestInventoryResponse(attempt=convert.attempt_to_proto(attempt, self._items),
                                                  missing_item_ids=missing)

    def SubmitWorkValues(self, request: pb.SubmitWorkValuesRequest, context) -> pb.SubmitWorkValuesResponse:
        tenant_id, student_id = self._ids(request, context)
        ranks = convert.ranks_from_proto(request.ranks)
        try:
            score_work_values(ranks)
        except WorkValuesError as error:
            raise InvalidArgument(str(error)) from None

        attempt = self._repository.add_values_attempt(tenant_id, student_id, ranks)

        self._publish(context, pb.ProfileUpdated(tenant_id=tenant_id, student_id=student_id,
                                                 changes=[pb.PROFILE_CHANGE_WORK_VALUES],
                                                 work_values_attempt_number=attempt["attempt_number"]))
        return pb.SubmitWorkValuesResponse(attempt=convert.values_attempt_to_proto(attempt))

    # Matches and history

    def GetMatches(self, request: pb.GetMatchesRequest, context) -> pb.GetMatchesResponse:
        tenant_id, student_id = self._ids(request, context)
        page_size = _page_size(request.page_size)
        offset = _page_offset(request.page_token)
        interests, values_attempt, education_ceiling = self._repository.match_inputs(tenant_id, student_id)
        if interests is None or interests.result is None:
            raise FailedPrecondition(f"student {student_id!r} in tenant {tenant_id!r} has no complete interest "
                                     f"inventory; answer all {len(self._items)} items first")

        careers = self._careers.careers()
        if not careers:
            raise FailedPrecondition("the catalog has no careers with O*NET interest scores; load the catalog first")
        filters = _filters(request.filters, education_ceiling)
        values = convert.value_scores_from_attempt(values_attempt) if values_attempt else None

        ranked = rank_careers(interests.result, values, careers, filters)

        page = ranked[offset:offset + page_size]
        matches = [explain(interests.result, values, career, score, offset + index + 1)
                   for index, (score, career) in enumerate(page)]
        next_offset = offset + len(page)
        return pb.GetMatchesResponse(
            matches=[convert.match_to_proto(match) for match in matches],
            next_page_token=str(next_offset) if next_offset < len(ranked) else "",
            total_matches=len(ranked),
            student_holland_code=interests.result.holland_code,
            interests_undifferentiated=interests.result.undifferentiated,
            interest_attempt_number=interests.attempt_number,
            work_values_attempt_number=values_attempt["attempt_number"] if values_attempt else 0)

    def ListAttempts(self, request: pb.ListAttemptsRequest, context) -> pb.ListAttemptsResponse:
        tenant_id, student_id = self._ids(request, context)
        history = self._repository.history(tenant_id, student_id)
        return pb.ListAttemptsResponse(
            interest_attempts=[convert.attempt_to_proto(attempt, self._items) for attempt in history.inventory],
            work_values_attempts=[convert.values_attempt_to_proto(attempt) for attempt in history.work_values],
            aspirations_history=[convert.aspirations_to_proto(node) for node in history.aspirations],
            consent_history=[convert.consent_to_proto(node) for node in history.consent])


def _check_grade(grade: int, required: bool) -> int:
    """Return `grade` if it lies in MIN_GRADE..MAX_GRADE; raise InvalidArgument otherwise.

    A CreateStudentRequest without grade carries 0, so `required` reports it as missing. On UpdateStudent
    grade is optional, and an explicit 0 is out of range like any other value.
    """
    if grade == 0 and required:
        raise InvalidArgument(f"grade is required; use {MIN_GRADE}-{MAX_GRADE} (middle and high school)")
    if not MIN_GRADE <= grade <= MAX_GRADE:
        fix = "" if required else ", or leave grade unset to keep the stored grade"
        raise InvalidArgument(f"grade {grade} is out of range; use {MIN_GRADE}-{MAX_GRADE} (middle and high "
                              f"school){fix}")
    return grade


def _optional_id(field: str, value: str) -> str | None:
    return convert.check_id(field, value) if value else None


def _cleared_or_id(field: str, value: str) -> str:
    return convert.check_id(field, value) if value else ""


def _page_size(requested: int) -> int:
    if requested == 0:
        return DEFAULT_PAGE_SIZE
    if not 1 <= requested <= MAX_PAGE_SIZE:
        raise InvalidArgument(f"page_size {requested} is out of range; use 1-{MAX_PAGE_SIZE}, or 0 for "
                              f"{DEFAULT_PAGE_SIZE}")
    return requested


def _page_offset(token: str) -> int:
    if not token:
        return 0
    if not token.isdigit():
        raise InvalidArgument(f"page_token {token!r} is invalid; pass next_page_token from the previous response")
    return int(token)


def _filters(message: pb.MatchFilters, education_ceiling: int | None) -> Filters:
    for zone in message.job_zones:
        if not 1 <= zone <= MAX_JOB_ZONE:
            raise InvalidArgument(f"job zone {zone} is out of range; O*NET job zones are 1-{MAX_JOB_ZONE}")
    ceiling = message.max_education_rank if message.HasField("max_education_rank") else None
    if ceiling is not None and not 0 <= ceiling <= convert.MAX_EDUCATION_RANK:
        raise InvalidArgument(f"max_education_rank {ceiling} is out of range; allowed: 0-{convert.MAX_EDUCATION_RANK}")
    if ceiling is None and message.use_aspirations_ceiling:
        ceiling = education_ceiling
    return Filters(job_zones=frozenset(message.job_zones), max_education_rank=ceiling,
                   bright_outlook_only=message.bright_outlook_only)


def _profile_event(tenant_id: str, student_id: str, changes: list[int], versions: dict[str, int],
                   aspirations: dict | None) -> pb.ProfileUpdated:
    if "aspirations" in versions and pb.PROFILE_CHANGE_ASPIRATIONS not in changes:
        changes.append(pb.PROFILE_CHANGE_ASPIRATIONS)
    if "consent" in versions and pb.PROFILE_CHANGE_CONSENT not in changes:
        changes.append(pb.PROFILE_CHANGE_CONSENT)
    event = pb.ProfileUpdated(tenant_id=tenant_id, student_id=student_id, changes=changes,
                              aspirations_version=versions.get("aspirations", 0))
    if aspirations is not None:
        event.target_onetsoc.extend(aspirations["target_onetsoc"])
        if aspirations["highest_education_rank"] is not None:
            event.highest_education_rank = aspirations["highest_education_rank"]
    return event


def _student_to_proto(record: StudentRecord) -> pb.Student:
    node = record.student
    student = pb.Student(
        tenant_id=node["tenant_id"], student_id=node["student_id"], school_id=node.get("school_id") or "",
        grade=convert.grade_from_graph(node.get("grade")), district_id=node.get("district_id") or "",
        source_system=node.get("source_system") or "", source_id=node.get("source_id") or "",
        external_ids=[pb.ExternalId(system=e["system"], value=e["value"]) for e in record.external_ids],
        completed_courses=[convert.course_to_proto(course) for course in record.completed_courses],
        current_courses=[convert.course_to_proto(course) for course in record.current_courses])
    if record.aspirations:
        student.aspirations.CopyFrom(convert.aspirations_to_proto(record.aspirations))
    if record.consent:
        student.consent.CopyFrom(convert.consent_to_proto(record.consent))
    if record.interests is not None and record.interests.result is not None:
        student.interests.CopyFrom(convert.result_to_proto(record.interests.result))
    if record.work_values:
        student.work_values.extend(convert.value_scores_to_proto(convert.value_scores_from_attempt(record.work_values)))
    for field_name in ("created_at", "updated_at"):
        if node.get(field_name) is not None:
            getattr(student, field_name).FromDatetime(node[field_name])
    return student
