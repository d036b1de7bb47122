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

`cip_residency_series` overrides all of them: a CIP in series 60 or 61 is a residency or fellowship
and gets the single level `residency` (rank 9), whatever Scorecard or the careers imply, because
those programs admit only holders of a doctoral or first professional degree.
"""

from __future__ import annotations

from collections.abc import Iterable

from services.catalog.domain.codes import BLS_EDUCATION, CREDENTIAL_LEVELS, ONET_RL_CATEGORIES, RESIDENCY_CIP_SERIES

RL_SHARE_MIN = 25.0
RULE_ORDER = ["cip_residency_series", "scorecard_fos", "bls_entry_education", "onet_rl_distribution",
              "fallback_certificate"]


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


def program_levels(scorecard_levels: Iterable[str], implied: dict[str, set[str]], cip: str = "") -> dict[str, list[str]]:
    """Return credential level -> rules (in `RULE_ORDER`) for one 6-digit CIP."""
    if cip.startswith(RESIDENCY_CIP_SERIES):
        return {"residency": ["cip_residency_series"]}

    result: dict[str, set[str]] = {level: set(rules) for level, rules in implied.items()}
    implied_ranks = [rank_of(level) for level in implied]

    for level in scorecard_levels:
        rank = rank_of(level)
        if not implied_ranks or min(implied_ranks) - 1 <= rank <= max(implied_ranks) + 1:
            result.setdefault(level, set()).add("scorecard_fos")

    if not result:
        result["certificate"] = {"fallback_certificate"}
    return {level: sorted(rules, key=RULE_ORDER.index) for level, rules in result.items()}


def level_group(rank: int) -> int:
    """Return the comparison level of a credential rank: ranks 0-1 count as one level, as do 2-3."""
    return {0: 1, 3: 2}.get(rank, rank)


def worker_share(rank: int, rl_distribution: dict[int, float] | None) -> float | None:
    """Return the share (0..1) of O*NET respondents who report the level of `rank` as required.

    Respondents count when their RL category has the same level group as the program (a certificate
    program counts "post-secondary certificate" and "some college courses"). None without RL data.
    """
    if not rl_distribution:
        return None
    share = sum(value for category, value in rl_distribution.items()
                if category in ONET_RL_CATEGORIES and level_group(ONET_RL_CATEGORIES[category][0]) == level_group(rank))
    return round(share / 100.0, 4)


# O*NET RL categories an apprenticeship prepares for: high school diploma (2), post-secondary
# certificate (3, which O*NET's wording says covers construction, mechanic and repair trades) and some
# college courses (4).
APPRENTICESHIP_RL_CATEGORIES = (2, 3, 4)


def apprenticeship_worker_share(rl_distribution: dict[int, float] | None) -> float | None:
    """Return the share (0..1) of O*NET respondents who report high school, a certificate or some college
    as required, the levels an apprenticeship reaches. None without RL data."""
    if not rl_distribution:
        return None
    share = sum(rl_distribution.get(category, 0.0) for category in APPRENTICESHIP_RL_CATEGORIES)
    return round(share / 100.0, 4)
