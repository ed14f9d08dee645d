"""What goes over the wire: the same signed bytes on every attempt, robots' own formats."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from services.core.errors import Language
from services.notifications.delivery import LAST_RETRY, retry_delay
from services.notifications.formats import ROBOT_LIMIT, Letter, refusal, render
from services.notifications.kinds import WebhookEvent, WebhookFormat
from services.notifications.signing import SIGNATURE_HEADER, new_secret, sign, verify
from services.notifications.webhooks import shown_url

LETTER = Letter(
    delivery_id="0f8fad5b-d9cb-469f-a165-70867728950e",
    event=WebhookEvent.INVITATION,
    created_at=datetime(2027, 3, 1, 8, tzinfo=UTC),
    payload={
        "summary": {"en": "Tax invites HR.", "zh": "税务局邀请人社局。"},
        "invitation": {"id": "x"},
    },
)


def test_a_generic_delivery_is_signed_json_the_same_on_every_attempt() -> None:
    secret = new_secret()
    first = render(LETTER, WebhookFormat.GENERIC, secret=secret, language=Language.ZH)
    again = render(LETTER, WebhookFormat.GENERIC, secret=secret, language=Language.ZH)
    assert first == again
    body = json.loads(first.body)
    assert body["id"] == LETTER.delivery_id
    assert body["event"] == "INVITATION"
    assert body["summary"]["zh"] == "税务局邀请人社局。"
    assert verify(secret, first.body, first.headers[SIGNATURE_HEADER])
    assert not verify(secret, first.body + b" ", first.headers[SIGNATURE_HEADER])
    assert not verify(new_secret(), first.body, first.headers[SIGNATURE_HEADER])
    # RFC 4231 test case 2: HMAC-SHA256 with key "Jefe"
    assert sign("Jefe", b"what do ya want for nothing?") == (
        "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    )


def test_robots_get_markdown_in_the_servers_language_cut_to_their_limit() -> None:
    wecom = json.loads(render(LETTER, WebhookFormat.WECOM, secret=None, language=Language.ZH).body)
    assert wecom == {"msgtype": "markdown",
                     "markdown": {"content": "**civical · 共同主办邀请**\n\n税务局邀请人社局。"}}  # fmt: skip
    ding = json.loads(
        render(LETTER, WebhookFormat.DINGTALK, secret=None, language=Language.EN).body
    )
    assert ding["markdown"]["title"] == "civical · Co-hosting invitation"
    assert ding["markdown"]["text"].endswith("Tax invites HR.")
    long = Letter(LETTER.delivery_id, LETTER.event, LETTER.created_at,
                  {"summary": {"en": "x", "zh": "长" * 5000}})  # fmt: skip
    content = json.loads(render(long, WebhookFormat.WECOM, secret=None, language=Language.ZH).body)
    assert len(content["markdown"]["content"].encode()) <= ROBOT_LIMIT
    assert content["markdown"]["content"].endswith("…")
    assert (
        SIGNATURE_HEADER
        not in render(LETTER, WebhookFormat.WECOM, secret=None, language=Language.ZH).headers
    )


def test_a_receiver_takes_a_delivery_only_with_2xx_and_a_robot_only_with_errcode_0() -> None:
    assert refusal(WebhookFormat.GENERIC, 204, b"") is None
    assert refusal(WebhookFormat.GENERIC, 503, b"") == "HTTP 503"
    assert refusal(WebhookFormat.GENERIC, 302, b"") == "HTTP 302"
    assert refusal(WebhookFormat.WECOM, 200, b'{"errcode":0,"errmsg":"ok"}') is None
    assert refusal(
        WebhookFormat.DINGTALK, 200, b'{"errcode":310000,"errmsg":"keywords not in content"}'
    ) == ("errcode 310000: keywords not in content")
    assert refusal(WebhookFormat.WECOM, 200, b"<html>") == "the robot's reply is not JSON"


def test_retries_back_off_to_an_hour() -> None:
    assert timedelta(seconds=1.6) <= retry_delay(1) <= timedelta(seconds=2.4)
    assert timedelta(seconds=6.4) <= retry_delay(3) <= timedelta(seconds=9.6)
    assert retry_delay(30) <= timedelta(seconds=LAST_RETRY * 1.2)


def test_a_listed_url_keeps_only_the_end_of_its_query_values() -> None:
    url = (
        "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7e8b-4d3c-b0a9-1f2e3d4c5b6a"
    )
    assert shown_url(url) == "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…5b6a"
    assert (
        shown_url("https://hooks.example.gov.cn/civical") == "https://hooks.example.gov.cn/civical"
    )
