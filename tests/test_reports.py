"""The coordination report as CSV and as a workbook: the same figures as coordinationReport."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.api import Api, event_input
from tests.cohosting import MARCH, county
from tests.participation import (
    EVALUATE,
    answer,
    assign,
    end_it,
    enterprise,
    file_complaint,
    register,
)

pytestmark = pytest.mark.anyio

FIGURES = ("sessions", "cohosted", "merges", "conflicts", "redundancies", "enterpriseHours",
           "invitationsSent", "invitationsAccepted", "joins", "enterpriseHoursSavedByJoins",
           "sessionsRated", "averageRating", "complaintsReceived", "complaintsAnswered",
           "complaintsOverdue", "medianDaysToAnswer")  # fmt: skip
ROW = " ".join(("departments", "names", *FIGURES))
REPORT = f"""query($from: DateTime!, $to: DateTime!) {{ coordinationReport(from: $from, to: $to) {{
  departments {{ {ROW} }} pairs {{ {ROW} }} }} }}"""
SAID_EN = ["Sessions rated", "Average rating", "Complaints received", "Complaints answered",
           "Complaints overdue", "Median days to answer"]  # fmt: skip
SAID_ZH = ["评价场次", "平均评分", "收到投诉", "已答复投诉", "逾期投诉", "答复天数中位数"]
WIDE = {"from": "2026-01-01T00:00:00+08:00", "to": "2028-01-01T00:00:00+08:00"}


Row = tuple[str, str, tuple[float | None, ...]]


def number(value: Any) -> float | None:
    """A figure as a number; an empty cell (or a null) as None."""
    return None if value in (None, "") else float(value)


def expected(report: dict[str, Any]) -> list[Row]:
    """coordinationReport's rows as the files write them: names, slugs, then the figures."""
    return [
        (" + ".join(row["names"]), " + ".join(row["departments"]),
         tuple(number(row[name]) for name in FIGURES))
        for row in report["departments"] + report["pairs"]
    ]  # fmt: skip


def read(cells: Sequence[Any]) -> Row:
    """A file's row: its names, its slugs, and its figures as numbers (None for an empty cell)."""
    return str(cells[0]), str(cells[1]), tuple(number(cell) for cell in cells[2:])


async def rated_and_complained_of(api: Api) -> None:
    """The finance bureau's session, ended and rated 5, 4 and 3 by three enterprises; two
    complaints about the bureau, assigned to it, one answered."""
    finance = await api.department("finance", "县财政局")
    posted = await api.post(finance, **event_input(
        externalId="procurement", title="政府采购政策解读会", location="县财政局二楼会议室",
        start="2027-02-10T09:30:00+08:00", end="2027-02-10T11:30:00+08:00"))  # fmt: skip
    companies = [await enterprise(api, f"第{number}公司") for number in range(3)]
    for company in companies:
        await register(api, company, posted["session"]["id"])
    await end_it(api, finance, posted["event"]["id"])
    for rating, company in zip((5, 4, 3), companies, strict=True):
        rated = await api.mutate("evaluateSession", EVALUATE, {"sessionId": posted["session"]["id"],
                                 "rating": rating, "usefulness": 4}, company)  # fmt: skip
        assert rated["userErrors"] == []
    complaints = []
    for company in companies[:2]:
        filed = await file_complaint(api, company, department="finance")
        complaints.append(filed["complaint"]["id"])
        await assign(api, filed["complaint"]["id"], "finance")
    assert (await answer(api, finance, complaints[0]))["userErrors"] == []


async def test_the_csv_and_the_workbook_show_the_figures_of_coordination_report(api: Api) -> None:
    await county(api)
    await rated_and_complained_of(api)
    for window in (MARCH, WIDE):
        report = (await api.query(REPORT, window))["coordinationReport"]
        rows = expected(report)
        answer = await api.http.get("/reports/coordination.csv", params=window)
        assert answer.status_code == 200
        assert answer.headers["content-type"] == "text/csv; charset=utf-8"
        assert "attachment" in answer.headers["content-disposition"]
        header, *body = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
        assert header[:2] == ["部门", "代码"]
        assert header[-6:] == SAID_ZH
        assert [read(row) for row in body] == rows

        answer = await api.http.get(
            "/reports/coordination.xlsx", params=window, headers={"Accept-Language": "en"}
        )
        assert answer.status_code == 200
        sheet = load_workbook(io.BytesIO(answer.content)).active
        assert sheet is not None
        values = [list(row) for row in sheet.iter_rows(values_only=True)]
        assert values[0][:2] == ["Departments", "Slugs"]
        assert values[0][-6:] == SAID_EN
        assert [read(row) for row in values[1 : 1 + len(rows)]] == rows
    assert ("县人社局 + 县税务局", "hr + tax",
            (1, 1, 1, 0, 0, 0, 1, 1, 1, 2.0, None, None, None, None, None, None)) in rows  # fmt: skip
    assert ("县财政局", "finance",
            (1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 4.0, 2, 1, 0, 0.0)) in rows  # fmt: skip
    (tax,) = [figures for _, slugs, figures in rows if slugs == "tax"]
    assert tax[-6:] == (0, None, 0, 0, 0, None), "nobody rated or complained: no average, no median"
