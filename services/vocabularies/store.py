"""The coordinator's vocabularies in the database: sector synonyms, regions and topics.

Stored postings, sessions, enterprises, subscriptions and feed sources hold canonical
values (a section's code, a region's or topic's name). When an entry changes what is
canonical (a region renamed, topics merged, a synonym that names values already
stored), the stored values are rewritten in the same transaction (``fold``), so a
filter, a match or an overlap never sees two spellings of one thing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Text, cast, select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from services.calendar import sessions
from services.core.auth import Principal
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import (
    Enterprise,
    Event,
    FeedSource,
    Region,
    SectorSynonym,
    Subscription,
    Topic,
)
from services.core.validation import MAX_TAG, Collector
from services.vocabularies.sections import SECTIONS, key
from services.vocabularies.terms import Entry, Facet, Vocabulary, vocabulary

MAX_SYNONYMS = 50
MAX_CODE = 32


@dataclass(frozen=True, slots=True)
class SectorView:
    code: str
    name: str
    name_en: str
    synonyms: tuple[str, ...]  # built in, then the coordinator's


@dataclass(frozen=True, slots=True)
class TermView:
    """A region or topic entry; ``code`` is always None for a topic."""

    key: int
    name: str
    code: str | None
    synonyms: tuple[str, ...]
    reviewed: bool


async def load(db: AsyncSession) -> Vocabulary:
    """The vocabularies as they stand in this transaction."""
    synonyms = {row.synonym: row.sector for row in await db.scalars(select(SectorSynonym))}
    regions = [_entry(row) for row in await db.scalars(select(Region))]
    topics = [_entry(row) for row in await db.scalars(select(Topic))]
    return vocabulary(synonyms, regions, topics)


def _entry(row: Region | Topic) -> Entry:
    code = row.code if isinstance(row, Region) else None
    return Entry(row.name, tuple(row.synonyms), code, row.reviewed)


async def remember(
    db: AsyncSession, vocabulary: Vocabulary, *, topics: Iterable[str], regions: Iterable[str]
) -> None:
    """Keep values a posting used that no entry knows, unreviewed, for the coordinator."""
    for model, facet_terms, values in (
        (Topic, vocabulary.topic_filter, topics),
        (Region, vocabulary.region_filter, regions),
    ):
        new = [value for value in dict.fromkeys(values) if facet_terms.known(value) is None]
        if new:
            rows = [
                {"name": value, "synonyms": [], "reviewed": False, "created_at": now()}
                for value in new
            ]
            insert = (
                postgres_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
            )
            await db.execute(insert(model).values(rows).on_conflict_do_nothing())


async def list_sectors(db: AsyncSession) -> list[SectorView]:
    added: dict[str, list[str]] = {}
    for row in await db.scalars(select(SectorSynonym).order_by(SectorSynonym.created_at)):
        added.setdefault(row.sector, []).append(row.synonym)
    return [
        SectorView(s.code, s.name, s.name_en, (*s.synonyms, *added.get(s.code, ())))
        for s in SECTIONS
    ]


async def _rows(db: AsyncSession, facet: Facet) -> list[Region | Topic]:
    if facet is Facet.REGION:
        return list((await db.scalars(select(Region))).all())
    return list((await db.scalars(select(Topic))).all())


async def _get(db: AsyncSession, facet: Facet, term_id: int) -> Region | Topic | None:
    if facet is Facet.REGION:
        return await db.get(Region, term_id)
    return await db.get(Topic, term_id)


async def list_terms(db: AsyncSession, facet: Facet, reviewed: bool | None) -> list[TermView]:
    """Regions or topics by name; only the reviewed (or unreviewed) ones when asked. The
    lists are a county's, a few hundred entries at most."""
    rows = sorted(await _rows(db, facet), key=lambda row: row.name)
    return [_view(row) for row in rows if reviewed is None or row.reviewed is reviewed]


def _view(row: Region | Topic) -> TermView:
    code = row.code if isinstance(row, Region) else None
    return TermView(row.id, row.name, code, tuple(row.synonyms), row.reviewed)


