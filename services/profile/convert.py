"""Conversion between ProfileService messages and the profile's domain and graph values.

Request checks live here too: each raises InvalidArgument naming the field, the value and what is allowed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from services.common.errors import InvalidArgument, PermissionDenied
from services.profile.attempts import COMPLETE, InterestAttempt
from services.profile.inventory import AREAS, InterestResult, Item
from services.profile.matching import Match
from services.profile.work_values import WORK_VALUES, ValueScore
from trailmap.profile.v1 import profile_pb2 as pb

MAX_ID_LENGTH = 128
# Ids of tenants, students, schools, districts and source records. The set covers OneRoster sourcedIds
# (GUIDs or district codes), Ed-Fi StudentUniqueIds and Clever 24-character hex ids; it excludes '|', the
# separator of graph keys such as Student.key "<tenant>|<student id>", and every whitespace or control character.
ID_PATTERN_TEXT = f"[A-Za-z0-9][A-Za-z0-9._:@/-]{{0,{MAX_ID_LENGTH - 1}}}"
ID_PATTERN = re.compile(ID_PATTERN_TEXT)
# Maximum length of the repr() of a rejected value in an error message.
MAX_SHOWN_VALUE = 80
ONETSOC_PATTERN = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
MAX_EDUCATION_RANK = 8
# USPS codes of the states, DC and the territories.
STATE_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH "
    "OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI".split())

ANSWER_VALUES = {pb.INTEREST_ANSWER_LIKE: 1, pb.INTEREST_ANSWER_NOT_SURE: 0, pb.INTEREST_ANSWER_DISLIKE: -1}
ANSWER_ENUMS = {value: enum for enum, value in ANSWER_VALUES.items()}
AREA_ENUMS = dict(zip(AREAS, (pb.INTEREST_AREA_REALISTIC, pb.INTEREST_AREA_INVESTIGATIVE, pb.INTEREST_AREA_ARTISTIC,
                              pb.INTEREST_AREA_SOCIAL, pb.INTEREST_AREA_ENTERPRISING, pb.INTEREST_AREA_CONVENTIONAL)))
VALUE_ENUMS = dict(zip(WORK_VALUES, (pb.WORK_VALUE_ACHIEVEMENT, pb.WORK_VALUE_WORKING_CONDITIONS,
                                     pb.WORK_VALUE_RECOGNITION, pb.WORK_VALUE_RELATIONSHIPS, pb.WORK_VALUE_SUPPORT,
                                     pb.WORK_VALUE_INDEPENDENCE)))
VALUES_BY_ENUM = {enum: value for value, enum in VALUE_ENUMS.items()}


def check_id(field: str, value: str) -> str:
    """Return `value` when it is a valid id for `field`; raise InvalidArgument naming the field otherwise.

    One rule covers tenant, student, school, district and source-system ids: ID_PATTERN_TEXT, matched
    without trimming, so blank, padded or control-character ids are rejected instead of stored as new keys.
    """
    if not value:
        raise InvalidArgument(f"{field} is required; use an id matching {ID_PATTERN_TEXT}")
    if not ID_PATTERN.fullmatch(value):
        quoted = repr(value)
        if len(quoted) > MAX_SHOWN_VALUE:
            quoted = quoted[:MAX_SHOWN_VALUE] + "..."
        raise InvalidArgument(f"{field} {quoted} is invalid; ids must match {ID_PATTERN_TEXT}: a letter or digit, "
                              f"then letters, digits or . _ : @ / - with no spaces, at most {MAX_ID_LENGTH} "
                              f"characters")
    return value


def check_tenant(tenant_id: str, metadata_tenant: str | None) -> str:
    """Check the request's tenant_id, and that it equals the x-tenant-id metadata when that is sent."""
    check_id("tenant_id", tenant_id)
    if metadata_tenant is not None and metadata_tenant != tenant_id:
        raise PermissionDenied(f"tenant_id {tenant_id!r} differs from metadata x-tenant-id {metadata_tenant!r}; "
                               f"a caller may only act in its own tenant")
    return tenant_id


def grade_from_graph(value: object) -> int:
    """Read a stored Student.grade as a number; 0 when it is missing or not a grade number.

    Profile writes grade as an integer. SIS sync writes the CEDS grade-level code as text: "01".."13",
    "KG", "PK", "PS" (postsecondary), "UG" (ungraded) or "Other", so "09" reads as 9 and the codes
    without a number read as 0, the proto's "unknown".
    """
    if isinstance(value, bool) or value is None:
        return 0
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else 0
    if isinstance(value, str):
        text = value.strip()
        return int(text) if text.isascii() and text.isdigit() else 0
    return 0


