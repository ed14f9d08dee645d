"""Announcements as NOTIFY payloads: encode and decode in services/core/live.py."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from services.core.errors import Message
from services.core.live import PAYLOAD_LIMIT, Announcement, UpdateKind, decode, encode

AT = datetime(2027, 3, 10, 9, 30, 15, 123456, tzinfo=timezone(timedelta(hours=8)))
MESSAGE = Message(
    "“安全生产责任制培训” overlaps another session", "“安全生产责任制培训” 与另一场时间重叠"
)
ANNOUNCEMENT = Announcement(UpdateKind.OVERLAP, (3, 7), MESSAGE, AT)


def _size(payload: str) -> int:
    return len(payload.encode())


def test_an_announcement_round_trips() -> None:
    assert decode(encode(ANNOUNCEMENT)) == ANNOUNCEMENT


@pytest.mark.parametrize("kind", list(UpdateKind))
def test_every_kind_round_trips(kind: UpdateKind) -> None:
    assert decode(encode(replace(ANNOUNCEMENT, kind=kind))).kind is kind


def test_a_payload_is_compact_json_with_text_as_written() -> None:
    payload = encode(ANNOUNCEMENT)
    assert json.loads(payload) == {
        "kind": "OVERLAP",
        "session_ids": [3, 7],
        "message": "“安全生产责任制培训” overlaps another session",
        "message_zh": "“安全生产责任制培训” 与另一场时间重叠",
        "at": "2027-03-10T09:30:15.123456+08:00",
    }
    assert "安全生产" in payload
    assert ", " not in payload


def test_a_payload_that_fits_exactly_is_not_cut() -> None:
    payload = encode(ANNOUNCEMENT)
    assert encode(ANNOUNCEMENT, limit=_size(payload)) == payload
    assert encode(ANNOUNCEMENT, limit=_size(payload) - 1) != payload


@pytest.mark.parametrize("character", ["a", "é", "增", "😀", '"', "\n"])
def test_a_long_message_is_cut_to_the_notify_limit(character: str) -> None:
    text = character * 10_000
    payload = encode(replace(ANNOUNCEMENT, message=Message(text, text)))
    width = _size(json.dumps(character, ensure_ascii=False)) - len('""')  # as written in JSON
    assert PAYLOAD_LIMIT - 2 * width < _size(payload) <= PAYLOAD_LIMIT == 7999  # one more each
    decoded = decode(payload)
    assert decoded.message.en == decoded.message.zh  # both cut to the same length
    assert decoded.message.en.endswith("…")
    assert text.startswith(decoded.message.en[:-1])
    assert decoded.session_ids == ANNOUNCEMENT.session_ids


@pytest.mark.parametrize("long_in", ["en", "zh"])
def test_a_message_short_enough_is_kept_whole_while_the_other_language_is_cut(
    long_in: str,
) -> None:
    short, long = "安全生产责任制培训: posted", "增" * 10_000
    message = Message(long, short) if long_in == "en" else Message(short, long)
    payload = encode(replace(ANNOUNCEMENT, message=message))
    assert PAYLOAD_LIMIT - len("增".encode()) < _size(payload) <= PAYLOAD_LIMIT
    decoded = decode(payload).message
    kept, whole = (decoded.en, decoded.zh) if long_in == "en" else (decoded.zh, decoded.en)
    assert whole == short
    assert kept.endswith("…")
    assert long.startswith(kept[:-1])


def test_the_cut_never_falls_inside_a_character_and_keeps_all_that_fits() -> None:
    english, chinese = "a中é😀\u0301" * 100, "中a😀\u0301é" * 100
    message = Message(english, chinese)
    for limit in range(120, 400):
        payload = encode(replace(ANNOUNCEMENT, message=message), limit=limit)
        assert _size(payload) <= limit
        payload.encode().decode()
        decoded = decode(payload).message
        kept = decoded.en.removesuffix("…")
        assert decoded == Message(kept + "…", chinese[: len(kept)] + "…")
        assert english.startswith(kept)
        n = len(kept) + 1
        one_more = replace(ANNOUNCEMENT, message=Message(english[:n] + "…", chinese[:n] + "…"))
        assert _size(encode(one_more, limit=10**6)) > limit


def test_when_the_ids_alone_do_not_fit_only_the_first_ones_are_kept() -> None:
    announcement = replace(ANNOUNCEMENT, session_ids=tuple(range(100_000, 102_000)))
    payload = encode(announcement)
    assert _size(payload) <= PAYLOAD_LIMIT
    decoded = decode(payload)
    assert decoded.message == Message("…", "…")
    kept = len(decoded.session_ids)
    assert 0 < kept < 2_000
    assert decoded.session_ids == announcement.session_ids[:kept]
    one_more = replace(
        announcement, message=Message("…", "…"), session_ids=announcement.session_ids[: kept + 1]
    )
    assert _size(encode(one_more, limit=10**6)) > PAYLOAD_LIMIT


def test_a_limit_too_small_for_any_announcement_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot hold"):
        encode(ANNOUNCEMENT, limit=40)


@pytest.mark.parametrize(
    "payload",
    [
        "",
        "not json",
        "null",
        "[]",
        '"OVERLAP"',
        '{"kind":"OVERLAP","session_ids":[1],"message":"x","message_zh":"x"}',
        '{"kind":"OVERLAP","session_ids":[1],"message":"x","at":"2027-03-10T09:30:00+08:00"}',
        '{"kind":"PARTY","session_ids":[1],"message":"x","message_zh":"x","at":"2027-03-10T09:30:00+08:00"}',
        '{"kind":"OVERLAP","session_ids":null,"message":"x","message_zh":"x","at":"2027-03-10T09:30:00+08:00"}',
        '{"kind":"OVERLAP","session_ids":["a"],"message":"x","message_zh":"x","at":"2027-03-10T09:30:00+08:00"}',
        '{"kind":"OVERLAP","session_ids":[1],"message":"x","message_zh":"x","at":"yesterday"}',
        '{"kind":"OVERLAP","session_ids":[1],"message":"x","message_zh":"x","at":1700000000}',
    ],
)
def test_decode_refuses_anything_encode_did_not_write(payload: str) -> None:
    with pytest.raises(ValueError):  # noqa: PT011 - the documented contract is a bare ValueError
        decode(payload)
