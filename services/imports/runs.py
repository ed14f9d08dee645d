"""Importing a feed source: fetch, parse, post each event as the department, cancel what vanished.

Imported events are ordinary postings (keyed by source and the event's UID, plus
RECURRENCE-ID for occurrences), so they are matched, merged and published like any
other. A fetch that fails, parses to nothing, or suddenly loses more than half of a
source's events cancels nothing: the source is marked SUSPECT and only a second fetch
showing the same events confirms the removals.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.sessions import CONFIRMED
from services.core.auth import Principal, Role
from services.core.clock import now
from services.core.db import Database
from services.core.errors import DomainError, ErrorCode, Language, Message
from services.core.metrics import IMPORT_RUNS
from services.core.models import Event, FeedSource
from services.core.validation import (
    MAX_EXTERNAL_ID,
    MAX_TOPICS,
    Canons,
    RawEvent,
    validate_event,
)
from services.imports import Allowlist, FetchError, ImportedEvent, fetch, parse_calendar, sources
from services.postings import events, post
from services.vocabularies.checks import canons

log = logging.getLogger("civical.import")

PAST = timedelta(days=30)
AHEAD = timedelta(days=365)
SHRINK = 0.5
LEASE = timedelta(minutes=10)


@dataclass
class ImportReport:
    source_id: int
    status: str
    fetched: bool = False
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    cancelled: int = 0
    problems: list[dict[str, str | None]] = field(default_factory=list)
    error: Message | None = None

    def text(self, language: Language) -> str:
        if self.error:
            return f"source {self.source_id}: {self.status}: {self.error.text(language)}"
        counts = Message(
            f"{self.created} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.cancelled} cancelled, {len(self.problems)} problems",
            f"新增 {self.created}，更新 {self.updated}，未变 {self.unchanged}，"
            f"取消 {self.cancelled}，问题 {len(self.problems)} 个",
        )
        return f"source {self.source_id}: {self.status}: {counts.text(language)}"


def stored_problem(key: str | None, message: Message) -> dict[str, str | None]:
    """An import problem as a feed source keeps it, in both languages."""
    return {"key": key, "message": message.en, "message_zh": message.zh}


def external_id(source_id: int, key: str) -> str:
    """Stable per source and event; long UIDs are digested to fit."""
    candidate = f"ics:{source_id}:{key}"
    if len(candidate) <= MAX_EXTERNAL_ID:
        return candidate
    return f"ics:{source_id}:sha256:{hashlib.sha256(key.encode()).hexdigest()}"


def _raw(source: FeedSource, event: ImportedEvent) -> RawEvent:
    return RawEvent(
        kind=source.default_kind,
        title=event.title,
        description=event.description,
        start=event.start,
        end=event.end,
        timezone=event.timezone,
        location=event.location,
        online_url=None,
        topics=list(dict.fromkeys([*source.default_topics, *event.categories]))[:MAX_TOPICS],
        sectors=source.default_sectors,
        regions=source.default_regions,
        capacity=None,
        registration_url=event.url,
    )


class SourceImport:
    """One run over one source; every event in its own transaction, as a department's post would be."""

    def __init__(self, database: Database, source: FeedSource, report: ImportReport) -> None:
        self.database = database
        self.source = source
        self.report = report
        self.principal = Principal(Role.DEPARTMENT, source.department_id)
        self.canons = Canons()  # the vocabularies' canons, read when the run posts

    async def post(self, events: Sequence[ImportedEvent]) -> set[str]:
        async with self.database.reading() as db:
            _, self.canons = await canons(db)
            stored = {
                event.external_id: event
                for event in await db.scalars(
                    select(Event).where(Event.source_id == self.source.id)
                )
            }
        seen: set[str] = set()
        for event in events:
            key = external_id(self.source.id, event.key)
            seen.add(key)
            try:
                await self._post_one(event, key, stored.get(key))
            except DomainError as error:
                self.report.problems += [
                    stored_problem(event.key, problem.message) for problem in error.problems
                ]
        return seen

    async def _post_one(self, event: ImportedEvent, key: str, stored: Event | None) -> None:
        fields = validate_event(_raw(self.source, event), canons=self.canons)
        wanted_status = "CANCELLED" if event.cancelled else CONFIRMED
        if (
            stored is not None
            and stored.status == wanted_status
            and not events.differs(stored, fields)
        ):
            self.report.unchanged += 1
            return

        async def work(db: AsyncSession) -> None:
            posted = await events.post_event(
                db,
                self.principal,
                _raw(self.source, event),
                external_id=key,
                source_id=self.source.id,
            )
            if event.cancelled:
                await events.cancel_event(db, self.principal, posted.event.id)
            await post.announce_placed(
                db,
                posted.event,
                post.IMPORTED,
                merged=posted.merged,
                with_overlaps=not event.cancelled,
            )

        await self.database.transact(work)
        if stored is None:
            self.report.created += 1
        else:
            self.report.updated += 1

    async def cancel_missing(self, seen: set[str], window: tuple[datetime, datetime]) -> None:
        """Cancel events gone from the feed, unless the feed shrank suspiciously (then wait for a confirming fetch)."""
        async with self.database.reading() as db:
            active = (
                await db.execute(
                    select(Event.id, Event.external_id).where(
                        Event.source_id == self.source.id,
                        Event.status == CONFIRMED,
                        Event.start.between(*window),
                    )
                )
            ).all()
        missing = [event_id for event_id, key in active if key not in seen]
        if not missing:
            self.source.pending_removal = None
            return
        digest = hashlib.sha256("\n".join(sorted(seen)).encode()).hexdigest()
        suspicious = len(missing) > 1 and len(missing) > SHRINK * len(active)
        if suspicious and self.source.pending_removal != digest:
            self.source.pending_removal = digest
            self.report.status = sources.SUSPECT
            self.report.error = Message(
                f"The feed lost {len(missing)} of {len(active)} upcoming events; they will be "
                "cancelled only if the next fetch shows the same.",
                f"日历少了 {len(active)} 个未来活动中的 {len(missing)} 个；"
                "只有下次抓取结果相同，才会取消它们。",
            )
            return
        for event_id in missing:

            async def cancel(db: AsyncSession, event_id: int = event_id) -> None:
                await post.cancel(db, self.principal, event_id, expected_sequence=None)

            await self.database.transact(cancel)
        self.report.cancelled = len(missing)
        self.source.pending_removal = None


