"""The cases that broke matching in counties it had never seen, each posted through postEvent.

Numbered as the issue that listed them: one room in many spellings (1), rooms as
evidence (2), co-hosts' own words and topic words (3, 4), qualifiers (5, 6), kind (7),
arrival order (8), decorated titles (9) and meeting codes (10).
"""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from tests.api import Api

pytestmark = pytest.mark.anyio

MORNING = {"start": "2027-04-13T09:00:00+08:00", "end": "2027-04-13T11:30:00+08:00"}
OPEN_AUDIENCE: dict[str, Any] = {"audience": {"sectors": [], "regions": []}}


async def _sessions_of(api: Api, postings: list[dict[str, Any]]) -> list[set[str]]:
    """Post each posting as its own department; the calendar's sessions as sets of externalIds."""
    tokens: dict[str, str] = {}
    for index, posting in enumerate(postings):
        slug = posting.pop("department", f"d{index}")
        if slug not in tokens:
            tokens[slug] = await api.department(slug)
        payload = await api.post(
            tokens[slug], externalId=f"p{index}", **(MORNING | OPEN_AUDIENCE | posting)
        )
        assert payload["userErrors"] == []
    page = await api.calendar(first=500)
    return [{event["externalId"] for event in edge["node"]["events"]} for edge in page["edges"]]


def _together(sessions: list[set[str]], *keys: str) -> bool:
    return any(set(keys) <= session for session in sessions)


@pytest.mark.parametrize(
    "places",
    [
        ("龙门县委党校一楼报告厅", "县委党校报告厅"),
        (
            "县行政中心3#楼第二会议室",
            "广东省惠州市龙门县行政中心3号楼2号会议室",
            "行政中心三号楼二会议室",
        ),
        ("高新区管委会6F会议室", "惠州高新技术产业开发区管理委员会六楼会议室"),
        ("电商园培训中心B厅", "龙门县电子商务产业园培训中心 B 厅"),
        (
            "Room A, 1/F, Longmen E-commerce Industrial Park",
            "广东省惠州市龙门县龙城街道兰花大道88号县电子商务产业园1F A厅",
        ),
        ("县委党校（县行政学院）2栋201教室", "福建省三明市清溪县委党校二号楼201室"),
        ("清溪土楼游客中心 1楼 研学课堂", "清溪县土楼景区游客服务中心研学教室"),
        ("清溪县海峡两岸青年创业园2楼路演厅", "台青创业基地二楼路演厅"),
        ("县商会大厦洽谈室", "Negotiation Room, County Chamber of Commerce Building"),
    ],
    ids=[
        "party-school",
        "admin-centre",
        "high-tech-zone",
        "e-commerce-park",
        "county-in-english",
        "party-school-after-its-city",
        "visitor-centre-classroom",
        "startup-base-two-names",
        "a-negotiation-room-in-english",
    ],
)
async def test_1_one_room_in_many_spellings_is_one_place(api: Api, places: tuple[str, ...]) -> None:
    titles = ("稳岗返还政策宣讲", "企业用工补贴申领辅导", "就业政策进企业")
    sessions = await _sessions_of(
        api,
        [{"title": title, "location": place} for title, place in zip(titles, places, strict=False)],
    )
    assert len(sessions) == 1, "co-hosts in one room at one time are one session"


async def test_2_one_room_at_one_time_is_one_session_and_the_next_room_another(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "社会保险费申报缴纳辅导", "location": "县市民中心西楼一号会议室"},
        {"title": "职工医保参保登记与缴费培训", "location": "沭阳县市民中心西区1号会议室"},
        {"title": "社会保险费申报缴纳辅导", "location": "县市民中心西楼二号会议室"},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1"), "whatever the titles say"
    assert not _together(sessions, "p0", "p2"), "a parallel session next door"


async def test_2_one_department_in_two_rooms_of_a_visitor_centre_holds_two_sessions(
    api: Api,
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "民宿及农家乐餐饮食品安全培训", "department": "market",
         "location": "土楼游客中心多功能厅"},
        {"title": "民宿及农家乐餐饮食品安全培训", "department": "market",
         "location": "清溪土楼景区游客服务中心研学教室"},
    ])  # fmt: skip
    assert len(sessions) == 2


async def test_2_6_one_department_s_numbered_session_in_two_rooms_is_two_classes(
    api: Api,
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "【市人社局】电子商务师（直播销售员）职业技能专题培训第十期",
         "department": "hrss", "location": "人社大楼6楼培训二室"},
        {"title": "【市人社局】电子商务师（直播销售员）职业技能专题培训第十期",
         "department": "hrss", "location": "人社大楼7楼多功能厅"},
    ])  # fmt: skip
    assert len(sessions) == 2, "its parallel classes"


