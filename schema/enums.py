"""Service enums as GraphQL enums: the same classes, registered with strawberry, so values
are never copied by hand; each value gets the description the schema shows."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import TypeVar

import strawberry

from services.cohosting.invitations import InvitationStatus
from services.cohosting.record import CohostingDecisionKind
from services.core.auth import Role
from services.core.errors import ErrorCode
from services.core.kinds import EventKind, Status
from services.core.live import UpdateKind
from services.notifications.kinds import DeliveryStatus, WebhookEvent, WebhookFormat
from services.participation.kinds import (
    ComplaintAction,
    ComplaintCategory,
    ComplaintStatus,
    RegistrationStatus,
)

E = TypeVar("E", bound=Enum)


def graphql_enum(source: type[E], description: str, values: Mapping[E, str]) -> type[E]:
    strawberry.enum(source, description=description)
    for value in source.__strawberry_definition__.values:  # type: ignore[attr-defined]
        value.description = values[source[value.name]]
    return source


graphql_enum(
    EventKind,
    "What an event is for.",
    {
        EventKind.TRAINING: "培训 Training: teaching how to do something.",
        EventKind.PUBLICITY: "政策宣讲 Publicity: making a policy known.",
    },
)
graphql_enum(
    Status,
    "Whether a posting or session still takes place.",
    {Status.CONFIRMED: "It takes place.", Status.CANCELLED: "It was called off."},
)
graphql_enum(
    Role,
    "What kind of caller a bearer token makes.",
    {
        Role.ANONYMOUS: "No token: reads what is public.",
        Role.COORDINATOR: "The county's coordinator.",
        Role.DEPARTMENT: "A department's token.",
        Role.ENTERPRISE: "An enterprise's token.",
    },
)
graphql_enum(
    UpdateKind,
    "What changed on the calendar.",
    {
        UpdateKind.CHANGED: "A session was posted, changed or cancelled.",
        UpdateKind.MERGED: "Postings or sessions became one session.",
        UpdateKind.OVERLAP: "A change left two sessions overlapping.",
    },
)
graphql_enum(
    ErrorCode,
    "Stable machine-readable reason a request was refused.",
    {
        ErrorCode.REQUIRED: "A required field is missing or empty.",
        ErrorCode.INVALID: "A value is not acceptable.",
        ErrorCode.TOO_LONG: "A text is longer than allowed.",
        ErrorCode.TOO_MANY: "A list has more entries than allowed.",
        ErrorCode.INVALID_URL: "Not an http or https URL.",
        ErrorCode.INVALID_TIMEZONE: "Not an IANA time zone.",
        ErrorCode.END_BEFORE_START: "The end is not after the start.",
        ErrorCode.TAKEN: "The name is in use already.",
        ErrorCode.NOT_FOUND: "No such record of the caller's.",
        ErrorCode.FORBIDDEN: "The caller may not do this.",
        ErrorCode.UNAUTHENTICATED: "This needs another kind of token, or a token at all.",
        ErrorCode.STALE_SEQUENCE: "The record changed since the caller read it.",
        ErrorCode.CANCELLED: "The event is cancelled; restore it first.",
        ErrorCode.FORBIDDEN_ADDRESS: "The URL leads to an address that is not public.",
        ErrorCode.INVALID_RECURRENCE: "The recurrence rule cannot be used.",
        ErrorCode.BAD_USER_INPUT: "An argument of a query is out of range.",
        ErrorCode.FULL: "The session has not that many seats left.",
        ErrorCode.CLOSED: "The session takes no registrations: it was cancelled, merged into another or has started.",
        ErrorCode.TOO_EARLY: "The session has not ended yet.",
        ErrorCode.INVALID_TRANSITION: "The complaint's status does not allow this step (now, or any more).",
    },
)
graphql_enum(
    RegistrationStatus,
    "Whether an enterprise holds its seats.",
    {
        RegistrationStatus.REGISTERED: "It holds its seats.",
        RegistrationStatus.CANCELLED: "It gave them back; `register` again brings them back.",
    },
)
graphql_enum(
    ComplaintCategory,
    "What a complaint is about.",
    {
        ComplaintCategory.DUPLICATE_SESSIONS: "重复活动 Called to the same thing more than once.",
        ComplaintCategory.SCHEDULING: "时间安排 Clashes, short notice, inconvenient times.",
        ComplaintCategory.CONTENT: "内容 What was taught or announced.",
        ComplaintCategory.CONDUCT: "作风 How the enterprise was treated.",
        ComplaintCategory.OTHER: "其他 Anything else.",
    },
)
graphql_enum(
    ComplaintStatus,
    "Where a complaint stands: RECEIVED → ASSIGNED → ANSWERED → CLOSED, or REJECTED.",
    {
        ComplaintStatus.RECEIVED: "Filed; the coordinator has yet to assign it.",
        ComplaintStatus.ASSIGNED: "A department must answer it (again, when reopened).",
        ComplaintStatus.ANSWERED: "The department answered; the enterprise may reopen it within 30 days.",
        ComplaintStatus.CLOSED: "The coordinator closed it after its answer.",
        ComplaintStatus.REJECTED: "The coordinator turned it down, with a reason.",
    },
)
graphql_enum(
    ComplaintAction,
    "A step in a complaint's life.",
    {
        ComplaintAction.FILED: "The enterprise filed it.",
        ComplaintAction.ASSIGNED: "The coordinator assigned it to a department.",
        ComplaintAction.ANSWERED: "The assigned department answered.",
        ComplaintAction.REOPENED: "The enterprise reopened it after the answer.",
        ComplaintAction.CLOSED: "The coordinator closed it.",
        ComplaintAction.REJECTED: "The coordinator rejected it.",
    },
)
graphql_enum(
    InvitationStatus,
    "Where an invitation to co-host stands.",
    {
        InvitationStatus.PENDING: "Waiting for the invited department's answer.",
        InvitationStatus.ACCEPTED: "The invited department co-hosts the session.",
        InvitationStatus.DECLINED: "The invited department said no.",
        InvitationStatus.WITHDRAWN: "The inviting department took it back.",
        InvitationStatus.EXPIRED: "Nobody answered before the session started.",
    },
)
graphql_enum(
    CohostingDecisionKind,
    "A department's own decision about a session.",
    {
        CohostingDecisionKind.JOINED: "It joined the session as a co-host.",
        CohostingDecisionKind.LEFT: "It took its posting out of the session; it stays out.",
    },
)
graphql_enum(
    WebhookEvent,
    "What a webhook can be told of: a department of the first four, an enterprise of REGISTERED_SESSION_CHANGED.",
    {
        WebhookEvent.INVITATION: "A host invited your department to co-host (or withdrew it).",
        WebhookEvent.INVITATION_ANSWERED: "Your invitation was accepted or declined.",
        WebhookEvent.MERGED: "Your posting now shares a session with another department's.",
        WebhookEvent.CONFLICT: "Another department's new posting runs at the same time as yours, for the same enterprises.",
        WebhookEvent.REGISTERED_SESSION_CHANGED: "For an enterprise: a session it registered for moved (time or place), was cancelled, takes place again or was merged into another.",
    },
)
graphql_enum(
    WebhookFormat,
    "How a webhook is sent.",
    {
        WebhookFormat.GENERIC: "JSON, signed: X-Civical-Signature is sha256= and the HMAC-SHA256 of the body with the webhook's secret.",
        WebhookFormat.WECOM: "A WeCom (企业微信) group robot's markdown message.",
        WebhookFormat.DINGTALK: "A DingTalk (钉钉) group robot's markdown message.",
    },
)
graphql_enum(
    DeliveryStatus,
    "Where a webhook delivery stands.",
    {
        DeliveryStatus.PENDING: "Not taken yet; tried again with back-off.",
        DeliveryStatus.DELIVERED: "The receiver took it.",
        DeliveryStatus.FAILED: "Given up after 12 attempts over about two hours.",
    },
)

__all__ = [
    "CohostingDecisionKind",
    "ComplaintAction",
    "ComplaintCategory",
    "ComplaintStatus",
    "DeliveryStatus",
    "ErrorCode",
    "EventKind",
    "InvitationStatus",
    "RegistrationStatus",
    "Role",
    "Status",
    "UpdateKind",
    "WebhookEvent",
    "WebhookFormat",
]
