"""Career search scoring: full-text candidates re-ranked by how people name careers.

The full-text index `career_titles` (title, alternate, short and reported titles) finds candidates;
`rank_candidates` re-scores them:
- an exact match of the whole query with the title or an alternate/short/reported title: +3 / +2;
- every query word in the title (plural-insensitive): +1.5; in one alternate title: +0.5;
- the O*NET occupation that equals its SOC (code ending .00) over its specialties: +0.4;
- employment, so the common career wins among equals: + 0.15 x log10(employment in thousands + 1);
- the normalized full-text score (0..1).
Each query variant (the query and its synonyms) is scored, and a career keeps its best variant.
Queries and titles go through the same `normalize`: accents folded, stop words and one-letter words
dropped, plurals made singular.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

# Everyday words the O*NET titles lack as whole titles. Each maps to the titles people mean, the most
# common occupation first (pathfinding resolves a word to its first title).
SYNONYMS: dict[str, list[str]] = {
    "physician": ["family medicine physician", "physicians all other", "general internal medicine physician"],
    "doctor": ["family medicine physician", "physicians all other", "general internal medicine physician"],
    "family doctor": ["family medicine physician"],
    "mechanic": ["automotive service technicians and mechanics"],
    "car mechanic": ["automotive service technicians and mechanics"],
    "auto mechanic": ["automotive service technicians and mechanics"],
    "teacher": ["high school teacher", "elementary school teacher"],
    "lawyer": ["lawyer"],
    "attorney": ["lawyer"],
    "rn": ["registered nurse"],
    "lpn": ["licensed practical nurse"],
    "lvn": ["licensed vocational nurse"],
    "cna": ["nursing assistant"],
    "coder": ["computer programmer", "software developer", "medical coder"],
    "programmer": ["computer programmer", "software developer"],
    "cop": ["police and sheriff's patrol officer"],
    "police": ["police and sheriff's patrol officer"],
    "vet": ["veterinarian"],
    "dev": ["software developer"],
    # Spanish words for common careers, because the UI is bilingual. Keys are looked up after
    # `normalize`, so "medico" and "médico" both match.
    "enfermera": ["registered nurse", "licensed practical nurse"],
    "enfermero": ["registered nurse", "licensed practical nurse"],
    "médico": ["family medicine physician", "physicians all other", "general internal medicine physician"],
    "médica": ["family medicine physician", "physicians all other", "general internal medicine physician"],
    "doctora": ["family medicine physician", "physicians all other", "general internal medicine physician"],
    "electricista": ["electrician"],
    "maestro": ["elementary school teacher", "high school teacher"],
    "maestra": ["elementary school teacher", "high school teacher"],
    "profesor": ["high school teacher", "elementary school teacher"],
    "profesora": ["high school teacher", "elementary school teacher"],
    "mecánico": ["automotive service technicians and mechanics"],
    "mecánica": ["automotive service technicians and mechanics"],
    "programador": ["computer programmer", "software developer"],
    "programadora": ["computer programmer", "software developer"],
    "abogado": ["lawyer"],
    "abogada": ["lawyer"],
    "policía": ["police and sheriff's patrol officer"],
    "bombero": ["firefighter"],
    "bombera": ["firefighter"],
    "veterinario": ["veterinarian"],
    "veterinaria": ["veterinarian"],
    "dentista": ["dentist"],
    "contador": ["accountant"],
    "contadora": ["accountant"],
    "carpintero": ["carpenter"],
    "plomero": ["plumber"],
    "soldador": ["welder"],
    "cocinero": ["cook"],
    "cocinera": ["cook"],
    "farmacéutico": ["pharmacist"],
    "farmacéutica": ["pharmacist"],
}
# Words that name no career, in English and Spanish. "it" stays out because of "IT support".
STOP_WORDS = frozenset({
    "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
    "con", "de", "del", "el", "en", "la", "las", "los", "para", "por", "un", "una",
})
LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')
MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class Candidate:
    """A full-text hit; `titles` pairs each alternate/short/reported title with its `normalize` form."""

    onetsoc: str
    title: str
    titles: tuple[tuple[str, str], ...]
    employment_thousands: float | None
    text_score: float
    # OEWS national median annual wage in dollars, None when BLS publishes none.
    median_wage: float | None = None


def normalized_titles(titles: list[str]) -> tuple[tuple[str, str], ...]:
    """Pair each title with its normalized form, once per career, so ranking does no regex work."""
    return tuple((title, normalize(title)) for title in titles)


@dataclass(frozen=True)
class Hit:
    onetsoc: str
    title: str
    score: float
    matched_title: str
    median_wage: float | None = None


def normalize(text: str) -> str:
    """Reduce text to its search words: lower case, accents folded, no punctuation, stop words or
    one-letter words, and each word made singular by dropping a plural 's'."""
    words = re.findall(r"[a-z0-9]+", fold_accents(text).lower())
    return " ".join(_singular(word) for word in words if len(word) > 1 and word not in STOP_WORDS)


def fold_accents(text: str) -> str:
    """Return `text` with combining marks removed after NFKD decomposition ("médico" becomes "medico")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _singular(word: str) -> str:
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


