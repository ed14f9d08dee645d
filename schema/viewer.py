"""``me``: the caller, as its bearer token identifies it."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from schema.context import Context
from schema.enums import Role
from schema.postings.types import Department
from services.postings import departments


@strawberry.type(description="The caller, as its bearer token identifies it.")
class Viewer:
    role: Role = strawberry.field(description="What kind of caller it is.")
    department: Department | None = strawberry.field(
        description="The department, for a department's token."
    )


@strawberry.type
class ViewerQueries:
    @strawberry.field(description="The caller, as its bearer token identifies it.")
    async def me(self, info: Info[Context, None]) -> Viewer:
        principal = info.context.principal
        department = None
        if principal.department_id is not None:
            async with info.context.database.reading() as db:
                found = await departments.department(db, principal.department_id)
            department = Department.of(found) if found else None
        return Viewer(role=principal.role, department=department)
