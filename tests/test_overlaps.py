"""Overlaps for dashboards: conflicts and redundancies, slot suggestions, the coordination report."""

from __future__ import annotations

import base64
from datetime import datetime
from typing import Any

import pytest

from tests.api import Api, event_input

pytestmark = pytest.mark.anyio

OVERLAPS = """query($from: DateTime!, $to: DateTime!, $types: [OverlapType!], $first: Int, $after: String) {
  overlaps(from: $from, to: $to, types: $types, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id type score reason audience { sectors regions } sessions { id title hosts { slug } } } } }"""
SLOTS = """query($input: SuggestSlotsInput!) { suggestSlots(input: $input) { start end redundancy score } }"""
REPORT = """query($from: DateTime!, $to: DateTime!) { coordinationReport(from: $from, to: $to) {
  departments { departments sessions cohosted merges conflicts redundancies enterpriseHours }
  pairs { departments sessions cohosted merges conflicts redundancies enterpriseHours } } }"""
MARCH = {"from": "2027-03-01T00:00:00+08:00", "to": "2027-04-01T00:00:00+08:00"}
POST_WITH_OVERLAPS = """mutation($input: PostEventInput!) {
  postEvent(input: $input) { merged session { id } overlaps { type reason sessions { title } } userErrors { code } } }"""

SAFETY = {"title": "安全生产责任制培训", "location": "龙江镇应急管理所", "topics": ["安全生产"],
          "audience": {"sectors": ["manufacturing"], "regions": ["石湾镇"]}}  # fmt: skip


async def test_a_second_posting_at_the_same_hour_names_the_conflict(api: Api) -> None:
    tax = await api.department("tax")
    emergency = await api.department("emergency")
    first = await api.post(tax, externalId="vat")
    assert first["userErrors"] == []
    second = await api.mutate("postEvent", POST_WITH_OVERLAPS, _safety(), emergency)
    assert second["merged"] is False
    (conflict,) = [o for o in second["overlaps"] if o["type"] == "CONFLICT"]
    assert {s["title"] for s in conflict["sessions"]} == {
        "增值税留抵退税政策解读会",
        "安全生产责任制培训",
    }
    assert conflict["reason"] == (
        "“增值税留抵退税政策解读会” 与 “安全生产责任制培训” 都面向石湾镇的制造业，时间重叠 2 小时（同时开始）。"
    )
    overlaps = (
        await api.http.post(
            "/graphql",
            json={"query": OVERLAPS, "variables": MARCH},
            headers={"Accept-Language": "en-GB,en;q=0.9"},
        )
    ).json()["data"]["overlaps"]["nodes"]
    (english,) = [o for o in overlaps if o["type"] == "CONFLICT"]
    assert english["reason"] == (
        "“增值税留抵退税政策解读会” and “安全生产责任制培训” both reach Manufacturing in 石湾镇"
        " and overlap by 2 hours (same time)."
    )


def _safety(**extra: Any) -> dict[str, Any]:
    return event_input(externalId="safety", **SAFETY) | extra


