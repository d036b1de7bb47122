"""PathfindingService gRPC servicer: validates requests, calls the engine, converts the result."""

from __future__ import annotations

import logging

from services.common.errors import InvalidArgument
from services.pathfinding import convert, texts
from services.pathfinding.engine import PathfindingEngine
from services.pathfinding.model import StudentState
from services.pathfinding.ranking import group_and_page
from trailmap.pathfinding.v1 import pathfinding_pb2 as pb
from trailmap.pathfinding.v1 import pathfinding_pb2_grpc

log = logging.getLogger(__name__)

DEFAULT_ROUTE_PAGE = 10
MAX_ROUTE_PAGE = 100
DEFAULT_CAREER_PAGE = 50
MAX_CAREER_PAGE = 500


def _page_size(requested: int, default: int, maximum: int) -> int:
    if requested < 0 or requested > maximum:
        raise InvalidArgument(f"page_size {requested} is out of range; use 1 to {maximum}, or 0 for {default}")
    return requested or default


class PathfindingServicer(pathfinding_pb2_grpc.PathfindingServiceServicer):
    def __init__(self, engine: PathfindingEngine) -> None:
        self.engine = engine

    def _student(self, tenant_id: str, student: pb.StudentRef) -> StudentState:
        which = student.WhichOneof("student")
        if which == "student_id":
            state = self.engine.stored_student(tenant_id, student.student_id)
        elif which == "state":
            state = convert.student_from_pb(student.state)
        else:
            raise InvalidArgument("student is required: set student.student_id (stored) or student.state (inline)")
        return self.engine.check_student(state)

    def _onetsoc(self, onetsoc: str, career_query: str = "") -> str:
        if onetsoc:
            return onetsoc
        if career_query:
            return self.engine.resolve_career(career_query)
        raise InvalidArgument("career is required: set onetsoc (for example 29-1141.00) or career_query")

    def FindRoutes(self, request: pb.FindRoutesRequest, context) -> pb.FindRoutesResponse:
        page_size = _page_size(request.page_size, DEFAULT_ROUTE_PAGE, MAX_ROUTE_PAGE)
        language = texts.check_language(request.language)
        student = self._student(request.tenant_id, request.student)
        onetsoc = self._onetsoc(request.onetsoc, request.career_query)
        bounds = convert.bounds_from_pb(request.bounds)

        result = self.engine.find_routes(student, onetsoc, bounds, language=language)
        pages = group_and_page(result.routes, page_size, request.page_token)
        log.info("routes found", extra={"tenant_id": request.tenant_id, "onetsoc": onetsoc,
                                        "routes": len(result.routes), "enumerated": result.enumerated})
        return convert.find_routes_response(result, pages, self.engine.move_careers(onetsoc))

    def ExplainRoute(self, request: pb.ExplainRouteRequest, context) -> pb.ExplainRouteResponse:
        if not request.route_id:
            raise InvalidArgument("route_id is required; take it from a FindRoutes response")
        language = texts.check_language(request.language)
        student = self._student(request.tenant_id, request.student)
        onetsoc = self._onetsoc(request.onetsoc)
        route, total, reasons = self.engine.explain_route(student, onetsoc, request.route_id,
                                                          convert.bounds_from_pb(request.bounds), language)
        return pb.ExplainRouteResponse(route=convert.route_to_pb(route), total_routes=total, reasons=reasons)

    def WhatIf(self, request: pb.WhatIfRequest, context) -> pb.WhatIfResponse:
        if not request.changes:
            raise InvalidArgument("changes is empty; add at least one change such as FAIL_COURSE 4335SCI")
        language = texts.check_language(request.language)
        student = self._student(request.tenant_id, request.student)
        onetsoc = self._onetsoc(request.onetsoc)
        changes = [(pb.ChangeKind.Name(change.kind).removeprefix("CHANGE_KIND_"), change.course_number.strip())
                   for change in request.changes]
        result = self.engine.what_if(student, onetsoc, convert.bounds_from_pb(request.bounds), changes, language)

        def route_change(route, reason):
            return pb.RouteChange(route_id=route.route_id, title=route.title,
                                  kind=convert.route_kind_to_pb(route.kind), reason=reason)

        return pb.WhatIfResponse(
            closed=[route_change(route, reason) for route, reason in result.closed],
            opened=[route_change(route, reason) for route, reason in result.opened],
            moved=[pb.RankMove(route_id=new.route_id, title=new.title, rank_before=old.rank, rank_after=new.rank,
                               years_before=old.outlook.years_to_career, years_after=new.outlook.years_to_career,
                               reason=new.explanation) for old, new in result.moved],
            summary=result.summary,
            routes_after=[convert.route_to_pb(route) for route in result.after.routes[:DEFAULT_ROUTE_PAGE]])

    def ListReachableCareers(self, request: pb.ListReachableCareersRequest, context
                             ) -> pb.ListReachableCareersResponse:
        page_size = _page_size(request.page_size, DEFAULT_CAREER_PAGE, MAX_CAREER_PAGE)
        offset = 0
        if request.page_token:
            if not request.page_token.isdigit():
                raise InvalidArgument(f"page_token {request.page_token!r} is not a token from a previous response")
            offset = int(request.page_token)
        student = self._student(request.tenant_id, request.student)
        careers = self.engine.reachable_careers(student, convert.bounds_from_pb(request.bounds))

        page = careers[offset:offset + page_size]
        next_token = str(offset + page_size) if offset + page_size < len(careers) else ""
        return pb.ListReachableCareersResponse(careers=[convert.reachable_to_pb(entry) for entry in page],
                                               total_count=len(careers), next_page_token=next_token)
