"""Matching through the API: postings of one real session become one session, and a
coordinator's merges and splits stick."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api import ADMIN_TOKEN, SESSION_FIELDS, UNDECIDED_PAIR, UPDATE_EVENT, Api

pytestmark = pytest.mark.anyio

MERGE = f"""mutation($input: MergeSessionsInput!) {{
  mergeSessions(input: $input) {{ session {{ {SESSION_FIELDS} }} userErrors {{ field message code }} }} }}"""
SPLIT = f"""mutation($input: SplitEventInput!) {{
  splitEvent(input: $input) {{ event {{ id }} session {{ {SESSION_FIELDS} }} userErrors {{ field message code }} }} }}"""
DISMISS = """mutation($input: DismissDuplicateInput!) {
  dismissDuplicate(input: $input) { candidateId userErrors { field message code } } }"""
CANDIDATES = """query($from: DateTime!, $to: DateTime!) {
  duplicateCandidates(from: $from, to: $to) {
    nodes { id score reasons sessions { id hosts { slug } } events { id title } } } }"""
TITLE = """mutation($input: SetSessionTitleInput!) {
  setSessionTitle(input: $input) { session { title } userErrors { code } } }"""

TAX_BRIEFING: dict[str, Any] = {
    "title": "关于举办2027年增值税留抵退税政策解读会的通知",
    "start": "2027-03-05T09:30:00+08:00",
    "end": "2027-03-05T11:30:00+08:00",
    "location": "石湾镇政务服务中心三楼报告厅",
    "topics": ["增值税"],
}
SAME_BRIEFING_OTHER_WORDS: dict[str, Any] = {
    "title": "增值税留抵退税政策解读会（石湾镇专场）",
    "start": "2027-03-05T09:45:00+08:00",
    "end": "2027-03-05T11:30:00+08:00",
    "location": "石湾镇政务服务中心 三楼报告厅",
    "topics": ["增值税", "留抵退税"],
}


async def _sessions(api: Api) -> list[dict[str, Any]]:
    nodes: list[dict[str, Any]] = [
        edge["node"] for edge in (await api.calendar(first=500))["edges"]
    ]
    return nodes


async def _two_hosts(api: Api) -> tuple[str, str, dict[str, Any], dict[str, Any]]:
    tax = await api.department("tax", "县税务局")
    finance = await api.department("finance", "县财政局")
    first = await api.post(tax, externalId="t-1", **TAX_BRIEFING)
    second = await api.post(finance, externalId="f-1", **SAME_BRIEFING_OTHER_WORDS)
    return tax, finance, first, second


async def test_cohosted_postings_in_other_words_become_one_session(api: Api) -> None:
    _tax, _finance, first, second = await _two_hosts(api)
    assert first["merged"] is False
    assert second["merged"] is True
    assert second["session"]["uid"] == first["session"]["uid"]
    assert [host["slug"] for host in second["session"]["hosts"]] == ["tax", "finance"]
    (session,) = await _sessions(api)
    assert session["uid"] == first["session"]["uid"]
    assert session["title"] == "增值税留抵退税政策解读会（石湾镇专场）", (
        "the cleanest title is shown"
    )
    assert sorted(session["topics"]) == ["增值税", "留抵退税"]
    assert len(session["events"]) == 2


async def test_english_and_chinese_postings_of_one_session_merge(api: Api) -> None:
    tax = await api.department("tax")
    customs = await api.department("customs")
    await api.post(tax, externalId="a", title="出口退税政策宣讲会", location="龙江镇商会大楼二楼会议室",
                   start="2027-04-08T14:00:00+08:00", end="2027-04-08T16:00:00+08:00", topics=["出口退税"])  # fmt: skip
    english = await api.post(customs, externalId="b", title="Export tax refund policy briefing",
                             location="龙江镇商会大楼二楼会议室", start="2027-04-08T14:00:00+08:00",
                             end="2027-04-08T16:00:00+08:00", topics=["出口退税"])  # fmt: skip
    assert english["merged"] is True
    assert len(await _sessions(api)) == 1


async def test_reposts_and_identical_postings_never_make_two_sessions(api: Api) -> None:
    tax = await api.department("tax")
    await api.post(tax, externalId="x", **TAX_BRIEFING)
    await api.post(tax, externalId="x", **TAX_BRIEFING)
    await api.post(tax, externalId="y", **TAX_BRIEFING)
    (session,) = await _sessions(api)
    assert len(session["events"]) == 2


async def test_a_series_on_different_days_is_never_merged(api: Api) -> None:
    tax = await api.department("tax")
    market = await api.department("market")
    for day in (5, 12, 19):
        await api.post(tax, externalId=f"s{day}", **(TAX_BRIEFING | {
            "start": f"2027-03-{day:02d}T09:30:00+08:00", "end": f"2027-03-{day:02d}T11:30:00+08:00"}))  # fmt: skip
    await api.post(market, externalId="other-town", **(TAX_BRIEFING | {
        "title": "增值税留抵退税政策解读会（龙江镇专场）", "location": "龙江镇文化中心一楼"}))  # fmt: skip
    sessions = await _sessions(api)
    assert len(sessions) == 4
    assert all(len(session["events"]) == 1 for session in sessions)


async def test_an_update_to_another_day_leaves_the_session(api: Api) -> None:
    _tax, finance, first, second = await _two_hosts(api)
    moved = await api.mutate("updateEvent", UPDATE_EVENT, {
        "id": second["event"]["id"], "start": "2027-03-09T09:45:00+08:00", "end": "2027-03-09T11:30:00+08:00"}, finance)  # fmt: skip
    assert moved["userErrors"] == []
    assert moved["session"]["uid"] != first["session"]["uid"]
    sessions = {session["uid"]: session for session in await _sessions(api)}
    assert [h["slug"] for h in sessions[first["session"]["uid"]]["hosts"]] == ["tax"]
    assert [h["slug"] for h in sessions[moved["session"]["uid"]]["hosts"]] == ["finance"]


async def test_a_split_sticks_when_the_posting_is_posted_again(api: Api) -> None:
    _tax, finance, first, second = await _two_hosts(api)
    split = await api.mutate("splitEvent", SPLIT, {"eventId": second["event"]["id"]}, ADMIN_TOKEN)
    assert split["userErrors"] == []
    assert split["session"]["uid"] != first["session"]["uid"]
    assert len(await _sessions(api)) == 2
    again = await api.post(
        finance, externalId="f-1", **(SAME_BRIEFING_OTHER_WORDS | {"description": "updated"})
    )
    assert again["merged"] is False
    assert len(await _sessions(api)) == 2


async def test_merging_keeps_the_older_uid_and_sticks(api: Api) -> None:
    tax = await api.department("tax")
    market = await api.department("market")
    older = await api.post(tax, externalId="o", **TAX_BRIEFING)
    newer = await api.post(market, externalId="n", title="小微企业普惠性减税降费政策宣讲", start="2027-03-05T14:00:00+08:00",
                           end="2027-03-05T16:00:00+08:00", location="龙江镇文化中心", topics=["减税降费"])  # fmt: skip
    merged = await api.mutate(
        "mergeSessions",
        MERGE,
        {"sessionIds": [newer["session"]["id"], older["session"]["id"]]},
        ADMIN_TOKEN,
    )
    assert merged["userErrors"] == []
    assert merged["session"]["uid"] == older["session"]["uid"]
    assert sorted(h["slug"] for h in merged["session"]["hosts"]) == ["market", "tax"]
    (session,) = await _sessions(api)
    assert session["uid"] == older["session"]["uid"]
    await api.post(market, externalId="n", title="小微企业普惠性减税降费政策宣讲（更新）", start="2027-03-05T14:00:00+08:00",
                   end="2027-03-05T16:00:00+08:00", location="龙江镇文化中心", topics=["减税降费"])  # fmt: skip
    assert [s["uid"] for s in await _sessions(api)] == [older["session"]["uid"]]


async def test_coordinator_decisions_are_the_coordinators(api: Api) -> None:
    tax, _finance, first, second = await _two_hosts(api)
    for name, document, payload in (
        ("splitEvent", SPLIT, {"eventId": second["event"]["id"]}),
        ("mergeSessions", MERGE, {"sessionIds": [first["session"]["id"], first["session"]["id"]]}),
    ):
        refused = await api.mutate(name, document, payload, tax)
        assert [e["code"] for e in refused["userErrors"]] == ["FORBIDDEN"]
    response = await api.raw(
        CANDIDATES, {"from": "2027-01-01T00:00:00Z", "to": "2028-01-01T00:00:00Z"}, tax
    )
    assert response.json()["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    lonely = await api.mutate(
        "mergeSessions", MERGE, {"sessionIds": [first["session"]["id"]]}, ADMIN_TOKEN
    )
    assert [e["code"] for e in lonely["userErrors"]] == ["INVALID"]


async def test_a_coordinator_title_wins(api: Api) -> None:
    _tax, _finance, first, _second = await _two_hosts(api)
    titled = await api.mutate(
        "setSessionTitle",
        TITLE,
        {"sessionId": first["session"]["id"], "title": "增值税留抵退税联合解读会"},
        ADMIN_TOKEN,
    )
    assert titled == {"session": {"title": "增值税留抵退税联合解读会"}, "userErrors": []}
    cleared = await api.mutate(
        "setSessionTitle", TITLE, {"sessionId": first["session"]["id"], "title": None}, ADMIN_TOKEN
    )
    assert cleared["session"]["title"] == "增值税留抵退税政策解读会（石湾镇专场）"


async def test_grey_band_pairs_are_candidates_until_dismissed(api: Api) -> None:
    answers = []
    for slug, fields in zip(("tax", "market"), UNDECIDED_PAIR, strict=True):
        answers.append(await api.post(
            await api.department(slug), externalId=slug, **fields,
            start="2027-05-10T09:00:00+08:00", end="2027-05-10T11:00:00+08:00"))  # fmt: skip
    assert answers[1]["merged"] is False
    window = {"from": "2027-05-01T00:00:00+08:00", "to": "2027-06-01T00:00:00+08:00"}
    (candidate,) = (await api.query(CANDIDATES, window, ADMIN_TOKEN))["duplicateCandidates"][
        "nodes"
    ]
    assert 0 < candidate["score"] < 1
    assert candidate["reasons"]
    assert {e["title"] for e in candidate["events"]} == {f["title"] for f in UNDECIDED_PAIR}
    dismissed = await api.mutate(
        "dismissDuplicate", DISMISS, {"candidateId": candidate["id"]}, ADMIN_TOKEN
    )
    assert dismissed["userErrors"] == []
    assert (await api.query(CANDIDATES, window, ADMIN_TOKEN))["duplicateCandidates"]["nodes"] == []


async def test_a_field_one_posting_leaves_unsaid_weighs_nothing(api: Api) -> None:
    """A plain-language title says no format ("…怎么守"), an untagged posting no topic: neither
    counts for or against the pair, however often such pairs were two sessions elsewhere."""
    pair: tuple[dict[str, Any], ...] = (
        {"title": "食品安全法规怎么守", "location": "桥头镇市场监管所", "topics": []},
        {
            "title": "特种设备安全宣讲",
            "location": None,
            "topics": ["特种设备"],
            "kind": "PUBLICITY",
        },
    )
    for slug, fields in zip(("market", "tax"), pair, strict=True):
        answer = await api.post(await api.department(slug), externalId=slug, **fields,
            start="2027-05-10T09:00:00+08:00", end="2027-05-10T11:00:00+08:00")  # fmt: skip
        assert answer["userErrors"] == []
    window = {"from": "2027-05-01T00:00:00+08:00", "to": "2027-06-01T00:00:00+08:00"}
    (candidate,) = (await api.query(CANDIDATES, window, ADMIN_TOKEN))["duplicateCandidates"][
        "nodes"
    ]
    unsaid = [r for r in candidate["reasons"] if r.startswith(("a format not said", "未说明形式"))]
    assert unsaid, candidate["reasons"]
    assert all(reason.endswith("+0.0") for reason in unsaid), candidate["reasons"]


@pytest.mark.parametrize(
    "online",
    [
        {"location": "线上（腾讯会议）", "onlineUrl": "https://meeting.tencent.com/p/461368743"},
        {"location": "网络会议，会议号：355987606"},
        {"location": "“焦原融媒”客户端直播"},
    ],
    ids=["meeting-link", "network-meeting-and-its-number", "a-news-app-s-live-stream"],
)
async def test_one_department_s_class_online_and_its_class_in_the_room_are_two(
    api: Api, online: dict[str, str]
) -> None:
    """Not one session, nor a duplicate a coordinator is asked about: a department's online
    class beside its class in the room (in the counties seen, none of about 900 such pairs
    was one session), however the online one is written."""
    token = await api.department("tax")
    for key, fields in (("room", {"location": "县政务服务中心 3楼 2号会议室"}), ("online", online)):
        answer = await api.post(token, externalId=key, title="出口退（免）税政策及申报实务培训",
            start="2027-05-10T09:00:00+08:00", end="2027-05-10T11:00:00+08:00", **fields)  # fmt: skip
        assert answer["userErrors"] == []
    assert len(await _sessions(api)) == 2
    window = {"from": "2027-05-01T00:00:00+08:00", "to": "2027-06-01T00:00:00+08:00"}
    candidates = (await api.query(CANDIDATES, window, ADMIN_TOKEN))["duplicateCandidates"]
    assert candidates["nodes"] == []


async def test_a_few_twins_in_two_rooms_do_not_turn_the_room_rule_off(api: Api) -> None:
    """Two of a store's first five twins (one numbered session posted by two departments)
    name two rooms: not yet a county whose rooms are unreliable, so a parallel class in the
    next room stays a session of its own."""
    tax, market = await api.department("tax"), await api.department("market")
    rooms = [("301", "301"), ("301", "301"), ("301", "301"), ("301", "302"), ("302", "303")]
    for day, (left, right) in enumerate(rooms, start=1):
        for token, room in ((tax, left), (market, right)):
            answer = await api.post(token, externalId=f"twin{day}-{room}",
                title=f"增值税申报实务培训第{day}期", location=f"县会议中心{room}室",
                start=f"2027-05-{day:02d}T09:00:00+08:00", end=f"2027-05-{day:02d}T11:00:00+08:00")  # fmt: skip
            assert answer["userErrors"] == []
    for token, room in ((tax, "201"), (market, "202")):
        answer = await api.post(token, externalId=f"class-{room}", title="电工作业安全培训",
            location=f"县行政中心{room}室", topics=[],
            start="2027-05-20T09:00:00+08:00", end="2027-05-20T11:00:00+08:00")  # fmt: skip
        assert answer["userErrors"] == []
        assert answer["merged"] is False, "another room at one hour is another class"


async def _twins_in_two_rooms(api: Api, tax: str, market: str) -> None:
    """Six days of one series' twins, each co-host writing its own room."""
    for day in range(1, 7):
        for token, room in ((tax, "301"), (market, "302")):
            answer = await api.post(token, externalId=f"twin{day}-{room}",
                title=f"增值税申报实务培训第{day}期", location=f"县会议中心{room}室",
                start=f"2027-05-{day:02d}T09:00:00+08:00", end=f"2027-05-{day:02d}T11:00:00+08:00")  # fmt: skip
            assert answer["userErrors"] == []


