"""Overlap detection on hand-built sessions (services/overlaps)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from services.core.errors import Message
from services.overlaps import (
    DEFAULT_WINDOW,
    Overlap,
    OverlapType,
    ReportRow,
    SessionInfo,
    Slot,
    coordination_report,
    find_overlaps,
    overlaps_with,
    reasons,
    suggest_slots,
)

CONFLICT, REDUNDANT = OverlapType.CONFLICT, OverlapType.REDUNDANT
SHANGHAI = ZoneInfo("Asia/Shanghai")
NINE = datetime(2027, 3, 10, 1, 0, tzinfo=UTC)  # a Wednesday, 09:00 in Shanghai
VAT = "增值税留抵退税政策解读会"
SAFETY = "安全生产责任制培训"
EXPORT = "Export control briefing"
FIRE = "Fire inspection walkthrough"
MANUFACTURING, RETAIL = "C", "F"  # GB/T 4754 sections, as sectors are stored
Audience = tuple[set[str], set[str]]  # (sectors, regions); empty = all


def _session(
    key: int,
    title: str,
    *,
    start: datetime = NINE,
    hours: float = 2,
    kind: str = "TRAINING",
    topics: Iterable[str] = (),
    sectors: Iterable[str] = (),
    regions: Iterable[str] = (),
    hosts: tuple[str, ...] = ("tax",),
    cancelled: bool = False,
) -> SessionInfo:
    return SessionInfo(
        key=key,
        kind=kind,
        title=title,
        start=start,
        end=start + timedelta(hours=hours),
        topics=frozenset(topics),
        sectors=frozenset(sectors),
        regions=frozenset(regions),
        hosts=hosts,
        cancelled=cancelled,
    )


def _found(overlaps: list[Overlap]) -> list[tuple[OverlapType, tuple[int, ...], float]]:
    return [(overlap.type, overlap.keys, overlap.score) for overlap in overlaps]


def test_sessions_at_the_same_time_for_the_same_audience_conflict() -> None:
    vat = _session(1, VAT, sectors={MANUFACTURING, RETAIL}, regions={"石湾镇"})
    safety = _session(2, SAFETY, sectors={MANUFACTURING}, regions={"石湾镇", "龙江镇"})
    (overlap,) = find_overlaps([vat, safety])
    assert overlap == Overlap(
        type=CONFLICT,
        keys=(1, 2),
        score=1.0,
        reason=Message(
            f"“{VAT}” and “{SAFETY}” both reach Manufacturing in 石湾镇 "
            "and overlap by 2 hours (same time).",
            f"“{VAT}” 与 “{SAFETY}” 都面向石湾镇的制造业，时间重叠 2 小时（同时开始）。",
        ),
        sectors=(MANUFACTURING,),
        regions=("石湾镇",),
    )


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (({MANUFACTURING}, set()), ({RETAIL}, set())),
        ((set(), {"石湾镇"}), (set(), {"龙江镇"})),
        (({RETAIL}, {"石湾镇"}), (set(), {"龙江镇"})),
    ],
)
def test_sessions_for_different_audiences_never_overlap(left: Audience, right: Audience) -> None:
    sessions = [
        _session(1, VAT, sectors=left[0], regions=left[1]),
        _session(2, VAT, sectors=right[0], regions=right[1]),
    ]
    assert find_overlaps(sessions) == []


def test_an_empty_audience_means_everyone() -> None:
    everyone = _session(1, VAT)
    retail = _session(2, SAFETY, sectors={RETAIL}, regions={"龙江镇"})
    (overlap,) = find_overlaps([everyone, retail])
    assert (overlap.type, overlap.sectors, overlap.regions) == (CONFLICT, (RETAIL,), ("龙江镇",))
    (both_open,) = find_overlaps([everyone, _session(3, SAFETY)])
    assert (both_open.sectors, both_open.regions) == ((), ())
    assert "both reach all enterprises" in both_open.reason.en
    assert "都面向所有企业" in both_open.reason.zh


def test_touching_sessions_do_not_conflict() -> None:
    morning = _session(1, VAT, hours=2)
    afternoon = _session(2, SAFETY, start=NINE + timedelta(hours=2))
    assert find_overlaps([morning, afternoon]) == []
    assert overlaps_with(afternoon, [morning]) == []
    a_minute_earlier = _session(2, SAFETY, start=NINE + timedelta(hours=1, minutes=59))
    assert [o.type for o in find_overlaps([morning, a_minute_earlier])] == [CONFLICT]


def test_a_conflict_scores_the_share_of_the_shorter_session_held_at_the_same_time() -> None:
    long = _session(1, VAT, hours=4)
    inside = _session(2, SAFETY, start=NINE + timedelta(hours=1), hours=1)
    half = _session(3, EXPORT, start=NINE + timedelta(hours=3), hours=2)
    assert _found(find_overlaps([long, inside, half])) == [
        (CONFLICT, (1, 2), 1.0),
        (CONFLICT, (1, 3), 0.5),
    ]


def test_cancelled_sessions_are_left_out() -> None:
    live = _session(1, VAT)
    cancelled = _session(2, VAT, cancelled=True)
    assert find_overlaps([live, cancelled]) == []
    assert overlaps_with(live, [cancelled]) == []
    assert overlaps_with(cancelled, [live]) == []


def test_a_session_never_overlaps_itself() -> None:
    session = _session(1, VAT)
    assert find_overlaps([session, session]) == []
    assert overlaps_with(session, [session]) == []


def test_the_same_title_within_the_window_is_redundant() -> None:
    first = _session(1, SAFETY, sectors={MANUFACTURING})
    again = _session(2, SAFETY, start=NINE + timedelta(days=3), hosts=("emergency",))
    (overlap,) = find_overlaps([first, again])
    assert overlap == Overlap(
        type=REDUNDANT,
        keys=(1, 2),
        score=round(1 - 0.5 * 3 / 14, 3),
        reason=Message(
            f"Both are “{SAFETY}” for Manufacturing, 3 days apart.",
            f"都是“{SAFETY}”，面向制造业，相隔 3 天。",
        ),
        sectors=(MANUFACTURING,),
        regions=(),
    )


def test_redundancy_falls_to_half_at_the_edge_of_the_window_and_stops_past_it() -> None:
    first = _session(1, SAFETY)
    later = _session(2, SAFETY, start=NINE + timedelta(days=14))
    assert _found(find_overlaps([first, later])) == [(REDUNDANT, (1, 2), 0.5)]
    assert find_overlaps([first, later], window=timedelta(days=13, hours=23)) == []
    assert _found(find_overlaps([first, later], window=timedelta(days=28))) == [
        (REDUNDANT, (1, 2), 0.75)
    ]


def test_a_shared_topic_naming_a_subject_makes_unlike_titles_redundant() -> None:
    vat = _session(1, VAT, topics={"留抵退税", "出口"})
    refunds = _session(
        2, "Input tax refund clinic", start=NINE + timedelta(days=7), topics={"留抵退税"}
    )
    (overlap,) = find_overlaps([vat, refunds])
    assert (overlap.type, overlap.score) == (REDUNDANT, round(0.8 * 0.75, 3))
    assert overlap.reason == Message(
        "Both address 留抵退税 for all enterprises, 7 days apart.",
        "都涉及留抵退税，面向所有企业，相隔 7 天。",
    )


def test_a_broad_topic_makes_no_redundancy_of_two_subjects() -> None:
    """增值税 is a policy area: a refund session and an invoice session are two subjects."""
    refunds = _session(1, VAT, topics={"增值税"})
    invoices = _session(
        2, "数电发票开具实务培训", start=NINE + timedelta(days=2), topics={"增值税"}
    )
    assert find_overlaps([refunds, invoices], types=[REDUNDANT]) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (("关于开展食品安全抽检解读会（公益）的通知", {"食品抽检"}), ("产品质量监督抽查工作宣讲会", {"质量安全"})),
        (("惠企政策宣讲会——中小企业数字化转型专场", set()), ("惠企政策宣讲会——转贷资金使用专场", {"应急转贷"})),
        (("茶叶SC认证专题宣讲", {"食品安全"}), ("食品小作坊登记管理专题宣讲", {"食品安全"})),
        (("绿色矿山创建宣讲会", {"非煤矿山"}), ("非煤矿山安全生产政策解读会", {"非煤矿山", "安全生产"})),
        (("中央预算内投资项目申报政策宣讲", set()), ("专项债项目储备政策宣讲", set())),
        (("可再生能源绿色电力证书核发政策宣讲", set()), ("绿色电力交易政策宣讲", set())),
        (("草原生态保护补助奖励政策宣讲", {"草原生态补奖", "草畜平衡"}),
         ("草原生态保护补助奖励政策解读", {"草原生态补奖", "禁牧"})),
        (("纳税信用等级评价标准解读会", {"纳税信用"}), ("纳税信用修复宣传活动", {"纳税信用"})),
        (("渔业油价补贴政策宣讲", {"渔业"}), ("渔业互助保险保费补贴宣讲", {"渔业"})),
        (("民宿评星培训会", {"民宿"}), ("等级民宿复核培训班", {"民宿"})),
    ],
    ids=["food-sampling-or-product-spot-checks", "a-subject-named-in-a-special", "licence-or-workshop",
         "green-or-safe-mines", "funding-channels", "green-certificates-or-green-power-trading",
         "sibling-tags-beside-a-broader-one", "a-tax-credit-rating-or-its-repair",
         "two-policies-of-one-industry", "a-homestay-s-grade-or-its-review"],
)  # fmt: skip
def test_neighbouring_subjects_are_not_redundant(
    left: tuple[str, set[str]], right: tuple[str, set[str]]
) -> None:
    first = _session(1, left[0], kind="PUBLICITY", topics=left[1])
    second = _session(
        2, right[0], kind="PUBLICITY", start=NINE + timedelta(days=3), topics=right[1]
    )
    assert find_overlaps([first, second], types=[REDUNDANT]) == []


def test_one_policy_in_other_words_and_scripts_is_redundant() -> None:
    pairs = [
        ("外资年报专题宣讲", "Foreign investment information reporting clinic"),
        (
            "《中华人民共和国民营经济促进法》政策解读会",
            "Briefing: The Private Economy Promotion Law",
        ),
        ("小微外贸统保实操培训", "Export credit insurance for small exporters"),
        ("茶叶SC认证政策辅导", "茶企课堂｜茶叶生产许可（SC）申办操作辅导"),
        ("旅游民宿等级评定培训班", "客栈想评个金宿银宿？"),
        ("渔业政策宣讲会", "渔业政策解读"),
    ]
    for left, right in pairs:
        first = _session(1, left)
        second = _session(2, right, start=NINE + timedelta(days=5))
        assert _found(find_overlaps([first, second], types=[REDUNDANT])), (left, right)


def test_a_tag_many_subjects_carry_names_none() -> None:
    """A department's own broad word (unknown to the glossary) is found broad from its use."""
    titles = ["企业用工指导", "劳动合同签订辅导", "工资支付宣讲", "人才引进答疑"]
    sessions = [
        _session(i, title, start=NINE + timedelta(days=i), topics={"稳就业促发展"})
        for i, title in enumerate(titles)
    ]
    assert find_overlaps(sessions, types=[REDUNDANT]) == []


