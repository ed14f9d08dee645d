"""The agenda's filter form, the chips of the filters in force, and the links between periods."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from services.calendar.reads import CalendarFilter
from services.core.db import Database
from services.core.errors import Language
from services.core.kinds import EventKind
from services.postings import departments
from services.vocabularies import store
from services.vocabularies.sections import BY_CODE
from services.vocabularies.terms import Facet
from web.public import texts
from web.public.agenda import AgendaQuery, Period


@dataclass(frozen=True, slots=True)
class Facets:
    """What each filter offers, label by value, in the page's language."""

    sectors: list[tuple[str, str]]
    regions: list[tuple[str, str]]
    topics: list[tuple[str, str]]
    departments: list[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class FilterField:
    name: str
    options: list[tuple[str, str]]
    selected: str | None


def _reviewed_first(terms: Sequence[store.TermView]) -> list[tuple[str, str]]:
    """The coordinator's reviewed entries; all entries while none is reviewed yet."""
    shown = [term for term in terms if term.reviewed] or list(terms)
    return [(term.name, term.name) for term in shown]


async def load_facets(database: Database, language: Language) -> Facets:
    async with database.reading() as db:
        sectors = await store.list_sectors(db)
        regions = await store.list_terms(db, Facet.REGION, None)
        topics = await store.list_terms(db, Facet.TOPIC, None)
        hosts = await departments.list_departments(db)
    return Facets(
        sectors=[(s.code, texts.sector_name(s.code, language)) for s in sectors],
        regions=_reviewed_first(regions),
        topics=_reviewed_first(topics),
        departments=[(host.slug, host.name) for host in hosts],
    )


def period_links(
    query: AgendaQuery, period: Period, today: date, path: str
) -> list[tuple[str, str]]:
    anchor = period.anchor(today)
    views = [("upcoming", query.href(path, start=None, end=None))]
    for name, bounds in (("week", Period.week(anchor)), ("month", Period.month(anchor))):
        first, end = bounds
        views.append((name, query.href(path, start=first.isoformat(), end=end.isoformat())))
    return views


@dataclass(frozen=True, slots=True)
class Pager:
    previous: str
    next: str
    label: str


def pager(query: AgendaQuery, period: Period, language: Language, path: str) -> Pager | None:
    neighbours = period.neighbours()
    if neighbours is None or period.end is None:
        return None
    (before, before_end), (after, after_end) = neighbours
    label = (
        texts.month(period.first, language)
        if period.span == "month"
        else texts.period(period.first, date.fromordinal(period.end.toordinal() - 1), language)
    )
    return Pager(
        previous=query.href(path, start=before.isoformat(), end=before_end.isoformat()),
        next=query.href(path, start=after.isoformat(), end=after_end.isoformat()),
        label=label,
    )


def filter_fields(facets: Facets, wanted: CalendarFilter, language: Language) -> list[FilterField]:
    def first(values: tuple[str, ...]) -> str | None:
        return values[0] if values else None

    kinds = [(kind.value, texts.KINDS[kind.value].text(language)) for kind in EventKind]
    return [
        FilterField("kind", kinds, first(wanted.kinds)),
        FilterField("sector", facets.sectors, first(wanted.sectors)),
        FilterField("region", facets.regions, first(wanted.regions)),
        FilterField("topic", facets.topics, first(wanted.topics)),
        FilterField("department", facets.departments, first(wanted.departments)),
    ]


def chips(
    query: AgendaQuery, facets: Facets, language: Language, path: str
) -> list[tuple[str, str]]:
    """Each filter value as the reader knows it, with the link that drops it."""
    names: dict[str, Callable[[str], str]] = {
        "kind": lambda v: texts.KINDS[v.upper()].text(language) if v.upper() in texts.KINDS else v,
        "sector": lambda v: texts.sector_name(v, language) if v in BY_CODE else v,
        "department": lambda v: dict(facets.departments).get(v, v),
    }
    return [
        (names.get(name, str)(value), query.without(path, name, value))
        for name, value in query.filters
    ]
