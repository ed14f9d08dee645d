"""What departments send to co-host: one ``input`` per mutation, named after it."""

from __future__ import annotations

import strawberry

from services.cohosting.joins import Extras


@strawberry.input(
    description="Join a session as a co-host, with a posting of the department's own."
)
class JoinSessionInput:
    session_id: strawberry.ID = strawberry.field(description="The session to co-host.")
    external_id: str | None = strawberry.field(
        default=None,
        description="The department's own id for its posting. Its twin's externalId moves the twin in (its own session is retired); the same externalId again changes nothing.",
    )
    note: str | None = strawberry.field(
        default=None,
        description="What the department adds, kept as its posting's description (at most 10,000 characters).",
    )
    capacity: int | None = strawberry.field(
        default=None, description="Seats this department offers."
    )
    registration_url: str | None = strawberry.field(
        default=None, description="Where to register with this department (http or https)."
    )
    department: str | None = strawberry.field(
        default=None, description="Slug of the joining department: required of the coordinator."
    )

    def extras(self) -> Extras:
        return Extras(self.note, self.capacity, self.registration_url)


@strawberry.input(description="Invite a department to co-host a session the caller hosts.")
class InviteCoHostInput:
    session_id: strawberry.ID = strawberry.field(description="A session the caller hosts.")
    department: str = strawberry.field(description="Slug of the department invited.")
    message: str | None = strawberry.field(
        default=None, description="A word to the invited department (at most 1,000 characters)."
    )


@strawberry.input(description="Accept or decline an invitation to the caller's department.")
class RespondToInvitationInput:
    invitation_id: strawberry.ID = strawberry.field(description="The invitation.")
    accept: bool = strawberry.field(description="true to co-host, false to decline.")
    external_id: str | None = strawberry.field(
        default=None,
        description="When accepting: the department's own id for its posting (its twin's moves it in).",
    )
    capacity: int | None = strawberry.field(
        default=None, description="When accepting: seats this department offers."
    )
    registration_url: str | None = strawberry.field(
        default=None, description="When accepting: where to register with this department."
    )

    def extras(self) -> Extras:
        return Extras(None, self.capacity, self.registration_url)


@strawberry.input(description="Take back an invitation the caller's department sent.")
class WithdrawInvitationInput:
    invitation_id: strawberry.ID = strawberry.field(description="A pending invitation.")


@strawberry.input(description="Take one of the caller's postings out of the session it shares.")
class LeaveSessionInput:
    event_id: strawberry.ID = strawberry.field(description="The department's posting.")