async def test_1_a_town_s_own_hall_is_the_hall_of_the_town_it_posts_for(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "政企面对面", "department": "culture", "location": "溪坑镇人民政府会议室",
         "topics": ["现场办", "文旅"], "audience": {"sectors": [], "regions": ["溪坑镇"]},
         "start": "2027-04-13T09:30:00+08:00", "end": "2027-04-13T10:30:00+08:00"},
        {"title": "政企面对面", "department": "xikeng", "location": "镇政府三楼大会议室",
         "topics": ["有事说事"], "audience": {"sectors": [], "regions": ["溪坑"]},
         "start": "2027-04-13T09:00:00+08:00", "end": "2027-04-13T11:00:00+08:00"},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_1_2_one_floor_of_a_town_s_hall_with_no_room_named_holds_one_session(
    api: Api,
) -> None:
    """Two hosts in a town hall's 二楼会议室 at one hour are in one room, so one session,
    though each titles the fishermen's morning for its own part of it."""
    sessions = await _sessions_of(api, [
        {"title": "退捕渔民养老保险参保政策宣讲", "location": "新堤镇政府二楼会议室"},
        {"title": "渔业船舶安全生产培训", "location": "蓼湖县新堤镇人民政府2F会议室"},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_1_the_county_s_seat_however_written_is_its_government(api: Api) -> None:
    """县府 is the county government (县人民政府), whose room at
    one time holds one session, whatever each co-host's title says of it: the port's
    logistics policies and its dangerous goods are one morning there."""
    sessions = await _sessions_of(api, [
        {"title": "多式联运发展政策宣讲会", "location": "县府1号楼4F第三会议室"},
        {"title": "港口危险货物作业安全培训", "location": "蓼湖县人民政府1号楼四层3号会议室"},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_1_a_park_and_a_town_written_two_ways_are_one_place(api: Api) -> None:
    """The town after its county is the town; two names of one park share a character."""
    sessions = await _sessions_of(api, [
        {"title": "竹制品团体标准宣贯会", "department": "forestry", "location": "竹坪乡竹木产业园1F展厅",
         "topics": ["质量提升", "林业"], "audience": {"sectors": [], "regions": ["清溪县竹坪乡"]},
         "start": "2027-04-13T14:00:00+08:00", "end": "2027-04-13T15:00:00+08:00"},
        {"title": "关于举办竹制品团体标准宣贯会的通知", "department": "industry",
         "location": "清溪竹产业园（竹坪乡园区路1号）展厅", "topics": ["计量", "工业经济"],
         "audience": {"sectors": [], "regions": ["竹坪乡"]},
         "start": "2027-04-13T13:30:00+08:00", "end": "2027-04-13T15:00:00+08:00"},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_1_two_towns_halls_are_two_places_though_their_names_share_a_character(
    api: Api,
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "惠农补贴政策宣讲（公益）", "department": "agri", "location": "铁龙镇政府三楼会议室"},
        {"title": "强农惠农政策宣讲活动", "department": "gov",
         "location": "翁源县龙仙镇人民政府三楼会议室"},
    ])  # fmt: skip
    assert len(sessions) == 2


async def test_3_a_title_in_traditional_characters_names_its_subject_to_an_english_one(
    api: Api,
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "跨境電商出口業務培訓", "location": None},
        {"title": "Cross-Border E-commerce Export Training", "location": None},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_2_a_room_holds_one_session_when_the_times_only_partly_agree(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "社会保险费申报缴纳专题辅导会", "location": "县市民中心西区1号会议室",
         "start": "2027-04-08T15:00:00+08:00", "end": "2027-04-08T16:00:00+08:00"},
        {"title": "关于开展职工医保参保登记与缴费专题培训的通知",
         "location": "沭阳县市民中心（沭城街道迎宾大道9号）西楼一号会议室",
         "start": "2027-04-08T07:30:00Z", "end": "2027-04-08T09:00:00Z"},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_2_a_room_s_session_before_and_after_partly_meeting_are_two(api: Api) -> None:
    """A tax class until 11:00 and a safety talk from 09:50 in one room: the times meet only
    because one of them is mistimed, and titles of two subjects sharing no word say so."""
    sessions = await _sessions_of(api, [
        {"title": "增值税留抵退税政策解读", "location": "县政务服务中心3楼第一会议室",
         "start": "2027-04-08T09:00:00+08:00", "end": "2027-04-08T11:00:00+08:00"},
        {"title": "有限空间作业安全培训", "location": "县政务服务中心三楼第一会议室",
         "start": "2027-04-08T09:50:00+08:00", "end": "2027-04-08T12:00:00+08:00"},
    ])  # fmt: skip
    assert len(sessions) == 2


async def test_2_a_room_s_sessions_partly_meeting_with_nothing_in_common_are_two(
    api: Api,
) -> None:
    """Subjects no glossary knows, titles and tags sharing no word: the room's next session."""
    sessions = await _sessions_of(api, [
        {"title": "大豆高产栽培现场会", "location": "县行政中心一楼第1会议室", "topics": ["大豆"],
         "kind": "TRAINING", "audience": {"sectors": ["A"], "regions": []},
         "start": "2027-04-08T09:00:00+08:00", "end": "2027-04-08T11:00:00+08:00"},
        {"title": "桦皮画传习班", "location": "县行政中心1楼1号会议室", "topics": ["非遗"],
         "kind": "PUBLICITY", "audience": {"sectors": ["R"], "regions": []},
         "start": "2027-04-08T10:00:00+08:00", "end": "2027-04-08T11:30:00+08:00"},
    ])  # fmt: skip
    assert len(sessions) == 2


async def test_2_one_room_does_not_join_a_department_s_back_to_back_sessions(api: Api) -> None:
    """A co-host's overlong end meets both of a room's back-to-back sessions; it joins one,
    and the room's two sessions stay two, whatever else the room joins."""
    day = "2027-11-22T{}:00+08:00"
    sessions = await _sessions_of(api, [
        {"title": "Central Asia Market Access and Export Policy Briefing", "department": "invest",
         "location": "Room B, 4F, County Government Service Center",
         "start": day.format("16:30"), "end": day.format("17:30")},
        {"title": "Central Asia Export Series | China-Central Asia Rail Freight",
         "department": "invest", "location": "Meeting Hall B, 4/F, County Gov. Service Center",
         "start": day.format("17:30"), "end": day.format("18:30")},
        {"title": "中亚市场开拓与出口业务专题培训", "department": "commerce",
         "location": "县政务服务中心 4F-B会议厅", "start": day.format("16:30"),
         "end": day.format("18:00")},
        {"title": "中亚班列运输政策专题培训", "department": "commerce",
         "location": "县政务服务中心4楼B厅", "start": day.format("17:30"), "end": day.format("18:30")},
    ])  # fmt: skip
    assert sorted(map(sorted, sessions)) == [["p0", "p2"], ["p1", "p3"]]


async def test_3_4_co_hosts_in_their_own_words_and_topic_words(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "药店GSP合规辅导", "location": "县市民中心西楼四楼报告厅", "topics": ["药品安全"]},
        {"title": "药品经营质量管理规范培训", "location": None, "topics": ["GSP"]},
        {"title": "出口信用保险政策宣讲会", "location": "经开区管委会三楼第2会议室", "topics": ["稳外贸"],
         **{"start": "2027-04-14T09:00:00+08:00", "end": "2027-04-14T11:30:00+08:00"}},
        {"title": "Export Credit Insurance Workshop", "location": None, "topics": ["外贸政策"],
         **{"start": "2027-04-14T09:00:00+08:00", "end": "2027-04-14T11:00:00+08:00"}},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1")
    assert _together(sessions, "p2", "p3"), "an English posting of a Chinese one"
    assert len(sessions) == 2


async def test_3_co_hosts_naming_subjects_of_one_policy_family_without_a_place(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "纳税人学堂：社会保险费申报缴纳专题辅导会", "location": "人力资源市场培训中心 B 厅",
         "topics": ["社保费"]},
        {"title": "职工医保参保登记与缴费培训会", "location": None, "topics": ["医保"]},
        {"title": "特种设备安全管理培训", "location": None, "topics": ["特种设备"]},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1"), "one family of subjects, one session"
    assert not _together(sessions, "p0", "p2"), "another policy at the same hour"


async def test_3_the_yangtze_fishing_ban_by_either_of_its_names(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "长江十年禁渔政策宣传宣讲", "location": "新堤镇人民政府二楼会议室",
         "topics": ["十年禁渔"]},
        {"title": "禁捕知识进社区", "location": None},
        {"title": "伏季休渔管理规定宣讲", "location": None},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1"), "禁渔 and 禁捕 name one ban"
    assert not _together(sessions, "p0", "p2"), "a season's moratorium at sea is another policy"


async def test_3_a_policy_by_its_common_short_name(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "创业担保贷款贴息政策宣讲会", "location": None},
        {"title": "创业贷宣传活动", "location": None},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1"), "with no place, the titles say one policy"


async def test_5_a_qualifier_on_one_side_is_one_session_on_both_sides_two(api: Api) -> None:
    room = "县行政中心2号楼第一会议室"
    sessions = await _sessions_of(api, [
        {"title": "纳税人学堂第2期 增值税申报", "location": room},
        {"title": "增值税申报实务培训", "location": room},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("安全生产培训第2期", "安全生产培训第3期"),
        ("安全生产培训第一期", "安全生产培训第二期"),
        ("电商人才培训一班", "电商人才培训二班"),
        ("留抵退税政策解读（石湾镇专场）", "留抵退税政策解读（园洲镇专场）"),
        ("稳外贸政策宣讲新市镇站", "稳外贸政策宣讲乾元镇站"),
        ("外贸惠企政策解读会走进周陂镇", "经开区外贸企业惠企政策解读会走进新江镇"),
        (
            "【市税务】食品安全抽检政策解读会【余杭分场】",
            "食品安全抽检政策解读专题会（西湖区企业专场）",
        ),
        (
            "Minimum wage rules talk for Binjiang businesses",
            "Minimum wage rules for Fuyang businesses",
        ),
        ("创办你的企业（SYB）培训（朝鲜语授课）", "SYB创业培训（汉语班）"),
        ("[조선족기업가협회] 전통요리 기능연수 (조선어반)", "朝鲜族风味菜烹饪培训（汉语班）"),
        ("[조선족기업가협회] 전통요리 기능연수 (한어반)", "朝鲜族风味菜烹饪培训（朝鲜语授课）"),
        ("[조선족기업가협회] 변경무역 통번역 연수 1반", "边贸朝鲜语实用翻译培训二班"),
        (
            "旅游从业人员黎语日常用语培训班（初级班）",
            "【县人社局】旅游从业人员黎语日常用语培训班（提高班）",
        ),
        (
            "Export Controls Compliance: Beginner Class",
            "Export Controls Compliance (Advanced Class)",
        ),
        ("电工职业技能提升培训（中级）", "初级电工职业技能提升培训（公益）"),
        ("网络直播电商带货技能培训班6期", "网络直播电商带货技能培训班（7期）"),
    ],
)
async def test_5_6_different_qualifiers_are_two_sessions_even_at_one_place(
    api: Api, left: str, right: str
) -> None:
    sessions = await _sessions_of(api, [
        {"title": left, "location": "县委党校报告厅"},
        {"title": right, "location": "县委党校报告厅"},
    ])  # fmt: skip
    assert len(sessions) == 2


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("县行政中心101室", "县行政中心102室"),
        ("Room A, Citizen Centre", "Room B, Citizen Centre"),
        ("江尾镇文化广场", "铁龙镇文化广场"),
        ("锦塘宾馆2层锦绣厅", "锦塘宾馆会议中心二层兰亭会议室"),
    ],
)
async def test_6_identical_titles_in_two_rooms_are_two_sessions(
    api: Api, left: str, right: str
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "劳动合同管理实务培训", "location": left},
        {"title": "劳动合同管理实务培训", "location": right},
    ])  # fmt: skip
    assert len(sessions) == 2


