"""CatalogService gRPC servicer: validate, ask the repository, convert. No queries here."""

from __future__ import annotations

from services.catalog import convert
from services.catalog.domain import requests as checks
from services.catalog.domain.search import MAX_QUERY_LENGTH, lucene_query, query_variants, rank_candidates
from services.catalog.repository import CatalogRepository
from services.common.errors import InvalidArgument, NotFound
from trailmap.catalog.v1 import catalog_pb2 as pb
from trailmap.catalog.v1 import catalog_pb2_grpc

DEFAULT_PAGE_SIZE = 50
DEFAULT_SEARCH_SIZE = 20


class CatalogServicer(catalog_pb2_grpc.CatalogServiceServicer):
    def __init__(self, repository: CatalogRepository) -> None:
        self.repository = repository

    def GetCareer(self, request: pb.GetCareerRequest, context) -> pb.GetCareerResponse:
        onetsoc = checks.check_onetsoc(request.onetsoc)
        state = checks.check_state(request.state)
        row = self.repository.get_career(onetsoc, state)
        if row is None:
            raise NotFound(f"career {onetsoc} not found; search with SearchCareers")
        row["state"] = state or ""
        return pb.GetCareerResponse(career=convert.career(row))

    def SearchCareers(self, request: pb.SearchCareersRequest, context) -> pb.SearchCareersResponse:
        if len(request.query) > MAX_QUERY_LENGTH:
            raise InvalidArgument(f"query is {len(request.query)} characters; use at most {MAX_QUERY_LENGTH}")
        variants = query_variants(request.query)
        if not variants:
            raise InvalidArgument(f"query {request.query!r} has no words; type a job title such as 'nurse'")
        limit = checks.page_size(request.page_size, DEFAULT_SEARCH_SIZE, maximum=100)

        candidates = self.repository.search_candidates(lucene_query(variants))
        hits = rank_candidates(request.query, candidates, limit)
        return pb.SearchCareersResponse(hits=[
            pb.SearchHit(career=convert.career_ref({"onetsoc": hit.onetsoc, "title": hit.title,
                                                    "median_wage": hit.median_wage}),
                         score=hit.score, matched_title=hit.matched_title) for hit in hits])

    def ListPrograms(self, request: pb.ListProgramsRequest, context) -> pb.ListProgramsResponse:
        onetsoc = checks.check_onetsoc(request.onetsoc, required=False)
        state = checks.check_state(request.state)
        level = convert.ENUM_TO_LEVEL.get(request.credential_level)
        limit = checks.page_size(request.page_size, DEFAULT_PAGE_SIZE)
        skip = checks.decode_page_token(request.page_token)

        result = self.repository.list_programs(onetsoc, state, level, skip, limit)
        return pb.ListProgramsResponse(programs=[convert.program_summary(p) for p in result["page"]],
                                       total_size=result["total"],
                                       next_page_token=checks.encode_page_token(skip + limit, result["total"]))

    def GetProgram(self, request: pb.GetProgramRequest, context) -> pb.GetProgramResponse:
        program_id = checks.check_program_id(request.id)
        row = self.repository.get_program(program_id)
        if row is None:
            raise NotFound(f"program {program_id} not found; list programs of a career with ListPrograms")
        return pb.GetProgramResponse(program=convert.program(row))

    def GetInstitution(self, request: pb.GetInstitutionRequest, context) -> pb.GetInstitutionResponse:
        unitid = checks.check_unitid(request.unitid)
        row = self.repository.get_institution(unitid)
        if row is None:
            raise NotFound(f"institution with UNITID {unitid} not found; list them with ListInstitutions")
        return pb.GetInstitutionResponse(institution=convert.institution(row))

    def ListInstitutions(self, request: pb.ListInstitutionsRequest, context) -> pb.ListInstitutionsResponse:
        state = checks.check_state(request.state)
        limit = checks.page_size(request.page_size, DEFAULT_PAGE_SIZE)
        skip = checks.decode_page_token(request.page_token)

        result = self.repository.list_institutions(state, skip, limit)
        return pb.ListInstitutionsResponse(
            institutions=[convert.institution_summary(i) for i in result["page"]], total_size=result["total"],
            next_page_token=checks.encode_page_token(skip + limit, result["total"]))

    def GetCourse(self, request: pb.GetCourseRequest, context) -> pb.GetCourseResponse:
        sced_code = checks.check_sced(request.sced_code)
        row = self.repository.get_course(sced_code)
        if row is None:
            raise NotFound(f"SCED course {sced_code} not found; list a subject area's courses with ListCourses")
        return pb.GetCourseResponse(course=convert.course(row["course"], row["subject_area_name"],
                                                          row["prepares_for"]))

    def ListCourses(self, request: pb.ListCoursesRequest, context) -> pb.ListCoursesResponse:
        area, district = request.subject_area_code.strip(), request.district_id.strip()
        if bool(area) == bool(district):
            raise InvalidArgument("set exactly one of subject_area_code (SCED, e.g. 14) or district_id "
                                  "(e.g. prairie-sun-wi)")
        limit = checks.page_size(request.page_size, DEFAULT_PAGE_SIZE)
        skip = checks.decode_page_token(request.page_token)

        if area:
            if not self.repository.subject_area_exists(area):
                raise NotFound(f"SCED subject area {area!r} not found; use a 2-digit code such as 02 or 14")
            result = self.repository.list_sced_courses(area, skip, limit)
            courses = [convert.course(c) for c in result["page"]]
            return pb.ListCoursesResponse(courses=courses, total_size=result["total"],
                                          next_page_token=checks.encode_page_token(skip + limit, result["total"]))

        if not self.repository.district_exists(district):
            raise NotFound(f"district {district!r} not found; the loaded sample district is prairie-sun-wi")
        result = self.repository.list_district_courses(district, skip, limit)
        return pb.ListCoursesResponse(district_courses=[convert.district_course(c) for c in result["page"]],
                                      total_size=result["total"],
                                      next_page_token=checks.encode_page_token(skip + limit, result["total"]))

    def ListClusters(self, request: pb.ListClustersRequest, context) -> pb.ListClustersResponse:
        return pb.ListClustersResponse(clusters=[convert.cluster(row) for row in self.repository.list_clusters()])

    def GetDistrict(self, request: pb.GetDistrictRequest, context) -> pb.GetDistrictResponse:
        district_id = request.district_id.strip()
        if not district_id:
            raise InvalidArgument("district_id is empty; pass a district id such as prairie-sun-wi")

        row = self.repository.get_district(district_id)
        if row is None:
            raise NotFound(f"district {district_id!r} not found; check the student's district_id")
        return pb.GetDistrictResponse(district=convert.district(row))
