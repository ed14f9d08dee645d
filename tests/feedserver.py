"""A small HTTP server on a loopback address of its own, publishing ICS feeds as departments do."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FEED_HOST = "127.0.0.2"  # allowlisted in the tests' settings; 127.0.0.1 stays forbidden


class FeedServer:
    """Serves ``files`` (path -> bytes) with ETags; ``redirects`` (path -> URL) answer 302."""

    def __init__(self, server: ThreadingHTTPServer) -> None:
        self.server = server
        self.files: dict[str, bytes] = {}
        self.redirects: dict[str, str] = {}
        self.requests: list[tuple[str, int]] = []

    def url(self, path: str) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host!s}:{port}{path}"


def _handler(feeds: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path in feeds.redirects:
                self._answer(302, b"", {"Location": feeds.redirects[self.path]})
                return
            body = feeds.files.get(self.path)
            if body is None:
                self._answer(404, b"not found", {})
                return
            etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
            if self.headers.get("If-None-Match") == etag:
                self._answer(304, b"", {"ETag": etag})
                return
            self._answer(200, body, {"ETag": etag, "Content-Type": "text/calendar"})

        def _answer(self, status: int, body: bytes, headers: dict[str, str]) -> None:
            feeds.requests.append((self.path, status))
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            """Quiet: the tests read ``requests`` instead."""

    return Handler


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    server = ThreadingHTTPServer((FEED_HOST, 0), BaseHTTPRequestHandler)
    feeds = FeedServer(server)
    server.RequestHandlerClass = _handler(feeds)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield feeds
    finally:
        server.shutdown()
        server.server_close()


def day_from_now(offset: int) -> date:
    return datetime.now(UTC).date() + timedelta(days=offset)


def ics_date(day: date) -> str:
    return day.strftime("%Y%m%d")


def department_feed(
    *, title: str = "增值税留抵退税政策解读会", berlin: bool = True, events: bool = True
) -> bytes:
    """An Outlook-and-Google-flavoured feed with the hard cases, dated a few weeks from today."""
    d1, d2, d3, week, d4 = (
        day_from_now(40),
        day_from_now(41),
        day_from_now(42),
        day_from_now(50),
        day_from_now(43),
    )
    body = [
        "BEGIN:VEVENT", "UID:outlook-1", f"SUMMARY:{title}", f"DTSTART;TZID=China Standard Time:{ics_date(d1)}T093000",
        f"DTEND;TZID=China Standard Time:{ics_date(d1)}T113000", "LOCATION:石湾镇政务服务中心", "END:VEVENT",
        *(["BEGIN:VEVENT", "UID:berlin-1", "SUMMARY:Export control briefing",
           f"DTSTART;TZID=W. Europe Standard Time:{ics_date(d2)}T090000",
           f"DTEND;TZID=W. Europe Standard Time:{ics_date(d2)}T100000", "END:VEVENT"] if berlin else []),
        "BEGIN:VEVENT", "UID:allday-1", "SUMMARY:企业开放日", f"DTSTART;VALUE=DATE:{ics_date(d3)}",
        f"DTEND;VALUE=DATE:{ics_date(d3 + timedelta(days=1))}", "END:VEVENT",
        "BEGIN:VEVENT", "UID:weekly-1", "SUMMARY:每周政策咨询门诊", f"DTSTART;TZID=Asia/Shanghai:{ics_date(week)}T140000",
        f"DTEND;TZID=Asia/Shanghai:{ics_date(week)}T160000", "RRULE:FREQ=WEEKLY;COUNT=4",
        f"EXDATE;TZID=Asia/Shanghai:{ics_date(week + timedelta(days=7))}T140000", "END:VEVENT",
        "BEGIN:VEVENT", "UID:weekly-1", f"RECURRENCE-ID;TZID=Asia/Shanghai:{ics_date(week + timedelta(days=14))}T140000",
        "SUMMARY:每周政策咨询门诊（改期）", f"DTSTART;TZID=Asia/Shanghai:{ics_date(week + timedelta(days=14))}T150000",
        f"DTEND;TZID=Asia/Shanghai:{ics_date(week + timedelta(days=14))}T170000", "END:VEVENT",
        "BEGIN:VEVENT", "SUMMARY:无结束时间的宣讲", f"DTSTART:{ics_date(d4)}T020000Z", "END:VEVENT",
        "BEGIN:VEVENT", "UID:broken-1", "SUMMARY:坏事件", "DTSTART:notadate", "END:VEVENT",
    ]  # fmt: skip
    zone = ["BEGIN:VTIMEZONE", "TZID:China Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
            "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE"]  # fmt: skip
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             *zone, *(body if events else []), "END:VCALENDAR"]  # fmt: skip
    return ("\r\n".join(lines) + "\r\n").encode()
