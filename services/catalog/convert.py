"""Conversion of repository rows (dicts) into catalog protobuf messages."""

from __future__ import annotations

from trailmap.catalog.v1 import catalog_pb2 as pb

# Required CC BY 4.0 attribution for O*NET content, as the data's publisher words it.
ONET_ATTRIBUTION = (
    "This product includes information from the O*NET 29.3 Database by the U.S. Department of Labor, "
    "Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a "
    "trademark of USDOL/ETA. The data were converted to CSV and some files were reshaped or summarized; "
    "USDOL/ETA has not approved, endorsed, or tested these modifications.")

LEVEL_TO_ENUM = {
    "certificate": pb.CREDENTIAL_LEVEL_CERTIFICATE,
    "associate": pb.CREDENTIAL_LEVEL_ASSOCIATE,
    "bachelor": pb.CREDENTIAL_LEVEL_BACHELOR,
    "post_baccalaureate_certificate": pb.CREDENTIAL_LEVEL_POST_BACCALAUREATE_CERTIFICATE,
    "graduate_certificate": pb.CREDENTIAL_LEVEL_GRADUATE_CERTIFICATE,
    "master": pb.CREDENTIAL_LEVEL_MASTER,
    "doctoral": pb.CREDENTIAL_LEVEL_DOCTORAL,
    "first_professional": pb.CREDENTIAL_LEVEL_FIRST_PROFESSIONAL,
    "residency": pb.CREDENTIAL_LEVEL_RESIDENCY,
}
ENUM_TO_LEVEL = {value: key for key, value in LEVEL_TO_ENUM.items()}


def _set(message, **values) -> None:
    """Set the fields whose value is not None (proto3 rejects None, and unset optionals stay unset)."""
    for name, value in values.items():
        if value is not None:
            setattr(message, name, value)


def career_ref(row: dict) -> pb.CareerRef:
    ref = pb.CareerRef(onetsoc=row["onetsoc"], title=row["title"])
    _set(ref, median_wage=row.get("median_wage"), tier=row.get("tier"), rank=row.get("rank"))
    return ref


def cluster_ref(row: dict) -> pb.ClusterRef:
    return pb.ClusterRef(id=row["id"], name=row["name"], cluster_id=row.get("cluster_id") or "")


def program_summary(row: dict) -> pb.ProgramSummary:
    summary = pb.ProgramSummary(id=row["id"], cip=row["cip"], title=row["title"],
                                credential_level=LEVEL_TO_ENUM[row["credential_level"]],
                                credential_rank=row["credential_rank"], typical_years=row["typical_years"],
                                level_source=row.get("level_source") or "")
    _set(summary, meets_entry_education=row.get("meets_entry_education"),
         institution_count=row.get("institution_count"))
    return summary


def institution_summary(row: dict) -> pb.InstitutionSummary:
    return pb.InstitutionSummary(unitid=row["unitid"], name=row["name"], city=row.get("city") or "",
                                 state=row.get("state") or "", control=row.get("control") or "")


def career(row: dict) -> pb.Career:
    data, state_wage = row["career"], row["state_wage"]
    outlook = pb.Outlook(wage_soc=data.get("wage_soc") or "", wage_is_aggregate=bool(data.get("wage_is_aggregate")),
                         projection_is_aggregate=bool(data.get("projection_is_aggregate")),
                         typical_education=data.get("typical_education") or "",
                         typical_education_rank=data.get("typical_education_rank") or 0,
                         typical_education_source=data.get("typical_education_source") or "",
                         job_zone=data.get("job_zone") or 0, bright_outlook=bool(data.get("bright_outlook")),
                         bright_outlook_categories=data.get("bright_outlook_categories") or [])
    _set(outlook, median_wage=data.get("median_wage"), growth_pct=data.get("growth_pct"),
         openings_annual_thousands=data.get("openings_annual"), employment_2024_thousands=data.get("employment_2024"),
         employment_2034_thousands=data.get("employment_2034"), wage_p10=data.get("wage_p10"),
         wage_p90=data.get("wage_p90"))
    if state_wage:
        outlook.state = row["state"]
        outlook.state_wage_is_aggregate = bool(state_wage.get("is_aggregate"))
        _set(outlook, state_median_wage=state_wage.get("median_wage"))

    message = pb.Career(onetsoc=data["onetsoc"], soc=data["soc"], title=data["title"],
                        description=data.get("description") or "", outlook=outlook,
                        holland_code=data.get("holland_code") or "",
                        daily_tasks=data.get("daily_tasks") or [],
                        alternate_titles=(data.get("alternate_titles") or [])[:50],
                        top_knowledge=data.get("top_knowledge") or [], top_skills=data.get("top_skills") or [],
                        attribution=ONET_ATTRIBUTION)
    if data.get("riasec_r") is not None:
        message.riasec.CopyFrom(pb.Riasec(
            realistic=data["riasec_r"], investigative=data["riasec_i"], artistic=data["riasec_a"],
            social=data["riasec_s"], enterprising=data["riasec_e"], conventional=data["riasec_c"]))
    if data.get("wv_achievement") is not None:
        message.work_values.CopyFrom(pb.WorkValues(
            achievement=data["wv_achievement"], working_conditions=data.get("wv_working_conditions") or 0,
            recognition=data.get("wv_recognition") or 0, relationships=data.get("wv_relationships") or 0,
            support=data.get("wv_support") or 0, independence=data.get("wv_independence") or 0))

    message.clusters.extend(cluster_ref(c) for c in row["clusters"])
    message.sub_clusters.extend(cluster_ref(c) for c in row["sub_clusters"])
    message.related_careers.extend(career_ref(c) for c in row["related"])
    message.programs.extend(program_summary(p) for p in row["programs"])
    for apprenticeship in row["apprenticeships"]:
        ref = pb.ApprenticeshipRef(rapids_code=apprenticeship["rapids_code"], title=apprenticeship["title"],
                                   competency_based=bool(apprenticeship.get("competency_based")),
                                   apprenticeship_type=apprenticeship.get("apprenticeship_type") or "",
                                   mapping_method=apprenticeship.get("mapping_method") or "")
        _set(ref, term_hours=apprenticeship.get("term_hours"), term_hours_max=apprenticeship.get("term_hours_max"))
        message.apprenticeships.append(ref)
    return message