async def test_6_specials_of_two_towns_without_a_place_are_two_sessions(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "留抵退税政策解读（石湾镇专场）", "location": None},
        {"title": "留抵退税政策解读（张槎镇专场）", "location": None},
    ])  # fmt: skip
    assert len(sessions) == 2


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("计量器具规范使用宣传（哈沙图嘎查站）", "计量器具规范使用宣传·哈沙图站"),
        ("牧家乐经营管理培训（哈日诺尔苏木站）", "牧家乐经营管理培训·哈日诺尔站"),
        ("渔船安全生产培训（双屿岛站）", "渔船安全生产培训·双屿站"),
        ("茶叶初制所规范提升培训（哈播公社站）", "茶叶初制所规范提升培训·哈播站"),
    ],
)
async def test_5_a_town_written_with_or_without_its_kind_is_one_special(
    api: Api, left: str, right: str
) -> None:
    sessions = await _sessions_of(api, [
        {"title": left, "location": "镇党群服务中心会议室"},
        {"title": right, "location": "镇党群服务中心会议室"},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_5_6_a_town_after_a_dash_names_the_town_s_session(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "【报名】消费品以旧换新补贴解读会——红崖镇", "location": None},
        {"title": "消费品以旧换新补贴宣传活动（杏河镇专场）", "location": None},
        {"title": "消费品以旧换新补贴宣讲（红崖镇专场）", "location": None},
    ])  # fmt: skip
    assert not _together(sessions, "p0", "p1"), "two towns' sessions at one hour"
    assert _together(sessions, "p0", "p2"), "one town's, in two departments' words"


@pytest.mark.parametrize(("office", "one"), [("菱角湖镇人民政府", True), ("沙口镇人民政府", False)])
async def test_5_a_town_office_s_own_special_is_its_town_s(
    api: Api, office: str, one: bool
) -> None:
    bureau = await api.department("bureau")
    town = await api.department("town", office)
    await api.post(bureau, externalId="county", **MORNING | OPEN_AUDIENCE,
                   title="夏季小龙虾餐饮食品安全培训班（菱角湖镇专场）", location="菱角湖镇政府三楼会议室")  # fmt: skip
    await api.post(town, externalId="own", **MORNING | OPEN_AUDIENCE,
                   title="夏季小龙虾餐饮食品安全培训（本镇专场）", location="镇政府三楼会议室")  # fmt: skip
    page = await api.calendar(first=500)
    assert len(page["edges"]) == (1 if one else 2)


async def test_7_kind_is_evidence_not_a_veto(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "建筑工地扬尘污染防治政策宣讲", "kind": "PUBLICITY", "location": "县建设大厦6楼会议室"},
        {"title": "施工扬尘管控培训会", "kind": "TRAINING", "location": "建设大厦六楼会议室"},
    ])  # fmt: skip
    assert len(sessions) == 1


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
async def test_8_co_hosts_announcing_other_starts_meet_in_any_order(
    api: Api, order: tuple[int, ...]
) -> None:
    starts = ("13:30", "14:00", "14:30")
    postings = [
        {"title": title, "location": "县委党校报告厅", "start": f"2027-04-13T{start}:00+08:00",
         "end": "2027-04-13T17:00:00+08:00", "department": f"d{index}"}
        for index, (title, start) in enumerate(zip(("人才新政解读会", "人才引进政策宣讲", "科技人才政策解读"), starts, strict=True))
    ]  # fmt: skip
    sessions = await _sessions_of(api, [postings[i] for i in order])
    assert len(sessions) == 1


async def test_9_decorations_are_not_the_subject_and_not_shown(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "【报名】２０２７年度纳税人学堂第５期", "location": None},
        {"title": "纳税人学堂第5期", "location": "县税务局二楼纳税人学堂"},
    ])  # fmt: skip
    assert len(sessions) == 1
    page = await api.calendar(first=10)
    assert page["edges"][0]["node"]["title"] == "纳税人学堂第5期"
    postings = {event["title"] for event in page["edges"][0]["node"]["events"]}
    assert "【报名】２０２７年度纳税人学堂第５期" in postings, "postings keep their titles"


@pytest.mark.parametrize(
    ("posted", "shown"),
    [
        ("海上风电运维产业配套政策解读会（3月11日·渔山、花礁）", "海上风电运维产业配套政策解读会"),
        (
            "Offshore Wind O&M Supply Chain Info Session (10 Mar, Langang Zhen, Huajiao Xiang)",
            "Offshore Wind O&M Supply Chain Info Session",
        ),
        ("Trade-in Subsidy Briefing (Mar 17, County-wide)", "Trade-in Subsidy Briefing"),
        ("一文讲透不裁员返还｜培训班（3月29日·查干淖尔）", "一文讲透不裁员返还｜培训班"),
    ],
)
async def test_9_a_note_of_when_and_where_is_neither_shown_nor_taken_for_a_title(
    api: Api, posted: str, shown: str
) -> None:
    assert await _title_shown(api, posted) == shown


async def _title_shown(api: Api, posted: str) -> str:
    """The calendar's title for the session of one posting titled so."""
    await _sessions_of(api, [{"title": posted}])
    page = await api.calendar(first=10)
    title: str = page["edges"][0]["node"]["title"]
    return title


async def test_10_meeting_codes_in_any_spelling(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "数据出境安全评估申报辅导", "location": "腾讯会议 842-331-907"},
        {"title": "数据安全合规培训", "location": "线上", "onlineUrl": "https://meeting.tencent.com/dm/842331907"},
        {"title": "个人信息保护宣讲", "location": "腾讯会议：842 331 907"},
        {"title": "数据出境安全评估申报辅导", "location": "腾讯会议 555-111-222"},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1", "p2")
    assert not _together(sessions, "p0", "p3"), "another meeting at the same hour"


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            {"location": "华为云WeLink（会议号：279-828-233）",
             "onlineUrl": "https://welink.huaweicloud.com/meeting/join?confId=279828233"},
            {"location": "华为云WeLink 119 626 477",
             "onlineUrl": "https://welink.huaweicloud.com/meeting/join?confId=119626477"},
        ),
        (
            {"location": "线上会议", "onlineUrl": "https://meeting.tencent.com/dm/7wuBgJ5s"},
            {"location": "腾讯会议：111 778 400", "onlineUrl": "https://meeting.tencent.com/dm/WqmWzyBX"},
        ),
    ],
    ids=["one-join-page-two-numbers", "two-meeting-links"],
)  # fmt: skip
async def test_10_two_online_meetings_at_one_hour_are_two_sessions(
    api: Api, left: dict[str, str], right: dict[str, str]
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "企业所得税年度汇算清缴专题辅导", **left},
        {"title": "企业所得税年度汇算清缴培训", **right},
    ])  # fmt: skip
    assert len(sessions) == 2