async def add_sector_synonym(
    db: AsyncSession, principal: Principal, *, sector: str, synonym: str
) -> SectorView:
    """A word of the county's for a section; values already stored in that word become the code."""
    principal.require_coordinator()
    check = Collector(("input",))
    word = check.line("synonym", synonym, MAX_TAG, required=True)
    named = check.line("sector", sector, MAX_TAG, required=True)
    check.raise_if_any()
    assert word is not None
    assert named is not None
    vocabulary = await load(db)
    code = vocabulary.sectors.known(named)
    if code is None:
        raise DomainError.single(
            ErrorCode.INVALID, vocabulary.sectors.refusal([named]), ("input", "sector")
        )
    taken = vocabulary.sectors.known(word)
    if taken is not None and taken != code:
        raise DomainError.single(
            ErrorCode.TAKEN,
            Message(
                f"{word!r} already names sector {taken}.", f"{word!r} 已是门类 {taken} 的名称。"
            ),
            ("input", "synonym"),
        )
    if taken is None:
        db.add(SectorSynonym(synonym=word, sector=code, created_at=now()))
        await fold(db, Facet.SECTOR, {word: code})
    return next(view for view in await list_sectors(db) if view.code == code)


@dataclass(frozen=True, slots=True)
class TermChange:
    """What a coordinator sent for a region or topic; None leaves a field as it is."""

    name: str | None = None
    code: str | None = None
    synonyms: Sequence[str] | None = None


async def create_term(
    db: AsyncSession, principal: Principal, facet: Facet, change: TermChange
) -> TermView:
    """A new region or topic. One of the same spelling that postings introduced (unreviewed)
    becomes this entry, and the values stored under it follow."""
    principal.require_coordinator()
    name, code, synonyms = _checked(change, facet, required=True)
    assert name is not None
    model: type[Region] | type[Topic] = Region if facet is Facet.REGION else Topic
    row: Region | Topic = model(
        name=name, synonyms=list(synonyms or ()), reviewed=True, created_at=now()
    )
    if isinstance(row, Region):
        row.code = code
    await _claim(
        db, facet, row, {"name": [name], "code": [code] if code else [], "synonyms": synonyms or []}
    )
    db.add(row)
    await db.flush()
    return _view(row)


async def update_term(
    db: AsyncSession, principal: Principal, facet: Facet, term_id: int, change: TermChange
) -> TermView:
    """Rename an entry (the old name stays a synonym), set its code or its synonyms; it
    counts as reviewed from now on."""
    principal.require_coordinator()
    row = await _row(db, facet, term_id)
    name, code, synonyms = _checked(change, facet, required=False)
    old = row.name
    new_synonyms = list(synonyms) if synonyms is not None else list(row.synonyms)
    if name is not None and name != old and old not in new_synonyms:
        new_synonyms.append(old)
    if isinstance(row, Region) and change.code is not None:
        row.code = code
    codes = [row.code] if isinstance(row, Region) and row.code else []
    await _claim(db, facet, row, {"name": [name or old], "code": codes, "synonyms": new_synonyms})
    row.name, row.synonyms, row.reviewed = name or old, new_synonyms, True
    await db.flush()
    if row.name != old:
        await fold(db, facet, {old: row.name})
    return _view(row)


async def merge_topics(
    db: AsyncSession, principal: Principal, sources: Sequence[int], into: int
) -> TermView:
    """Topics that are one: each source's name and synonyms become the target's synonyms,
    the sources go, and every stored value of theirs becomes the target's name."""
    principal.require_coordinator()
    target = await _row(db, Facet.TOPIC, into, ("input", "into"))
    absorbed = [
        await _row(db, Facet.TOPIC, source, ("input", "topics"))
        for source in dict.fromkeys(sources)
        if source != into
    ]
    if not absorbed:
        raise DomainError.single(
            ErrorCode.REQUIRED,
            Message(
                "Name at least one topic to merge into another.", "请至少指定一个要合并的主题。"
            ),
            ("input", "topics"),
        )
    synonyms = list(target.synonyms)
    for row in absorbed:
        synonyms += [word for word in (row.name, *row.synonyms) if word not in synonyms]
        await db.delete(row)
    await db.flush()
    target.synonyms, target.reviewed = synonyms, True
    await fold(db, Facet.TOPIC, {row.name: target.name for row in absorbed})
    return _view(target)


