"""Complaints: filed by enterprises, assigned by the coordinator, answered by departments, each
step kept; refusals by code; and departments never learning who filed an anonymous one."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select

from schema import ids
from services.core.models import Complaint, ComplaintTransition
from services.participation.complaints import COUNTY
from tests.api import ADMIN_TOKEN, Api
from tests.participation import (
    ASSIGN,
    CLOSE,
    COMPLAINTS,
    MY_COMPLAINTS,
    REJECT,
    REOPEN,
    answer,
    assign,
    codes,
    enterprise,
    file_complaint,
    register,
)

pytestmark = pytest.mark.anyio


async def _step(
    api: Api, document: str, name: str, token: str | None, **input: Any
) -> dict[str, Any]:
    return await api.mutate(name, document, input, token)


async def _age(app: Any, complaint_id: str, days: int) -> None:
    """Move a complaint's every time ``days`` into the past, as if it had come in then."""
    shift = timedelta(days=days)
    async with app.state.database.writing() as db:
        complaint = await db.scalar(select(Complaint).where(Complaint.reference == complaint_id))
        assert complaint is not None
        complaint.received_at -= shift
        complaint.received_on = complaint.received_at.astimezone(COUNTY).date()
        if complaint.answered_at:
            complaint.answered_at -= shift
        if complaint.first_answered_at:
            complaint.first_answered_at -= shift
        for step in await db.scalars(
            select(ComplaintTransition).where(ComplaintTransition.complaint_id == complaint.id)
        ):
            step.at -= shift


async def test_a_complaint_is_assigned_answered_reopened_and_closed_every_step_kept(
    api: Api,
) -> None:
    tax = await api.department("tax")
    posted = await api.post(tax)
    company = await enterprise(api, "石湾陶瓷有限公司")
    filed = await file_complaint(api, company, sessionId=posted["session"]["id"], department="tax")
    assert filed["userErrors"] == []
    complaint = filed["complaint"]
    assert (complaint["status"], complaint["enterprise"]["name"]) == (
        "RECEIVED",
        "石湾陶瓷有限公司",
    )
    assert complaint["session"]["uid"] == posted["session"]["uid"]
    assert complaint["answerDueAt"] is not None
    reference = complaint["id"]

    assigned = (await assign(api, reference, "tax"))["complaint"]
    assert (assigned["status"], assigned["assignedDepartment"]["slug"]) == ("ASSIGNED", "tax")
    answered = (await answer(api, tax, reference, "已与财政局协调，合并为一场。"))["complaint"]
    assert (answered["status"], answered["answer"]) == ("ANSWERED", "已与财政局协调，合并为一场。")
    assert answered["answerDueAt"] is None
    assert answered["reopenableUntil"] is not None

    reopened = await _step(api, REOPEN, "reopenComplaint", company, complaintId=reference,
                           text="合并后时间仍与海关培训冲突。")  # fmt: skip
    assert (
        reopened["complaint"]["status"],
        reopened["complaint"]["assignedDepartment"]["slug"],
    ) == (
        "ASSIGNED",
        "tax",
    )
    assert (await answer(api, tax, reference, "已改到周四下午。"))["userErrors"] == []
    closed = (await _step(api, CLOSE, "closeComplaint", ADMIN_TOKEN, complaintId=reference))[
        "complaint"
    ]
    assert closed["status"] == "CLOSED"
    assert [
        (step["action"], step["status"], step["actor"]["role"]) for step in closed["steps"]
    ] == [
        ("FILED", "RECEIVED", "ENTERPRISE"),
        ("ASSIGNED", "ASSIGNED", "COORDINATOR"),
        ("ANSWERED", "ANSWERED", "DEPARTMENT"),
        ("REOPENED", "ASSIGNED", "ENTERPRISE"),
        ("ANSWERED", "ANSWERED", "DEPARTMENT"),
        ("CLOSED", "CLOSED", "COORDINATOR"),
    ]
    assert closed["steps"][1]["assignedTo"] == {"slug": "tax"}
    assert closed["steps"][2]["actor"]["department"] == {"slug": "tax"}
    assert closed["steps"][3]["text"] == "合并后时间仍与海关培训冲突。"
    assert all(step["at"].endswith("+08:00") for step in closed["steps"])
    (mine,) = (await api.query(MY_COMPLAINTS, token=company))["myComplaints"]
    assert (mine["id"], mine["status"], mine["answer"]) == (reference, "CLOSED", "已改到周四下午。")


