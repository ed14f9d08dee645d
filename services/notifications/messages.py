"""What each event says: a sentence in Chinese and English, and the facts a program reads.

Sessions and departments appear as the API shows them (global ids, uid, title, local
times, names), so a receiver can act on a notification through GraphQL at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.calendar.views import SessionView
from services.core import ids
from services.core.errors import Message
from services.core.models import Department, Invitation, Session
from services.notifications.kinds import Recipient, RecipientKind, WebhookEvent
from services.notifications.outbox import anyone_listens, notify


@dataclass(frozen=True, slots=True)
class Host:
    key: int
    slug: str
    name: str

    def facts(self) -> dict[str, object]:
        return {"id": ids.encode("Department", self.key), "slug": self.slug, "name": self.name}


@dataclass(frozen=True, slots=True)
class SessionFacts:
    """A session as a notification names it."""

    key: int
    uid: str
    title: str
    start: datetime
    end: datetime
    timezone: str
    location: str | None
    hosts: tuple[Host, ...]

    @property
    def when(self) -> str:
        """ "2027-03-05 09:30–11:30" in the session's own zone."""
        zone = ZoneInfo(self.timezone)
        start, end = self.start.astimezone(zone), self.end.astimezone(zone)
        until = end.strftime("%H:%M") if end.date() == start.date() else f"{end:%Y-%m-%d %H:%M}"
        return f"{start:%Y-%m-%d %H:%M}–{until}"

    def facts(self) -> dict[str, object]:
        zone = ZoneInfo(self.timezone)
        return {
            "id": ids.encode("Session", self.key),
            "uid": self.uid,
            "title": self.title,
            "start": self.start.astimezone(zone).isoformat(),
            "end": self.end.astimezone(zone).isoformat(),
            "location": self.location,
            "hosts": [host.facts() for host in self.hosts],
        }


def view_facts(view: SessionView) -> SessionFacts:
    return SessionFacts(
        key=view.key,
        uid=view.uid,
        title=view.title,
        start=view.start,
        end=view.end,
        timezone=view.timezone,
        location=view.location,
        hosts=tuple(Host(host.key, host.slug, host.name) for host in view.hosts),
    )


async def hosts_by_slug(db: AsyncSession, slugs: Iterable[str]) -> tuple[Host, ...]:
    wanted = list(dict.fromkeys(slugs))
    rows = {
        row.slug: row
        for row in await db.scalars(select(Department).where(Department.slug.in_(wanted)))
    }
    return tuple(Host(rows[slug].id, slug, rows[slug].name) for slug in wanted if slug in rows)


async def session_facts(db: AsyncSession, session: Session) -> SessionFacts:
    return SessionFacts(
        key=session.id,
        uid=session.uid,
        title=session.title,
        start=session.start,
        end=session.end,
        timezone=session.timezone,
        location=session.location,
        hosts=await hosts_by_slug(db, session.hosts),
    )


async def host(db: AsyncSession, department_id: int) -> Host:
    row = await db.get(Department, department_id)
    assert row is not None
    return Host(row.id, row.slug, row.name)


def _names(hosts: Iterable[Host], separator: str) -> str:
    return separator.join(host.name for host in hosts)


async def invitation(db: AsyncSession, row: Invitation, session: Session) -> None:
    """To the invited department: an invitation, or its withdrawal."""
    sender, invited = await host(db, row.from_department_id), await host(db, row.to_department_id)
    facts = await session_facts(db, session)
    title = facts.title
    if row.status == "WITHDRAWN":
        summary = Message(
            f"{sender.name} withdrew its invitation to co-host “{title}” ({facts.when}).",
            f"{sender.name}撤回了共同主办“{title}”（{facts.when}）的邀请。",
        )
    else:
        summary = Message(
            f"{sender.name} invites {invited.name} to co-host “{title}” ({facts.when}) "
            "instead of running a session of its own.",
            f"{sender.name}邀请{invited.name}共同主办“{title}”（{facts.when}），无需另行举办。",
        )
    await notify(
        db,
        Recipient.department(invited.key),
        WebhookEvent.INVITATION,
        summary,
        {"invitation": _invitation_facts(row, sender, invited, facts)},
        once=f"invitation:{row.id}:{row.status}",
    )


