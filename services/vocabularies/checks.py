"""Values callers send, made canonical: an event's audience and topics, a filter's terms.

Postings, enterprises and feed sources are written with the posting canons (an unknown
topic, or any region before the county registered one, is kept and listed as unreviewed);
filters are read with the filtering ones, which name only what exists.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.reads import CalendarFilter
from services.core.errors import ErrorCode, Message
from services.core.validation import (
    KINDS,
    MAX_AUDIENCE_VALUES,
    MAX_TOPICS,
    Canons,
    Collector,
)
from services.postings import departments
from services.vocabularies import store
from services.vocabularies.terms import Facet, Vocabulary


def posting_canons(vocabulary: Vocabulary) -> Canons:
    return Canons(vocabulary.topics, vocabulary.sectors, vocabulary.regions)


async def canons(db: AsyncSession) -> tuple[Vocabulary, Canons]:
    vocabulary = await store.load(db)
    return vocabulary, posting_canons(vocabulary)


async def checked_filter(
    db: AsyncSession, wanted: CalendarFilter, prefix: tuple[str, ...]
) -> CalendarFilter:
    """The filter with canonical values; values that name nothing are refused, each field at
    once, with the accepted forms and the nearest entries."""
    if not (
        wanted.kinds or wanted.topics or wanted.sectors or wanted.regions or wanted.departments
    ):
        return wanted
    vocabulary = await store.load(db)
    check = Collector(prefix)
    kinds = check.tags("kinds", [kind.upper() for kind in wanted.kinds], len(KINDS))
    unknown_kinds = [kind for kind in kinds if kind not in KINDS]
    if unknown_kinds:
        check.add("kinds", ErrorCode.INVALID, kind_refusal(unknown_kinds))
    terms = {
        facet: check.terms(field, values, limit, vocabulary.facet(facet, filtering=True))
        for facet, field, values, limit in (
            (Facet.TOPIC, "topics", wanted.topics, MAX_TOPICS),
            (Facet.SECTOR, "sectors", wanted.sectors, MAX_AUDIENCE_VALUES),
            (Facet.REGION, "regions", wanted.regions, MAX_AUDIENCE_VALUES),
        )
    }
    slugs = check.tags("departments", wanted.departments, MAX_AUDIENCE_VALUES)
    missing = [slug for slug in slugs if await departments.by_slug(db, slug) is None]
    if missing:
        check.add("departments", ErrorCode.INVALID, await department_refusal(db, missing))
    check.raise_if_any()
    return CalendarFilter(
        kinds=tuple(kinds),
        topics=tuple(terms[Facet.TOPIC]),
        sectors=tuple(terms[Facet.SECTOR]),
        regions=tuple(terms[Facet.REGION]),
        departments=tuple(slugs),
    )


def kind_refusal(unknown: Sequence[str]) -> Message:
    return Message(
        f"Unknown kind {', '.join(map(repr, unknown))}: use one of {', '.join(KINDS)}.",
        f"未知的类型 {'、'.join(map(repr, unknown))}：请使用 {'、'.join(KINDS)} 之一。",
    )


async def department_refusal(db: AsyncSession, unknown: Sequence[str]) -> Message:
    known = [view.slug for view in await departments.list_departments(db)]
    listing = ", ".join(known) if known else "—"
    return Message(
        f"No department {', '.join(map(repr, unknown))}: use a slug of the `departments` query ({listing}).",
        f"没有部门 {'、'.join(map(repr, unknown))}：请使用 `departments` 查询中的代号（{listing}）。",
    )


def audience_terms(
    check: Collector, field: str, values: Sequence[str], facet: Facet, vocabulary: Vocabulary
) -> list[str]:
    """Topics, sectors or regions of an enterprise or a feed source, as a posting's would be."""
    limit = MAX_TOPICS if facet is Facet.TOPIC else MAX_AUDIENCE_VALUES
    return check.terms(field, values, limit, vocabulary.facet(facet))
