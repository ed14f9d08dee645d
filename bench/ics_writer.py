"""Feed throughput: civical's cached VEVENT writer beside the ``ics`` and ``icalendar`` serialisers.

Run from the repository root::

    python -m bench.ics_writer [--sessions 10000] [--out feed.ics]

The civical rows model the feed endpoint: VEVENT bytes are cached per (uid, sequence) and a
feed is a join of cached blocks, so "cold" renders every session, "warm" only joins, and
"one changed" re-renders one session and joins. The ``ics`` and ``icalendar`` rows time only
their serialisation of calendars built beforehand, which flatters them. All sessions carry
Chinese titles, places and descriptions like the government sessions the service publishes.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from importlib.metadata import version
from pathlib import Path

import icalendar
import ics  # type: ignore[import-untyped]

from services.ics import FeedEvent, render_calendar, render_event

FEED_NAME = "上海市企业服务活动日历"
DEPARTMENTS = ("市科技委员会", "市经济和信息化委员会", "市税务局", "市商务委员会", "浦东新区人社局")
TOPICS = ("高新技术企业认定", "研发费用加计扣除", "专精特新申报", "跨境电商出口退税", "稳岗补贴")
FORMATS = ("政策宣讲会", "专题培训", "线上直播解读", "申报辅导沙龙")
PLACES = ("上海市浦东新区世纪大道100号", "徐汇区漕溪北路88号", "静安区江场三路238号")
DESCRIPTION = "主办单位：{hosts}\n报名链接：{link}\n请携带营业执照复印件，名额有限。"
CATEGORIES = ("培训", "政策宣讲", "税务", "人才", "外贸")
Cache = dict[tuple[str, int], bytes]


def make_sessions(count: int, seed: int = 2024) -> list[FeedEvent]:
    """Deterministic sessions with realistic lengths, so every run times the same bytes."""
    rng = random.Random(seed)
    base = datetime(2025, 3, 1, 1, 30, tzinfo=UTC)
    return [_session(rng, index, base + timedelta(hours=7 * index)) for index in range(count)]


def _session(rng: random.Random, index: int, start: datetime) -> FeedEvent:
    """One session; a few per hundred are merged duplicates pointing at their survivor."""
    hosts = rng.sample(DEPARTMENTS, 2)
    title = f"关于举办{rng.choice(TOPICS)}{rng.choice(FORMATS)}（第{index % 9 + 1}期）的通知"
    link = f"https://qiye.example.gov.cn/huodong/{index}?from=ics&lang=zh-CN"
    return FeedEvent(
        uid=f"session-{index}@civical.example",
        sequence=index % 3,
        status="CONFIRMED",
        title=title,
        description=DESCRIPTION.format(hosts="、".join(hosts), link=link),
        start=start,
        end=start + timedelta(hours=2, minutes=30),
        location=f"{rng.choice(PLACES)} {index % 12 + 1}楼会议室",
        url=link,
        categories=tuple(rng.sample(CATEGORIES, 2)),
        organizer=(hosts[0], f"mailto:office{index % 40}@example.gov.cn"),
        last_modified=start - timedelta(days=10),
        related_to=f"session-{index - 1}@civical.example" if index % 50 == 49 else None,
    )


def serve(events: Sequence[FeedEvent], cache: Cache) -> bytes:
    """What the feed endpoint does: render cache misses, then join every cached block."""
    blocks = []
    for event in events:
        key = (event.uid, event.sequence)
        block = cache.get(key)
        if block is None:
            block = cache[key] = render_event(event)
        blocks.append(block)
    return render_calendar(FEED_NAME, blocks)


def build_ics_calendar(events: Sequence[FeedEvent]) -> ics.Calendar:
    """The same sessions as ``ics`` objects, mapped field by field the naive way."""
    calendar = ics.Calendar()
    for event in events:
        organizer = None
        if event.organizer:
            name, address = event.organizer
            organizer = ics.Organizer(address.removeprefix("mailto:"), common_name=name)
        calendar.events.add(
            ics.Event(
                name=event.title,
                begin=event.start,
                end=event.end,
                uid=event.uid,
                description=event.description,
                created=event.last_modified,
                last_modified=event.last_modified,
                location=event.location,
                url=event.url,
                categories=set(event.categories),
                status=event.status,
                organizer=organizer,
            )
        )
    return calendar


def build_icalendar(events: Sequence[FeedEvent]) -> icalendar.Calendar:
    """The same sessions as ``icalendar`` components with the same properties."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//civical//bench//ZH")
    calendar.add("version", "2.0")
    for event in events:
        component = icalendar.Event()
        for name, value in _icalendar_properties(event):
            if value is not None:
                component.add(name, value)
        calendar.add_component(component)
    return calendar


def _icalendar_properties(event: FeedEvent) -> list[tuple[str, object]]:
    """Property name/value pairs in the order civical writes them; None means absent."""
    organizer = None
    if event.organizer:
        organizer = icalendar.vCalAddress(event.organizer[1])
        organizer.params["cn"] = event.organizer[0]
    return [
        ("uid", event.uid),
        ("dtstamp", event.last_modified),
        ("sequence", event.sequence),
        ("status", event.status),
        ("dtstart", event.start),
        ("dtend", event.end),
        ("summary", event.title),
        ("description", event.description),
        ("location", event.location),
        ("url", event.url),
        ("organizer", organizer),
        ("categories", list(event.categories)),
        ("related-to", event.related_to),
        ("last-modified", event.last_modified),
    ]


def best_time(run: Callable[[int], object], repeats: int) -> float:
    """Best wall time of several runs; ``run`` gets the repetition number to vary its input."""
    timings = []
    for attempt in range(repeats):
        began = time.perf_counter()
        run(attempt)
        timings.append(time.perf_counter() - began)
    return min(timings)


def one_changed(events: list[FeedEvent], index: int) -> list[FeedEvent]:
    """The feed after one editor saved session ``index``: its sequence (the cache key) moves."""
    changed = list(events)
    changed[index] = dataclasses.replace(events[index], sequence=events[index].sequence + 1)
    return changed


def measure(events: list[FeedEvent]) -> list[tuple[str, float]]:
    """Time every writer on the same sessions; returns (label, seconds per feed)."""
    warm: Cache = {}
    serve(events, warm)
    changed = [one_changed(events, index) for index in range(5)]
    ics_calendar = build_ics_calendar(events)
    ical_calendar = build_icalendar(events)
    return [
        ("civical cold: render all + join", best_time(lambda _: serve(events, {}), 5)),
        ("civical warm: join cached", best_time(lambda _: serve(events, warm), 20)),
        ("civical one changed: 1 + join", best_time(lambda i: serve(changed[i], warm), 5)),
        (f"ics {version('ics')} str(Calendar)", best_time(lambda _: ics_calendar.serialize(), 3)),
        (
            f"icalendar {version('icalendar')} to_ical",
            best_time(lambda _: ical_calendar.to_ical(), 3),
        ),
    ]


def main() -> None:
    """Print the comparison table; optionally keep the civical feed for the validators."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--out", type=Path, help="also write the civical feed to this file")
    args = parser.parse_args()
    events = make_sessions(args.sessions)
    print(f"{args.sessions} sessions, best of several runs\n")
    print(f"{'writer / scenario':<44} {'ms per feed':>12} {'events/s':>14}")
    for label, seconds in measure(events):
        print(f"{label:<44} {seconds * 1000:>12.2f} {args.sessions / seconds:>14,.0f}")
    if args.out:
        args.out.write_bytes(serve(events, {}))


if __name__ == "__main__":
    main()
