"""The public calendar's pages: the agenda, one session, its .ics, the feed's QR code.

Server-rendered HTML that reads without JavaScript, in Chinese or English. The agenda
asks the same questions as the feed with the same parameters (``web.queries``), so it
holds the same sessions; pages are kept per data version like the feeds and answer
``304`` to a client that holds the current one.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from services.calendar.reads import (
    CalendarFilter,
    SessionsListed,
    calendar_sessions,
    session_by_uid,
)
from services.calendar.views import SessionView
from services.core.auth import InvalidToken
from services.core.clock import now
from services.core.db import Database
from services.core.errors import DomainError, ErrorCode, Language, Message, negotiate
from services.core.settings import Settings
from services.core.validation import DEFAULT_TIMEZONE
from services.feeds.render import session_feed
from web.conditional import not_modified
from web.public.agenda import (
    OWN,
    AgendaQuery,
    Period,
    by_day,
    cursor,
    language_of,
    local,
    midnight,
    position,
    shared_marks_dropped,
    today_in_county,
)
from web.public.cache import PageCache, Rendered
from web.public.filters import chips, filter_fields, load_facets, pager, period_links
from web.public.qr import qr_svg
from web.public.registering import RegistrationForm, register_by_form
from web.public.words import HTML_LANG, page_words, session_href
from web.queries import FILTERS, PARAMETERS, asked_filter, asked_window, refuse_unknown

TEMPLATES = Path(__file__).parent / "templates"
PAGE = 100  # sessions a page lists: a full page of typical sessions stays under 100 KB
EARLIER = 100  # past sessions of the window shown (folded) above the upcoming ones
APPS = (
    ("outlook", "Outlook"),
    ("apple", "Apple"),
    ("google", "Google"),
    ("dingtalk", "DingTalk 钉钉"),
    ("wecom", "WeCom 企业微信"),
)
QR_MAX_AGE = 86_400
_NO_SESSION = Message("No such session.", "没有这个活动。")
# A form refused for who sent it says so as HTTP would (a token that is no enterprise's is
# no token for this form); the rest is the form's (400).
_REFUSED_AS = {ErrorCode.UNAUTHENTICATED: 401, ErrorCode.FORBIDDEN: 403}


class _Elsewhere(Exception):
    """The uid names a session merged into another (``survivor``) or none (``None``)."""

    def __init__(self, survivor: str | None) -> None:
        super().__init__(survivor)
        self.survivor = survivor


class PublicPages:
    """The handlers, sharing the templates, the page cache and the server's settings."""

    def __init__(self, database: Database, settings: Settings) -> None:
        self.database = database
        self.settings = settings
        self.templates = Jinja2Templates(
            env=Environment(
                loader=FileSystemLoader(TEMPLATES),
                autoescape=True,
                trim_blocks=True,
                lstrip_blocks=True,
                undefined=StrictUndefined,
            )
        )
        self.cache = PageCache(database)

    def routes(self) -> list[Route]:
        return [
            Route("/", self.agenda, methods=["GET"]),
            Route("/calendar", self.agenda, methods=["GET"]),
            Route("/calendar/qr.svg", self.qr, methods=["GET"]),
            Route("/sessions/{uid}.ics", self.session_calendar, methods=["GET"]),
            Route("/sessions/{uid}", self.session, methods=["GET"]),
            Route("/sessions/{uid}/register", self.register, methods=["POST"]),
        ]

    # The language, the base of absolute links, and the words of a page.

    def language(self, request: Request, explicit: Language | None) -> Language:
        return explicit or negotiate(request.headers.get("accept-language"), self.settings.language)

    def base(self, request: Request) -> str:
        return (self.settings.public_url or str(request.base_url)).rstrip("/")

    def render(self, template: str, context: dict[str, Any]) -> bytes:
        page: str = self.templates.get_template(template).render(context)
        return page.encode()

    def answer(self, request: Request, page: Rendered, language: Language) -> Response:
        headers = {
            "ETag": page.etag,
            "Cache-Control": "public, no-cache",
            "Vary": "Accept-Language",
            "Content-Language": language.value,
        }
        if not_modified(request, page.etag):
            return Response(status_code=304, headers=headers)
        return HTMLResponse(page.body, headers=headers)

    def refusal(
        self,
        request: Request,
        language: Language,
        problems: Sequence[Message],
        status: int,
        query: AgendaQuery | None = None,
    ) -> Response:
        """An error page in both languages, the reader's first."""
        query = query or AgendaQuery()
        today = today_in_county(now())
        other = Language.EN if language is Language.ZH else Language.ZH
        context = page_words(request, language, query, today) | {
            "messages": [
                (HTML_LANG[shown], [problem.text(shown) for problem in problems])
                for shown in (language, other)
            ]
        }
        return HTMLResponse(
            self.render("error.html", context),
            status_code=status,
            headers={"Content-Language": language.value, "Cache-Control": "no-store"},
        )

    # The agenda.

    async def agenda(self, request: Request) -> Response:
        pairs = shared_marks_dropped(request.query_params.multi_items())
        params = QueryParams(pairs)
        query = AgendaQuery.of(pairs)
        language = self.language(request, None)
        try:
            language = self.language(request, language_of(query.lang))
            refuse_unknown(params, (*PARAMETERS, *OWN))
            window = asked_window(params)
        except DomainError as error:
            return self.refusal(request, language, _messages(error), 400, query)
        today = today_in_county(now())
        base = self.base(request)
        key = ("agenda", request.url.path, tuple(query.pairs()), window, language, base, today)
        try:
            page = await self.cache.page(
                key, lambda: self._agenda(request, params, query, window, language, today, base)
            )
        except DomainError as error:
            return self.refusal(request, language, _messages(error), 400, query)
        return self.answer(request, page, language)

    async def _agenda(
        self,
        request: Request,
        params: QueryParams,
        query: AgendaQuery,
        window: tuple[datetime, datetime],
        language: Language,
        today: date,
        base: str,
    ) -> bytes:
        wanted = await asked_filter(self.database, params)
        start, end = window
        after = position(query.after) if query.after else None
        earlier, listed = await self._sessions(wanted, start, end, after, midnight(today))
        facets = await load_facets(self.database, language)
        period = Period.of(query, today)
        feed = f"{base}/feeds/all.ics" + (f"?{query.filter_query()}" if query.filters else "")
        context = page_words(request, language, query, today) | {
            "path": request.url.path,
            "period": period,
            "views": period_links(query, period, today, request.url.path),
            "pager": pager(query, period, language, request.url.path),
            "facets": filter_fields(facets, wanted, language),
            "kept": [
                (n, v)
                for n, v in (("from", query.start), ("to", query.end), ("lang", query.lang))
                if v
            ],
            "chips": chips(query, facets, language, request.url.path),
            "clear_href": query.href(request.url.path, filters=()),
            "total": listed.total,
            "earlier": by_day(earlier.sessions) if earlier else [],
            "earlier_total": earlier.total if earlier else 0,
            "earlier_more": query.href(request.url.path, start=None, end=today.isoformat())
            if earlier and earlier.has_next
            else None,
            "days": by_day(listed.sessions),
            "later": query.href(request.url.path, after=cursor(listed.sessions[-1]))
            if listed.has_next
            else None,
            "feed_url": feed,
            "webcal_url": "webcal://" + feed.split("://", 1)[1],
            "qr_src": "/calendar/qr.svg" + (f"?{query.filter_query()}" if query.filters else ""),
            "apps": APPS,
        }
        return self.render("agenda.html", context)

    async def _sessions(
        self,
        wanted: CalendarFilter,
        start: datetime,
        end: datetime,
        after: tuple[datetime, int] | None,
        today: datetime,
    ) -> tuple[SessionsListed | None, SessionsListed]:
        """The window's sessions that started before today (first page only, folded on the
        page) and a page of the rest; together, every session the feed of the window holds."""
        async with self.database.reading() as db:
            if after is None and start < today < end:
                earlier = await calendar_sessions(
                    db, start=start, end=today, wanted=wanted, first=EARLIER, after=None
                )
                after = (today, 0)
            else:
                earlier = None
            listed = await calendar_sessions(
                db, start=start, end=end, wanted=wanted, first=PAGE, after=after
            )
        return earlier, listed

    # One session.

    async def session(self, request: Request) -> Response:
        uid = request.path_params["uid"]
        query = AgendaQuery(lang=request.query_params.get("lang") or None)
        language = self.language(request, None)
        try:
            language = self.language(request, language_of(query.lang))
        except DomainError as error:
            return self.refusal(request, language, _messages(error), 400)
        today = today_in_county(now())
        base = self.base(request)
        key = ("session", uid, language, base, today)
        try:
            page = await self.cache.page(
                key, lambda: self._session(request, uid, query, language, today, base)
            )
        except _Elsewhere as elsewhere:
            return self._elsewhere(request, language, elsewhere, "", query)
        return self.answer(request, page, language)

    def _elsewhere(
        self,
        request: Request,
        language: Language,
        elsewhere: _Elsewhere,
        suffix: str,
        query: AgendaQuery,
    ) -> Response:
        """A merged-away session's address leads to the session it became; an unknown one is 404."""
        if elsewhere.survivor is None:
            return self.refusal(request, language, [_NO_SESSION], 404, query)
        return RedirectResponse(
            session_href(elsewhere.survivor) + suffix + query.lang_suffix(), status_code=301
        )

    async def _found(self, uid: str) -> SessionView:
        async with self.database.reading() as db:
            found = await session_by_uid(db, uid)
        if found is None or found.session is None:
            raise _Elsewhere(found.merged_into if found else None)
        return found.session

    async def _session(
        self,
        request: Request,
        uid: str,
        query: AgendaQuery,
        language: Language,
        today: date,
        base: str,
    ) -> bytes:
        session = await self._found(uid)
        start = local(session.start, session.timezone)
        place = quote(session.location or "")
        context = page_words(request, language, query, today) | {
            "session": session,
            "start": start,
            "show_zone": session.timezone != DEFAULT_TIMEZONE,
            "map_href": self.settings.map_url.replace("{place}", place)
            if self.settings.map_url and session.location
            else None,
            "ics_href": session_href(session.uid) + ".ics",
            "register_href": session_href(session.uid) + "/register" + query.lang_suffix(),
            "share_url": base + session_href(session.uid),
        }
        return self.render("session.html", context)

    async def register(self, request: Request) -> Response:
        """The session page's registration form, answered: a page saying the seats are held,
        or what is wrong (a refused token 401, anything else the register codes' 400)."""
        uid = request.path_params["uid"]
        query = AgendaQuery(lang=request.query_params.get("lang") or None)
        language = self.language(request, None)
        try:
            language = self.language(request, language_of(query.lang))
            session = await self._found(uid)
            form = RegistrationForm.parse(await request.body())
            registration = await register_by_form(
                self.database, request.app.state.coordinator, session.key, form
            )
        except _Elsewhere:
            return self.refusal(request, language, [_NO_SESSION], 404, query)
        except InvalidToken as refused:
            return self.refusal(request, language, [refused.reason], 401, query)
        except DomainError as error:
            status = _REFUSED_AS.get(error.problems[0].code, 400)
            return self.refusal(request, language, _messages(error), status, query)
        context = page_words(request, language, query, today_in_county(now())) | {
            "registration": registration,
            "session_page": session_href(uid) + query.lang_suffix(),
        }
        return HTMLResponse(
            self.render("registered.html", context),
            headers={"Content-Language": language.value, "Cache-Control": "no-store"},
        )

    async def session_calendar(self, request: Request) -> Response:
        """The one session as a calendar file, for "add to my calendar"."""
        uid = request.path_params["uid"]
        language = self.language(request, None)
        try:
            session = await self._found(uid)
        except _Elsewhere as elsewhere:
            return self._elsewhere(request, language, elsewhere, ".ics", AgendaQuery())
        async with self.database.reading() as db:
            feed = await session_feed(db, session.key)
        headers = {"ETag": feed.etag, "Cache-Control": "public, no-cache"}
        if not_modified(request, feed.etag):
            return Response(status_code=304, headers=headers)
        headers["Content-Disposition"] = 'attachment; filename="civical-session.ics"'
        return Response(feed.body, media_type="text/calendar; charset=utf-8", headers=headers)

    # The feed's QR code.

    async def qr(self, request: Request) -> Response:
        """The feed address of a filter as a QR code (SVG), so a phone subscribes by scanning."""
        pairs = shared_marks_dropped(request.query_params.multi_items())
        params = QueryParams(pairs)
        query = AgendaQuery.of(pairs)
        try:
            refuse_unknown(params, FILTERS)
            await asked_filter(self.database, params)
        except DomainError as error:
            language = self.language(request, None)
            return self.refusal(request, language, _messages(error), 400, query)
        feed = f"{self.base(request)}/feeds/all.ics"
        if query.filters:
            feed += f"?{query.filter_query()}"
        svg = qr_svg(feed)
        page = Rendered.of(svg)
        headers = {"ETag": page.etag, "Cache-Control": f"public, max-age={QR_MAX_AGE}"}
        if not_modified(request, page.etag):
            return Response(status_code=304, headers=headers)
        return Response(svg, media_type="image/svg+xml", headers=headers)


def _messages(error: DomainError) -> list[Message]:
    return [problem.message for problem in error.problems]
