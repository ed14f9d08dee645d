"""Conflicts a posting made: the sessions it runs into, whose hosts are told."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from services import overlaps
from services.calendar.views import SessionView
from services.notifications import messages
from services.notifications.kinds import RecipientKind, WebhookEvent
from services.notifications.outbox import anyone_listens
from services.overlaps.queries import overlaps_of, with_sessions


async def tell(db: AsyncSession, session: SessionView, poster_key: int) -> None:
    """Tell the hosts of every session running at the same time as ``session`` (where a
    department's posting now is) for enterprises both address; each pair is told once.
    Where no department's webhook asked for conflicts, nothing is looked for."""
    if not await anyone_listens(db, RecipientKind.DEPARTMENT, WebhookEvent.CONFLICT):
        return
    found = await overlaps_of(db, session.key, (overlaps.OverlapType.CONFLICT,))
    if not found:
        return
    posted, poster = messages.view_facts(session), await messages.host(db, poster_key)
    for shown in await with_sessions(db, found):
        for view in shown.sessions:
            if view.key != session.key:
                await messages.conflict(db, posted, poster, messages.view_facts(view))