async def test_overlaps_lists_conflicts_and_redundancies_and_never_a_session_with_itself(
    api: Api,
) -> None:
    tax = await api.department("tax")
    finance = await api.department("finance")
    emergency = await api.department("emergency")
    await api.post(tax, externalId="vat")
    merged = await api.post(finance, externalId="vat-too", title="增值税留抵退税政策解读会（联合）")
    assert merged["merged"] is True
    await api.mutate("postEvent", POST_WITH_OVERLAPS, _safety(), emergency)
    await api.post(finance, externalId="vat-again", title="留抵退税政策再解读", location="龙江镇文化中心",
                   start="2027-03-09T14:00:00+08:00", end="2027-03-09T16:00:00+08:00")  # fmt: skip
    await api.post(tax, externalId="other-sector", title="增值税政策解读（物流专场）", location="桥头镇",
                   start="2027-03-05T09:30:00+08:00", end="2027-03-05T11:30:00+08:00",
                   audience={"sectors": ["logistics"], "regions": ["石湾镇"]})  # fmt: skip
    found = (await api.query(OVERLAPS, MARCH))["overlaps"]
    pairs = {(o["type"], tuple(sorted(s["title"] for s in o["sessions"]))) for o in found["nodes"]}
    assert ("CONFLICT", ("增值税留抵退税政策解读会", "安全生产责任制培训")) in pairs
    assert ("REDUNDANT", ("增值税留抵退税政策解读会", "留抵退税政策再解读")) in pairs
    assert not any(len(set(titles)) < 2 for _, titles in pairs), "a merged session overlaps itself"
    assert not any("物流专场" in " ".join(titles) and kind == "CONFLICT" for kind, titles in pairs)
    assert found["totalCount"] == len(found["nodes"])
    conflicts = (await api.query(OVERLAPS, MARCH | {"types": ["CONFLICT"]}))["overlaps"]["nodes"]
    assert {o["type"] for o in conflicts} == {"CONFLICT"}
    page = (await api.query(OVERLAPS, MARCH | {"first": 1}))["overlaps"]
    assert page["pageInfo"]["hasNextPage"] is True
    rest = (await api.query(OVERLAPS, MARCH | {"after": page["pageInfo"]["endCursor"]}))[
        "overlaps"
    ]["nodes"]
    assert [o["id"] for o in page["nodes"] + rest] == [o["id"] for o in found["nodes"]]
    forged = base64.urlsafe_b64encode(b"overlap:-5").decode()
    refused = await api.raw(OVERLAPS, MARCH | {"after": forged})
    assert refused.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_suggested_slots_avoid_conflicts(api: Api) -> None:
    tax = await api.department("tax")
    await api.post(tax, externalId="vat")
    slots = (await api.query(SLOTS, {"input": {
        "audience": {"sectors": ["manufacturing"], "regions": ["石湾镇"]}, "topics": ["安全生产"], "durationMinutes": 120,
        "from": "2027-03-05T00:00:00+08:00", "to": "2027-03-06T00:00:00+08:00",
        "workingHours": {"start": "09:00", "end": "17:30"}}}))["suggestSlots"]  # fmt: skip
    assert slots
    busy = (
        datetime.fromisoformat("2027-03-05T09:30:00+08:00"),
        datetime.fromisoformat("2027-03-05T11:30:00+08:00"),
    )
    for slot in slots:
        start, end = datetime.fromisoformat(slot["start"]), datetime.fromisoformat(slot["end"])
        assert not (start < busy[1] and busy[0] < end), slot
        assert start.hour >= 9
        assert (end.hour, end.minute) <= (17, 30)
    assert (
        datetime.fromisoformat(slots[0]["start"]) >= busy[1]
        or datetime.fromisoformat(slots[0]["end"]) <= busy[0]
    )


async def test_the_coordination_report_counts_per_department_and_pair(api: Api) -> None:
    tax = await api.department("tax")
    finance = await api.department("finance")
    emergency = await api.department("emergency")
    await api.post(tax, externalId="vat")
    await api.post(finance, externalId="vat-too", title="增值税留抵退税政策解读会（联合）")
    await api.mutate("postEvent", POST_WITH_OVERLAPS, _safety(), emergency)
    report = (await api.query(REPORT, MARCH))["coordinationReport"]
    rows = {tuple(row["departments"]): row for row in report["departments"] + report["pairs"]}
    assert rows[("tax",)]["sessions"] == 1
    assert rows[("tax",)]["cohosted"] == 1
    assert rows[("tax",)]["merges"] == 1
    assert rows[("emergency",)]["conflicts"] == 1
    assert rows[("emergency",)]["enterpriseHours"] > 0
    assert rows[("emergency", "tax")]["conflicts"] == 1
    assert rows[("finance", "tax")]["cohosted"] == 1


async def test_an_english_title_and_its_chinese_wording_are_one_subject_days_apart(
    api: Api,
) -> None:
    invest = await api.department("invest")
    energy = await api.department("energy")
    await api.post(invest, externalId="en", title="Walnut Kernel Deep Processing Subsidy Briefing",
                   topics=["Investment"], location=None)  # fmt: skip
    await api.post(energy, externalId="zh", title="核桃仁精深加工补贴政策宣讲", topics=["林果"],
                   start="2027-03-12T09:30:00+08:00", end="2027-03-12T11:30:00+08:00")  # fmt: skip
    await api.post(energy, externalId="other", title="煤矿智能化建设奖补政策宣讲", topics=["煤矿"],
                   start="2027-03-15T09:30:00+08:00", end="2027-03-15T11:30:00+08:00")  # fmt: skip
    found = (await api.query(OVERLAPS, MARCH | {"types": ["REDUNDANT"]}))["overlaps"]["nodes"]
    pairs = {tuple(sorted(s["title"] for s in o["sessions"])) for o in found}
    assert pairs == {
        ("Walnut Kernel Deep Processing Subsidy Briefing", "核桃仁精深加工补贴政策宣讲")
    }


