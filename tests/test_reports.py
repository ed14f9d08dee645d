"""The coordination report as CSV and as a workbook: the same figures as coordinationReport."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.api import Api
from tests.cohosting import MARCH, REPORT, county

pytestmark = pytest.mark.anyio

FIGURES = ("sessions", "cohosted", "merges", "conflicts", "redundancies", "enterpriseHours",
           "invitationsSent", "invitationsAccepted", "joins", "enterpriseHoursSavedByJoins")  # fmt: skip


Row = tuple[str, str, tuple[float, ...]]


def expected(report: dict[str, Any]) -> list[Row]:
    """coordinationReport's rows as the files write them: names, slugs, then the figures."""
    return [
        (" + ".join(row["names"]), " + ".join(row["departments"]),
         tuple(float(row[name]) for name in FIGURES))
        for row in report["departments"] + report["pairs"]
    ]  # fmt: skip


def read(cells: Sequence[Any]) -> Row:
    """A file's row: its names, its slugs, and its figures as numbers."""
    return str(cells[0]), str(cells[1]), tuple(float(cell) for cell in cells[2:])


async def test_the_csv_and_the_workbook_show_the_figures_of_coordination_report(api: Api) -> None:
    await county(api)
    report = (await api.query(REPORT, MARCH))["coordinationReport"]
    rows = expected(report)
    assert ("县人社局 + 县税务局", "hr + tax", (1, 1, 1, 0, 0, 0, 1, 1, 1, 2.0)) in rows

    answer = await api.http.get("/reports/coordination.csv", params=MARCH)
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "text/csv; charset=utf-8"
    assert "attachment" in answer.headers["content-disposition"]
    header, *body = list(csv.reader(io.StringIO(answer.content.decode("utf-8-sig"))))
    assert header[:2] == ["部门", "代码"]
    assert [read(row) for row in body] == rows

    answer = await api.http.get(
        "/reports/coordination.xlsx", params=MARCH, headers={"Accept-Language": "en"}
    )
    assert answer.status_code == 200
    sheet = load_workbook(io.BytesIO(answer.content)).active
    assert sheet is not None
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0][:2] == ["Departments", "Slugs"]
    assert [read(row) for row in values[1 : 1 + len(rows)]] == rows


async def test_a_bad_window_is_refused_in_the_readers_language(api: Api) -> None:
    bad = {"from": "2027-04-01", "to": "2027-03-01"}
    english = await api.http.get(
        "/reports/coordination.csv", params=bad, headers={"Accept-Language": "en"}
    )
    assert english.status_code == 400
    assert english.text == "`to` must be after `from`."
    chinese = await api.http.get("/reports/coordination.xlsx", params={"from": "yesterday"},
                                 headers={"Accept-Language": "zh-CN"})  # fmt: skip
    assert chinese.status_code == 400
    assert "ISO 8601" in chinese.text
    assert "须为" in chinese.text
    default = await api.http.get("/reports/coordination.csv")
    assert default.status_code == 200, "without a window: the current month"
