"""The closed lists of notifications: what happened, how it is sent, where a delivery stands."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class WebhookEvent(StrEnum):
    INVITATION = "INVITATION"  # a host invited your department to co-host, or withdrew it
    INVITATION_ANSWERED = "INVITATION_ANSWERED"  # your invitation was accepted or declined
    MERGED = "MERGED"  # your posting now shares a session with another department's
    CONFLICT = "CONFLICT"  # another department's new posting runs at the same time as yours
    # a session your enterprise registered for moved, was cancelled, came back or merged
    REGISTERED_SESSION_CHANGED = "REGISTERED_SESSION_CHANGED"


class WebhookFormat(StrEnum):
    GENERIC = "GENERIC"  # JSON, signed with HMAC-SHA256
    WECOM = "WECOM"  # a WeCom (企业微信) group robot
    DINGTALK = "DINGTALK"  # a DingTalk (钉钉) group robot


class DeliveryStatus(StrEnum):
    PENDING = "PENDING"
    DELIVERED = "DELIVERED"
    FAILED = "FAILED"


class RecipientKind(StrEnum):
    DEPARTMENT = "DEPARTMENT"
    ENTERPRISE = "ENTERPRISE"


TOLD_OF = {  # what each kind of recipient can be told of
    RecipientKind.DEPARTMENT: frozenset(
        {
            WebhookEvent.INVITATION,
            WebhookEvent.INVITATION_ANSWERED,
            WebhookEvent.MERGED,
            WebhookEvent.CONFLICT,
        }
    ),
    RecipientKind.ENTERPRISE: frozenset({WebhookEvent.REGISTERED_SESSION_CHANGED}),
}


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who a notification is for: a department or an enterprise, by its key."""

    kind: RecipientKind
    key: int

    @classmethod
    def department(cls, key: int) -> Recipient:
        return cls(RecipientKind.DEPARTMENT, key)

    @classmethod
    def enterprise(cls, key: int) -> Recipient:
        return cls(RecipientKind.ENTERPRISE, key)
