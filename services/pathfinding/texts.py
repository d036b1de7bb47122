"""Fixed words of route titles, explanations, factor details and step reasons, in English and Spanish.

The service writes these sentences itself; catalog titles (programs, careers, courses, RAPIDS
occupations) stay as published, in English. The Spanish texts aim at a middle-school reading level
and speak to the student ("tú"), as the web UI does. Every key exists in both languages.
"""

from __future__ import annotations

from services.common.errors import InvalidArgument
from services.pathfinding.model import CREDENTIAL_NAMES

DEFAULT_LANGUAGE = "en"
LANGUAGES = ("en", "es")

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        # Route titles and step titles.
        "direct_title": "Straight to work after high school, with on-the-job training",
        "trainee_title": "Start as a helper or trainee",
        "apprenticeship_title": "Apprenticeship: {title}",
        "apprenticeship_count": "{title} ({count} apprenticeships)",
        "program_title": "{credential}: {name}",
        "programs_count": "{name} ({count} programs)",
        "programs_more": "{name} and {count} more",
        "any_bachelor_step": "Bachelor's degree in any field",
        "any_bachelor_part": "Bachelor's degree",
        "any_bachelor_reason": "graduate programs admit a bachelor's in any field (derived rule)",
        "diploma": "High school diploma",
        # High-school step reasons.
        "cycle": "the catalog lists a prerequisite cycle",
        "needs_closed": "needs {name}, which no longer fits in high school",
        "failed_no_retake": "failed; no grade left to retake it (offered through grade {grade_max})",
        "past_grade_max": "offered through grade {grade_max}; prerequisites push it past that",
        "fails_no_retake": "failed in grade {grade}; no grade left to retake it (offered through grade {grade_max})",
        "retake_after_fail": "retake after failing it in grade {grade}",
        "derived_prerequisite": ("after {name} (derived prerequisite: AP, Honors and level II courses follow "
                                 "their base course)"),
        "optional_course": ("optional: the plan holds at most {count} career courses a year; take it if your "
                            "schedule has room"),
        "dual_what_if": "dual-enrollment option added in a what-if",
        # Factor details.
        "interest_neutral": "no interest scores yet, so interest fit is neutral",
        "interest": "RIASEC profile {percent} close to the career's O*NET interests",
        "values_neutral": "no work values yet, so values fit is neutral",
        "values": "work values {percent} close to the career's O*NET work values",
        "growth_none": "no BLS projection for this career",
        "growth": "{growth}% growth 2024-34{openings}",
        "openings": ", {count} openings a year",
        "pay_state": "median pay in {state}",
        "pay_national": "national median pay",
        "no_debt_paid": "no debt: paid while training",
        "no_debt_tuition": "no debt: no tuition",
        "debt": "debt {money}",
        "cost": "cost {money}",
        "debt_at_least": "debt at least {money}",
        "burden_for_pay": "{burden} for {pay} {where}",
        "burden_no_pay": "{burden}; no pay data",
        "no_debt_data": " (no debt data for the {names}{floor})",
        "debt_floor": ", at least {money} for the other steps",
        "no_cost_data": "no cost or debt data for the {names}",
        "debt_over_cost": ("; the debt can be higher than the {cost} cost because students also borrow for "
                           "living costs such as rent and food"),
        "and": "and",
        "years_to_job": "{years} years to the first job",
        "paid_apprenticeship": ", starting a paid {length}-year apprenticeship",
        "progress": "{done} of {total} steps done",
        "preferred_kind": "a preferred route kind",
        "not_preferred_kind": "not a preferred route kind",
        "avoid_debt": "involves debt the student wants to avoid",
        "no_preference": "no stated preference",
        # Explanation sentence.
        "fastest": "fastest route ({years} years)",
        "ranks": "Ranks {ordinal}: {first} and {second}",
        "interest_pending": "; interest fit is neutral until the student takes the interest inventory",
        "after_apprenticeships": ("; it ranks after the apprenticeships because BLS lists an apprenticeship as "
                                  "the usual training for this career"),
        # Response notes.
        "note_interest_neutral": "no interest scores yet: interest fit is neutral",
        "note_closed_prep_one": ("1 career-prep course no longer fits in high school, so program routes add "
                                 "{years} to catch up"),
        "note_closed_prep": ("{count} career-prep courses no longer fit in high school, so program routes add "
                             "{years} to catch up"),
        "note_no_route": "no route fits these bounds; raise the horizon or the education ceiling",
        # What-if summary and route change reasons.
        "years_one": "a year",
        "years": "{years} years",
        "change_DROP_COURSE": "dropped {name}",
        "change_ADD_COURSE": "added {name}",
        "change_FAIL_COURSE": "failed {name}",
        "change_ADD_DUAL_ENROLLMENT": "dual enrollment for {name}",
        "career_routes": "the {career} routes",
        "all_routes": "the routes",
        "hs_delayed": "{routes} now start {names} {years} later",
        "hs_grade": " (grade {grade})",
        "hs_moves_to_grade": "{name} moves to grade {grade}",
        "hs_retake": "{name} must be taken again",
        "on_time": "you still finish high school on time",
        "hs_closed_one": "{names} no longer fits in high school",
        "hs_closed": "{names} no longer fit in high school",
        "hs_closed_on": " on {routes}",
        "and_clause": ", and ",
        "routes_close_one": "1 route closes",
        "routes_close": "{count} routes close",
        "routes_open_one": "1 route opens",
        "routes_open": "{count} routes open",
        "routes_later_one": "1 route reaches the career up to {years} later",
        "routes_later": "{count} routes reach the career up to {years} later",
        "routes_sooner_one": "1 route reaches the career up to {years} sooner",
        "routes_sooner": "{count} routes reach the career up to {years} sooner",
        "no_route_changes": "no route changes",
        "route_closed_reason": "no longer fits the {horizon}-year horizon or the other bounds",
        "route_opened_reason": "now fits within the bounds",
    },
    "es": {
        "direct_title": "Trabajar al terminar la preparatoria, aprendiendo en el trabajo",
        "trainee_title": "Empezar como ayudante o aprendiz en el trabajo",
        "apprenticeship_title": "Programa de aprendizaje: {title}",
        "apprenticeship_count": "{title} ({count} programas de aprendizaje)",
        "program_title": "{credential}: {name}",
        "programs_count": "{name} ({count} programas)",
        "programs_more": "{name} y {count} más",
        "any_bachelor_step": "Licenciatura en cualquier campo",
        "any_bachelor_part": "Licenciatura",
        "any_bachelor_reason": ("los programas de posgrado aceptan una licenciatura de cualquier campo "
                                "(regla derivada)"),
        "diploma": "Diploma de preparatoria",
        "cycle": "el catálogo tiene requisitos que se repiten en círculo",
        "needs_closed": "necesita {name}, que ya no cabe en la preparatoria",
        "failed_no_retake": "reprobada; ya no queda un grado para repetirla (se ofrece hasta el grado {grade_max})",
        "past_grade_max": "se ofrece hasta el grado {grade_max}, y sus requisitos la pasan de ese grado",
        "fails_no_retake": ("reprobada en el grado {grade}; ya no queda un grado para repetirla (se ofrece hasta "
                            "el grado {grade_max})"),
        "retake_after_fail": "la repites después de reprobarla en el grado {grade}",
        "derived_prerequisite": ("después de {name} (requisito deducido: los cursos AP, Honors y de nivel II van "
                                 "después de su curso básico)"),
        "optional_course": ("opcional: el plan pone como máximo {count} cursos de la carrera por año; tómalo si "
                            "tienes espacio en tu horario"),
        "dual_what_if": "opción de doble inscripción agregada en una prueba de \"¿qué pasa si...?\"",
        "interest_neutral": "todavía no hay resultados de intereses, así que este punto es neutral",
        "interest": "tus intereses (RIASEC) se parecen en un {percent} a los de esta carrera en O*NET",
        "values_neutral": "todavía no hay valores de trabajo, así que este punto es neutral",
        "values": "tus valores de trabajo se parecen en un {percent} a los de esta carrera en O*NET",
        "growth_none": "BLS no tiene una proyección para esta carrera",
        "growth": "crecimiento de {growth}% entre 2024 y 2034{openings}",
        "openings": ", {count} puestos libres al año",
        "pay_state": "sueldo medio en {state}",
        "pay_national": "sueldo medio del país",
        "no_debt_paid": "sin deudas: te pagan mientras aprendes",
        "no_debt_tuition": "sin deudas: no pagas colegiatura",
        "debt": "deuda de {money}",
        "cost": "costo de {money}",
        "debt_at_least": "deuda de al menos {money}",
        "burden_for_pay": "{burden} con un {where} de {pay}",
        "burden_no_pay": "{burden}; no hay datos de sueldo",
        "no_debt_data": " (no hay datos de deuda para: {names}{floor})",
        "debt_floor": "; al menos {money} por los otros pasos",
        "no_cost_data": "no hay datos de costo ni de deuda para: {names}",
        "debt_over_cost": ("; la deuda puede ser mayor que el costo de {cost} porque los estudiantes también "
                           "piden préstamos para vivir, por ejemplo para la renta y la comida"),
        "and": "y",
        "years_to_job": "{years} años hasta el primer trabajo",
        "paid_apprenticeship": ", empezando un programa de aprendizaje pagado de {length} años",
        "progress": "{done} de {total} pasos hechos",
        "preferred_kind": "es un tipo de ruta que prefieres",
        "not_preferred_kind": "no es un tipo de ruta que prefieres",
        "avoid_debt": "tiene deudas que quieres evitar",
        "no_preference": "no hay preferencias",
        "fastest": "la ruta más rápida ({years} años)",
        "ranks": "Lugar {rank}: {first} y {second}",
        "interest_pending": "; el punto de intereses es neutral hasta que hagas el cuestionario de intereses",
        "after_apprenticeships": ("; va después de los programas de aprendizaje porque, según BLS, casi todos "
                                  "aprenden este trabajo en un programa de aprendizaje"),
        "note_interest_neutral": ("todavía no hay resultados de intereses, así que el punto de intereses es "
                                  "neutral"),
        "note_closed_prep_one": ("1 clase para esta carrera ya no cabe en la preparatoria, así que las rutas con "
                                 "estudios después de la preparatoria suman {years} para ponerte al día"),
        "note_closed_prep": ("{count} clases para esta carrera ya no caben en la preparatoria, así que las rutas "
                             "con estudios después de la preparatoria suman {years} para ponerte al día"),
        "note_no_route": ("ninguna ruta cabe en estos límites; sube el número de años o el nivel máximo de "
                          "estudios"),
        "years_one": "un año",
        "years": "{years} años",
        "change_DROP_COURSE": "si dejas {name}",
        "change_ADD_COURSE": "si agregas {name}",
        "change_FAIL_COURSE": "si repruebas {name}",
        "change_ADD_DUAL_ENROLLMENT": "si tomas {name} con doble inscripción",
        "career_routes": "las rutas para {career}",
        "all_routes": "las rutas",
        "hs_delayed": "{routes} ahora empiezan {names} {years} más tarde",
        "hs_grade": " (grado {grade})",
        "hs_moves_to_grade": "{name} pasa al grado {grade}",
        "hs_retake": "tienes que volver a tomar {name}",
        "on_time": "todavía terminas la preparatoria a tiempo",
        "hs_closed_one": "{names} ya no cabe en la preparatoria",
        "hs_closed": "{names} ya no caben en la preparatoria",
        "hs_closed_on": " en {routes}",
        "and_clause": ", y ",
        "routes_close_one": "se cierra 1 ruta",
        "routes_close": "se cierran {count} rutas",
        "routes_open_one": "se abre 1 ruta",
        "routes_open": "se abren {count} rutas",
        "routes_later_one": "1 ruta llega a la carrera hasta {years} más tarde",
        "routes_later": "{count} rutas llegan a la carrera hasta {years} más tarde",
        "routes_sooner_one": "1 ruta llega a la carrera hasta {years} antes",
        "routes_sooner": "{count} rutas llegan a la carrera hasta {years} antes",
        "no_route_changes": "ninguna ruta cambia",
        "route_closed_reason": "ya no cabe en el plazo de {horizon} años o en los otros límites",
        "route_opened_reason": "ahora cabe en los límites",
    },
}

