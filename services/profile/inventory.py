"""The RIASEC interest inventory: item bank, answer checks and deterministic scoring.

Item bank. O*NET 29.3 publishes four illustrative activity statements for each of the six general
interest areas (element 1.B.1.*) and for each of the 41 basic interests (1.B.3.*), 188 in all. Some basic
interests belong to two RIASEC areas (for example Health Care Service is Investigative and Social), so
this form uses only activities whose basic interest maps to exactly one area. Each area gets 10 items,
like the 60-item O*NET Interest Profiler short form: its 4 general activities, then 6 activities taken
round-robin over the area's single-area basic interests in O*NET element order (the first activity of
each basic interest, then the second, ...). Items are then interleaved R, I, A, S, E, C so that one area
never fills a screen. The form is fixed by the data file, so its version string changes only with it.

Scoring. like = +1, not sure = 0, dislike = -1, summed per area (raw, -10..10), then normalised to 0..1 as
(raw + items) / (2 * items). O*NET's own profiler counts only "like" answers; counting "dislike" as -1
separates a student who dislikes an area from one who is unsure about it. The Holland code is the three
areas with the highest normalised scores, ties broken in the fixed R-I-A-S-E-C order.

Undifferentiated profiles. When all six normalised scores are equal (for example every item answered
"not sure", or every item "like"), the answers rank no area above another. Such a result has an empty
Holland code and `undifferentiated` set, instead of the tie-break code RIA, and matching treats its
interests as neutral.
"""

from __future__ import annotations

import csv
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

AREAS: tuple[str, ...] = ("R", "I", "A", "S", "E", "C")
AREA_NAMES: dict[str, str] = {
    "R": "Realistic", "I": "Investigative", "A": "Artistic",
    "S": "Social", "E": "Enterprising", "C": "Conventional",
}
AREA_BY_ELEMENT: dict[str, str] = {
    "1.B.1.a": "R", "1.B.1.b": "I", "1.B.1.c": "A", "1.B.1.d": "S", "1.B.1.e": "E", "1.B.1.f": "C",
}
ITEMS_PER_AREA = 10
# Normalised scores closer than this count as equal. Scores are multiples of 1 / (2 * items), so this
# only absorbs floating-point error.
SCORE_TOLERANCE = 1e-9
FORM_VERSION = "onet-29.3-ip-60-v1"
ACTIVITIES_FILE = "onet/interests_illustrative_activities.csv"
BASIC_TO_RIASEC_FILE = "onet/basic_interests_to_riasec.csv"


class Answer(Enum):
    LIKE = 1
    NOT_SURE = 0
    DISLIKE = -1


@dataclass(frozen=True)
class Item:
    item_id: str
    position: int
    area: str
    text: str
    basic_interest: str


@dataclass(frozen=True)
class AreaScore:
    area: str
    raw: int
    items: int

    @property
    def normalized(self) -> float:
        return (self.raw + self.items) / (2 * self.items)


@dataclass(frozen=True)
class InterestResult:
    scores: tuple[AreaScore, ...]
    # Empty when the profile is undifferentiated.
    holland_code: str

    def vector(self) -> tuple[float, ...]:
        """Normalised scores in R-I-A-S-E-C order."""
        return tuple(score.normalized for score in self.scores)

    @property
    def undifferentiated(self) -> bool:
        """True when all six areas score the same, so the answers express no interest order."""
        return is_flat(self.vector())


def interest_result(scores: tuple[AreaScore, ...]) -> InterestResult:
    """Build the result of six area scores: the Holland code, or an empty code for a flat profile."""
    vector = [score.normalized for score in scores]
    return InterestResult(scores, "" if is_flat(vector) else holland_code(vector))


def is_flat(vector: list[float] | tuple[float, ...]) -> bool:
    """True when every score of `vector` lies within SCORE_TOLERANCE of the others."""
    return max(vector) - min(vector) <= SCORE_TOLERANCE


class InventoryError(ValueError):
    """Raised for answers that name an unknown item or carry an invalid value."""


class ItemBankError(RuntimeError):
    """Raised when the O*NET activity files are missing or do not give every area enough items."""


def load_item_bank(data_dir: Path) -> tuple[Item, ...]:
    """Build the 60-item form from the O*NET activity statements under `data_dir`."""
    activities_path = data_dir / ACTIVITIES_FILE
    mapping_path = data_dir / BASIC_TO_RIASEC_FILE
    for path in (activities_path, mapping_path):
        if not path.is_file():
            raise ItemBankError(f"O*NET file {path} is missing; set TRAILMAP_DATA_DIR to the folder holding onet/")

    areas_of_basic: dict[str, set[str]] = {}
    with mapping_path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            areas_of_basic.setdefault(row["Basic Interests Element ID"], set()).add(
                AREA_BY_ELEMENT[row["RIASEC Element ID"]])

    # element id -> (name, [activity, ...]) in file order
    activities: dict[str, tuple[str, list[str]]] = {}
    with activities_path.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            entry = activities.setdefault(row["Element ID"], (row["Element Name"], []))
            entry[1].append(row["Activity"].strip())

    per_area = {area: _area_items(area, activities, areas_of_basic) for area in AREAS}
    return _interleave(per_area)