def test_a_local_tag_beside_broader_ones_names_its_subject() -> None:
    """充填开采 rides with the broad 煤炭税费 and 税费服务: its sessions are one subject, however
    worded, while sessions sharing only 煤炭税费 (beside several rarer tags) are not."""
    broad = {"税费服务", "煤炭税费"}
    titled = [("充填开采减征政策辅导", "充填开采"), ("以矸换煤优惠培训班", "充填开采"),
              ("膏体回填优惠宣讲", "充填开采"), ("疏干排水试点宣讲", "疏干排水"),
              ("衰竭期矿山减征宣讲", "衰竭期矿山")]  # fmt: skip
    sessions = [
        _session(i, title, start=NINE + timedelta(days=i), topics=broad | {tag})
        for i, (title, tag) in enumerate(titled)
    ]
    found = [o.keys for o in find_overlaps(sessions, types=[REDUNDANT])]
    assert found == [(0, 1), (0, 2), (1, 2)]


def test_a_template_many_titles_share_makes_no_subject() -> None:
    """One department's 那些事儿 on a dozen subjects is its template, not their subject."""
    subjects = ["打草", "围栏", "拉货", "带教", "奶站", "剪毛", "接羔", "转场", "棚圈", "饮水",
                "牧道", "马具"]  # fmt: skip
    sessions = [
        _session(i, f"{subject}那些事儿·专题培训", start=NINE + timedelta(days=i % 10, hours=i))
        for i, subject in enumerate(subjects)
    ]
    others = [chr(0x5000 + 7 * i) + chr(0x6000 + 11 * i) for i in range(60)]  # unrelated words
    sessions += [
        _session(100 + i, f"{words}辅导", kind="PUBLICITY", start=NINE + timedelta(days=i % 10))
        for i, words in enumerate(others)
    ]
    assert find_overlaps(sessions, types=[REDUNDANT]) == []