# Credential names by rank, lower case for use inside sentences.
CREDENTIALS: dict[str, dict[int, str]] = {
    "en": CREDENTIAL_NAMES,
    "es": {0: "sin título formal", 1: "diploma de preparatoria", 2: "certificado después de la preparatoria",
           3: "algunos estudios universitarios", 4: "título de asociado (2 años)", 5: "licenciatura",
           6: "certificado de posgrado", 7: "maestría", 8: "doctorado o título profesional", 9: "residencia"},
}


def check_language(value: str) -> str:
    """Return the language code to use for a request field; "" means English."""
    language = (value or DEFAULT_LANGUAGE).strip().lower()
    if language not in LANGUAGES:
        raise InvalidArgument(f"language {value!r} is not supported; use \"en\" or \"es\", or leave it empty for en")
    return language


def text(language: str, key: str, **values) -> str:
    """Return the template `key` in `language` (English when the language is unknown) filled with `values`."""
    templates = TEMPLATES.get(language, TEMPLATES[DEFAULT_LANGUAGE])
    return templates[key].format(**values)


def counted(language: str, key: str, count: int, **values) -> str:
    """Return the template `key` for `count` things: `<key>_one` when count is 1, else `key`."""
    return text(language, f"{key}_one" if count == 1 else key, count=count, **values)


def years(language: str, amount: float) -> str:
    """Return a number of years in words ("a year", "2.5 years")."""
    return text(language, "years_one") if amount == 1 else text(language, "years", years=f"{amount:g}")


def credential(language: str, rank: int, capitalized: bool = False) -> str:
    names = CREDENTIALS.get(language, CREDENTIALS[DEFAULT_LANGUAGE])
    name = names.get(rank, names[2])
    return name[0].upper() + name[1:] if capitalized else name


def join_names(language: str, names: list[str]) -> str:
    """Join names as "a, b and c" ("a, b y c" in Spanish)."""
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f" {text(language, 'and')} " + names[-1]


def ordinal(language: str, number: int) -> str:
    if language == "es":
        return str(number)
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th')}"
