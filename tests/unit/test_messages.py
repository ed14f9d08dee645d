"""Bilingual messages and Accept-Language negotiation (services/core/errors.py)."""

from __future__ import annotations

import pytest

from services.core.errors import Language, Message, negotiate

ZH, EN = Language.ZH, Language.EN


def test_a_message_speaks_the_language_asked_for() -> None:
    message = Message("end must be after start.", "结束时间须晚于开始时间。")
    assert message.text(Language.EN) == "end must be after start."
    assert message.text(Language.ZH) == "结束时间须晚于开始时间。"


@pytest.mark.parametrize("header", [None, "", "   ", "*", "fr, de;q=0.9", ",,;", "zh;q=0"])
@pytest.mark.parametrize("default", [ZH, EN])
def test_without_a_usable_preference_the_default_answers(
    header: str | None, default: Language
) -> None:
    assert negotiate(header, default) is default


@pytest.mark.parametrize(
    ("header", "default", "expected"),
    [
        ("en", ZH, EN),
        ("zh", EN, ZH),
        ("zh-CN", EN, ZH),
        ("zh-Hant-TW", EN, ZH),
        ("ZH-tw", EN, ZH),
        ("en-GB", ZH, EN),
        ("fr, en", ZH, EN),
        ("en-US,en;q=0.9", ZH, EN),
        ("zh-CN,zh;q=0.9,en;q=0.8", EN, ZH),
        ("zh;q=0.5, en;q=0.8", ZH, EN),
        ("en;q=0.5, zh", EN, ZH),
        ("zh-CN;q=0.8, en-US;q=0.9", ZH, EN),
        (" en ; q=0.7 , zh ; q=0.6 ", ZH, EN),
        ("en;level=1;q=0.4, zh;q=0.5", EN, ZH),
        ("en;Q=0.4, zh;q=0.5", EN, ZH),
        ("zh;q=0, en;q=0.1", ZH, EN),
        ("en;q=abc, zh;q=0.2", EN, ZH),
        ("zh;q=2, en;q=1", EN, ZH),
        ("en;q=0.001, zh;q=0", ZH, EN),
        ("en, zh", ZH, EN),
        ("zh, en", EN, ZH),
        ("en;q=0.5, zh;q=0.5", ZH, EN),
    ],
)
def test_the_highest_weight_wins_then_the_first_listed(
    header: str, default: Language, expected: Language
) -> None:
    assert negotiate(header, default) is expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [("fr, zh, en", ZH), ("de, en;q=0.5, zh;q=0.5", EN)],
)
def test_a_tie_goes_to_the_first_listed_even_after_an_unsupported_range(
    header: str, expected: Language
) -> None:
    assert negotiate(header, ZH if expected is EN else EN) is expected