def test_a_slogan_several_titles_lead_with_makes_no_subject() -> None:
    """A programme's slogan before a bar, each time before another subject, is no subject;
    one subject written before the programme it is held in is ("…？——全县田间课堂")."""
    slogan = ["法治护航 海岛同行｜借钱不打欠条吃亏", "法治护航 海岛同行｜新渔业法讲了啥？",
              "Invest Ulaan Tal | Catalogue of Encouraged Foreign Investment",
              "Invest Ulaan Tal | Deferred Tax on Profit Reinvestment"]  # fmt: skip
    sessions = [
        _session(i, title, start=NINE + timedelta(days=i)) for i, title in enumerate(slogan)
    ]
    assert find_overlaps(sessions, types=[REDUNDANT]) == []
    programme = ["买微耕机能便宜多少？——全县田间课堂", "买微耕机能便宜多少？——北山村田间课堂"]
    sessions = [
        _session(i, title, start=NINE + timedelta(days=i)) for i, title in enumerate(programme)
    ]
    assert _found(find_overlaps(sessions, types=[REDUNDANT]))


@pytest.mark.parametrize(
    ("sectors", "regions", "english", "chinese"),
    [
        ((), (), "all enterprises", "所有企业"),
        ((), ("石湾镇",), "all sectors in 石湾镇", "石湾镇的所有行业"),
        ((RETAIL, MANUFACTURING), ("龙江镇", "石湾镇"), "Manufacturing, Wholesale and retail trade in 石湾镇, 龙江镇", "石湾镇、龙江镇的制造业、批发和零售业"),
        (("tourism",), (), "tourism", "tourism"),
    ],
)  # fmt: skip
def test_a_reason_names_the_audience_in_both_languages(
    sectors: tuple[str, ...], regions: tuple[str, ...], english: str, chinese: str
) -> None:
    assert reasons.audience(frozenset(sectors), frozenset(regions)) == Message(english, chinese)