async def _class_in_rooms_201_and_202(api: Api, tax: str, market: str) -> None:
    for token, room in ((tax, "201"), (market, "202")):
        answer = await api.post(token, externalId=f"co-host-{room}", title="电工作业安全培训",
            location=f"县行政中心{room}室", topics=["安全生产"],
            start="2027-05-20T09:00:00+08:00", end="2027-05-20T11:00:00+08:00")  # fmt: skip
        assert answer["userErrors"] == []


@pytest.mark.parametrize("class_first", [False, True])
async def test_where_twins_mostly_name_two_rooms_another_room_is_no_veto(
    api: Api, class_first: bool
) -> None:
    """A county whose co-hosts write a session's room each their own way: once its twins
    surely name two rooms often, co-hosts in two rooms at one hour may be one session. The
    class may come first, while the store still takes another room for another session:
    what the store learns after reaches it without a rematch, so the calendar ends the same
    in either order."""
    tax, market = await api.department("tax"), await api.department("market")
    steps = [_twins_in_two_rooms, _class_in_rooms_201_and_202]
    for step in reversed(steps) if class_first else steps:
        await step(api, tax, market)
    that_day = {"from": "2027-05-20T00:00:00+08:00", "to": "2027-05-21T00:00:00+08:00"}
    assert (await api.calendar(**that_day))["totalCount"] == 1