async def import_source(database: Database, source_id: int, allowlist: Allowlist) -> ImportReport:
    """Fetch and import one source now, and record the outcome on it."""
    async with database.reading() as db:
        source = await db.get(FeedSource, source_id)
    if source is None:
        return ImportReport(
            source_id, "GONE", error=Message("No such feed source.", "没有这个日历源。")
        )
    report = ImportReport(source_id, sources.OK)
    moment = now()
    window = (moment - PAST, moment + AHEAD)
    try:
        fetched = await fetch(
            source.url,
            etag=None if source.pending_removal else source.etag,
            last_modified=None if source.pending_removal else source.last_modified_header,
            allowlist=allowlist,
        )
    except FetchError as error:
        report.status, report.error = sources.ERROR, error.message
        await _record(database, source, report, failed=True)
        IMPORT_RUNS.labels(report.status).inc()
        raise
    if not fetched.not_modified:
        report.fetched = True
        parsed = await asyncio.to_thread(
            parse_calendar, fetched.body, horizon_start=window[0], horizon_end=window[1]
        )
        report.problems = [
            stored_problem(problem.key, problem.message) for problem in parsed.problems
        ]
        if not parsed.readable:
            report.status, report.error = (
                sources.ERROR,
                Message(
                    "The feed could not be read; nothing was changed.",
                    "日历无法读取，未做任何改动。",
                ),
            )
        else:
            run = SourceImport(database, source, report)
            await run.cancel_missing(await run.post(parsed.events), window)
        source.etag, source.last_modified_header = fetched.etag, fetched.last_modified
    await _record(database, source, report, failed=report.status == sources.ERROR)
    IMPORT_RUNS.labels(report.status).inc()
    return report