# Two departments' sessions days apart on one subject, each written in its own words:
# (title, topics) of each.
Titled = tuple[tuple[str, list[str]], tuple[str, list[str]]]
_ONE_SUBJECT: dict[str, Titled] = {
    "one title, each department's own tag": (
        ("A级景区创建宣传活动", ["红色旅游"]),
        ("A级景区创建政策解读会", ["景区创建"]),
    ),
    "an area's title naming its subject in brackets": (
        ("安全生产培训班（煤矿重大隐患判定）", []),
        ("煤矿重大隐患判定业务培训", []),
    ),
    "a subject in brackets that asks for something (申请) is still a subject": (
        ("招商政策宣讲会（园区入驻申请）", []),
        ("园区入驻申请辅导", []),
    ),
    "tags in two languages": (
        ("海上风电运维产业配套政策宣讲", ["海洋", "运维"]),
        ("海上风电运维产业配套政策解读会", ["offshore wind", "O&M"]),
    ),
    "each tagged with the other's subject": (
        ("绿色电力交易政策宣讲", ["绿电绿证", "绿电交易"]),
        ("买绿电进企业宣讲", ["绿电绿证", "绿电交易"]),
    ),
    "an industry's own policy": (
        ("集体林权制度改革政策宣讲", []),
        ("林权流转政策解读", []),
    ),
    "one subject in two explainers' framings": (
        ("一文讲透沙地封育｜政策宣讲", []),
        ("沙地封育那些事儿·解读会", []),
    ),
    "a subsidy by its formal name and its short one": (
        ("农业机械购置补贴宣讲会", []),
        ("农机补贴政策解读", []),
    ),
    "a trade's class by its occupation and by its programme": (
        ("育婴员职业技能培训班", []),
        ("巾帼家政培训，学完推荐上岗", []),
    ),
    "one policy each department tags in its own word, written in both titles or in neither": (
        ("明码标价和禁止价格欺诈规定宣讲会", ["明码标价", "营商环境"]),
        ("县市场监管局明码标价和禁止价格欺诈规定政策宣讲会", ["价格监管", "营商环境"]),
    ),
    "one policy each title writes with its own tag, in two languages": (
        ("Catalogue of Encouraged Foreign Investment Briefing", ["Foreign Investment"]),
        ("外资目录那些事儿·解读会", ["外资目录"]),
    ),
    "a foreign investor's profit reinvested": (
        ("Deferred Tax on Foreign Profit Reinvestment Briefing", ["Investment"]),
        ("境外投资者利润再投资递延纳税政策宣讲", ["外资促进"]),
    ),
}
_TWO_SUBJECTS: dict[str, Titled] = {
    "one area's title, two subjects in its brackets": (
        ("招商政策宣讲会（拿地即开工）", []),
        ("招商政策宣讲会（园区扶持办法）", []),
    ),
    "an industry named as the audience": (
        ("城镇燃气安全管理政策宣讲", []),
        ("学徒制补贴政策宣讲·电力、热力、燃气及水生产和供应业专场", []),
    ),
    "one industry, two of its policies": (
        ("林下经济政策宣讲", []),
        ("林权流转政策解读", []),
    ),
    "a foreign investor is no investment abroad": (
        ("境外投资者利润再投资递延纳税政策宣讲", []),
        ("境外投资备案管理政策宣讲", []),
    ),
    "two subjects in one explainer's framing": (
        ("羊绒分梳那些事儿·解读会", []),
        ("风光制氢那些事儿·解读会", []),
    ),
    "two trades' skills classes": (
        ("育婴员职业技能培训班", []),
        ("养老护理员职业技能培训班", []),
    ),
    "one tax's two reliefs, each named in its title and tagged": (
        ("煤炭资源税充填开采减征政策宣讲", ["煤炭税费", "充填开采"]),
        ("煤炭资源税衰竭期矿山减征宣讲会", ["煤炭税费", "衰竭期矿山"]),
    ),
    "a tax's pilot named in brackets and tagged, and another relief of the tax": (
        ("水资源税改革试点（矿井疏干排水）政策宣讲", ["煤炭税费", "疏干排水"]),
        ("煤炭资源税充填开采减征政策宣讲", ["煤炭税费", "充填开采"]),
    ),
    "a project's soil and water conservation plan and its fee": (
        ("生产建设项目水土保持方案审批实操辅导", []),
        ("水土保持补偿费征收专题培训", []),
    ),
    "a contractor's wage deposit and its wage account": (
        ("工资保证金解读会", []),
        ("农民工工资专用账户管理进企业宣讲", []),
    ),
    "a certification and its review": (
        ("专精特新中小企业认定培训会", []),
        ("专精特新中小企业复核培训会", []),
    ),
    "a local subject named and tagged beside a wider tag the other names": (
        ("一文讲透新能源制氢｜宣传活动", ["制氢", "绿电绿证"]),
        ("可再生能源绿色电力证书核发政策宣讲", []),
    ),
    "two parts of one grassland subsidy": (
        ("草原生态保护补助奖励政策禁牧补助宣讲", []),
        ("草原生态保护补助奖励政策草畜平衡奖励宣讲", []),
    ),
}


