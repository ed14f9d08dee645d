"""coordinationReport per department: its sessions' ratings, and how it answered complaints."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api import ADMIN_TOKEN, Api
from tests.participation import (
    EVALUATE,
    answer,
    assign,
    end_it,
    enterprise,
    file_complaint,
    register,
)
from tests.test_complaints import _age

pytestmark = pytest.mark.anyio

REPORT = """query($from: DateTime!, $to: DateTime!) { coordinationReport(from: $from, to: $to) {
  departments { departments sessions sessionsRated averageRating complaintsReceived
                complaintsAnswered complaintsOverdue medianDaysToAnswer }
  pairs { departments sessionsRated complaintsReceived } } }"""
WIDE = {"from": "2026-01-01T00:00:00+08:00", "to": "2028-01-01T00:00:00+08:00"}


async def _report(api: Api) -> dict[str, Any]:
    report: dict[str, Any] = (await api.query(REPORT, WIDE))["coordinationReport"]
    return report


async def test_ratings_count_for_the_hosts_and_average_from_three(api: Api) -> None:
    tax, finance = await api.department("tax"), await api.department("finance")
    posted = await api.post(tax, capacity=9)
    joined = await api.post(finance, title="增值税留抵退税政策解读会（联合）")
    assert joined["merged"]
    companies = [await enterprise(api, f"第{number}公司") for number in range(3)]
    for company in companies:
        await register(api, company, posted["session"]["id"])
    await end_it(api, tax, posted["event"]["id"])
    await end_it(api, finance, joined["event"]["id"])  # the co-host's too: one session still
    for number, company in enumerate(companies):
        await api.mutate(
            "evaluateSession",
            EVALUATE,
            {"sessionId": posted["session"]["id"], "rating": 5 - number, "usefulness": 4},
            company,
        )
        report = await _report(api)
        expected = None if number < 2 else 4.0
        assert [
            (row["departments"], row["sessionsRated"], row["averageRating"])
            for row in report["departments"]
        ] == [(["finance"], 1, expected), (["tax"], 1, expected)]
        assert report["pairs"] == [
            {"departments": ["finance", "tax"], "sessionsRated": None, "complaintsReceived": None}
        ]


async def test_complaints_received_answered_overdue_and_how_fast(api: Api, app: Any) -> None:
    tax = await api.department("tax")
    await api.department("customs")
    company = await enterprise(api, "石湾陶瓷有限公司")

    async def complaint(department: str, assigned: bool = True) -> str:
        reference: str = (await file_complaint(api, company, department=department))["complaint"][
            "id"
        ]
        if assigned:
            await assign(api, reference, department)
        return reference

    on_time, late, waiting, _fresh = [await complaint("tax") for _ in range(4)]
    await answer(api, tax, on_time)
    await _age(app, on_time, 2)  # answered within the day of coming in, two days ago
    await _age(app, late, 40)
    await answer(api, tax, late)  # 40 days after: late
    await _age(app, waiting, 40)  # still no answer after 40 days: late
    unassigned = await complaint("customs", assigned=False)
    await _age(app, unassigned, 30)
    rows = {tuple(row["departments"]): row for row in (await _report(api))["departments"]}
    assert rows[("tax",)] == {
        "departments": ["tax"],
        "sessions": 0,
        "sessionsRated": 0,
        "averageRating": None,
        "complaintsReceived": 4,
        "complaintsAnswered": 2,
        "complaintsOverdue": 2,
        "medianDaysToAnswer": 20.0,
    }
    assert (
        rows[("customs",)]["complaintsReceived"],
        rows[("customs",)]["complaintsOverdue"],
        rows[("customs",)]["medianDaysToAnswer"],
    ) == (1, 1, None), "named while unassigned: it counts for the department named"
    assert (await api.query(REPORT, WIDE, ADMIN_TOKEN))["coordinationReport"] == await _report(api)