_SYNONYMS_BY_WORDS = {normalize(word): titles for word, titles in SYNONYMS.items()}


def synonyms_for(query: str) -> list[str]:
    """Return the titles the synonyms table lists for `query`, the most common occupation first."""
    return _SYNONYMS_BY_WORDS.get(normalize(query), [])


def query_variants(query: str) -> list[str]:
    """Return the normalized query and its synonym expansions, the query first.

    An empty list means the query has no search words (only stop words, single letters or symbols).
    """
    normalized = normalize(query)
    if not normalized:
        return []

    variants = [normalized, *(normalize(synonym) for synonym in synonyms_for(query))]
    return list(dict.fromkeys(variants))


def lucene_query(variants: list[str]) -> str:
    """Build a Lucene query matching any word of any variant, exactly or as a prefix."""
    terms = []
    for variant in variants:
        for word in variant.split():
            escaped = LUCENE_SPECIAL.sub(r"\\\1", word)
            terms.append(f"{escaped}^2")
            if len(word) >= 3:
                terms.append(f"{escaped}*")
    return " OR ".join(dict.fromkeys(terms))


def _score(variant: str, candidate: Candidate, max_text_score: float) -> tuple[float, str]:
    words = set(variant.split())
    title = normalize(candidate.title)
    score = candidate.text_score / max_text_score if max_text_score > 0 else 0.0
    matched = candidate.title

    if title == variant:
        score += 3.0
    elif words <= set(title.split()):
        score += 1.5

    best_alternate = 0.0
    for alternate, normalized in candidate.titles:
        if normalized == variant:
            best_alternate, matched = 2.0, alternate
            break
        if best_alternate < 0.5 and words <= set(normalized.split()):
            best_alternate, matched = 0.5, alternate
    score += best_alternate

    if candidate.onetsoc.endswith(".00"):
        score += 0.4
    if candidate.employment_thousands:
        score += 0.15 * math.log10(candidate.employment_thousands + 1)
    return score, matched


def rank_candidates(query: str, candidates: list[Candidate], limit: int) -> list[Hit]:
    """Return the best `limit` hits for `query`, best first (ties by O*NET-SOC code)."""
    variants = query_variants(query)
    if not variants or not candidates:
        return []

    max_text_score = max(candidate.text_score for candidate in candidates)
    hits = []
    for candidate in candidates:
        score, matched = max((_score(variant, candidate, max_text_score) for variant in variants),
                             key=lambda item: item[0])
        hits.append(Hit(candidate.onetsoc, candidate.title, round(score, 4), matched, candidate.median_wage))
    hits.sort(key=lambda hit: (-hit.score, hit.onetsoc))
    return hits[:limit]
