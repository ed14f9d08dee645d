"""Who may see what of taking part: an enterprise its own, a session's hosts and the
coordinator what enterprises gave that session."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.core.auth import Principal, Role
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Event, Session

SESSION_FIELD = ("input", "sessionId")


def enterprise_of(principal: Principal) -> int:
    """The calling enterprise; anyone else is told this needs an enterprise token."""
    if principal.enterprise_id is None:
        raise DomainError.single(
            ErrorCode.UNAUTHENTICATED,
            Message("This needs an enterprise token.", "此操作需要企业令牌。"),
        )
    return principal.enterprise_id


def no_session(field: tuple[str, ...] = SESSION_FIELD) -> DomainError:
    return DomainError.single(
        ErrorCode.NOT_FOUND, Message("No such session.", "没有这个活动。"), field
    )


async def session_of(
    db: AsyncSession, session_id: int, field: tuple[str, ...] = SESSION_FIELD
) -> Session:
    session = await db.get(Session, session_id)
    if session is None:
        raise no_session(field)
    return session


async def hosts(db: AsyncSession, principal: Principal, session_id: int) -> bool:
    """Whether the calling department posted to this session."""
    if principal.department_id is None:
        return False
    found = await db.scalar(
        select(Event.id)
        .where(Event.session_id == session_id, Event.department_id == principal.department_id)
        .limit(1)
    )
    return found is not None


async def require_host(
    db: AsyncSession, principal: Principal, session_id: int, field: tuple[str, ...]
) -> Session:
    """The session, for its hosts and the coordinator; others are refused."""
    if principal.role is Role.ANONYMOUS:
        raise DomainError.single(
            ErrorCode.UNAUTHENTICATED,
            Message(
                "Sign in as one of the session's hosts, or as the coordinator.",
                "请以该活动的主办部门或协调员身份登录。",
            ),
        )
    session = await session_of(db, session_id, field)
    if principal.role is not Role.COORDINATOR and not await hosts(db, principal, session.id):
        raise DomainError.single(
            ErrorCode.FORBIDDEN,
            Message(
                "Only the session's hosts and the coordinator see this.",
                "只有该活动的主办部门和协调员可以查看。",
            ),
            field,
        )
    return session