async def _record(
    database: Database, source: FeedSource, report: ImportReport, *, failed: bool
) -> None:
    failures = source.failures + 1 if failed else 0
    moment = now()
    values: dict[str, object] = {
        "status": report.status,
        "last_error": report.error.en if report.error else None,
        "last_error_zh": report.error.zh if report.error else None,
        "failures": failures,
        "last_fetched_at": moment,
        "next_fetch_at": moment + (sources.backoff(failures) if failed else sources.INTERVAL),
        "pending_removal": source.pending_removal,
        "etag": source.etag,
        "last_modified_header": source.last_modified_header,
    }
    if report.fetched:
        values["problems"] = report.problems
        async with database.reading() as db:
            values["event_count"] = await _count(db, source.id)
    async with database.writing() as db:
        await db.execute(update(FeedSource).where(FeedSource.id == source.id).values(**values))


async def _count(db: AsyncSession, source_id: int) -> int:
    rows = await db.scalars(
        select(Event.id).where(Event.source_id == source_id, Event.status == CONFIRMED)
    )
    return len(rows.all())


async def claim_due(database: Database) -> list[int]:
    """Sources due for a fetch, each claimed with a lease so concurrent pollers skip it."""
    moment = now()
    async with database.writing(bump_version=False) as db:
        due = (
            await db.scalars(select(FeedSource.id).where(FeedSource.next_fetch_at <= moment))
        ).all()
        claimed = []
        for source_id in due:
            result = await db.execute(
                update(FeedSource)
                .where(FeedSource.id == source_id, FeedSource.next_fetch_at <= moment)
                .values(next_fetch_at=moment + LEASE)
            )
            if result.rowcount:  # type: ignore[attr-defined]
                claimed.append(source_id)
    return claimed


async def import_due(database: Database, allowlist: Allowlist) -> list[ImportReport]:
    """Import every source that is due; one broken source never stops the others."""
    reports = []
    for source_id in await claim_due(database):
        try:
            reports.append(await import_source(database, source_id, allowlist))
        except FetchError as error:
            log.warning("source %s: %s", source_id, error)
        except Exception:
            log.exception("source %s: import failed", source_id)
    return reports


REFUSED_FETCHES = ("FORBIDDEN_ADDRESS", "UNSAFE_URL")


async def add_and_import(
    database: Database,
    principal: Principal,
    allowlist: Allowlist,
    *,
    url: str,
    kind: str,
    topics: Sequence[str],
    sectors: Sequence[str],
    regions: Sequence[str],
    department: str | None,
) -> sources.FeedSourceView:
    """Register a feed source and import it at once.

    Whether a URL is safe shows only when it is fetched (its address, every redirect), so a
    source refused then is forgotten again and the request refused: nothing of it stays.
    Other failures (a timeout, a 500) keep the source, marked ERROR, for the poller to retry.
    """

    async def add(db: AsyncSession) -> int:
        source = await sources.add_source(
            db, principal, url=url, kind=kind, topics=topics, sectors=sectors,
            regions=regions, department=department,
        )  # fmt: skip
        return source.id

    source_id = await database.transact(add)
    try:
        await import_source(database, source_id, allowlist)
    except FetchError as error:
        if error.code not in REFUSED_FETCHES:
            return await _shown(database, source_id)

        async def forget(db: AsyncSession) -> None:
            await sources.remove_source(db, principal, source_id)

        await database.transact(forget)
        raise DomainError.single(
            ErrorCode.FORBIDDEN_ADDRESS, error.message, ("input", "url")
        ) from error
    return await _shown(database, source_id)


async def refresh(
    database: Database, principal: Principal, allowlist: Allowlist, source_id: int
) -> sources.FeedSourceView:
    """Import one of the caller's sources now; a failed fetch is recorded on the source."""
    async with database.reading() as db:
        await sources.own_source(db, principal, source_id)
    with contextlib.suppress(FetchError):  # recorded on the source, which the caller is shown
        await import_source(database, source_id, allowlist)
    return await _shown(database, source_id)


async def _shown(database: Database, source_id: int) -> sources.FeedSourceView:
    async with database.reading() as db:
        shown = await sources.source_view(db, source_id)
    assert shown is not None
    return shown


async def source_ids(database: Database, only: int | None = None) -> list[int]:
    """Every feed source's id, or just ``only`` (for the import command)."""
    if only is not None:
        return [only]
    async with database.reading() as db:
        return list(await db.scalars(select(FeedSource.id).order_by(FeedSource.id)))