@pytest.mark.parametrize(
    ("minutes", "english", "chinese"),
    [
        (45, "45 minutes", "45 分钟"),
        (60, "1 hour", "1 小时"),
        (90, "1.5 hours", "1.5 小时"),
        (24 * 60, "1 day", "1 天"),
        (3 * 24 * 60, "3 days", "3 天"),
    ],
)
def test_a_reason_gives_lengths_in_the_unit_a_person_would_use(
    minutes: int, english: str, chinese: str
) -> None:
    assert reasons.span(timedelta(minutes=minutes)) == Message(english, chinese)


def test_unlike_titles_without_a_shared_topic_are_not_redundant() -> None:
    sessions = [_session(1, VAT), _session(2, EXPORT, start=NINE + timedelta(days=1))]
    assert find_overlaps(sessions) == []


def test_sessions_of_different_kinds_are_never_redundant() -> None:
    training = _session(1, SAFETY, topics={"安全"})
    publicity = _session(
        2, SAFETY, kind="PUBLICITY", start=NINE + timedelta(days=1), topics={"安全"}
    )
    assert find_overlaps([training, publicity]) == []


def test_overlaps_are_ordered_by_start_then_keys_then_type() -> None:
    sessions = [
        _session(4, FIRE, start=NINE + timedelta(days=1)),
        _session(3, SAFETY, start=NINE + timedelta(days=1)),
        _session(2, SAFETY),
        _session(1, SAFETY),
    ]
    assert [(o.type, o.keys) for o in find_overlaps(sessions)] == [
        (CONFLICT, (1, 2)),
        (REDUNDANT, (1, 2)),
        (REDUNDANT, (1, 3)),
        (REDUNDANT, (2, 3)),
        (CONFLICT, (3, 4)),
    ]


