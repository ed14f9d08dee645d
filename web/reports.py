"""Reports people can pass on: the coordination report as CSV and as an Excel workbook.

Both carry exactly the figures ``coordinationReport`` answers for the same window, from
the same service call, with department names beside their slugs; a cell ``coordinationReport``
answers null for (a pair's ratings and complaints, an average below three ratings) is empty. The window is ``from``
and ``to`` (ISO dates or times); left out, it is the current month in the server's zone.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Font
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from services.calendar.window import moment, window
from services.cohosting.report import CoordinationRow, coordination_report
from services.core.clock import now
from services.core.db import Database
from services.core.errors import DomainError, Language, negotiate
from services.core.validation import DEFAULT_TIMEZONE, zone

HEADER = (
    ("Departments", "部门"),
    ("Slugs", "代码"),
    ("Sessions", "活动场次"),
    ("Co-hosted", "联合主办"),
    ("Merges", "合并"),
    ("Conflicts", "冲突"),
    ("Redundancies", "重复"),
    ("Enterprise hours", "企业工时"),
    ("Invitations sent", "发出邀请"),
    ("Invitations accepted", "邀请被接受"),
    ("Joins", "加入共同主办"),
    ("Enterprise hours saved by joins", "加入节省企业工时"),
    ("Sessions rated", "评价场次"),
    ("Average rating", "平均评分"),
    ("Complaints received", "收到投诉"),
    ("Complaints answered", "已答复投诉"),
    ("Complaints overdue", "逾期投诉"),
    ("Median days to answer", "答复天数中位数"),
)
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _month(today: datetime) -> tuple[datetime, datetime]:
    local = today.astimezone(zone(DEFAULT_TIMEZONE))
    first = local.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return first, (first + timedelta(days=32)).replace(day=1)


def _window(request: Request) -> tuple[datetime, datetime]:
    start, end = _month(now())
    params = request.query_params
    if "from" in params:
        start = moment("from", params["from"])
    if "to" in params:
        end = moment("to", params["to"])
    return window(start, end)


def _said(row: CoordinationRow) -> list[object]:
    """What enterprises said of a department; empty cells for a pair, and for an average or
    a median there is none of."""
    said = row.participation
    if said is None:
        return [None] * 6
    return [
        said.sessions_rated,
        said.average_rating,
        said.complaints_received,
        said.complaints_answered,
        said.complaints_overdue,
        said.median_days_to_answer,
    ]


def _cells(row: CoordinationRow) -> list[object]:
    figures, saved = row.overlaps, row.cohosting
    return [
        " + ".join(department.name for department in row.departments),
        " + ".join(department.slug for department in row.departments),
        figures.sessions,
        figures.cohosted,
        figures.merges,
        figures.conflicts,
        figures.redundancies,
        round(figures.enterprise_hours, 2),
        saved.invitations_sent,
        saved.invitations_accepted,
        saved.joins,
        saved.hours_saved,
        *_said(row),
    ]


def _titles(language: Language) -> list[str]:
    return [zh if language is Language.ZH else en for en, zh in HEADER]


def as_csv(rows: list[CoordinationRow], language: Language) -> bytes:
    """UTF-8 with a byte-order mark, so Excel opens the Chinese names as they are."""
    text = io.StringIO()
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(_titles(language))
    writer.writerows(_cells(row) for row in rows)
    return ("\ufeff" + text.getvalue()).encode()


def as_xlsx(rows: list[CoordinationRow], language: Language, span: str) -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "协调报告" if language is Language.ZH else "Coordination"
    sheet.append(_titles(language))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(_cells(row))
    sheet.freeze_panes = "A2"
    sheet.column_dimensions["A"].width = 40
    sheet.append([])
    sheet.append([span])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def report_routes(database: Database, language: Language) -> list[Route]:
    def download(
        suffix: str,
        media_type: str,
        render: Callable[[list[CoordinationRow], Language, str], bytes],
    ) -> Route:
        async def answer(request: Request) -> Response:
            reader = negotiate(request.headers.get("accept-language"), language)
            try:
                start, end = _window(request)
            except DomainError as error:
                return PlainTextResponse(error.problems[0].message.text(reader), status_code=400)
            async with database.reading() as db:
                rows = (await coordination_report(db, start, end)).rows
            span = f"{start.date().isoformat()}_{end.date().isoformat()}"
            name = f'attachment; filename="civical-coordination-{span}.{suffix}"'
            return Response(
                render(rows, reader, span),
                media_type=media_type,
                headers={"Content-Disposition": name},
            )

        return Route(f"/reports/coordination.{suffix}", answer, methods=["GET"])

    return [
        download("csv", "text/csv; charset=utf-8", lambda rows, reader, _: as_csv(rows, reader)),
        download("xlsx", XLSX_TYPE, as_xlsx),
    ]