def _enum_name(enum_type, number: int, field: str) -> str | None:
    if number == 0:
        return None
    try:
        name = enum_type.Name(number)
    except ValueError:
        raise InvalidArgument(f"{field} {number} is not a known value; allowed: "
                              f"{', '.join(enum_type.keys()[1:])}") from None
    prefix = enum_type.DESCRIPTOR.values[0].name.removesuffix("UNSPECIFIED")
    return name.removeprefix(prefix)


def _enum_number(enum_type, name: str | None) -> int:
    if not name:
        return 0
    prefix = enum_type.DESCRIPTOR.values[0].name.removesuffix("UNSPECIFIED")
    return enum_type.Value(prefix + name)


def aspirations_from_proto(message: pb.Aspirations) -> dict:
    """Check an Aspirations message and return the Aspirations node parameters."""
    codes = []
    for code in message.target_onetsoc:
        if not ONETSOC_PATTERN.match(code):
            raise InvalidArgument(f"target career {code!r} is not an O*NET-SOC code; use the form 29-1141.00")
        if code not in codes:
            codes.append(code)

    rank = message.highest_education_rank if message.HasField("highest_education_rank") else None
    if rank is not None and not 0 <= rank <= MAX_EDUCATION_RANK:
        raise InvalidArgument(f"highest_education_rank {rank} is out of range; allowed: 0 (no formal credential) "
                              f"to {MAX_EDUCATION_RANK} (doctoral or first professional)")
    cost = message.max_annual_cost_usd if message.HasField("max_annual_cost_usd") else None
    if cost is not None and cost < 0:
        raise InvalidArgument(f"max_annual_cost_usd {cost} is negative; use 0 or more US dollars")
    state = message.home_state.upper()
    if state and state not in STATE_CODES:
        raise InvalidArgument(f"home_state {message.home_state!r} is not a US state postal code such as TX")

    routes = []
    for number in message.preferred_routes:
        name = _enum_name(pb.RouteKind, number, "preferred_routes")
        if name is not None and name not in routes:
            routes.append(name)

    return {
        "target_onetsoc": codes,
        "highest_education_rank": rank,
        "cost_tolerance": _enum_name(pb.CostTolerance, message.cost_tolerance, "cost_tolerance"),
        "debt_tolerance": _enum_name(pb.CostTolerance, message.debt_tolerance, "debt_tolerance"),
        "max_annual_cost_usd": cost,
        "home_state": state or None,
        "relocation": _enum_name(pb.RelocationWillingness, message.relocation, "relocation"),
        "preferred_routes": routes,
    }


def consent_from_proto(message: pb.Consent) -> dict:
    return {"family_access": message.family_access, "partner_sharing": message.partner_sharing,
            "deidentified_research": message.deidentified_research}


def external_ids_from_proto(ids: Iterable[pb.ExternalId]) -> list[dict]:
    result = []
    for external in ids:
        check_id("external_ids.system", external.system)
        check_id("external_ids.value", external.value)
        result.append({"system": external.system, "value": external.value})
    return result


def answers_from_proto(answers: Iterable[pb.ItemAnswer]) -> dict[str, int]:
    """Return item id -> value (+1, 0, -1); raises InvalidArgument for a bad or repeated answer."""
    result: dict[str, int] = {}
    for answer in answers:
        if not answer.item_id:
            raise InvalidArgument("an answer has no item_id; copy item ids from GetInventory")
        if answer.answer not in ANSWER_VALUES:
            raise InvalidArgument(f"answer {answer.answer} for item {answer.item_id} is out of range; allowed: "
                                  f"INTEREST_ANSWER_LIKE, INTEREST_ANSWER_NOT_SURE, INTEREST_ANSWER_DISLIKE")
        if answer.item_id in result:
            raise InvalidArgument(f"item {answer.item_id} is answered twice in one request; send it once")
        result[answer.item_id] = ANSWER_VALUES[answer.answer]
    return result


def ranks_from_proto(ranks: Iterable[pb.ValueRank]) -> dict[str, int]:
    result: dict[str, int] = {}
    for rank in ranks:
        value = VALUES_BY_ENUM.get(rank.value)
        if value is None:
            raise InvalidArgument(f"work value {rank.value} is not one of the six O*NET work values; "
                                  f"use WORK_VALUE_ACHIEVEMENT .. WORK_VALUE_INDEPENDENCE")
        if value in result:
            raise InvalidArgument(f"work value {pb.WorkValue.Name(rank.value)} is ranked twice; rank it once")
        result[value] = rank.rank
    return result


def _set_time(target, value: datetime | None) -> None:
    if value is not None:
        target.FromDatetime(value)