def test_types_select_what_is_looked_for() -> None:
    sessions = [_session(1, SAFETY), _session(2, SAFETY)]
    assert [o.type for o in find_overlaps(sessions, types=[CONFLICT])] == [CONFLICT]
    assert [o.type for o in find_overlaps(sessions, types=[REDUNDANT])] == [REDUNDANT]
    assert [o.type for o in overlaps_with(sessions[0], sessions, types=[REDUNDANT])] == [REDUNDANT]


def test_overlaps_with_agrees_with_find_overlaps() -> None:
    sessions = [
        _session(1, VAT, topics={"增值税"}, sectors={MANUFACTURING}),
        _session(2, "增值税留抵退税政策解读会（第二期）", start=NINE + timedelta(days=2)),
        _session(3, SAFETY, start=NINE + timedelta(hours=1), regions={"石湾镇"}),
        _session(4, EXPORT, start=NINE + timedelta(days=5), topics={"增值税"}, sectors={RETAIL}),
        _session(5, FIRE, start=NINE + timedelta(days=2, hours=1), kind="PUBLICITY"),
        _session(6, SAFETY, start=NINE + timedelta(days=20), regions={"龙江镇"}),
        _session(7, SAFETY, start=NINE + timedelta(days=10), regions={"石湾镇"}),
    ]
    everything = find_overlaps(sessions)
    assert [(o.type, o.keys) for o in everything] == [
        (REDUNDANT, (1, 2)),
        (CONFLICT, (1, 3)),
        (REDUNDANT, (3, 7)),
        (CONFLICT, (2, 5)),
    ]
    for target in sessions:
        others = [session for session in sessions if session is not target]
        expected = [overlap for overlap in everything if target.key in overlap.keys]
        assert overlaps_with(target, others) == expected


def test_a_period_returns_only_overlaps_with_a_session_intersecting_it() -> None:
    before = _session(1, SAFETY, start=NINE - timedelta(days=10))
    inside = _session(2, SAFETY, start=NINE)
    clash = _session(3, VAT, start=NINE + timedelta(hours=1))
    after = _session(4, EXPORT, start=NINE + timedelta(days=3))
    unrelated = _session(5, EXPORT, start=NINE + timedelta(days=3, hours=1))
    sessions = [before, inside, clash, after, unrelated]
    found = find_overlaps(sessions, start=NINE, end=NINE + timedelta(days=1))
    assert [(o.type, o.keys) for o in found] == [(REDUNDANT, (1, 2)), (CONFLICT, (2, 3))]
    assert (
        find_overlaps(sessions, start=NINE + timedelta(hours=3), end=NINE + timedelta(days=3)) == []
    )


