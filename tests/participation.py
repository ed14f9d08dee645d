"""Documents and steps shared by the tests of enterprises taking part."""

from __future__ import annotations

from typing import Any

from tests.api import ADMIN_TOKEN, Api

SESSION_SEATS = "id uid title start status capacity registeredAttendees seatsLeft evaluation { count averageRating averageUsefulness }"
REGISTRATION = f"id status attendees contactName contactPhone enterprise {{ name }} session {{ {SESSION_SEATS} }}"
CREATE_ENTERPRISE = """mutation($input: CreateEnterpriseInput!) {
  createEnterprise(input: $input) { enterprise { id name } token userErrors { code } } }"""
REGISTER = f"""mutation($input: RegisterInput!) {{
  register(input: $input) {{ registration {{ {REGISTRATION} }} userErrors {{ field message code }} }} }}"""
CANCEL_REGISTRATION = f"""mutation($input: CancelRegistrationInput!) {{
  cancelRegistration(input: $input) {{ registration {{ {REGISTRATION} }} userErrors {{ field message code }} }} }}"""
MY_REGISTRATIONS = f"{{ myRegistrations {{ {REGISTRATION} }} }}"
REGISTRATIONS = f"""query($sessionId: ID!, $first: Int, $after: String) {{
  registrations(sessionId: $sessionId, first: $first, after: $after) {{
    totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {REGISTRATION} }} }} }}"""
EVALUATION = "rating usefulness comment enterprise { name } evaluatedAt session { uid }"
EVALUATE = f"""mutation($input: EvaluateSessionInput!) {{
  evaluateSession(input: $input) {{ evaluation {{ {EVALUATION} }} userErrors {{ field message code }} }} }}"""
EVALUATIONS = f"""query($sessionId: ID!) {{
  evaluations(sessionId: $sessionId) {{ totalCount nodes {{ {EVALUATION} }} }} }}"""
SESSION = f"query($id: ID!) {{ node(id: $id) {{ ... on Session {{ {SESSION_SEATS} }} }} }}"
UPDATE_EVENT = """mutation($input: UpdateEventInput!) {
  updateEvent(input: $input) { event { id } session { id uid } userErrors { code } } }"""
MERGE = """mutation($input: MergeSessionsInput!) {
  mergeSessions(input: $input) { session { id uid } userErrors { code } } }"""
PAST = {"start": "2026-11-02T09:30:00+08:00", "end": "2026-11-02T11:30:00+08:00"}


async def enterprise(api: Api, name: str) -> str:
    """A new enterprise; its token."""
    payload = await api.mutate("createEnterprise", CREATE_ENTERPRISE, {"name": name}, None)
    assert payload["userErrors"] == []
    token: str = payload["token"]
    return token


def seats(session_id: str, attendees: int = 1, **more: Any) -> dict[str, Any]:
    """A valid RegisterInput."""
    return {
        "sessionId": session_id,
        "attendees": attendees,
        "contactName": "王经理",
        "contactPhone": "+86 757-8888 1234",
    } | more


async def register(
    api: Api, token: str | None, session_id: str, attendees: int = 1
) -> dict[str, Any]:
    return await api.mutate("register", REGISTER, seats(session_id, attendees), token)


async def session(api: Api, session_id: str) -> dict[str, Any]:
    found: dict[str, Any] = (await api.query(SESSION, {"id": session_id}))["node"]
    return found


async def end_it(api: Api, department: str, event_id: str) -> None:
    """The department moves its posting into the past: the session has ended."""
    payload = await api.mutate("updateEvent", UPDATE_EVENT, {"id": event_id, **PAST}, department)
    assert payload["userErrors"] == []


async def merge(api: Api, *session_ids: str) -> dict[str, Any]:
    payload = await api.mutate(
        "mergeSessions", MERGE, {"sessionIds": list(session_ids)}, ADMIN_TOKEN
    )
    assert payload["userErrors"] == []
    merged: dict[str, Any] = payload["session"]
    return merged


def codes(payload: dict[str, Any]) -> list[str]:
    return [error["code"] for error in payload["userErrors"]]


STEP = "action status at actor { role department { slug } enterprise { name } } assignedTo { slug } text"
COMPLAINT = f"""id status category text anonymous session {{ uid }} department {{ slug }}
  assignedDepartment {{ slug }} enterprise {{ id name }} receivedAt answer answeredAt rejectionReason
  answerDueAt reopenableUntil steps {{ {STEP} }}"""
FILE_COMPLAINT = f"""mutation($input: FileComplaintInput!) {{
  fileComplaint(input: $input) {{ complaint {{ {COMPLAINT} }} userErrors {{ field message code }} }} }}"""
COMPLAINTS = f"""query($status: ComplaintStatus, $department: String, $first: Int, $after: String) {{
  complaints(status: $status, department: $department, first: $first, after: $after) {{
    totalCount pageInfo {{ hasNextPage endCursor }} nodes {{ {COMPLAINT} }} }} }}"""
MY_COMPLAINTS = f"{{ myComplaints {{ {COMPLAINT} }} }}"


def complaint_step(name: str, input_type: str) -> str:
    return f"""mutation($input: {input_type}!) {{
  {name}(input: $input) {{ complaint {{ {COMPLAINT} }} userErrors {{ field message code }} }} }}"""


ASSIGN = complaint_step("assignComplaint", "AssignComplaintInput")
ANSWER = complaint_step("answerComplaint", "AnswerComplaintInput")
REOPEN = complaint_step("reopenComplaint", "ReopenComplaintInput")
CLOSE = complaint_step("closeComplaint", "CloseComplaintInput")
REJECT = complaint_step("rejectComplaint", "RejectComplaintInput")


async def file_complaint(api: Api, token: str | None, **fields: Any) -> dict[str, Any]:
    input = {"category": "SCHEDULING", "text": "同一周内被通知参加三场内容相同的宣讲会。"} | fields
    return await api.mutate("fileComplaint", FILE_COMPLAINT, input, token)


async def assign(api: Api, complaint_id: str, department: str) -> dict[str, Any]:
    payload = await api.mutate(
        "assignComplaint",
        ASSIGN,
        {"complaintId": complaint_id, "department": department},
        ADMIN_TOKEN,
    )
    assert payload["userErrors"] == []
    return payload


async def answer(
    api: Api, token: str, complaint_id: str, text: str = "已协调合并。"
) -> dict[str, Any]:
    return await api.mutate(
        "answerComplaint", ANSWER, {"complaintId": complaint_id, "text": text}, token
    )