@pytest.mark.parametrize(
    "places",
    [
        ("潯澳臺商投資區管委會綜合樓301", "浔澳台商投资区管委会综合楼301会议室"),
        ("市行政学院（1楼101）", "中共浔澳市委党校101"),
        ("县综合楼西楼3F305", "行政中心西楼305会议室"),
        ("市民中心B座5层512", "市民服务中心B座五一二"),
        ("县会议中心401多功能厅", "县会议中心401会议室"),
        ("赤峡宾馆三楼峡谷厅", "赤峡宾馆三楼峡谷多功能厅"),
        ("Room A, Service Center, Sino-German (Wenfeng) Auto Parts Industrial Park",
         "中德产业园服务中心2楼A会议室"),
        ("北洼镇3楼会议室", "北洼镇人民政府三楼会议室"),
        ("汶丰市市民中心A栋3F东会议室", "市民服务中心Ａ座东侧会议室"),
        ("化工园区管委会 3楼 应急指挥中心", "北洼镇滨海化工产业园管理委员会三楼应急指挥中心"),
        ("侨联大厦 六楼 侨声厅", "浔澳市华侨大厦6F侨声厅"),
        ("Main Conference Hall, 2F, Administrative Center", "行政中心2楼多媒体大会议室"),
        ("中德产业园服务中心2楼B会议室", "中德产业园服务中心2FB厅"),
        ("电子商务公共服务中心二楼１号直播间", "Live Room 1, 2F, E-commerce Public Service Center"),
        ("Meeting Room, 3/F, Xinjiang Town Government, Wengyuan County", "新江镇府3F会议室"),
        ("物流园综合服务楼一层直播A厅", "铁路物流园综合服务楼1楼A号直播间"),
        ("县人力资源市场2楼一培训室", "县就业服务中心 二楼 第一培训室"),
        ("职教中心2号楼四层401室", "县职教中心2#楼4楼401电商直播实训室"),
        ("农业大楼三层培训室", "蓼湖县农业农村局三楼培训室"),
        ("县税务局办税服务厅2楼纳税人学堂", "我局办税服务厅二楼培训室"),
        ("县府1号楼4F第三会议室", "蓼湖县人民政府1号楼四层3号会议室"),
        ("Conference Room 3, 4F, Building 1, Liaohu County Government Compound",
         "县府1号楼四层3号会议室"),
        ("安监局大楼3楼301", "县应急管理局三楼301会议室"),
        ("国税大楼八楼纳税人学堂", "县税务局办公大楼8楼纳税人学堂"),
        ("工商联大厦10楼1002会议室", "县总商会大厦十楼1002室"),
        ("203教室（焦原县行政学校2号楼）", "203教室（府西街党校2号楼）"),
        ("县公共就业和人才服务中心 二楼 第一培训教室", "滨河路人力资源市场二层一号培训教室"),
        ("县应急管理局办公楼301培训室", "培训室301，文化街应急大楼"),
        ("融媒大楼5F第一会议室", "县电视台大楼5楼1号会议室"),
        ("开发区管委会二号楼301会议室", "园区大道1号2号楼301会议室"),
        ("新堤镇政府二楼会议室", "蓼湖县新堤镇人民政府2F会议室"),
        ("旗委旗政府大院A座1楼学术报告厅", "额尔敦宝力格旗人民政府A座一楼学术报告厅"),
        ("塔本陶勒盖盟额尔敦宝力格旗职业技能公共实训基地201教室", "旗职业技能公共实训基地201室"),
        ("县劳动就业局301室", "县劳动就业局三楼第一会议室"),
        ("人力资源大厦301室", "中山路216号人力资源大厦1会议室"),
        ("政务大厅３０５室", "政务大厅第2会议室"),
        ("行政中心2号楼第1会议室", "行政中心南楼1会议室"),
        ("安监大楼1层101室", "兴安路应急大楼101"),
        ("林都大街与红松路交口俱乐部二楼多功能厅", "林业局俱乐部二楼多功能厅"),
        ("324国道石厝段石材城东门（石材城服务中心）3楼多功能厅", "石材城服务中心三楼多功能厅"),
        ("石材城服务中心第2会议室", "锦湾市石厝镇石材产业服务中心三楼第二会议室"),
        ("锦湾市科创路18号 开发区服务中心 3F-2", "开发区服务中心3楼2号会议室"),
        ("局职高3教室", "县职教中心第3教室"),
        ("Room 201, County Vocational High School", "县职业中学201室"),
        ("职工之家第1活动室", "县工人文化宫1活动室"),
        ("旗农牧局一楼大会议室", "农牧大楼1楼大会议室"),
        ("Room 101, Agriculture and Animal Husbandry Bureau", "旗农牧局101室"),
        ("办税服务厅二楼纳税人学堂", "国家税务总局额尔敦宝力格旗税务局2楼纳税人学堂"),
        ("市农技站2楼会议室", "图安市农业技术推广中心 二楼会议室"),
        ("焦原县能源局三楼会议室1", "县煤炭局大楼三楼会议室1"),
        ("臺商之家1楼报告厅", "云溪台商投资区台商服务中心1楼报告厅"),
        ("酒坊场坝", "遵义市赤峡县酒坊镇集镇农贸市场"),
        ("凤鸣党群中心三楼多功能室", "凤鸣街道党群服务中心3楼多功能室"),
    ],
    ids=["traditional-characters", "two-plaques", "government-compound", "room-spelt-digit-by-digit",
         "numbered-hall", "named-multi-purpose-hall", "sino-german-in-english", "town-and-room",
         "room-named-by-its-side", "command-centre", "a-hall-by-its-own-name",
         "the-main-hall-in-english", "lettered-room-or-hall", "a-live-room-in-english",
         "a-town-government-by-its-town", "a-studio-by-its-letter",
         "the-job-market-in-the-employment-centre", "a-room-number-before-the-room-s-name",
         "a-bureau-s-building-by-its-field", "the-tax-service-hall-is-no-room",
         "the-county-government-as-its-seat", "the-government-compound-in-english",
         "a-bureau-by-its-name-before-the-reform", "the-state-tax-building",
         "the-federation-of-commerce-is-the-chamber", "the-party-school-s-other-plaque",
         "the-employment-and-talent-centre", "a-bureau-s-building-by-its-field-in-a-street",
         "the-media-centre-in-the-tv-station", "a-road-named-for-its-park",
         "one-floor-and-no-room-named", "a-banner-s-government-and-its-party-committee",
         "a-banner-s-long-name-before-its-building", "a-room-s-number-and-its-name-on-its-floor",
         "a-room-s-number-and-the-ordinal-it-ends-in",
         "a-room-s-number-and-a-meeting-room-numbered-through-the-building",
         "a-wing-by-its-number-and-by-the-compass", "the-work-safety-building",
         "a-building-by-the-crossing-it-stands-at", "a-building-by-its-gate-on-a-highway",
         "a-trade-s-quarter-by-two-names", "a-floor-dash-room",
         "the-vocational-school-by-its-new-plaque", "the-vocational-school-in-english",
         "the-trade-union-s-house-by-two-names", "the-pastoral-agriculture-bureau-s-building",
         "the-pastoral-agriculture-bureau-in-english", "the-tax-bureau-by-its-service-hall",
         "the-extension-station-by-its-new-name", "the-energy-bureau-by-its-old-name",
         "the-taiwanese-business-house-by-two-plaques", "a-town-s-market-square",
         "a-party-and-people-centre-abbreviated"],
)  # fmt: skip
async def test_1_counties_own_ways_of_writing_one_room(api: Api, places: tuple[str, str]) -> None:
    sessions = await _sessions_of(api, [
        {"title": "台资企业融资对接宣讲", "location": places[0]},
        {"title": "台胞台企金融服务政策说明会", "location": places[1]},
    ])  # fmt: skip
    assert len(sessions) == 1, "one room at one time"


