"""Code rules shared by the loader and the service: SOC fallbacks, credential levels, states.

Credential ranks follow the shared graph description in cypher/README.md:
0 no formal credential, 1 high school diploma, 2 postsecondary certificate, 3 some college,
4 associate, 5 bachelor's, 6 post-baccalaureate or graduate certificate, 7 master's,
8 doctoral or first professional, 9 residency or fellowship (after a doctoral or first professional
degree; a training stage, not a degree).
"""

from __future__ import annotations

import re

ONETSOC_PATTERN = re.compile(r"^\d{2}-\d{4}\.\d{2}$")
SOC_PATTERN = re.compile(r"^\d{2}-\d{4}$")
CIP6_PATTERN = re.compile(r"^\d{2}\.\d{4}$")

# Program credential levels: level id -> (rank, display name, typical years).
# Typical years are estimates of full-time study for the level itself; a doctoral or first
# professional degree counts the 4 years after a bachelor's degree.
CREDENTIAL_LEVELS: dict[str, tuple[int, str, float]] = {
    "certificate": (2, "Undergraduate certificate or diploma", 1.0),
    "associate": (4, "Associate's degree", 2.0),
    "bachelor": (5, "Bachelor's degree", 4.0),
    "post_baccalaureate_certificate": (6, "Post-baccalaureate certificate", 1.0),
    "graduate_certificate": (6, "Graduate or professional certificate", 1.0),
    "master": (7, "Master's degree", 2.0),
    "doctoral": (8, "Doctoral degree", 4.0),
    "first_professional": (8, "First professional degree", 4.0),
    # NOTE: 3 years is an estimate; residencies run 3 (family medicine) to 7 (surgery) years.
    "residency": (9, "Residency or fellowship", 3.0),
}

# CIP 2020 series 60 (health professions residency/fellowship programs) and 61 (medical
# residency/fellowship programs) train graduates of a doctoral or first professional degree.
RESIDENCY_CIP_SERIES = ("60.", "61.")

# College Scorecard field-of-study P_CREDLEV -> credential level id.
SCORECARD_CREDLEV: dict[str, str] = {
    "1": "certificate",
    "2": "associate",
    "3": "bachelor",
    "4": "post_baccalaureate_certificate",
    "5": "master",
    "6": "doctoral",
    "7": "first_professional",
    "8": "graduate_certificate",
}

# BLS "Typical education needed for entry" -> (rank, credential level id of a program that meets it).
BLS_EDUCATION: dict[str, tuple[int, str | None]] = {
    "No formal educational credential": (0, None),
    "High school diploma or equivalent": (1, None),
    "Postsecondary nondegree award": (2, "certificate"),
    "Some college, no degree": (3, None),
    "Associate's degree": (4, "associate"),
    "Bachelor's degree": (5, "bachelor"),
    "Master's degree": (7, "master"),
    "Doctoral or professional degree": (8, "doctoral"),
}

# O*NET "Required Level of Education" (RL) category -> (rank, credential level id or None).
ONET_RL_CATEGORIES: dict[int, tuple[int, str | None]] = {
    1: (0, None),
    2: (1, None),
    3: (2, "certificate"),
    4: (3, None),
    5: (4, "associate"),
    6: (5, "bachelor"),
    7: (6, "post_baccalaureate_certificate"),
    8: (7, "master"),
    9: (7, None),
    10: (8, "first_professional"),
    11: (8, "doctoral"),
    12: (8, None),
}

# Names for typical_education_rank values when only O*NET data give the rank.
RANK_NAMES: dict[int, str] = {
    0: "No formal educational credential",
    1: "High school diploma or equivalent",
    2: "Postsecondary nondegree award",
    3: "Some college, no degree",
    4: "Associate's degree",
    5: "Bachelor's degree",
    6: "Post-baccalaureate certificate",
    7: "Master's degree",
    8: "Doctoral or professional degree",
}

# State FIPS code -> (postal code, name): 50 states, DC and the territories that appear in OEWS
# or College Scorecard files.
STATES: dict[str, tuple[str, str]] = {
    "01": ("AL", "Alabama"), "02": ("AK", "Alaska"), "04": ("AZ", "Arizona"), "05": ("AR", "Arkansas"),
    "06": ("CA", "California"), "08": ("CO", "Colorado"), "09": ("CT", "Connecticut"),
    "10": ("DE", "Delaware"), "11": ("DC", "District of Columbia"), "12": ("FL", "Florida"),
    "13": ("GA", "Georgia"), "15": ("HI", "Hawaii"), "16": ("ID", "Idaho"), "17": ("IL", "Illinois"),
    "18": ("IN", "Indiana"), "19": ("IA", "Iowa"), "20": ("KS", "Kansas"), "21": ("KY", "Kentucky"),
    "22": ("LA", "Louisiana"), "23": ("ME", "Maine"), "24": ("MD", "Maryland"),
    "25": ("MA", "Massachusetts"), "26": ("MI", "Michigan"), "27": ("MN", "Minnesota"),
    "28": ("MS", "Mississippi"), "29": ("MO", "Missouri"), "30": ("MT", "Montana"),
    "31": ("NE", "Nebraska"), "32": ("NV", "Nevada"), "33": ("NH", "New Hampshire"),
    "34": ("NJ", "New Jersey"), "35": ("NM", "New Mexico"), "36": ("NY", "New York"),
    "37": ("NC", "North Carolina"), "38": ("ND", "North Dakota"), "39": ("OH", "Ohio"),
    "40": ("OK", "Oklahoma"), "41": ("OR", "Oregon"), "42": ("PA", "Pennsylvania"),
    "44": ("RI", "Rhode Island"), "45": ("SC", "South Carolina"), "46": ("SD", "South Dakota"),
    "47": ("TN", "Tennessee"), "48": ("TX", "Texas"), "49": ("UT", "Utah"), "50": ("VT", "Vermont"),
    "51": ("VA", "Virginia"), "53": ("WA", "Washington"), "54": ("WV", "West Virginia"),
    "55": ("WI", "Wisconsin"), "56": ("WY", "Wyoming"), "60": ("AS", "American Samoa"),
    "64": ("FM", "Federated States of Micronesia"), "66": ("GU", "Guam"),
    "68": ("MH", "Marshall Islands"), "69": ("MP", "Northern Mariana Islands"), "70": ("PW", "Palau"),
    "72": ("PR", "Puerto Rico"), "78": ("VI", "Virgin Islands"),
}
STATE_BY_CODE: dict[str, tuple[str, str]] = {code: (fips, name) for fips, (code, name) in STATES.items()}


def soc_of(onetsoc: str) -> str:
    """Return the SOC 2018 code of an O*NET-SOC 2019 code (its first 7 characters)."""
    return onetsoc[:7]


def soc_candidates(soc: str) -> list[tuple[str, bool]]:
    """Return the SOC codes to try for BLS data, with whether each is an aggregate.

    BLS publishes some occupations only as a broad group whose code ends in 0 (13-1020 for
    13-1021/22/23). The detailed code comes first; the broad group is the one fallback, because a
    minor group (ending in 00) mixes occupations whose wages differ too much to stand in.
    """
    broad = soc[:-1] + "0"
    if broad == soc:
        return [(soc, False)]
    return [(soc, False), (broad, True)]


def program_id(cip: str, credential_level: str) -> str:
    return f"{cip}|{credential_level}"


def slug(text: str) -> str:
    """Return a lower-case id made of the words of `text` joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
