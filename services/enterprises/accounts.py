"""Enterprises' accounts: anyone may register one, and its token is shown once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from services.core.auth import (
    Principal,
    Role,
    TokenOwner,
    digest,
    new_token,
    replace_token,
    require_owner,
)
from services.core.clock import now
from services.core.errors import DomainError, ErrorCode, Message
from services.core.models import Enterprise
from services.core.validation import MAX_AUDIENCE_VALUES, Collector


@dataclass(frozen=True, slots=True)
class EnterpriseView:
    key: int
    name: str
    sectors: tuple[str, ...]
    regions: tuple[str, ...]

    @classmethod
    def of(cls, row: Enterprise) -> EnterpriseView:
        return cls(
            key=row.id, name=row.name, sectors=tuple(row.sectors), regions=tuple(row.regions)
        )


async def create_enterprise(
    db: AsyncSession,
    principal: Principal,
    *,
    name: str,
    sectors: Sequence[str],
    regions: Sequence[str],
) -> tuple[EnterpriseView, str]:
    """Anyone may register an enterprise (enterprises do not log in elsewhere); its token shows once."""
    check = Collector(("input",))
    clean_name = check.line("name", name, 200, required=True)
    clean_sectors = check.tags("sectors", sectors, MAX_AUDIENCE_VALUES)
    clean_regions = check.tags("regions", regions, MAX_AUDIENCE_VALUES)
    check.raise_if_any()
    if principal.role is Role.ENTERPRISE:
        raise DomainError.single(
            ErrorCode.FORBIDDEN,
            Message("An enterprise cannot register another one.", "企业不能再注册其他企业。"),
        )
    token = new_token()
    enterprise = Enterprise(
        name=clean_name or "",
        sectors=clean_sectors,
        regions=clean_regions,
        token_hash=digest(token),
        created_at=now(),
    )
    db.add(enterprise)
    await db.flush()
    return EnterpriseView.of(enterprise), token


async def rotate_token(
    db: AsyncSession, principal: Principal, enterprise_id: int | None
) -> tuple[EnterpriseView, str]:
    """A new token for an enterprise (its own, or any the coordinator names); the old one stops at once."""
    wanted = enterprise_id if enterprise_id is not None else principal.enterprise_id
    enterprise = await db.get(Enterprise, wanted) if wanted is not None else None
    require_owner(
        principal,
        enterprise.id if enterprise else None,
        owner_role=Role.ENTERPRISE,
        what=Message("enterprise", "企业"),
    )
    assert enterprise is not None
    token = replace_token(db, TokenOwner.ENTERPRISE, enterprise)
    return EnterpriseView.of(enterprise), token