@pytest.mark.parametrize(
    "places",
    [
        ("行政中心西楼305", "行政中心西楼306"),
        ("中德产业园服务中心2楼A会议室", "Meeting Room B, Service Center, Sino-German Industrial Park"),
        ("双庙镇三楼大会议室", "北洼镇3楼会议室"),
        ("党校教学楼教室201", "党校教学楼三楼多功能厅"),
        ("市民中心A座三楼东会议室", "Floor 3 West Meeting Room, Block A, Wenfeng Citizen Center"),
        ("行政服务中心2号楼202室", "澳头镇便民服务中心2楼大会议室"),
        ("口岸联检楼 2楼1号厅", "联检楼2层 二号厅"),
        ("口岸联检大楼·1厅", "Hall No.3, 2F, Port Joint Inspection Building"),
        ("电子商务产业园·2层第二直播间", "电商产业园 2楼 1号直播间"),
        ("Hall No.1, Port Inspection Building", "电子商务产业园二楼一号直播间"),
        ("Hall 3, Port Joint Inspection Building", "行政中心七楼第三会议室"),
        ("吉林省白岭朝鲜族自治州图安市人参博物馆1号厅", "Hall 1, Tuan Expo Center"),
        ("洋坑茶市3楼301", "鹭尾花市3楼301室"),
        ("浔澳市人力资源市场4层B室", "人力资源市场4层A培训室"),
        ("物流园综合楼一层直播A厅", "物流园综合楼1楼B号直播间"),
        ("县总商会大厦8F会议室", "臺商投資區管委會大樓第二會議室"),
        ("党校B栋3楼301室", "中共瓷江市委党校B栋三楼302课室"),
        ("县政府4楼第三会议室", "红松政府4楼第三会议室"),
        ("县税务局办公楼4楼会议室1", "晋中市焦原县煤炭工业局大楼4楼1号会议室"),
        ("企业服务中心二层培训中心B号厅", "市企业服务中心二层培训中心A号厅"),
        ("库木巴格县托格拉克乡政府2F会议室", "库木巴格县阿热勒乡政府2楼会议室"),
        ("县劳动就业局201室", "县劳动就业局三楼第一会议室"),
        ("林业局森林旅游公司接待中心多功能厅", "林业局俱乐部二楼多功能厅"),
        ("林业局俱乐部第1排练室", "林业局俱乐部三楼第二排练室"),
        ("文化艺术中心大剧场", "县文化艺术中心多功能厅"),
        ("县职业高中201室", "县职教中心202室"),
        ("县工人文化宫二楼多功能厅", "县文化馆二楼多功能厅"),
        ("酒坊场坝", "云雾镇赶场点"),
        ("정무봉사중심 3층 제1회의실", "图安市政务服务中心3楼第二会议室"),
    ],
    ids=["next-door", "room-b-in-english", "two-towns", "room-201-is-on-the-second-floor",
         "east-and-west-rooms", "county-centre-and-a-town-s", "numbered-halls",
         "numbered-hall-in-english", "live-stream-rooms", "a-hall-and-a-live-stream-room",
         "the-port-and-the-administrative-centre", "a-city-of-an-autonomous-prefecture",
         "two-towns-markets", "lettered-rooms", "lettered-studios", "two-institutions-towers",
         "numbered-classrooms", "the-county-s-government-and-a-town-s",
         "two-bureaus-office-towers", "lettered-halls-with-their-number-word",
         "two-townships-of-a-county-with-a-long-name", "a-room-number-on-another-floor",
         "two-buildings-of-one-owner", "two-rehearsal-rooms", "a-centre-s-theatre-and-its-hall",
         "two-classrooms-of-the-vocational-school", "the-workers-palace-and-the-cultural-hall",
         "two-towns-market-squares", "two-rooms-one-in-korean"],
)  # fmt: skip
async def test_2_parallel_rooms_however_written_are_two_sessions(
    api: Api, places: tuple[str, str]
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "就业见习补贴政策宣讲", "location": places[0]},
        {"title": "就业见习补贴政策宣讲会", "location": places[1]},
    ])  # fmt: skip
    assert len(sessions) == 2


@pytest.mark.parametrize(
    "places",
    [
        (
            "Meeting Room 303, 3rd Floor, JWEDZ Enterprise Service Center",
            "锦湾经济开发区企业服务中心303室",
        ),
        ("HBECZ Administration, Room 305", "桦岭边境经济合作区管委会三楼305室"),
        (
            "3/F Training Rm. 1, Qumbagh County Government Services Center",
            "县政务服务中心 3F培训室1",
        ),
        (
            "Multi-function Hall, 1/F, Kumubage County Gov. Service Center",
            "县政务服务中心1楼多功能厅",
        ),
        ("정무봉사중심 3층 제2회의실", "吉林省图安市政务服务中心2号楼三楼第二会议室"),
        ("조선족문화궁 2층 다기능홀", "朝鲜族文化宫·2F多功能厅"),
        (
            "قۇمباغ ناھىيىلىك ھۆكۈمەت مۇلازىمەت مەركىزى 4-قەۋەت B يىغىن زالى",
            "库木巴格县政务服务中心4楼B厅",
        ),
        (
            "قۇمباغ ناھىيىلىك كەسپىي ماھارەت تەربىيىلەش مەركىزى 2-بىنا 101-ئۆي",
            "县职业技能培训中心2号楼101室",
        ),
        ("Meeting Room 301, 3rd Floor, Jinwan Human Resources Market", "锦湾市劳动力市场301室"),
        ("Room 301, County Labour and Social Security Bureau", "县人社局301室"),
        ("县劳动和社会保障局301室", "Room 301, Human Resources and Social Security Bureau"),
    ],
    ids=[
        "a-development-zone-by-its-initials",
        "a-border-cooperation-zone-by-its-initials",
        "a-training-room-abbreviated",
        "a-government-service-centre-abbreviated",
        "a-room-in-korean",
        "a-hall-in-korean",
        "a-room-in-uyghur",
        "a-classroom-in-uyghur",
        "the-labour-market-by-its-new-name",
        "the-labour-bureau-before-the-reform-in-english",
        "the-labour-bureau-before-the-reform",
    ],
)
async def test_1_2_a_room_written_in_another_language_is_that_room(
    api: Api, places: tuple[str, str]
) -> None:
    """The same room of one building: one session, though the titles share no word."""
    titles = ("稳岗返还政策宣讲", "招工用人有补贴")
    sessions = await _sessions_of(
        api,
        [{"title": title, "location": place} for title, place in zip(titles, places, strict=True)],
    )
    assert len(sessions) == 1


async def test_1_a_zone_s_administration_in_english_is_its_committee(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "原辅料零关税政策宣讲会", "location": "管委会A栋1楼招商中心路演厅"},
        {"title": "原辅料零关税政策宣讲会", "location": "Investment Roadshow Hall, Floor 1, "
         "Block A, Yelan Economic Development Zone Administration"},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_1_a_zone_s_service_centre_is_not_every_service_centre(api: Api) -> None:
    """Once "开发区" is read as the zone, "服务中心" is all that is left of its name: that
    abbreviates any service centre, so it says nothing of the stone trade's."""
    sessions = await _sessions_of(api, [
        {"title": "就业见习补贴政策宣讲", "location": "锦湾市石厝镇石材产业服务中心三楼第二会议室"},
        {"title": "海关AEO高级认证企业培育业务培训", "location": "开发区服务中心3F 2号会议室"},
    ])  # fmt: skip
    assert len(sessions) == 2


async def test_1_a_place_not_yet_given_is_no_other_place(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "政银企融资对接会", "location": "待定"},
        {"title": "普惠金融政策宣讲暨银企对接会", "location": "详见报名群通知",
         "topics": ["融资对接"]},
        {"title": "政银企融资对接会", "location": "县综合楼西楼四楼401会议室"},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p2"), "a placeholder does not keep co-hosts apart"


@pytest.mark.parametrize(
    "placeholder",
    ["具体地点另行通知", "地点：待定", "会场另行通知", "详见附件"],
    ids=[
        "the-exact-place-to-follow",
        "place-colon-to-be-set",
        "the-hall-to-follow",
        "see-the-attachment",
    ],
)
async def test_1_a_place_not_yet_given_however_written_is_no_other_place(
    api: Api, placeholder: str
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "养老保险政策进企业", "location": placeholder},
        {"title": "企业职工基本养老保险政策宣讲会——东山乡专场活动", "location": "东山乡政府2F大会议室"},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_5_a_town_written_with_its_people_is_that_town(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "名优茶加工技能培训·大坪仡佬族乡站", "location": "大坪乡人民政府三楼第一会议室"},
        {"title": "名优茶加工技能培训·大坪站", "location": "大坪仡佬族乡人民政府3F第一会议室"},
        {"title": "名优茶加工技能培训·红岩苗族乡站", "location": None},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1")
    assert not _together(sessions, "p0", "p2"), "another town's stop"


async def test_3_without_a_place_titles_sharing_nothing_are_two_sessions(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "茶企课堂｜低产茶园提质改造补助宣讲会", "location": None},
        {"title": "Information session: Annual IIT reconciliation on comprehensive income",
         "location": None},
        {"title": "文旅赋能｜旅行社经营合规专题培训", "location": None},
        {"title": "劳动用工合规专题培训", "location": None},
    ])  # fmt: skip
    assert len(sessions) == 4