async def test_the_coordinator_rejects_with_a_reason(api: Api) -> None:
    await api.department("tax")
    company = await enterprise(api, "石湾陶瓷有限公司")
    reference = (await file_complaint(api, company, department="tax"))["complaint"]["id"]
    rejected = await _step(api, REJECT, "rejectComplaint", ADMIN_TOKEN, complaintId=reference,
                           reason="所述活动不属于本县部门。")  # fmt: skip
    assert (rejected["complaint"]["status"], rejected["complaint"]["rejectionReason"]) == (
        "REJECTED",
        "所述活动不属于本县部门。",
    )
    assert codes(
        await _step(api, REJECT, "rejectComplaint", ADMIN_TOKEN, complaintId=reference, reason=" ")
    ) == ["REQUIRED"]


async def test_a_wrong_step_is_refused_and_changes_nothing(api: Api, app: Any) -> None:
    tax = await api.department("tax")
    company = await enterprise(api, "石湾陶瓷有限公司")
    reference = (await file_complaint(api, company, department="tax"))["complaint"]["id"]
    reopen = {"complaintId": reference, "text": "仍未解决"}
    wrong = [
        await _step(api, CLOSE, "closeComplaint", ADMIN_TOKEN, complaintId=reference),
        await _step(api, REOPEN, "reopenComplaint", company, **reopen),
    ]
    await assign(api, reference, "tax")
    await answer(api, tax, reference)
    wrong += [
        await answer(api, tax, reference, "再答一次"),
        await _step(api, REJECT, "rejectComplaint", ADMIN_TOKEN, complaintId=reference, reason="迟了"),
        await api.mutate("assignComplaint", ASSIGN, {"complaintId": reference, "department": "tax"}, ADMIN_TOKEN),
    ]  # fmt: skip
    for refused in wrong:
        assert codes(refused) == ["INVALID_TRANSITION"], refused
        assert refused["userErrors"][0]["field"] == ["input", "complaintId"]
    (mine,) = (await api.query(MY_COMPLAINTS, token=company))["myComplaints"]
    assert [step["action"] for step in mine["steps"]] == ["FILED", "ASSIGNED", "ANSWERED"]

    await _age(app, reference, 31)
    late = await _step(api, REOPEN, "reopenComplaint", company, **reopen)
    assert codes(late) == ["INVALID_TRANSITION"]
    assert "30" in late["userErrors"][0]["message"]


@pytest.mark.parametrize(
    ("fields", "code", "field"),
    [
        ({}, "REQUIRED", "sessionId"),
        ({"department": "nobody"}, "NOT_FOUND", "department"),
        ({"department": "tax", "text": "<a href=x>点这里</a>"}, "INVALID", "text"),
        ({"department": "tax", "text": "长" * 2001}, "TOO_LONG", "text"),
        ({"department": "tax", "text": "\n "}, "REQUIRED", "text"),
        ({"sessionId": "U2Vzc2lvbjo5OTk5"}, "NOT_FOUND", "sessionId"),
    ],
)
async def test_bad_complaints_are_refused(
    api: Api, fields: dict[str, Any], code: str, field: str
) -> None:
    await api.department("tax")
    company = await enterprise(api, "石湾陶瓷有限公司")
    refused = await file_complaint(api, company, **fields)
    assert [(error["code"], error["field"]) for error in refused["userErrors"]] == [
        (code, ["input", field])
    ]
    assert (await api.query(MY_COMPLAINTS, token=company))["myComplaints"] == []


async def test_only_enterprises_file_and_each_at_most_ten_a_day(api: Api) -> None:
    tax = await api.department("tax")
    for token in (None, tax, ADMIN_TOKEN):
        assert codes(await file_complaint(api, token, department="tax")) == ["UNAUTHENTICATED"]
    company = await enterprise(api, "石湾陶瓷有限公司")
    for _ in range(10):
        assert (await file_complaint(api, company, department="tax"))["userErrors"] == []
    assert codes(await file_complaint(api, company, department="tax")) == ["TOO_MANY"]
    other = await enterprise(api, "另一家公司")
    assert (await file_complaint(api, other, department="tax"))["userErrors"] == []


