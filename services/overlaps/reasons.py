"""Sentences a department head understands: who is affected, about what, how far apart.

In Chinese and English, the departments' own words (titles, topics, regions) left as
written, sectors by their section's name in each language: "Both address 增值税 for
Manufacturing in 石湾镇, 2 days apart" / "都涉及 增值税，面向 石湾镇 的制造业，相隔 2 天".
"""

from collections.abc import Iterable
from datetime import timedelta

from services.core.errors import Message
from services.overlaps.model import SessionInfo
from services.vocabularies.sections import BY_CODE


def _plural(count: int, unit: str) -> str:
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def span(length: timedelta) -> Message:
    """ "45 minutes", "1.5 hours", "3 days": the unit a person would use for that length."""
    minutes = round(length.total_seconds() / 60)
    if minutes < 60:
        return Message(_plural(minutes, "minute"), f"{minutes} 分钟")
    if minutes < 24 * 60:
        hours = minutes / 60
        shown = f"{int(hours)}" if hours.is_integer() else f"{hours:.1f}"
        english = _plural(int(hours), "hour") if hours.is_integer() else f"{shown} hours"
        return Message(english, f"{shown} 小时")
    days = round(minutes / (24 * 60))
    return Message(_plural(days, "day"), f"{days} 天")


def _sectors(codes: Iterable[str]) -> Message:
    """Section names for codes; a stored value that is no code is shown as it is."""
    known = [BY_CODE.get(code) for code in sorted(codes)]
    english = [s.name_en if s else code for s, code in zip(known, sorted(codes), strict=True)]
    chinese = [s.name if s else code for s, code in zip(known, sorted(codes), strict=True)]
    return Message(", ".join(english), "、".join(chinese))


def audience(sectors: frozenset[str], regions: frozenset[str]) -> Message:
    """ "Manufacturing in 石湾镇", "all sectors in 石湾镇", "Wholesale and retail trade", "all enterprises"."""
    if not sectors and not regions:
        return Message("all enterprises", "所有企业")
    who = _sectors(sectors) if sectors else Message("all sectors", "所有行业")
    if not regions:
        return who
    where = sorted(regions)
    return Message(f"{who.en} in {', '.join(where)}", f"{'、'.join(where)}的{who.zh}")


def _quoted(session: SessionInfo) -> str:
    return f"“{session.title}”"


def conflict(
    a: SessionInfo, b: SessionInfo, sectors: frozenset[str], regions: frozenset[str]
) -> Message:
    """Both sessions ask the same enterprises to be in two places at once."""
    together = span(min(a.end, b.end) - max(a.start, b.start))
    who = audience(sectors, regions)
    if a.start == b.start:
        when = Message("same time", "同时开始")
    else:
        apart = span(abs(a.start - b.start))
        when = Message(f"starts {apart.en} apart", f"开始时间相差 {apart.zh}")
    return Message(
        f"{_quoted(a)} and {_quoted(b)} both reach {who.en} and overlap by {together.en} ({when.en}).",
        f"{_quoted(a)} 与 {_quoted(b)} 都面向{who.zh}，时间重叠 {together.zh}（{when.zh}）。",
    )


def redundant(
    a: SessionInfo,
    b: SessionInfo,
    topics: frozenset[str],
    sectors: frozenset[str],
    regions: frozenset[str],
) -> Message:
    """Both sessions tell the same enterprises the same thing within the window."""
    gap = abs(a.start - b.start)
    apart = span(gap)
    when = (
        Message("same time", "同时")
        if not gap
        else Message(f"{apart.en} apart", f"相隔 {apart.zh}")
    )
    if topics:
        listed = sorted(topics)
        subject = Message(f"Both address {' and '.join(listed)}", f"都涉及{'、'.join(listed)}")
    elif a.title == b.title:
        subject = Message(f"Both are {_quoted(a)}", f"都是{_quoted(a)}")
    else:
        subject = Message(
            f"{_quoted(a)} and {_quoted(b)} cover the same subject",
            f"{_quoted(a)} 与 {_quoted(b)} 内容相同",
        )
    who = audience(sectors, regions)
    return Message(
        f"{subject.en} for {who.en}, {when.en}.", f"{subject.zh}，面向{who.zh}，{when.zh}。"
    )
