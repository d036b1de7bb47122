"""Derive the credential levels of CIP programs, which the CIP-SOC crosswalk does not carry.

A `Program` node is one 6-digit CIP at one credential level. Its levels come from these rules,
each stored as `level_source` on the node (the first that applies wins for the label; all are
kept in `level_sources`):

1. `scorecard_fos`: College Scorecard field-of-study rows offer the program's 4-digit CIP group at
   that level (Texas, Ohio and Colorado only). Every 6-digit child inherits the level when it is
   within one rank of a level the linked careers imply (rules 2-3), or when they imply none; so a
   master's offering in 51.38 reaches Nurse Practitioner CIPs but not a certificate-only field.
2. `bls_entry_education`: a linked career's BLS typical entry education is a degree or award.
3. `onet_rl_distribution`: at least `RL_SHARE_MIN` percent of a linked career's O*NET
   respondents report that level as required.
4. `fallback_certificate`: nothing above applies (linked careers need no postsecondary award),
   so the program is offered as a certificate, the lowest postsecondary credential.
"""

from __future__ import annotations

from collections.abc import Iterable

from services.catalog.domain.codes import BLS_EDUCATION, CREDENTIAL_LEVELS, ONET_RL_CATEGORIES

RL_SHARE_MIN = 25.0
RULE_ORDER = ["scorecard_fos", "bls_entry_education", "onet_rl_distribution", "fallback_certificate"]


def rank_of(level: str) -> int:
    return CREDENTIAL_LEVELS[level][0]


def implied_levels(bls_education: Iterable[str | None],
                   rl_distributions: Iterable[dict[int, float]]) -> dict[str, set[str]]:
    """Return level -> rules, from the linked careers' BLS entry education and O*NET RL shares."""
    levels: dict[str, set[str]] = {}
    for education in bls_education:
        level = BLS_EDUCATION.get(education or "", (None, None))[1]
        if level:
            levels.setdefault(level, set()).add("bls_entry_education")

    for distribution in rl_distributions:
        for category, share in distribution.items():
            level = ONET_RL_CATEGORIES.get(category, (None, None))[1]
            if level and share >= RL_SHARE_MIN:
                levels.setdefault(level, set()).add("onet_rl_distribution")
    return levels


def program_levels(scorecard_levels: Iterable[str], implied: dict[str, set[str]]) -> dict[str, list[str]]:
    """Return credential level -> rules (in `RULE_ORDER`) for one 6-digit CIP."""
    result: dict[str, set[str]] = {level: set(rules) for level, rules in implied.items()}
    implied_ranks = [rank_of(level) for level in implied]

    for level in scorecard_levels:
        rank = rank_of(level)
        if not implied_ranks or min(implied_ranks) - 1 <= rank <= max(implied_ranks) + 1:
            result.setdefault(level, set()).add("scorecard_fos")

    if not result:
        result["certificate"] = {"fallback_certificate"}
    return {level: sorted(rules, key=RULE_ORDER.index) for level, rules in result.items()}