def program(row: dict) -> pb.Program:
    data = row["program"]
    message = pb.Program(summary=program_summary(data), description=data.get("description") or "",
                         level_sources=data.get("level_sources") or [])
    message.careers.extend(career_ref(c) for c in row["careers"])
    message.clusters.extend(cluster_ref(c) for c in row["clusters"])
    for offering in row["offerings"]:
        item = pb.Offering(institution=institution_summary(offering["institution"]))
        _set(item, median_earnings_1yr=offering.get("median_earnings_1yr"), median_debt=offering.get("median_debt"),
             completions=offering.get("completions"))
        message.offerings.append(item)
    return message


def institution(row: dict) -> pb.Institution:
    data = row["institution"]
    message = pb.Institution(summary=institution_summary(data), url=data.get("url") or "")
    _set(message, tuition_in_state=data.get("tuition_in_state"), tuition_out_of_state=data.get("tuition_out_of_state"),
         net_price=data.get("net_price"), median_earnings_10yr=data.get("median_earnings_10yr"),
         median_debt=data.get("median_debt"), admission_rate=data.get("admission_rate"),
         completion_rate=data.get("completion_rate"))
    message.programs.extend(program_summary(p) for p in row["programs"])
    return message


def course(data: dict, subject_area_name: str | None = None, prepares_for: list[dict] | None = None) -> pb.Course:
    message = pb.Course(sced_code=data["sced_code"], title=data["title"], description=data.get("description") or "",
                        subject_area_code=data.get("subject_area_code") or "",
                        subject_area_name=subject_area_name or data.get("subject_area_name") or "")
    for link in prepares_for or []:
        message.prepares_for.append(pb.CourseCareer(career=career_ref(link["career"]), weight=link["weight"],
                                                    rule=link["rule"]))
    return message


def district_course(data: dict) -> pb.DistrictCourse:
    message = pb.DistrictCourse(key=data["key"], district_id=data["district_id"], number=data["number"],
                                name=data["name"], department=data.get("department") or "",
                                prerequisite_numbers=data.get("prerequisite_numbers") or [])
    _set(message, credits=data.get("credits"), grade_min=data.get("grade_min"), grade_max=data.get("grade_max"),
         honors_ap=data.get("honors_ap"), dual_enrollment=data.get("dual_enrollment"), cte=data.get("cte"),
         work_based_learning=data.get("work_based_learning"), youth_apprenticeship=data.get("youth_apprenticeship"),
         prerequisite_text=data.get("prerequisite_text"), sced_code=data.get("sced_code"),
         sced_rule=data.get("sced_rule"), sced_confidence=data.get("sced_confidence"))
    return message


def district(row: dict) -> pb.District:
    return pb.District(id=row["id"], name=row.get("name") or "", state=row.get("state") or "")


def cluster(row: dict) -> pb.Cluster:
    message = pb.Cluster(id=row["cluster"]["id"], name=row["cluster"]["name"], career_count=row["career_count"])
    message.sub_clusters.extend(cluster_ref(s) for s in row["sub_clusters"])
    return message
