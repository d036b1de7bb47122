"""Request helpers shared by the profile integration tests."""

from __future__ import annotations

from trailmap.profile.v1 import profile_pb2 as pb

SOCIAL_INVESTIGATIVE = "SI"


def create(stub, tenant_id: str, student_id: str = "s-1", **fields) -> pb.Student:
    """Create a grade-10 student in the tenant's own district, which the `tenant` fixture creates."""
    fields = {"grade": 10, "district_id": tenant_id} | fields
    request = pb.CreateStudentRequest(tenant_id=tenant_id, student_id=student_id, school_id="hs-1", **fields)
    return stub.CreateStudent(request).student


def answers_liking(items, liked: str) -> list[pb.ItemAnswer]:
    return [pb.ItemAnswer(item_id=item.item_id,
                          answer=pb.INTEREST_ANSWER_LIKE if _area(item) in liked else pb.INTEREST_ANSWER_DISLIKE)
            for item in items]


def _area(item: pb.InventoryItem) -> str:
    return pb.InterestArea.Name(item.area).removeprefix("INTEREST_AREA_")[0]


def complete_inventory(stub, tenant_id: str, student_id: str, liked: str) -> pb.InterestAttempt:
    items = stub.GetInventory(pb.GetInventoryRequest(tenant_id=tenant_id)).items
    response = stub.SubmitInterestInventory(pb.SubmitInterestInventoryRequest(
        tenant_id=tenant_id, student_id=student_id, answers=answers_liking(items, liked)))
    return response.attempt