def _checked(
    change: TermChange, facet: Facet, *, required: bool
) -> tuple[str | None, str | None, list[str] | None]:
    check = Collector(("input",))
    name = (
        check.line("name", change.name, MAX_TAG, required=required)
        if (required or change.name is not None)
        else None
    )
    code = check.line("code", change.code, MAX_CODE) if facet is Facet.REGION else None
    synonyms = (
        check.tags("synonyms", change.synonyms, MAX_SYNONYMS)
        if change.synonyms is not None
        else None
    )
    check.raise_if_any()
    return name, code, synonyms


async def _row(
    db: AsyncSession, facet: Facet, term_id: int, field: tuple[str, ...] = ("input", "id")
) -> Region | Topic:
    row = await _get(db, facet, term_id)
    if row is None:
        what = Message("region", "地区") if facet is Facet.REGION else Message("topic", "主题")
        raise DomainError.single(
            ErrorCode.NOT_FOUND, Message(f"No such {what.en}.", f"没有这个{what.zh}。"), field
        )
    return row


async def _claim(
    db: AsyncSession, facet: Facet, claimant: Region | Topic, fields: Mapping[str, Sequence[str]]
) -> None:
    """Make the spellings of each input field the claimant's: a reviewed entry that has one
    refuses it (TAKEN, at that field); an unreviewed one is absorbed, its stored values
    becoming the claimant's name."""
    wanted = {
        key(spelling): (spelling, field) for field, words in fields.items() for spelling in words
    }
    absorbed: list[Region | Topic] = []
    for row in await _rows(db, facet):
        if row is claimant:
            continue
        own = [
            row.name,
            *row.synonyms,
            *([row.code] if isinstance(row, Region) and row.code else []),
        ]
        found = next((wanted[key(word)] for word in own if key(word) in wanted), None)
        if found is None:
            continue
        clash, field = found
        if row.reviewed:
            raise DomainError.single(
                ErrorCode.TAKEN,
                Message(
                    f"{clash!r} already names {row.name!r}.",
                    f"{clash!r} 已是 {row.name!r} 的名称。",
                ),
                ("input", field),
            )
        absorbed.append(row)
    for row in absorbed:
        await db.delete(row)
    await db.flush()
    if absorbed:
        target = claimant.name
        await fold(db, facet, {row.name: target for row in absorbed if row.name != target})


_STORED: Mapping[Facet, tuple[InstrumentedAttribute[list[str]], ...]] = {
    Facet.SECTOR: (
        Event.sectors,
        Enterprise.sectors,
        Subscription.sectors,
        FeedSource.default_sectors,
    ),
    Facet.REGION: (
        Event.regions,
        Enterprise.regions,
        Subscription.regions,
        FeedSource.default_regions,
    ),
    Facet.TOPIC: (Event.topics, Subscription.topics, FeedSource.default_topics),
}


async def fold(db: AsyncSession, facet: Facet, renamed: Mapping[str, str]) -> None:
    """Rewrite stored values of a facet (``old`` to ``new``), re-deriving the sessions whose
    postings changed. A rare coordinator's act: each old value is found by its JSON text."""
    if not renamed:
        return
    touched: set[int] = set()
    for column in _STORED[facet]:
        model: Any = column.class_
        for old, new in renamed.items():
            found = await db.scalars(select(model).where(_mentions(column, old)))
            for row in found:
                values: list[str] = getattr(row, column.key)
                if old not in values:
                    continue
                setattr(
                    row, column.key, list(dict.fromkeys(new if v == old else v for v in values))
                )
                if isinstance(row, Event):
                    touched.add(row.session_id)
    await sessions.refresh(db, touched)


def _mentions(column: InstrumentedAttribute[list[str]], value: str) -> Any:
    """Rows whose stored JSON list may hold ``value`` (checked exactly afterwards)."""
    text = json.dumps(value)
    pattern = "%" + text.replace("#", "##").replace("%", "#%").replace("_", "#_") + "%"
    return cast(column, Text).like(pattern, escape="#")