# One room 301 of a building each co-host calls by its own name
_ROOM_301 = ("县科创中心301室", "高新区孵化大楼301室")
# One hall, in words that share nothing: no room, building or address agrees
_HALL = ("老干部活动中心大礼堂", "朝阳街12号文体中心")


async def _co_hosted(
    api: Api, tax: str, market: str, days: int, places: tuple[str, str] = _ROOM_301
) -> None:
    """Co-hosts posting one session on each of ``days`` days, each writing the place its way."""
    for day in range(1, days + 1):
        for token, location in zip((tax, market), places, strict=True):
            answer = await api.post(token, externalId=f"vat-{day}", title="增值税申报实务培训",
                location=location,
                start=f"2027-05-{day:02d}T09:00:00+08:00", end=f"2027-05-{day:02d}T11:00:00+08:00")  # fmt: skip
            assert answer["userErrors"] == []


async def _port_class(
    api: Api, tax: str, market: str, places: tuple[str, str] = _ROOM_301
) -> dict[str, Any]:
    """One class on dangerous goods at the port, each co-host titling it and writing the
    place its own way: the second posting's answer."""
    titles = ("码头装卸危险品要注意什么", "危险货物港口作业安全培训")
    answers = [
        await api.post(token, externalId="port", title=title, location=location, topics=[],
            start="2027-05-20T09:00:00+08:00", end="2027-05-20T11:00:00+08:00")
        for token, location, title in zip((tax, market), places, titles, strict=True)
    ]  # fmt: skip
    assert [answer["userErrors"] for answer in answers] == [[], []]
    return answers[1]