async def test_the_coordinator_sees_every_complaint_a_department_its_own(api: Api) -> None:
    tax, customs = await api.department("tax"), await api.department("customs")
    company = await enterprise(api, "石湾陶瓷有限公司")
    made: dict[str, list[str]] = {}
    for slug in ("tax", "customs", "tax"):
        made.setdefault(slug, []).append(
            (await file_complaint(api, company, department=slug))["complaint"]["id"]
        )
    waiting = (await file_complaint(api, company, department="customs"))["complaint"]["id"]
    for slug, references in made.items():
        for reference in references:
            await assign(api, reference, slug)

    def listed(page: dict[str, Any]) -> set[str]:
        return {node["id"] for node in page["complaints"]["nodes"]}

    everything = await api.query(COMPLAINTS, {}, ADMIN_TOKEN)
    assert listed(everything) == {*made["tax"], *made["customs"], waiting}
    assert listed(await api.query(COMPLAINTS, {"status": "RECEIVED"}, ADMIN_TOKEN)) == {waiting}
    assert listed(await api.query(COMPLAINTS, {"department": "customs"}, ADMIN_TOKEN)) == {
        *made["customs"],
        waiting,
    }
    assert listed(await api.query(COMPLAINTS, {}, tax)) == set(made["tax"])
    assert listed(await api.query(COMPLAINTS, {}, customs)) == set(made["customs"])
    assert listed(await api.query(COMPLAINTS, {"department": "tax"}, customs)) == set()
    first = (await api.query(COMPLAINTS, {"first": 2}, ADMIN_TOKEN))["complaints"]
    after = first["pageInfo"]["endCursor"]
    rest = (await api.query(COMPLAINTS, {"after": after}, ADMIN_TOKEN))["complaints"]
    in_order = [node["id"] for node in everything["complaints"]["nodes"]]
    assert [node["id"] for node in first["nodes"] + rest["nodes"]] == in_order
    assert in_order == sorted(in_order), "one day's complaints by random id, not by time"
    for token, code in ((company, "UNAUTHENTICATED"), (None, "UNAUTHENTICATED")):
        (error,) = (await api.raw(COMPLAINTS, {}, token)).json()["errors"]
        assert error["extensions"]["code"] == code
    (error,) = (await api.raw(COMPLAINTS, {"department": "nobody"}, ADMIN_TOKEN)).json()["errors"]
    assert error["extensions"]["code"] == "INVALID"


async def test_only_the_assigned_department_answers(api: Api) -> None:
    tax, customs = await api.department("tax"), await api.department("customs")
    company = await enterprise(api, "石湾陶瓷有限公司")
    reference = (await file_complaint(api, company, department="tax"))["complaint"]["id"]
    assert codes(await answer(api, tax, reference)) == ["NOT_FOUND"], "not assigned yet"
    await assign(api, reference, "tax")
    assert codes(await answer(api, customs, reference)) == ["NOT_FOUND"]
    assert codes(await answer(api, ADMIN_TOKEN, reference)) == ["FORBIDDEN"]
    assert codes(await answer(api, company, reference)) == ["UNAUTHENTICATED"]
    assert codes(await answer(api, tax, reference, "<p>好的</p>")) == ["INVALID"]
    assert (await answer(api, tax, reference))["userErrors"] == []


async def test_a_department_never_learns_who_filed_an_anonymous_complaint(api: Api) -> None:
    tax, customs = await api.department("tax"), await api.department("customs")
    posted = await api.post(tax, capacity=10)
    name, company = "石湾陶瓷有限公司", None
    company = await enterprise(api, name)
    enterprise_id = (await api.query("{ me { enterprise { id } } }", token=company))["me"][
        "enterprise"
    ]["id"]
    await register(api, company, posted["session"]["id"], 2)
    named = (await file_complaint(api, company, department="tax", text="具名投诉"))["complaint"]
    secret = (
        await file_complaint(
            api, company, sessionId=posted["session"]["id"], anonymous=True, text="匿名投诉"
        )
    )["complaint"]
    assert secret["enterprise"]["name"] == name, "the filer itself sees it is its own"
    for complaint in (named, secret):
        assert ids.decode(complaint["id"]) is None, "ids are random, not a count"
        await assign(api, complaint["id"], "tax")
    await answer(api, tax, secret["id"])
    await _step(api, REOPEN, "reopenComplaint", company, complaintId=secret["id"], text="不满意")

    page = await api.raw(COMPLAINTS, {}, tax)
    shown = {node["id"]: node for node in page.json()["data"]["complaints"]["nodes"]}
    assert shown[named["id"]]["enterprise"]["name"] == name
    anonymous = shown[secret["id"]]
    assert anonymous["enterprise"] is None
    assert anonymous["receivedAt"].endswith("T00:00:00+08:00")
    by_filer = [step for step in anonymous["steps"] if step["actor"]["role"] == "ENTERPRISE"]
    assert [step["action"] for step in by_filer] == ["FILED", "REOPENED"]
    assert all(step["actor"]["enterprise"] is None for step in by_filer)
    assert all(step["at"].endswith("T00:00:00+08:00") for step in by_filer)
    text = json.dumps(anonymous, ensure_ascii=False)
    assert name not in text
    assert enterprise_id not in text
    assert [node["id"] for node in page.json()["data"]["complaints"]["nodes"]] == sorted(shown), (
        "within a day, by random id: the order says nothing of when each came in"
    )

    elsewhere = await answer(api, customs, secret["id"])
    nowhere = await answer(api, customs, "cmp_no_such_complaint")
    assert elsewhere["userErrors"] == nowhere["userErrors"], "refusals say nothing either"
    coordinator = (await api.query(COMPLAINTS, {}, ADMIN_TOKEN))["complaints"]["nodes"]
    assert {node["id"]: node["enterprise"] for node in coordinator}[secret["id"]]["name"] == name