def _area_items(area: str, activities: dict[str, tuple[str, list[str]]],
                areas_of_basic: dict[str, set[str]]) -> list[tuple[str, str, str]]:
    """Return (item id, text, basic interest) for one area: general items, then round-robin basics."""
    general_element = next(element for element, code in AREA_BY_ELEMENT.items() if code == area)
    if general_element not in activities:
        raise ItemBankError(f"{ACTIVITIES_FILE} has no activities for {AREA_NAMES[area]} ({general_element})")

    general_name, general_texts = activities[general_element]
    chosen = [(f"{general_element}-{n}", text, general_name) for n, text in enumerate(general_texts, start=1)]

    basics = sorted((element for element, codes in areas_of_basic.items()
                     if codes == {area} and element in activities), key=_element_sort_key)
    depth = 0
    while len(chosen) < ITEMS_PER_AREA:
        added = False
        for element in basics:
            name, texts = activities[element]
            if depth < len(texts) and len(chosen) < ITEMS_PER_AREA:
                chosen.append((f"{element}-{depth + 1}", texts[depth], name))
                added = True
        if not added:
            raise ItemBankError(f"only {len(chosen)} activities for {AREA_NAMES[area]}; the form needs "
                                f"{ITEMS_PER_AREA}; check {ACTIVITIES_FILE}")
        depth += 1

    return chosen[:ITEMS_PER_AREA]


def _element_sort_key(element_id: str) -> tuple[int, str]:
    # O*NET letters run a..z, then aa..ao, so shorter suffixes sort first.
    suffix = element_id.rsplit(".", 1)[-1]
    return (len(suffix), suffix)


def _interleave(per_area: dict[str, list[tuple[str, str, str]]]) -> tuple[Item, ...]:
    items = []
    for index in range(ITEMS_PER_AREA):
        for area in AREAS:
            item_id, text, basic = per_area[area][index]
            items.append(Item(item_id, len(items) + 1, area, text, basic))
    return tuple(items)


def check_answers(items: tuple[Item, ...], answers: Mapping[str, int]) -> None:
    """Raise InventoryError naming the first unknown item id or out-of-range value."""
    known = {item.item_id for item in items}
    allowed = {answer.value for answer in Answer}
    for item_id, value in answers.items():
        if item_id not in known:
            raise InventoryError(f"item id {item_id!r} is not in form {FORM_VERSION}; "
                                 f"call GetInventory for the item ids")
        if value not in allowed:
            raise InventoryError(f"answer {value!r} for item {item_id} is out of range; "
                                 f"allowed: like, not sure, dislike")


def missing_items(items: tuple[Item, ...], answers: Mapping[str, int]) -> list[str]:
    """Return the ids of unanswered items in form order."""
    return [item.item_id for item in items if item.item_id not in answers]


def score_inventory(items: tuple[Item, ...], answers: Mapping[str, int]) -> InterestResult:
    """Score a complete answer set; raises InventoryError when an item is unanswered."""
    check_answers(items, answers)
    missing = missing_items(items, answers)
    if missing:
        raise InventoryError(f"{len(missing)} items are unanswered, first {missing[0]}; "
                             f"answer every item to get scores")

    raw = dict.fromkeys(AREAS, 0)
    counts = dict.fromkeys(AREAS, 0)
    for item in items:
        raw[item.area] += answers[item.item_id]
        counts[item.area] += 1

    return interest_result(tuple(AreaScore(area, raw[area], counts[area]) for area in AREAS))


def holland_code(vector: list[float] | tuple[float, ...], letters: int = 3) -> str:
    """Return the top `letters` areas of an R-I-A-S-E-C vector, ties broken in R-I-A-S-E-C order."""
    order = sorted(range(len(AREAS)), key=lambda index: (-vector[index], index))
    return "".join(AREAS[index] for index in order[:letters])


def describe_top_areas(result: InterestResult, count: int) -> str:
    """Name the student's top `count` areas in words, marking tied areas instead of implying an order.

    Areas are grouped by equal score, best first, until the groups cover `count` areas. A group at the
    cut-off keeps every tied area, including ones the R-I-A-S-E-C tie-break left out of the Holland code,
    e.g. "Social, then Investigative, Artistic and Enterprising (tied)".
    """
    ordered = sorted(result.scores, key=lambda score: (-score.normalized, AREAS.index(score.area)))
    groups: list[list[str]] = []
    covered = 0
    for index, score in enumerate(ordered):
        tied = index > 0 and ordered[index - 1].normalized - score.normalized <= SCORE_TOLERANCE
        if tied:
            groups[-1].append(score.area)
        elif covered >= count:
            break
        else:
            groups.append([score.area])
        covered += 1

    parts = [describe_code("".join(group)) + (" (tied)" if len(group) > 1 else "") for group in groups]
    if len(groups) == 1 and len(groups[0]) == 1:
        return parts[0]
    if all(len(group) == 1 for group in groups):
        return describe_code("".join(group[0] for group in groups))
    return ", then ".join(parts)


def describe_code(code: str) -> str:
    """Return the area names of a Holland code joined in words, e.g. "Social and Investigative"."""
    names = [AREA_NAMES[letter] for letter in code]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
