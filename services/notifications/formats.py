"""What goes over the wire for each webhook format; pure, so every attempt sends the same bytes.

GENERIC is a JSON object (the delivery id, the event, the sentence in both languages and the
facts), signed with the webhook's secret. WECOM and DINGTALK are those group robots' markdown
messages, in the server's language; their replies carry an ``errcode`` that says whether the
robot took the message, whatever the HTTP status.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from services.core.errors import Language
from services.notifications.kinds import WebhookEvent, WebhookFormat
from services.notifications.signing import DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, sign

USER_AGENT = "civical-webhooks/0.1"
ROBOT_LIMIT = 4000  # bytes of message text: WeCom takes at most 4096 (DingTalk more)
LABELS = {
    WebhookEvent.INVITATION: ("Co-hosting invitation", "共同主办邀请"),
    WebhookEvent.INVITATION_ANSWERED: ("Invitation answered", "邀请已答复"),
    WebhookEvent.MERGED: ("Sessions merged", "活动已合并"),
    WebhookEvent.CONFLICT: ("Time conflict", "时间冲突"),
    WebhookEvent.REGISTERED_SESSION_CHANGED: ("Registered session changed", "已报名活动有变"),
}


@dataclass(frozen=True, slots=True)
class Letter:
    """One notification as stored: what happened, when, and what the outbox wrote."""

    delivery_id: str
    event: WebhookEvent
    created_at: datetime
    payload: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class Outgoing:
    body: bytes
    headers: dict[str, str]


def render(
    letter: Letter, form: WebhookFormat, *, secret: str | None, language: Language
) -> Outgoing:
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": USER_AGENT,
        EVENT_HEADER: letter.event.value,
        DELIVERY_HEADER: letter.delivery_id,
    }
    if form is WebhookFormat.GENERIC:
        body = _json(
            {
                "id": letter.delivery_id,
                "event": letter.event.value,
                "createdAt": letter.created_at.isoformat(),
                **letter.payload,
            }
        )
    else:
        body = _robot(letter, form, language)
    if secret:
        headers[SIGNATURE_HEADER] = sign(secret, body)
    return Outgoing(body, headers)


def _json(value: Mapping[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def _robot(letter: Letter, form: WebhookFormat, language: Language) -> bytes:
    en, zh = LABELS[letter.event]
    label = zh if language is Language.ZH else en
    summary = letter.payload["summary"]["zh" if language is Language.ZH else "en"]
    title = f"civical · {label}"
    text = _cut(f"**{title}**\n\n{summary}", ROBOT_LIMIT)
    if form is WebhookFormat.WECOM:
        return _json({"msgtype": "markdown", "markdown": {"content": text}})
    return _json({"msgtype": "markdown", "markdown": {"title": title, "text": text}})


def _cut(text: str, limit: int) -> str:
    """At most ``limit`` UTF-8 bytes, cut between characters, ending in "…" when cut."""
    encoded = text.encode()
    if len(encoded) <= limit:
        return text
    return encoded[: limit - 3].decode(errors="ignore") + "…"


def refusal(form: WebhookFormat, status: int, body: bytes) -> str | None:
    """Why the receiver did not take the message, or None when it did.

    Any 2xx takes it, except a robot's reply whose ``errcode`` is not 0 (a wrong key, a
    keyword the robot requires, its rate limit).
    """
    if not 200 <= status < 300:
        return f"HTTP {status}"
    if form is WebhookFormat.GENERIC:
        return None
    try:
        reply = json.loads(body)
    except ValueError:
        return "the robot's reply is not JSON"
    code = reply.get("errcode") if isinstance(reply, dict) else None
    if code == 0:
        return None
    return f"errcode {code}: {reply.get('errmsg') if isinstance(reply, dict) else reply}"
