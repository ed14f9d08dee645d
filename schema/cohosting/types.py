"""Co-hosting as GraphQL types, built once from the services' views."""

from __future__ import annotations

from datetime import datetime

import strawberry

from schema import ids
from schema.calendar import Session
from schema.enums import CohostingDecisionKind, InvitationStatus
from schema.pagination import PageInfo
from schema.postings.types import Department, Event
from services.cohosting.invitations import InvitationView
from services.cohosting.record import DecisionView
from services.cohosting.suggestions import Suggestion
from services.core.errors import Language


@strawberry.type(description="Another department's session this posting repeats: join it instead.")
class SuggestedSession:
    session: Session = strawberry.field(description="The session to join with `joinSession`.")
    score: float = strawberry.field(
        description="0 to 1: how alike the subject and how close the date (as `overlaps`)."
    )
    reason: str = strawberry.field(description="Why it repeats this posting, in a sentence.")

    @classmethod
    def of(cls, suggestion: Suggestion, language: Language) -> SuggestedSession:
        return cls(
            session=Session.of(suggestion.session),
            score=round(suggestion.score, 3),
            reason=suggestion.reason.text(language),
        )


@strawberry.type(description="A host's invitation to another department to co-host a session.")
class Invitation:
    id: strawberry.ID = strawberry.field(description="Opaque; pass it to `respondToInvitation`.")
    status: InvitationStatus = strawberry.field(
        description="EXPIRED once the session started unanswered."
    )
    message: str | None = strawberry.field(description="What the inviting host wrote.")
    session: Session = strawberry.field(
        description="The session (the one it was merged into, if it was)."
    )
    from_: Department = strawberry.field(name="from", description="The inviting department.")
    to: Department = strawberry.field(description="The invited department.")
    created_at: datetime = strawberry.field(description="When it was sent (UTC).")
    answered_at: datetime | None = strawberry.field(
        description="When it was accepted, declined or withdrawn (UTC)."
    )

    @classmethod
    def of(cls, view: InvitationView) -> Invitation:
        return cls(
            id=strawberry.ID(ids.encode("Invitation", view.key)),
            status=view.status,
            message=view.message,
            session=Session.of(view.session),
            from_=Department.of(view.sender),
            to=Department.of(view.invited),
            created_at=view.created_at,
            answered_at=view.answered_at,
        )


@strawberry.type(description="A department joining a session, or leaving one, by its own decision.")
class CohostingDecision:
    id: strawberry.ID = strawberry.field(description="Opaque.")
    kind: CohostingDecisionKind = strawberry.field(description="JOINED or LEFT.")
    department: Department = strawberry.field(description="The department that decided.")
    event: Event = strawberry.field(description="Its posting.")
    session: Session = strawberry.field(description="The session joined, or the one left.")
    others: list[Department] = strawberry.field(
        description="The session's other hosts at the time."
    )
    created_at: datetime = strawberry.field(description="When it decided (UTC).")

    @classmethod
    def of(cls, view: DecisionView) -> CohostingDecision:
        return cls(
            id=strawberry.ID(ids.encode("CohostingDecision", view.key)),
            kind=view.kind,
            department=Department.of(view.department),
            event=Event.alone(view.posting),
            session=Session.of(view.session),
            others=[Department.of(other) for other in view.others],
            created_at=view.created_at,
        )


@strawberry.type(description="A decision and where it stands in the list.")
class CohostingDecisionEdge:
    cursor: str = strawberry.field(description="Pass as `after` for the decisions after it.")
    node: CohostingDecision = strawberry.field(description="The decision.")


@strawberry.type(description="A page of co-hosting decisions, by the session's start.")
class CohostingDecisionConnection:
    edges: list[CohostingDecisionEdge] = strawberry.field(description="This page.")
    page_info: PageInfo = strawberry.field(description="Whether more pages follow.")

    @strawberry.field(description="The decisions of `edges`, without cursors.")
    def nodes(self) -> list[CohostingDecision]:
        return [edge.node for edge in self.edges]


@strawberry.type(description="A posting and where it stands in the list.")
class EventEdge:
    cursor: str = strawberry.field(description="Pass as `after` for the events after it.")
    node: Event = strawberry.field(description="The posting; its `session` names its co-hosts.")


@strawberry.type(description="A page of postings in start order.")
class EventConnection:
    edges: list[EventEdge] = strawberry.field(description="This page.")
    page_info: PageInfo = strawberry.field(description="Whether more pages follow.")

    @strawberry.field(description="The postings of `edges`, without cursors.")
    def nodes(self) -> list[Event]:
        return [edge.node for edge in self.edges]