@pytest.mark.parametrize(("days", "one_building"), [(1, False), (2, True)])
async def test_a_building_co_hosts_call_by_two_names_is_learnt_from_them(
    api: Api, days: int, one_building: bool
) -> None:
    """No word says this county's 科创中心 is its 高新区孵化大楼; its co-hosts naming one room
    of it under both names for one session on two days do, and from then on postings in that
    room at one hour are one session, in whatever words. One day may be a coincidence."""
    tax, market = await api.department("tax"), await api.department("market")
    await _co_hosted(api, tax, market, days)
    assert (await _port_class(api, tax, market))["merged"] is one_building


async def test_a_building_s_two_names_are_learnt_where_co_hosts_number_or_name_its_rooms(
    api: Api,
) -> None:
    """One co-host writes the room's number, the other its name on that floor: one room as
    far as anything tells, so two days of it teach the building's two names too."""
    tax, market = await api.department("tax"), await api.department("market")
    await _co_hosted(api, tax, market, 2, ("县科创中心三楼第一会议室", "高新区孵化大楼301室"))
    assert (await _port_class(api, tax, market))["merged"] is True


async def test_a_building_s_two_names_are_learnt_whichever_way_one_co_host_spells_its_own(
    api: Api,
) -> None:
    """One co-host writes its building "高新区孵化大楼" one day and "高新技术产业开发区孵化大楼"
    the next, which the words make one building: two days of one room with the 科创中心."""
    tax, market = await api.department("tax"), await api.department("market")
    await _co_hosted(api, tax, market, 1)
    for token, location in zip(
        (tax, market), ("县科创中心301室", "高新技术产业开发区孵化大楼301室"), strict=True
    ):
        answer = await api.post(token, externalId="vat-2", title="增值税申报实务培训", location=location,
            start="2027-05-02T09:00:00+08:00", end="2027-05-02T11:00:00+08:00")  # fmt: skip
        assert answer["userErrors"] == []
    assert (await _port_class(api, tax, market))["merged"] is True


