"""What every public page's template uses: its words, dates, names and links in one language."""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import quote

from starlette.requests import Request

from services.calendar.views import SessionView
from services.core.errors import Language
from web.public import texts
from web.public.agenda import AgendaQuery, local

HTML_LANG = {Language.ZH: "zh-CN", Language.EN: "en"}


def session_href(uid: str) -> str:
    return "/sessions/" + quote(uid, safe="@")


def page_words(
    request: Request, language: Language, query: AgendaQuery, today: date
) -> dict[str, Any]:
    """What every page's template uses: words, dates and links in ``language``."""
    other = Language.EN if language is Language.ZH else Language.ZH
    switched = request.url.include_query_params(lang="en" if other is Language.EN else "zh")

    def t(name: str, **values: object) -> str:
        return texts.WORDS[name].text(language).format(**values)

    def audience(session: SessionView) -> str:
        comma = "、" if language is Language.ZH else ", "
        sectors = comma.join(texts.sector_name(code, language) for code in session.sectors)
        regions = comma.join(session.regions)
        return f"{sectors or t('all sectors')} · {regions or t('all regions')}"

    def when(session: SessionView) -> str:
        start, end = (
            local(session.start, session.timezone),
            local(session.end, session.timezone),
        )
        return texts.span(start, end, language, today)

    return {
        "t": t,
        "html_lang": HTML_LANG[language],
        "other_lang": HTML_LANG[other],
        "switch_href": f"{switched.path}?{switched.query}",
        "lang_suffix": query.lang_suffix(),
        "today": today,
        "day": lambda value: texts.day(value, language, today),
        "when": when,
        "kind": lambda value: texts.KINDS[value].text(language),
        "audience": audience,
        "hosts": lambda s: ("、" if language is Language.ZH else ", ").join(
            host.name for host in s.hosts
        ),
        "session_href": lambda uid: session_href(uid) + query.lang_suffix(),
        "host_href": lambda slug: AgendaQuery(lang=query.lang).href(
            filters=(("department", slug),)
        ),
    }
