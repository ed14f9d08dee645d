"""Departments: created by the coordinator, each with its own bearer token."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from services.auth import Principal, digest, new_token
from services.clock import now
from services.errors import DomainError, ErrorCode
from services.models import Department
from services.validation import validate_department


async def create_department(
    db: AsyncSession, principal: Principal, *, slug: str, name: str
) -> tuple[Department, str]:
    """A new department and its token, which is shown this once and stored only as a digest."""
    principal.require_coordinator()
    slug, name = validate_department(slug, name)
    if await db.scalar(select(Department.id).where(Department.slug == slug)) is not None:
        raise DomainError.single(
            ErrorCode.TAKEN, f"A department {slug!r} exists already.", ("input", "slug")
        )
    token = new_token()
    department = Department(slug=slug, name=name, token_hash=digest(token), created_at=now())
    db.add(department)
    await db.flush()
    return department, token


async def list_departments(db: AsyncSession) -> Sequence[Department]:
    return (await db.scalars(select(Department).order_by(Department.slug))).all()


async def departments_by_id(db: AsyncSession, ids: Sequence[int]) -> dict[int, Department]:
    rows = await db.scalars(select(Department).where(Department.id.in_(set(ids))))
    return {department.id: department for department in rows}