@pytest.mark.parametrize(
    ("long_start", "other_start", "other_days"),
    [
        (datetime(2027, 2, 10, tzinfo=UTC), datetime(2027, 1, 15, tzinfo=UTC), 30),
        (datetime(2027, 3, 10, tzinfo=UTC), datetime(2027, 3, 30, tzinfo=UTC), 1),
    ],
    ids=["other starting long before", "other starting well after"],
)
def test_a_period_keeps_conflicts_of_a_long_session_intersecting_it(
    long_start: datetime, other_start: datetime, other_days: int
) -> None:
    long = _session(1, VAT, start=long_start, hours=24 * 30)
    other = _session(2, EXPORT, start=other_start, hours=24 * other_days)
    everything = find_overlaps([long, other])
    assert [(o.type, o.keys) for o in everything] == [(CONFLICT, (1, 2))]
    period = (datetime(2027, 3, 10, tzinfo=UTC), datetime(2027, 3, 11, tzinfo=UTC))
    assert long.start < period[1] < long.end
    assert find_overlaps([long, other], start=period[0], end=period[1]) == everything


def _slots(
    existing: list[SessionInfo],
    *,
    kind: str | None = "TRAINING",
    topics: Collection[str] = (),
    sectors: Iterable[str] = (MANUFACTURING,),
    start: datetime = datetime(2027, 3, 10, tzinfo=SHANGHAI),
    end: datetime = datetime(2027, 3, 11, tzinfo=SHANGHAI),
    hours: float = 2,
    count: int = 5,
    step: timedelta = timedelta(hours=1),
) -> list[Slot]:
    return suggest_slots(
        existing,
        kind=kind,
        topics=topics,
        sectors=frozenset(sectors),
        regions=frozenset(),
        duration=timedelta(hours=hours),
        start=start,
        end=end,
        working_hours=(time(9), time(17)),
        zone=SHANGHAI,
        count=count,
        step=step,
    )


def _local_hours(slots: list[Slot]) -> list[tuple[int, int]]:
    return [(s.start.astimezone(SHANGHAI).hour, s.end.astimezone(SHANGHAI).hour) for s in slots]


def test_slots_are_disjoint_starts_on_the_grid_within_working_hours() -> None:
    slots = _slots([])
    assert _local_hours(slots) == [(9, 11), (11, 13), (13, 15), (15, 17)]
    assert slots[0] == Slot(
        start=datetime(2027, 3, 10, 1, tzinfo=UTC),
        end=datetime(2027, 3, 10, 3, tzinfo=UTC),
        redundancy=0,
        score=1.0,
    )


def test_a_slot_is_never_offered_against_a_session_for_the_same_audience() -> None:
    busy = _session(1, VAT, sectors={MANUFACTURING})  # 09:00-11:00 local
    assert _local_hours(_slots([busy])) == [(11, 13), (13, 15), (15, 17)]


def test_sessions_for_another_audience_or_cancelled_do_not_block_a_slot() -> None:
    retail = _session(1, VAT, sectors={RETAIL})
    cancelled = _session(2, VAT, cancelled=True)
    assert _local_hours(_slots([retail, cancelled]))[0] == (9, 11)


def test_a_slot_may_start_when_a_session_ends() -> None:
    busy = _session(1, VAT, hours=1)  # 09:00-10:00 local, open to everyone
    assert _local_hours(_slots([busy], step=timedelta(minutes=30)))[0] == (10, 12)


def test_weekends_are_skipped() -> None:
    saturday = datetime(2027, 3, 13, tzinfo=SHANGHAI)
    slots = _slots([], start=saturday, end=saturday + timedelta(days=3), count=1)
    assert [slot.start.astimezone(SHANGHAI).date().isoformat() for slot in slots] == ["2027-03-15"]


def test_fewer_redundant_neighbours_first_then_earliest() -> None:
    week = datetime(2027, 3, 8, tzinfo=SHANGHAI)  # Monday
    alike = _session(1, VAT, start=datetime(2027, 3, 1, 1, tzinfo=UTC), topics={"增值税"})
    slots = _slots(
        [alike], topics={"增值税"}, start=week, end=week + timedelta(days=14), hours=8, count=20
    )
    assert [(s.start.astimezone(SHANGHAI).day, s.redundancy, s.score) for s in slots] == [
        (16, 0, 1.0), (17, 0, 1.0), (18, 0, 1.0), (19, 0, 1.0),
        (8, 1, 0.5), (9, 1, 0.5), (10, 1, 0.5), (11, 1, 0.5), (12, 1, 0.5), (15, 1, 0.5),
    ]  # fmt: skip