def item_to_proto(item: Item) -> pb.InventoryItem:
    return pb.InventoryItem(item_id=item.item_id, position=item.position, area=AREA_ENUMS[item.area],
                            text=item.text, basic_interest=item.basic_interest)


def answers_to_proto(items: tuple[Item, ...], answers: dict[str, int]) -> list[pb.ItemAnswer]:
    """Return the answers in form order."""
    return [pb.ItemAnswer(item_id=item.item_id, answer=ANSWER_ENUMS[answers[item.item_id]])
            for item in items if item.item_id in answers]


def result_to_proto(result: InterestResult) -> pb.InterestResult:
    return pb.InterestResult(
        scores=[pb.InterestScore(area=AREA_ENUMS[score.area], raw=score.raw, normalized=score.normalized,
                                 items=score.items) for score in result.scores],
        holland_code=result.holland_code, undifferentiated=result.undifferentiated)


def attempt_to_proto(attempt: InterestAttempt, items: tuple[Item, ...]) -> pb.InterestAttempt:
    message = pb.InterestAttempt(
        attempt_number=attempt.attempt_number,
        status=pb.ATTEMPT_STATUS_COMPLETE if attempt.status == COMPLETE else pb.ATTEMPT_STATUS_IN_PROGRESS,
        answered_items=len(attempt.answers), total_items=len(items),
        answers=answers_to_proto(items, attempt.answers), form_version=attempt.form_version)
    if attempt.result is not None:
        message.result.CopyFrom(result_to_proto(attempt.result))
    _set_time(message.started_at, attempt.started_at)
    _set_time(message.updated_at, attempt.updated_at)
    _set_time(message.completed_at, attempt.completed_at)
    return message


def value_scores_from_attempt(attempt: dict) -> tuple[ValueScore, ...]:
    return tuple(ValueScore(value, int(attempt[f"rank_{value}"])) for value in WORK_VALUES)


def values_attempt_to_proto(attempt: dict) -> pb.WorkValuesAttempt:
    message = pb.WorkValuesAttempt(attempt_number=attempt["attempt_number"],
                                   scores=value_scores_to_proto(value_scores_from_attempt(attempt)))
    _set_time(message.submitted_at, attempt.get("submitted_at"))
    return message


def value_scores_to_proto(scores: Iterable[ValueScore]) -> list[pb.WorkValueScore]:
    return [pb.WorkValueScore(value=VALUE_ENUMS[score.value], rank=score.rank, weight=score.weight)
            for score in scores]


def aspirations_to_proto(node: dict) -> pb.Aspirations:
    message = pb.Aspirations(
        target_onetsoc=node.get("target_onetsoc") or [],
        cost_tolerance=_enum_number(pb.CostTolerance, node.get("cost_tolerance")),
        debt_tolerance=_enum_number(pb.CostTolerance, node.get("debt_tolerance")),
        home_state=node.get("home_state") or "",
        relocation=_enum_number(pb.RelocationWillingness, node.get("relocation")),
        preferred_routes=[_enum_number(pb.RouteKind, name) for name in node.get("preferred_routes") or []],
        version=node.get("version") or 0)
    if node.get("highest_education_rank") is not None:
        message.highest_education_rank = node["highest_education_rank"]
    if node.get("max_annual_cost_usd") is not None:
        message.max_annual_cost_usd = node["max_annual_cost_usd"]
    _set_time(message.recorded_at, node.get("recorded_at"))
    return message


def consent_to_proto(node: dict) -> pb.Consent:
    message = pb.Consent(family_access=bool(node.get("family_access")),
                         partner_sharing=bool(node.get("partner_sharing")),
                         deidentified_research=bool(node.get("deidentified_research")),
                         version=node.get("version") or 0)
    _set_time(message.recorded_at, node.get("recorded_at"))
    return message


def course_to_proto(course: dict) -> pb.Course:
    return pb.Course(key=course.get("key") or "", number=course.get("number") or "", name=course.get("name") or "",
                     term=str(course.get("term") or ""),
                     grade="" if course.get("grade") is None else str(course["grade"]),
                     credits=float(course.get("credits") or 0.0), passed=bool(course.get("passed")))


def match_to_proto(match: Match) -> pb.CareerMatch:
    career = match.career
    return pb.CareerMatch(
        onetsoc=career.onetsoc, title=career.title, holland_code=career.holland_code,
        job_zone=career.job_zone or 0, typical_education_rank=career.education_rank or 0,
        score=match.score, rank=match.rank, reasons=match.reasons,
        factors=[pb.MatchFactor(name=factor.name, value=factor.value, weight=factor.weight,
                                explanation=factor.explanation) for factor in match.factors])
