"""What a write transaction changed, in the terms cached answers key on.

Hooks on the writing session note, as rows are flushed, which sessions changed (their own
row, any of their postings, or the registrations and ratings enterprises gave them, which
a session shows as its seats left and its evaluation) and the days a moved or deleted
session used to touch; a department row names the departments (and, when its slug or name
changed, the names sessions show of their hosts); a complaint or one of its steps names
the complaints. A bulk statement names the sessions it changes with the ``TOUCHES``
execution option; one that does not, on a table windowed answers show, is taken to
change everything. At commit, ``record`` raises the stamp of every changed session, takes
the next data version, and writes for each day those sessions touch (before and after)
and each named part that it changed at that version.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, TextClause, event, update
from sqlalchemy import inspect as orm_inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import ORMExecuteState, Session, UOWTransaction
from sqlalchemy.orm.attributes import get_history

from services.core import models
from services.core.versions import (
    COMPLAINTS,
    DEPARTMENT_NAMES,
    DEPARTMENTS,
    EVERYTHING,
    days_touched,
    keys_of,
)

TOUCHES = "civical_touches"  # execution option: the ids of the sessions a bulk statement changes
_OWN = "civical_bookkeeping"  # execution option on this module's own statements
_PENDING = "civical.pending_bumps"
_CHUNK = 500

# Tables no calendar page, feed, overlap or report shows: a change to them retires only
# answers keyed on the data version. session_tags are written only with their session;
# webhooks and their outbox are shown only to their owners, by answers kept per caller.
_UNSHOWN_IN_WINDOWS = frozenset(
    {
        "keep_apart",
        "duplicate_candidates",
        "enterprises",
        "subscriptions",
        "feed_sources",
        "series",
        "retired_tokens",
        "secrets",
        "data_version",
        "read_versions",
        "session_tags",
        "webhooks",
        "notifications",
        "webhook_deliveries",
    }
)
_COMPLAINT_TABLES = frozenset({"complaints", "complaint_transitions"})
_OF_A_SESSION = (models.Event, models.Registration, models.Evaluation)
_PartOfASession = models.Event | models.Registration | models.Evaluation
_SESSIONS = cast(Table, models.Session.__table__)
_VERSION = cast(Table, models.DataVersion.__table__)
_READ_VERSIONS = cast(Table, models.ReadVersion.__table__)


@dataclass
class _Pending:
    sessions: set[int] = field(default_factory=set)
    days: set[int] = field(default_factory=set)
    names: set[str] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Written:
    """A committed write: its data version and every key it changed (all at that version)."""

    version: int
    keys: tuple[str, ...]


def _pending(session: Session) -> _Pending:
    found: _Pending = session.info.setdefault(_PENDING, _Pending())
    return found


def _before(row: object, name: str) -> Any:
    """An attribute's value as the transaction found it (before this flush changed it).

    Read through ``get_history``: ``inspect(row).attrs`` builds a state for every attribute,
    which a rematch flushing a hundred thousand rows pays for on each."""
    history = get_history(row, name)
    return history.deleted[0] if history.deleted else getattr(row, name)


def _note_session(pending: _Pending, row: models.Session, *, new: bool, deleted: bool) -> None:
    if not new:
        span: tuple[datetime, datetime] = (_before(row, "start"), _before(row, "end"))
        if deleted or span != (row.start, row.end):
            pending.days.update(days_touched(*span))
    if not deleted:
        pending.sessions.add(row.id)


def _note_of_a_session(
    pending: _Pending, row: _PartOfASession, *, new: bool, deleted: bool
) -> None:
    """A posting, seats or a rating changes what its session shows (moved to another: both)."""
    if not new:
        pending.sessions.add(_before(row, "session_id"))
    if not deleted:
        pending.sessions.add(row.session_id)


def _note_department(pending: _Pending, row: models.Department, *, new: bool) -> None:
    """Any change changes the list of departments; only a changed slug or name (or a
    department gone) changes what sessions show of their hosts."""
    pending.names.add(DEPARTMENTS)
    if not new and any(get_history(row, name).deleted for name in ("slug", "name")):
        pending.names.add(DEPARTMENT_NAMES)


def _note(pending: _Pending, row: object, *, new: bool = False, deleted: bool = False) -> None:
    if isinstance(row, models.Session):
        _note_session(pending, row, new=new, deleted=deleted)
    elif isinstance(row, _OF_A_SESSION):
        _note_of_a_session(pending, row, new=new, deleted=deleted)
    elif isinstance(row, models.Department) and not deleted:
        _note_department(pending, row, new=new)
    else:
        _note_table(pending, orm_inspect(row).mapper.local_table.name)


def _note_table(pending: _Pending, table: str) -> None:
    """A change to a table, rows unknown."""
    if table == "departments":
        pending.names.update((DEPARTMENTS, DEPARTMENT_NAMES))
    elif table in _COMPLAINT_TABLES:
        pending.names.add(COMPLAINTS)
    elif table not in _UNSHOWN_IN_WINDOWS:
        pending.names.add(EVERYTHING)


def _after_flush(session: Session, _flush: UOWTransaction) -> None:
    pending = _pending(session)
    for row in session.new:
        _note(pending, row, new=True)
    for row in session.dirty:
        if session.is_modified(row):
            _note(pending, row)
    for row in session.deleted:
        _note(pending, row, deleted=True)


def _on_execute(state: ORMExecuteState) -> None:
    if state.execution_options.get(_OWN):
        return
    statement = state.statement
    pending = _pending(state.session)
    if isinstance(statement, TextClause):
        if not statement.text.lstrip().upper().startswith("SELECT"):
            pending.names.add(EVERYTHING)  # raw SQL that writes: nothing says what
        return
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    touched: Iterable[int] | None = state.execution_options.get(TOUCHES)
    if touched is not None:
        pending.sessions.update(touched)
        return
    _note_table(pending, statement.table.name)  # type: ignore[attr-defined]


def note_days(db: AsyncSession, start: datetime, end: datetime) -> None:
    """Days a session written by a bulk statement used to touch: ``TOUCHES`` names the
    session, whose days are read at commit, when it no longer spans these."""
    _pending(db.sync_session).days.update(days_touched(start, end))


class WritingSession(Session):
    """The ORM session of write transactions: it notes what each flush and statement changes."""


event.listen(WritingSession, "after_flush", _after_flush)
event.listen(WritingSession, "do_orm_execute", _on_execute)


async def record(db: AsyncSession) -> Written:
    """Stamp the changed sessions, take the next data version and write what changed at it.

    Sessions are stamped before the data version's row is locked, and read_versions after:
    a writer holding that lock then never waits for a row another writer holds while
    waiting for the lock in turn.
    """
    await db.flush()
    pending: _Pending = db.sync_session.info.pop(_PENDING, _Pending())
    own = {_OWN: True}
    days = set(pending.days)
    ids = sorted(pending.sessions)
    for offset in range(0, len(ids), _CHUNK):
        spans = await db.execute(
            update(_SESSIONS)
            .where(_SESSIONS.c.id.in_(ids[offset : offset + _CHUNK]))
            .values(stamp=_SESSIONS.c.stamp + 1)
            .returning(_SESSIONS.c.start, _SESSIONS.c.end),
            execution_options=own,
        )
        for start, end in spans:
            days.update(days_touched(start, end))
    version: int = (
        await db.execute(
            update(_VERSION).values(version=_VERSION.c.version + 1).returning(_VERSION.c.version),
            execution_options=own,
        )
    ).scalar_one()
    keys = keys_of(days, pending.names)
    upsert = postgresql.insert if db.get_bind().dialect.name == "postgresql" else sqlite.insert
    for offset in range(0, len(keys), _CHUNK):
        rows = [{"key": key, "changed_at": version} for key in keys[offset : offset + _CHUNK]]
        statement = upsert(_READ_VERSIONS).values(rows)
        await db.execute(
            statement.on_conflict_do_update(
                index_elements=[_READ_VERSIONS.c.key],
                set_={"changed_at": statement.excluded.changed_at},
            ),
            execution_options=own,
        )
    return Written(version, tuple(keys))