def test_redundancy_counts_sessions_of_the_kind_asked_or_any_kind_when_none() -> None:
    publicity = _session(
        1, VAT, kind="PUBLICITY", start=NINE - timedelta(days=1), topics={"增值税"}
    )
    assert _slots([publicity], topics={"增值税"})[0].redundancy == 0
    assert _slots([publicity], topics={"增值税"}, kind=None)[0].redundancy == 1


def test_slot_count_is_a_maximum() -> None:
    assert len(_slots([], count=2)) == 2


@pytest.mark.parametrize(("hours", "step"), [(0, timedelta(hours=1)), (1, timedelta(0))])
def test_slots_need_a_positive_duration_and_step(hours: float, step: timedelta) -> None:
    with pytest.raises(ValueError, match="positive"):
        _slots([], hours=hours, step=step)


def test_the_report_counts_sessions_overlaps_and_enterprise_hours() -> None:
    vat = _session(1, VAT, sectors={MANUFACTURING}, regions={"石湾镇"}, hosts=("tax",))
    safety = _session(
        2, SAFETY, start=NINE + timedelta(hours=1), sectors={MANUFACTURING, RETAIL},
        hosts=("emergency",),
    )  # fmt: skip
    export = _session(
        3, EXPORT, start=NINE + timedelta(hours=2), sectors={RETAIL}, hosts=("emergency",)
    )
    sessions = [vat, safety, export]
    rows = coordination_report(sessions, find_overlaps(sessions), {"tax": 1})
    assert rows == [
        ReportRow(("emergency",), 2, 0, 0, 2, 0, 2 * 1 * 1 + 2 * 1 * 3.0),
        ReportRow(("tax",), 1, 0, 1, 1, 0, 2.0),
        ReportRow(("emergency", "tax"), 3, 0, 0, 1, 0, 2.0),
    ]


def test_an_overlap_for_all_enterprises_reaches_24_sector_regions() -> None:
    a = _session(1, VAT, hours=1, hosts=("tax",))
    b = _session(2, SAFETY, hours=3, hosts=("emergency",))
    (_, row_tax, row_pair) = coordination_report([a, b], find_overlaps([a, b]), {})
    assert row_pair.departments == ("emergency", "tax")
    assert row_pair.enterprise_hours == row_tax.enterprise_hours == 24.0


def test_co_hosted_sessions_count_for_each_host_and_their_pair() -> None:
    joint = _session(1, VAT, hosts=("tax", "finance"))
    solo = _session(2, SAFETY, start=NINE + timedelta(days=1), hosts=("tax",))
    rows = coordination_report([joint, solo], [], {"finance": 2})
    assert rows == [
        ReportRow(("finance",), 1, 1, 2, 0, 0, 0.0),
        ReportRow(("tax",), 2, 1, 0, 0, 0, 0.0),
        ReportRow(("finance", "tax"), 2, 1, 1, 0, 0, 0.0),
    ]
    (pair,) = [
        row
        for row in coordination_report([joint, solo], [], {}, pair_merges={("finance", "tax"): 5})
        if len(row.departments) == 2
    ]
    assert pair.merges == 5


def test_the_report_leaves_out_cancelled_sessions_and_unknown_overlaps() -> None:
    live = _session(1, VAT, hosts=("tax",))
    cancelled = _session(2, VAT, hosts=("emergency",), cancelled=True)
    stray = Overlap(CONFLICT, (1, 99), 1.0, Message("", ""), (), ())
    assert coordination_report([live, cancelled], [stray], {}) == [
        ReportRow(("tax",), 1, 0, 0, 0, 0, 0.0)
    ]


def test_a_department_with_only_merges_has_a_row() -> None:
    assert coordination_report([], [], {"finance": 3}) == [
        ReportRow(("finance",), 0, 0, 3, 0, 0, 0.0)
    ]


def test_the_default_window_is_two_weeks() -> None:
    assert timedelta(days=14) == DEFAULT_WINDOW
