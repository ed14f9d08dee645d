"""``me``: the caller, as its bearer token identifies it."""

from __future__ import annotations

import strawberry
from strawberry.types import Info

from schema.context import Context
from schema.enterprises import Enterprise
from schema.enums import Role
from schema.postings.types import Department
from services.enterprises import accounts
from services.postings import departments


@strawberry.type(description="The caller, as its bearer token identifies it.")
class Viewer:
    role: Role = strawberry.field(description="What kind of caller it is.")
    department: Department | None = strawberry.field(
        description="The department, for a department's token."
    )
    enterprise: Enterprise | None = strawberry.field(
        description="The enterprise, for an enterprise's token."
    )


@strawberry.type(description="Who is asking.")
class ViewerQueries:
    @strawberry.field(description="The caller, as its bearer token identifies it.")
    async def me(self, info: Info[Context, None]) -> Viewer:
        principal = info.context.principal
        viewer = Viewer(role=principal.role, department=None, enterprise=None)
        async with info.context.database.reading() as db:
            if principal.department_id is not None:
                department = await departments.department(db, principal.department_id)
                viewer.department = Department.of(department) if department else None
            if principal.enterprise_id is not None:
                enterprise = await accounts.enterprise(db, principal.enterprise_id)
                viewer.enterprise = Enterprise.of(enterprise) if enterprise else None
        return viewer