async def test_two_sessions_at_once_in_one_room_of_two_names_are_two_buildings(api: Api) -> None:
    """Had the 科创中心 and the 孵化大楼 been one building, its room 301 would have held two
    sessions at once: once that is seen, the two names stay two buildings."""
    tax, market = await api.department("tax"), await api.department("market")
    await _co_hosted(api, tax, market, 2)
    for token, building, title in (
        (tax, "县科创中心", "增值税申报实务培训"),
        (market, "高新区孵化大楼", "危险化学品安全生产标准化培训"),
    ):
        answer = await api.post(token, externalId="at-once", title=title, topics=[],
            location=f"{building}301室",
            start="2027-05-03T09:00:00+08:00", end="2027-05-03T11:00:00+08:00")  # fmt: skip
        assert answer["userErrors"] == []
        assert answer["merged"] is False
    assert (await _port_class(api, tax, market))["merged"] is False


@pytest.mark.parametrize(("days", "one_room"), [(1, False), (2, True)])
async def test_a_room_co_hosts_write_in_words_sharing_nothing_is_learnt_from_them(
    api: Api, days: int, one_room: bool
) -> None:
    """No reading of the words puts the 老干部活动中心大礼堂 at 朝阳街12号 (no room, building or
    address agrees); two co-hosts writing it so for one session on two days do, and from then
    on the two places at one hour are one session, in whatever words. One day may be a
    coincidence; and the sessions posted before are matched again once it is learnt."""
    tax, market = await api.department("tax"), await api.department("market")
    await _co_hosted(api, tax, market, days, _HALL)
    assert (await _port_class(api, tax, market, _HALL))["merged"] is one_room
    week = {"from": "2027-05-01T00:00:00+08:00", "to": "2027-05-03T00:00:00+08:00"}
    assert (await api.calendar(**week))["totalCount"] == (days if one_room else 2 * days)