async def invitation_answered(db: AsyncSession, row: Invitation, session: Session) -> None:
    """To the inviting department: the invited one accepted or declined."""
    sender, invited = await host(db, row.from_department_id), await host(db, row.to_department_id)
    facts = await session_facts(db, session)
    if row.status == "ACCEPTED":
        summary = Message(
            f"{invited.name} accepted: it co-hosts “{facts.title}” ({facts.when}).",
            f"{invited.name}已接受邀请，共同主办“{facts.title}”（{facts.when}）。",
        )
    else:
        summary = Message(
            f"{invited.name} declined to co-host “{facts.title}” ({facts.when}).",
            f"{invited.name}谢绝了共同主办“{facts.title}”（{facts.when}）的邀请。",
        )
    await notify(
        db,
        Recipient.department(sender.key),
        WebhookEvent.INVITATION_ANSWERED,
        summary,
        {"invitation": _invitation_facts(row, sender, invited, facts)},
        once=f"answer:{row.id}",
    )


def _invitation_facts(
    row: Invitation, sender: Host, invited: Host, session: SessionFacts
) -> dict[str, object]:
    return {
        "id": ids.encode("Invitation", row.id),
        "status": row.status,
        "message": row.message,
        "from": sender.facts(),
        "to": invited.facts(),
        "session": session.facts(),
    }


async def merged(db: AsyncSession, session: Session, joined: Sequence[str]) -> None:
    """To every host: its posting now shares this session with the departments that joined."""
    if not await anyone_listens(db, RecipientKind.DEPARTMENT, WebhookEvent.MERGED):
        return
    facts = await session_facts(db, session)
    newcomers = [host for host in facts.hosts if host.slug in joined]
    everyone = ",".join(sorted(host.slug for host in facts.hosts))
    for host in facts.hosts:
        others = [other for other in facts.hosts if other.key != host.key]
        summary = Message(
            f"“{facts.title}” ({facts.when}) is now one session of {_names(facts.hosts, ', ')}: "
            f"{host.name} co-hosts it with {_names(others, ', ')}.",
            f"“{facts.title}”（{facts.when}）已合并为{_names(facts.hosts, '、')}共同主办的一场活动，"
            f"{host.name}与{_names(others, '、')}共同主办。",
        )
        await notify(
            db,
            Recipient.department(host.key),
            WebhookEvent.MERGED,
            summary,
            {"session": facts.facts(), "joined": [newcomer.facts() for newcomer in newcomers]},
            once=f"merged:{session.id}:{everyone}",
        )


async def conflict(
    db: AsyncSession, posted: SessionFacts, poster: Host, other: SessionFacts
) -> None:
    """To the hosts of ``other``: a department's posting, now in ``posted``, runs at the same
    time for enterprises both address (the poster's own department is not told)."""
    low, high = sorted((posted.key, other.key))
    for host in other.hosts:
        if host.key == poster.key:
            continue
        summary = Message(
            f"{poster.name} posted “{posted.title}” ({posted.when}), at the same time as "
            f"your “{other.title}” ({other.when}) for the same enterprises.",
            f"{poster.name}发布的“{posted.title}”（{posted.when}）与贵部门面向同一批企业的"
            f"“{other.title}”（{other.when}）时间冲突。",
        )
        await notify(
            db,
            Recipient.department(host.key),
            WebhookEvent.CONFLICT,
            summary,
            {"session": other.facts(), "conflictsWith": posted.facts(), "by": poster.facts()},
            once=f"conflict:{low}:{high}",
        )