async def test_2_a_town_government_without_its_name_is_not_every_town_s(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "有限空间作业安全培训", "location": "浔澳市金厝镇人民政府（3楼大会议室）"},
        {"title": "【鹭尾镇】个人所得税年度汇算宣讲会", "location": "镇政府三楼大会议室"},
    ])  # fmt: skip
    assert len(sessions) == 2, "the physical rule needs to know it is one room"


async def test_3_a_title_in_a_script_not_read_leaves_the_evidence_to_decide(api: Api) -> None:
    """A Korean title says nothing matching can read; it is no veto."""
    sessions = await _sessions_of(api, [
        {"title": "【人社】朝鲜族风味菜烹饪培训", "location": "图安市朝鲜族文化宫3楼二教室",
         "topics": ["职业技能"]},
        {"title": "조선족 전통요리 기능연수 (회원 무료)", "location": None, "topics": ["职业技能"]},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_3_4_without_a_place_co_hosts_sharing_a_topic_word_are_one_session(
    api: Api,
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "兩岸青年創新創業實操培訓｜敬邀", "location": None, "topics": ["臺青創業"]},
        {"title": "【人社】台湾青年创业就业辅导培训（免费）", "location": None,
         "topics": ["台青创业"]},
    ])  # fmt: skip
    assert len(sessions) == 1


AFTERNOON = {"start": "2027-04-13T14:30:00+08:00", "end": "2027-04-13T17:00:00+08:00"}


def _for(town: str) -> dict[str, Any]:
    return {"location": None, "audience": {"sectors": [], "regions": [town]}}


async def test_one_department_s_sessions_for_two_towns_at_one_hour_are_two(api: Api) -> None:
    """Its co-hosts' postings are alike enough to join either; its own two say which is which."""
    sessions = await _sessions_of(api, [
        {"title": "绿电交易与绿证解读会", "department": "energy", **_for("三江口镇")},
        {"title": "绿电交易与绿证解读会", "department": "reform", **_for("三江口镇")},
        {"title": "绿色电力交易解读会", "department": "energy", **_for("那峒镇")},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1")
    assert not _together(sessions, "p0", "p2")


async def test_one_department_s_two_subjects_at_one_hour_are_two_sessions(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "关于开展绿色食品标志许可实务培训的通知", "department": "agri", "location": None,
         "topics": ["乡村振兴", "惠农"]},
        {"title": "关于开展绿色食品标志许可实务培训的通知", "department": "commerce", "location": None,
         "topics": ["乡村振兴", "惠农"]},
        {"title": "关于开展有机产品认证实务培训的通知", "department": "agri", "location": None,
         "topics": ["乡村振兴", "惠农", "有机认证"]},
        {"title": "关于开展有机产品认证实务培训的通知", "department": "commerce", "location": None,
         "topics": ["乡村振兴", "惠农", "有机认证"]},
    ])  # fmt: skip
    assert len(sessions) == 2
    assert _together(sessions, "p0", "p1")
    assert _together(sessions, "p2", "p3")


async def test_5_one_department_s_town_session_and_numbered_session_at_one_hour_are_two(
    api: Api,
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "普惠小微企业贷款（首贷续贷）操作辅导会（柳湾镇专场）", "department": "finance",
         "location": None},
        {"title": "普惠小微企业贷款（首贷续贷）操作辅导会（第2期）", "department": "finance",
         "location": None},
        {"title": "普惠小微企业贷款（首贷续贷）操作辅导会（第2期）", "department": "industry",
         "location": None},
        {"title": "企业所得税申报实务培训（宝山专场）", "department": "tax", "location": None,
         **AFTERNOON},
        {"title": "Corporate income tax filing workshop for Baoshan companies", "department": "tax",
         "location": None, **AFTERNOON},
    ])  # fmt: skip
    assert not _together(sessions, "p0", "p1"), "one department names its two sessions apart"
    assert _together(sessions, "p1", "p2"), "its co-host's copy of the numbered one"
    assert _together(sessions, "p3", "p4"), "one town's session in two languages"


async def test_5_one_department_s_town_session_and_county_session_are_two_unless_in_one_room(
    api: Api,
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "渔业互保补贴政策解读会（鳌峙镇专场）", "department": "finance", "location": None},
        {"title": "渔业互保补贴政策解读会", "department": "finance", "location": None},
        {"title": "农机安全驾驶操作培训班（沙口镇专场）", "department": "agri",
         "location": "沙口镇政府三楼会议室", **AFTERNOON},
        {"title": "农机安全驾驶操作培训班（名额有限）", "department": "agri",
         "location": "沙口镇政府三楼会议室", **AFTERNOON},
    ])  # fmt: skip
    assert not _together(sessions, "p0", "p1"), "its town's session and the county's"
    assert _together(sessions, "p2", "p3"), "one room: one session posted twice"