async def test_two_sessions_at_once_in_two_places_written_apart_keep_them_apart(
    api: Api,
) -> None:
    """Two departments' sessions on other subjects at one hour, one in each place, show
    the two places are two: days of co-hosting there after teach no alias."""
    tax, market = await api.department("tax"), await api.department("market")
    for token, location, title in zip(
        (tax, market), _HALL, ("增值税申报实务培训", "危险化学品安全生产标准化培训"), strict=True
    ):
        answer = await api.post(token, externalId="at-once", title=title, topics=[],
            location=location, start="2027-05-10T09:00:00+08:00", end="2027-05-10T11:00:00+08:00")  # fmt: skip
        assert answer["merged"] is False
    await _co_hosted(api, tax, market, 3, _HALL)
    assert (await _port_class(api, tax, market, _HALL))["merged"] is False


@pytest.mark.parametrize(
    ("first_halls", "second_hall", "room"),
    [
        (("新堤镇政府",) * 3, "沙口镇政府", "二楼会议室"),
        (("港门镇政府", "港门镇人民政府", "港门镇政府"), "芒岭镇政府", "301室"),
    ],
    ids=["one-floor", "one-room-however-the-hall-is-written"],
)
async def test_two_towns_halls_on_a_bureau_s_tour_teach_no_alias(
    api: Api, first_halls: tuple[str, ...], second_hall: str, room: str
) -> None:
    """Two bureaus brief one subject at one hour, each in another town's hall, day after
    day, on its 二楼会议室 or in its room 301, however each writes its town's hall: one
    floor is no one room, and two towns' halls are two buildings by their names, so the
    halls are never learnt as one building, and each town's next session stays its own."""
    pension, tax = await api.department("pension"), await api.department("tax")
    for day, first_hall in enumerate(first_halls, start=1):
        for token, hall in ((pension, first_hall), (tax, second_hall)):
            answer = await api.post(token, externalId=f"tour-{day}", title="城乡居民养老保险政策宣讲",
                location=f"{hall}{room}",
                start=f"2027-05-{day:02d}T09:00:00+08:00", end=f"2027-05-{day:02d}T11:00:00+08:00")  # fmt: skip
            assert answer["userErrors"] == []
    for token, hall, title in ((pension, first_halls[0], "码头装卸危险品要注意什么"),
                               (tax, second_hall, "危险货物港口作业安全培训")):  # fmt: skip
        answer = await api.post(token, externalId="next", title=title, topics=[],
            location=f"{hall}{room}",
            start="2027-05-20T09:00:00+08:00", end="2027-05-20T11:00:00+08:00")  # fmt: skip
        assert answer["merged"] is False


async def test_a_building_s_other_name_once_learnt_joins_what_was_posted_before(
    api: Api,
) -> None:
    """The class posted before the store knew the 科创中心 is the 高新区孵化大楼 stays two
    sessions only until it learns so: then that building's postings are matched again."""
    tax, market = await api.department("tax"), await api.department("market")
    assert (await _port_class(api, tax, market))["merged"] is False
    await _co_hosted(api, tax, market, 2)
    day = {"from": "2027-05-20T00:00:00+08:00", "to": "2027-05-21T00:00:00+08:00"}
    assert (await api.calendar(**day))["totalCount"] == 1