@pytest.mark.parametrize(
    ("titled", "redundant"),
    [(pair, True) for pair in _ONE_SUBJECT.values()]
    + [(pair, False) for pair in _TWO_SUBJECTS.values()],
    ids=[*_ONE_SUBJECT, *_TWO_SUBJECTS],
)
async def test_one_subject_is_read_through_each_departments_words(
    api: Api, titled: Titled, redundant: bool
) -> None:
    (first, first_topics), (second, second_topics) = titled
    invest = await api.department("invest")
    energy = await api.department("energy")
    await api.post(invest, externalId="first", kind="PUBLICITY", title=first, topics=first_topics,
                   audience={"sectors": [], "regions": []})  # fmt: skip
    await api.post(energy, externalId="second", kind="PUBLICITY", title=second,
                   topics=second_topics, audience={"sectors": [], "regions": []},
                   start="2027-03-12T09:30:00+08:00", end="2027-03-12T11:30:00+08:00")  # fmt: skip
    found = (await api.query(OVERLAPS, MARCH | {"types": ["REDUNDANT"]}))["overlaps"]["nodes"]
    pairs = {tuple(sorted(s["title"] for s in o["sessions"])) for o in found}
    assert pairs == ({tuple(sorted((first, second)))} if redundant else set())


async def test_a_date_and_place_noted_in_brackets_are_neither_subject_nor_title(
    api: Api,
) -> None:
    fic = await api.department("fic")
    tax = await api.department("tax")
    await api.post(fic, externalId="island", kind="PUBLICITY", audience={"sectors": [], "regions": []},
                   title="公司上了黑名单咋办（3月5日·大鳌岛修造船园区会议室）")  # fmt: skip
    await api.post(tax, externalId="county", kind="PUBLICITY", audience={"sectors": [], "regions": []},
                   title="公司上了黑名单咋办（3月12日·县商会大厦）",
                   start="2027-03-12T09:30:00+08:00", end="2027-03-12T11:30:00+08:00")  # fmt: skip
    found = (await api.query(OVERLAPS, MARCH | {"types": ["REDUNDANT"]}))["overlaps"]["nodes"]
    assert [[s["title"] for s in o["sessions"]] for o in found] == [["公司上了黑名单咋办"] * 2]


@pytest.mark.parametrize(
    ("one", "other", "conflict"),
    [
        ("呼和陶海嘎查", "呼和陶海", True),
        ("双屿镇", "双屿岛", True),
        ("哈播乡", "哈播公社", True),
        ("南溪农场", "Nanxi Town", True),
        ("Huajiao Xiang", "花礁乡", True),
        ("赛罕敖包镇", "Saikhan Ovoo", True),
        ("Altan Ovoo Sum", "Alatan'aobao Sumu", True),
        ("哈日陶勒盖镇", "Khar Tolgoi", True),
        ("红崖镇（原寨子湾乡）", "Hongya Town", True),
        ("双屿岛", "花礁乡", False),
        ("赛罕敖包镇", "Altan Ovoo Sum", False),
        ("石湾镇", "石湾区", False),
    ],
)
async def test_a_town_written_two_ways_is_one_audience(
    api: Api, one: str, other: str, conflict: bool
) -> None:
    tax = await api.department("tax")
    emergency = await api.department("emergency")
    await api.post(tax, externalId="vat", audience={"sectors": [], "regions": [one]})
    await api.post(emergency, **SAFETY | {"externalId": "safety",
                                          "audience": {"sectors": [], "regions": [other]}})  # fmt: skip
    found = (await api.query(OVERLAPS, MARCH | {"types": ["CONFLICT"]}))["overlaps"]["nodes"]
    assert [o["audience"]["regions"] for o in found] == ([[one]] if conflict else [])