async def test_1_a_building_by_its_old_use_and_its_new_is_for_the_evidence_to_judge(
    api: Api,
) -> None:
    """Nothing in "劳动大厦" and "就业服务中心" names two buildings apart, only two kinds: the
    room, the hour and the title say one session. One department's two postings are two."""
    sessions = await _sessions_of(api, [
        {"title": "创业担保贷款政策宣讲", "department": "hr", "location": "县就业服务中心3楼301培训教室"},
        {"title": "创业担保贷款政策宣讲会", "department": "union", "location": "县劳动大厦3楼301培训教室"},
        {"title": "创业担保贷款政策宣讲", "department": "hr", "location": "县委党校一楼报告厅"},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1")
    assert not _together(sessions, "p0", "p2")


async def test_7_one_department_s_training_and_publicity_at_one_hour_are_two(api: Api) -> None:
    """Kind is evidence between co-hosts; a department names its own session's kind once."""
    sessions = await _sessions_of(api, [
        {"title": "安全生产法律法规宣讲", "kind": "PUBLICITY", "department": "safety",
         "location": "县应急管理局三楼会议室"},
        {"title": "安全生产法律法规培训", "kind": "TRAINING", "department": "safety",
         "location": "县应急管理局三楼会议室"},
    ])  # fmt: skip
    assert len(sessions) == 2


async def test_5_one_town_s_sessions_of_two_subjects_at_one_hour_are_two(api: Api) -> None:
    """Two bureaus each hold a session for 渔山乡 at nine: the town says which audience, not
    that the food-safety talk is the fire-safety one."""
    sessions = await _sessions_of(api, [
        {"title": "渔家乐食品安全宣讲会（3月2日·渔山乡）", "location": None},
        {"title": "民宿消防宣讲会（3月2日·渔山乡）", "location": None},
    ])  # fmt: skip
    assert len(sessions) == 2


async def test_9_a_subject_before_a_bar_is_kept_when_a_town_and_a_format_follow(api: Api) -> None:
    """ "Habo政策宣讲" names no subject, and a town in pinyin is no English title."""
    sessions = await _sessions_of(api, [
        {"title": "客栈评星｜Habo政策宣讲", "location": None},
        {"title": "景点升级｜Habo政策宣讲", "location": None},
    ])  # fmt: skip
    assert len(sessions) == 2


async def test_5_a_series_number_alone_names_no_subject(api: Api) -> None:
    """Many series start at one: two first sessions of two series are two sessions."""
    sessions = await _sessions_of(api, [
        {"title": "【县市场监管局】市场主体登记管理条例实施细则实务培训第1场",
         "topics": ["惠企", "登记注册"], "location": None},
        {"title": "电站值班员要守的规矩——安全大讲堂（第1期）", "topics": ["小水电", "安全生产"],
         "location": None},
    ])  # fmt: skip
    assert len(sessions) == 2


async def test_8_a_day_s_programme_and_an_afternoon_session_of_its_subject_are_two(
    api: Api,
) -> None:
    """Starts hours apart are two sessions, even where the ends agree."""
    sessions = await _sessions_of(api, [
        {"title": "【税企直通车】增值税期末留抵税额退税实务培训", "department": "tax", "location": None,
         "start": "2027-04-13T09:00:00+08:00", "end": "2027-04-13T17:00:00+08:00"},
        {"title": "增值税留抵退税政策培训班（名额有限）", "department": "industry",
         "location": None, **AFTERNOON},
    ])  # fmt: skip
    assert len(sessions) == 2


async def test_3_an_english_title_and_place_that_translate_chinese_ones_are_one_session(
    api: Api,
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "站城融合片区商业综合体招商说明会", "location": "高铁新城综合服务中心2层项目洽谈室",
         "start": "2027-09-02T14:30:00+08:00", "end": "2027-09-02T16:00:00+08:00"},
        {"title": "Station-City Area Commercial Complex Investment Briefing",
         "location": "Negotiation Room, 2/F, HSR New Town Service Center",
         "start": "2027-09-02T07:00:00Z", "end": "2027-09-02T07:45:00Z"},
        {"title": "土特产品电商直播带货培训", "location": "高铁新城综合服务中心1楼路演厅",
         "start": "2027-09-02T14:30:00+08:00", "end": "2027-09-02T16:00:00+08:00"},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1"), "one session, in Chinese and in English"
    assert len(sessions) == 2, "another subject in the hall downstairs is another session"


async def test_1_2_a_room_named_for_its_use_is_one_room_however_the_building_is_written(
    api: Api,
) -> None:
    sessions = await _sessions_of(api, [
        {"title": "文旅惠企服务日", "location": "县文化馆 3楼 壮锦传习室", "topics": ["文旅"],
         "kind": "PUBLICITY"},
        {"title": "跟师傅学织壮锦（公益）", "location": "广西百色市田林县文化馆三楼壮锦传习室",
         "topics": ["非遗传承"], "kind": "TRAINING"},
        {"title": "技能人才服务月活动", "location": "县职业技术学校实训楼1层电工实训室",
         "topics": ["人才"], "kind": "PUBLICITY"},
        {"title": "学电工拿证，免费培训开班啦", "location": "职校实训楼一楼电工实训室",
         "topics": ["职业技能"], "kind": "TRAINING"},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1"), "one room at one time"
    assert _together(sessions, "p2", "p3"), "one room at one time"
    assert len(sessions) == 2


async def test_3_two_co_hosts_without_a_place_join_the_session_they_both_meet(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "竹木家具出口转型升级说明会", "location": "县行政服务中心3楼第一会议室",
         "topics": ["外贸"]},
        {"title": "Bamboo Furniture Makers: Export Transformation and Upgrading", "location": None,
         "topics": ["export"]},
        {"title": "竹家具厂怎么找海外订单？", "location": None, "topics": ["竹产业"]},
        {"title": "特种设备安全管理培训", "location": None, "topics": ["特种设备"]},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1", "p2"), "an English title and a plain question"
    assert len(sessions) == 2, "titles sharing nothing, without a place, are two sessions"


@pytest.mark.parametrize("note", ["", "（第6期）"])
async def test_9_a_title_given_in_english_after_a_bar_keeps_its_chinese(
    api: Api, note: str
) -> None:
    """ "…宣讲会 | …Briefing" is one title in two languages, not a lead and an English title,
    whatever note in Chinese follows the English."""
    sessions = await _sessions_of(api, [
        {"title": f"县市监局：专精特新企业认定申报宣讲会{note}",
         "location": "经济开发区管理委员会四楼405室"},
        {"title": f"【招商】专精特新企业认定申报政策宣讲会 | Specialized SME Program Briefing{note}",
         "location": None},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_9_a_sender_s_notice_and_a_time_of_day_are_decorations(api: Api) -> None:
    """ "市人社局关于举办…的通知" wraps its subject whoever sends it, and "14:30" says when."""
    sessions = await _sessions_of(api, [
        {"title": "市人社局关于举办做茶技术培训班的通知", "location": None},
        {"title": "直播预告｜做茶技术，4月2日14:30开讲", "location": None},
    ])  # fmt: skip
    assert len(sessions) == 1
    shown = (await api.calendar(first=10))["edges"][0]["node"]["title"]
    assert "关于" not in shown
    assert "14:30" not in shown


async def test_9_a_programme_before_the_dash_is_a_decoration(api: Api) -> None:
    sessions = await _sessions_of(api, [
        {"title": "强链专项行动——竹笋加工厂冷库建设补助申报辅导", "location": "县人力资源市场3楼培训室"},
        {"title": "竹笋加工厂冷库建设补助申报辅导会", "location": None},
        {"title": "惠企政策宣讲——红枣烘干设备购置奖补", "location": "县政务服务中心2楼第一会议室",
         "start": "2027-04-14T09:00:00+08:00", "end": "2027-04-14T11:00:00+08:00"},
        {"title": "红枣烘干设备购置奖补解读", "location": None,
         "start": "2027-04-14T09:00:00+08:00", "end": "2027-04-14T11:00:00+08:00"},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1")
    assert _together(sessions, "p2", "p3")
    assert len(sessions) == 2


@pytest.mark.parametrize(
    ("posted", "shown"),
    [
        ("政策直达·活畜活体抵押贷款政策宣讲", "活畜活体抵押贷款政策宣讲"),
        ("春风行动·林区转岗职工职业技能提升培训班", "林区转岗职工职业技能提升培训班"),
        ("政策直达·送政策进嘎查：牛羊抵押贷政策宣传周", "牛羊抵押贷政策宣传周"),
        ("青峪毛尖·春茶加工技术培训会", "青峪毛尖·春茶加工技术培训会"),
    ],
)
async def test_9_a_programme_or_an_area_before_a_dot_is_a_decoration(
    api: Api, posted: str, shown: str
) -> None:
    """A lead naming something of its own (a county's tea) may be the subject: it stays."""
    assert await _title_shown(api, posted) == shown


@pytest.mark.parametrize(
    "posted",
    [
        "一文讲透牧民转岗培训｜辅导培训会·农、林、牧、渔业专场",
        "果园遭了冰雹能赔多少？｜政策明白人（塬上镇专场）",
    ],
)
async def test_9_a_subject_before_a_bar_stays_when_a_sector_or_a_programme_follows(
    api: Api, posted: str
) -> None:
    """What follows the bar is a format and a sector written with its commas, or a
    programme's name and a town: neither is the title."""
    assert await _title_shown(api, posted) == posted


async def test_2_a_town_s_office_writing_its_hall_bare_means_its_own_town_s(api: Api) -> None:
    """ "镇政府二楼会议室" from 新堤镇's office is 新堤镇's hall: the co-host naming it is in
    that room, and the same words from 白鹭洲镇's office are another town's session."""
    tokens = [
        await api.department("xindi", "新堤镇人民政府"),
        await api.department("hrss", "县人力资源和社会保障局"),
        await api.department("bailuzhou", "白鹭洲镇人民政府"),
    ]
    postings = [
        {"title": "稻虾共作绿色生产技术培训会", "location": "镇政府二楼会议室"},
        {
            "title": "【县人社局】稻虾共作绿色生产技术职业技能培训",
            "location": "新堤镇政府2楼会议室",
        },
        {"title": "稻虾共作绿色生产技术培训会", "location": "镇政府二楼会议室"},
    ]
    for index, (token, posting) in enumerate(zip(tokens, postings, strict=True)):
        payload = await api.post(
            token, externalId=f"p{index}", **(MORNING | OPEN_AUDIENCE | posting)
        )
        assert payload["userErrors"] == []
    page = await api.calendar(first=50)
    sessions = [{e["externalId"] for e in edge["node"]["events"]} for edge in page["edges"]]
    assert _together(sessions, "p0", "p1")
    assert not _together(sessions, "p0", "p2"), "another town's hall"


async def test_4_a_village_s_audience_is_within_its_town_s(api: Api) -> None:
    """A town's office names the villages it invites, a county bureau the town: co-hosts in
    the town hall at one time are one session, their audiences are no contradiction."""
    sessions = await _sessions_of(api, [
        {"title": "守护一江清水，我们能做什么", "location": "白鹭洲镇政府二楼会议室", "topics": [],
         "audience": {"sectors": [], "regions": ["鹭鸣村"]}},
        {"title": "长江保护法普法宣讲", "location": "白鹭洲镇人民政府2F会议室", "topics": [],
         "audience": {"sectors": [], "regions": ["白鹭洲镇"]}},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_8_sessions_an_hour_apart_are_not_joined_through_a_posting_spanning_both(
    api: Api,
) -> None:
    """A co-host's posting that spans an on-site session and the online one after it joins
    one of them, not both: postings of one day whose times do not meet, starting more than
    an hour apart, are two sessions."""
    sessions = await _sessions_of(api, [
        {"title": "稳岗返还政策解读会", "location": "县会议中心第二会议室",
         "start": "2027-04-13T09:00:00+08:00", "end": "2027-04-13T10:30:00+08:00"},
        {"title": "稳岗返还政策解读会", "location": "线上（腾讯会议 842-331-907）",
         "start": "2027-04-13T10:45:00+08:00", "end": "2027-04-13T12:00:00+08:00"},
        {"title": "稳岗返还政策解读", "location": None,
         "start": "2027-04-13T09:30:00+08:00", "end": "2027-04-13T11:30:00+08:00"},
    ])  # fmt: skip
    assert not _together(sessions, "p0", "p1")


async def test_2_a_room_s_postings_starting_hours_apart_are_its_next_session(api: Api) -> None:
    """Times that meet only because one posting gives a late end: the room holds one session,
    then the next."""
    sessions = await _sessions_of(api, [
        {"title": "民营经济促进法政策宣讲", "location": "瓷江宾馆2楼木棉厅",
         "start": "2027-09-09T14:30:00+08:00", "end": "2027-09-09T16:30:00+08:00"},
        {"title": "RCEP原产地规则与关税减让宣讲会", "location": "瓷江市凤鸣街道府前路8号瓷江宾馆2楼木棉厅",
         "start": "2027-09-09T16:00:00+08:00", "end": "2027-09-09T17:30:00+08:00"},
    ])  # fmt: skip
    assert len(sessions) == 2


@pytest.mark.parametrize("order", [(0, 1, 2, 3), (3, 2, 1, 0), (1, 3, 0, 2)])
async def test_8_a_co_host_unlike_one_member_joins_the_session_the_others_show(
    api: Api, order: tuple[int, ...]
) -> None:
    """The bureau's training is much like the forestry company's and the farm's, in a room of
    one number; only the union's publicity on its patrols, for two other farms, is unlike it.
    That one posting does not keep it from the session the others show it belongs to."""
    postings: list[dict[str, Any]] = [
        {"title": "天然林保护修复制度技术培训", "location": "青山林场中心街3号1会议室",
         "kind": "TRAINING", "topics": ["林下经济"],
         "audience": {"sectors": [], "regions": ["桦岭镇"]}},
        {"title": "局工会：管护员巡山要点宣讲", "location": "青山场部1会议室", "kind": "PUBLICITY",
         "topics": ["工会"], "audience": {"sectors": [], "regions": ["二道河林场", "白石砬子林场"]}},
        {"title": "关于组织开展天然林保护修复制度培训的通知", "location": "青山场部一楼第一会议室",
         "kind": "TRAINING", "topics": ["职工增收", "林下经济"]},
        {"title": "青山林场天然林保护修复制度培训", "location": "青山场部第1会议室",
         "kind": "TRAINING", "topics": ["林下经济", "天保"], "start": "2027-04-13T08:30:00+08:00",
         "audience": {"sectors": [], "regions": ["青山林场"]}},
    ]  # fmt: skip
    ordered = [postings[index] | {"department": f"d{index}"} for index in order]
    sessions = await _sessions_of(api, ordered)
    assert len(sessions) == 1, sessions


@pytest.mark.parametrize(
    "titles",
    [
        ("智改数转专题培训", "錦灣臺商協會 製造業數位轉型說明會"),
        ("短视频拍摄剪辑培训（全天）", "人人都是草原代言人——新媒体运营与短视频制作培训（全天）"),
    ],
    ids=["digital-transformation-in-taiwan-s-words", "short-video-in-a-slogan-s-tail"],
)
async def test_3_co_hosts_words_for_one_subject_where_one_gives_no_place_yet(
    api: Api, titles: tuple[str, str]
) -> None:
    sessions = await _sessions_of(api, [
        {"title": titles[0], "location": "开发区服务中心第1会议室"},
        {"title": titles[1], "location": "另行通知"},
    ])  # fmt: skip
    assert len(sessions) == 1


async def test_3_at_the_very_same_times_the_evidence_may_join_a_title_the_words_miss(
    api: Api,
) -> None:
    """Where one gives no place and the titles share no word the matcher can read, the
    very same times let the rest of the evidence judge; times that differ do not."""
    sessions = await _sessions_of(api, [
        {"title": "招商引资优惠政策宣讲会（第3期）", "location": "县政府大院1号楼4楼第三会议室"},
        {"title": "Doing Business in Liaohu Briefing (Session 3)", "location": None},
        {"title": "招商引资优惠政策宣讲会（第3期）", "location": "县政府大院1号楼4楼第三会议室",
         "start": "2027-04-14T09:00:00+08:00", "end": "2027-04-14T11:30:00+08:00"},
        {"title": "Doing Business in Liaohu Briefing (Session 3)", "location": None,
         "start": "2027-04-14T09:00:00+08:00", "end": "2027-04-14T12:00:00+08:00"},
        {"title": "酿酒行业节能诊断培训", "location": None,
         "start": "2027-04-15T09:00:00+08:00", "end": "2027-04-15T11:30:00+08:00"},
        {"title": "（公益）朝天椒育苗移栽技术培训", "location": "椒园镇新场村辣椒育苗基地示范大棚",
         "start": "2027-04-15T09:00:00+08:00", "end": "2027-04-15T11:30:00+08:00"},
    ])  # fmt: skip
    assert _together(sessions, "p0", "p1")
    assert not _together(sessions, "p2", "p3"), "the English co-host's times differ"
    assert not _together(sessions, "p4", "p5"), "subjects that share nothing"


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
async def test_8_one_department_s_two_postings_unlike_enough_to_be_two_stay_two(
    api: Api, order: tuple[int, ...]
) -> None:
    """The chamber's online talk on rules of origin, which the commerce bureau co-hosts in the
    same meeting, and the chamber's own English briefing that morning on trade promotion,
    with no place yet: a department posts one session once, so its two postings join only
    if they are themselves alike enough to, whatever the co-host's posting says."""
    postings: list[dict[str, Any]] = [
        {"title": "RCEP原产地证书自助打印政策解读会", "department": "commerce",
         "location": "腾讯会议会议号：229-330-081", "topics": ["原产地证", "foreign trade"],
         "start": "2027-05-14T09:00:00+08:00", "end": "2027-05-14T11:00:00+08:00"},
        {"title": "【贸促】RCEP原产地规则及关税减让政策说明会", "department": "chamber",
         "location": "Online via Tencent Meeting, Meeting ID 229 330 081", "topics": ["原产地证"],
         "start": "2027-05-14T08:30:00+08:00", "end": "2027-05-14T11:00:00+08:00"},
        {"title": "RCEP Rules of Origin Briefing (Morning)", "department": "chamber",
         "location": None, "topics": ["贸易促进", "商事认证"],
         "start": "2027-05-14T08:30:00+08:00", "end": "2027-05-14T11:30:00+08:00"},
    ]  # fmt: skip
    keys = {index: f"p{position}" for position, index in enumerate(order)}
    sessions = await _sessions_of(api, [postings[index] | {"kind": "PUBLICITY"} for index in order])
    assert _together(sessions, keys[0], keys[1])
    assert not _together(sessions, keys[1], keys[2])


async def test_8_one_department_s_postings_an_hour_apart_are_two_sessions(api: Api) -> None:
    """The investment office's RCEP workshop at 13:45 in the county hall, and its workshop
    of the same title at 15:00 with no place yet: a department gives its own session one
    start, so the second is its next session."""
    title = "RCEP原产地规则与关税减让推介会 | RCEP Rules of Origin Workshop"
    sessions = await _sessions_of(api, [
        {"title": title, "department": "investment", "kind": "PUBLICITY",
         "location": "县府主楼4楼3号会议室",
         "start": "2027-08-13T13:45:00+08:00", "end": "2027-08-13T16:30:00+08:00"},
        {"title": title, "department": "investment", "kind": "PUBLICITY", "location": None,
         "start": "2027-08-13T15:00:00+08:00", "end": "2027-08-13T16:30:00+08:00"},
    ])  # fmt: skip
    assert len(sessions) == 2
