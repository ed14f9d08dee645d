"""The public calendar page over HTTP: the feed's sessions, refusals, caching, languages.

The browser half (a phone viewport, the QR code, accessibility, the network) is in
``test_public_browser.py``.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from html import unescape
from typing import Any
from urllib.parse import quote

import httpx
import icalendar
import pytest

from tests.api import ADMIN_TOKEN, CANCEL_EVENT, Api
from tests.hostile import NUL
from tests.participation import MY_REGISTRATIONS, enterprise

pytestmark = pytest.mark.anyio

MERGE = "mutation($input: MergeSessionsInput!) { mergeSessions(input: $input) { session { id uid } userErrors { code } } }"
BUDGET = 100_000
_SESSION = re.compile(r'<li class="session[^"]*" data-uid="([^"]+)" data-status="(\w+)"')
_LATER = re.compile(r'<a class="button" href="([^"]+)" rel="next">')


def ahead(days: int, hour: int = 9, hours: int = 2) -> dict[str, str]:
    """A start and end ``days`` from today, in the county's zone."""
    day = (datetime.now(UTC) + timedelta(hours=8, days=days)).date()
    return {
        "start": f"{day}T{hour:02d}:00:00+08:00",
        "end": f"{day}T{hour + hours:02d}:00:00+08:00",
    }


def listed(body: str) -> dict[str, str]:
    """The sessions a page lists: uid → status."""
    return dict(_SESSION.findall(body))


async def page(api: Api, path: str, **headers: str) -> httpx.Response:
    response = await api.http.get(path, headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert len(response.content) < BUDGET, len(response.content)
    return response


async def every_listed(api: Api, path: str) -> dict[str, str]:
    """Every session of the agenda, following its "later" links."""
    found: dict[str, str] = {}
    next_path: str | None = path
    while next_path is not None:
        body = (await page(api, next_path)).text
        found |= listed(body)
        later = _LATER.search(body)
        next_path = unescape(later.group(1)) if later else None
    return found


async def feed_uids(api: Api, query: str) -> set[str]:
    """The feed's sessions, without the pointers that merged-away sessions leave."""
    response = await api.http.get(f"/feeds/all.ics{query}")
    assert response.status_code == 200, response.text
    return {
        str(event["UID"])
        for event in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        if "RELATED-TO" not in event
    }


async def county(api: Api) -> dict[str, Any]:
    """Departments and sessions of every kind of audience, one cancelled, two merged."""
    tax, market = (
        await api.department("tax", "县税务局"),
        await api.department("market", "县市场监督管理局"),
    )
    posted = {
        "vat": await api.post(tax, externalId="vat", **ahead(3)),
        "food": await api.post(market, externalId="food", kind="PUBLICITY", title="食品安全宣讲", topics=["食品安全"],
                               location="龙江镇", audience={"sectors": ["retail"], "regions": ["龙江镇"]}, **ahead(4)),
        "all": await api.post(market, externalId="all", title="面向所有企业的消防培训", topics=["消防"], location="城关",
                              audience={"sectors": [], "regions": []}, **ahead(5, 14)),
        "gone": await api.post(tax, externalId="gone", title="已取消的宣讲", location="桥头", **ahead(6)),
        "a": await api.post(tax, externalId="a", title="出口退税政策辅导", location="高新区A厅", **ahead(8)),
        "b": await api.post(market, externalId="b", title="外贸企业合规讲座", location="高新区B厅", **ahead(8, 14)),
        "past": await api.post(tax, externalId="past", title="上周的培训", location="城关", **ahead(-3)),
    }  # fmt: skip
    await api.mutate("cancelEvent", CANCEL_EVENT, {"id": posted["gone"]["event"]["id"]}, tax)
    merged = await api.mutate(
        "mergeSessions",
        MERGE,
        {"sessionIds": [posted["a"]["session"]["id"], posted["b"]["session"]["id"]]},
        ADMIN_TOKEN,
    )
    assert merged["userErrors"] == []
    return {"tax": tax, "market": market, "posted": posted, "survivor": merged["session"]["uid"],
            "survivor_id": merged["session"]["id"]}  # fmt: skip


QUERIES = (
    "",
    "?sector=manufacturing",
    "?sector=制造业&region=石湾镇",
    "?kind=publicity",
    "?department=market",
    "?topic=食品安全&topic=消防",
    "?region=龙江镇&kind=TRAINING",
    f"?from={ahead(4)['start'][:10]}&to={ahead(7)['start'][:10]}",
    f"?to={ahead(0)['start'][:10]}",
)


@pytest.mark.parametrize("path", ["/", "/calendar"])
async def test_the_agenda_holds_exactly_the_sessions_of_the_feed(api: Api, path: str) -> None:
    world = await county(api)
    for query in QUERIES:
        shown = await every_listed(api, path + query)
        assert set(shown) == await feed_uids(api, query), query
    everything = await every_listed(api, path)
    assert len(everything) == 6, "the merged-away session is not listed twice"
    assert everything[world["posted"]["gone"]["session"]["uid"]] == "CANCELLED"
    assert world["survivor"] in everything


async def test_past_sessions_of_the_window_are_folded_above_the_upcoming_ones(api: Api) -> None:
    world = await county(api)
    body = (await page(api, "/")).text
    folded = body.split('<details class="earlier">', 1)[1].split("</details>", 1)[0]
    assert list(listed(folded)) == [world["posted"]["past"]["session"]["uid"]]
    assert "此前的活动（1 场）" in folded
    assert (
        '<details class="earlier">'
        not in (await page(api, f"/?from={ahead(1)['start'][:10]}")).text
    )


async def test_a_long_agenda_is_paged_under_the_size_budget(api: Api) -> None:
    tax = await api.department("tax", "国家税务总局某某县税务局第一税务分局")
    title = "关于举办2027年度增值税留抵退税及出口退税政策解读与申报实务辅导会的通知（第{}期）"
    place = "佛山市南海区石湾镇政务服务中心三楼报告厅（东侧入口，凭证入场，停车场B2）"
    for number in range(105):
        await api.post(tax, externalId=f"n{number}", title=title.format(number), location=f"{place}{number}号",
                       audience={"sectors": ["manufacturing", "retail", "logistics"], "regions": ["石湾镇"]},
                       **ahead(1 + number // 4, 9 + 2 * (number % 4), 1))  # fmt: skip
    first = (await page(api, "/")).text
    assert len(listed(first)) == 100
    assert _LATER.search(first)
    assert set(await every_listed(api, "/")) == await feed_uids(api, "")


async def test_cancelled_sessions_show_as_cancelled(api: Api) -> None:
    world = await county(api)
    uid = world["posted"]["gone"]["session"]["uid"]
    agenda = (await page(api, "/")).text
    card = agenda.split(f'data-uid="{uid}"', 1)[1].split("</li>", 1)[0]
    assert "已取消" in card
    english = (await page(api, f"/sessions/{uid}", **{"accept-language": "en"})).text
    assert 'data-status="CANCELLED"' in english
    assert "This session was cancelled." in english
    assert "已取消" in (await page(api, f"/sessions/{uid}")).text


async def test_a_merged_away_session_leads_to_its_survivor(api: Api) -> None:
    world = await county(api)
    uids = {world["posted"][key]["session"]["uid"] for key in ("a", "b")}
    (gone,) = uids - {world["survivor"]}
    for suffix, query in (("", ""), ("", "?lang=en"), (".ics", "")):
        moved = await api.http.get(f"/sessions/{gone}{suffix}{query}")
        assert moved.status_code == 301
        assert moved.headers["location"] == f"/sessions/{world['survivor']}{suffix}{query}"
    survivor = (await page(api, f"/sessions/{world['survivor']}")).text
    assert "县税务局" in survivor
    assert "县市场监督管理局" in survivor
    older = world["posted"]["vat"]["session"]
    again = await api.mutate(
        "mergeSessions", MERGE, {"sessionIds": [older["id"], world["survivor_id"]]}, ADMIN_TOKEN
    )
    assert again["session"]["uid"] == older["uid"], "the oldest uid survives"
    moved = await api.http.get(f"/sessions/{gone}")
    assert moved.headers["location"] == f"/sessions/{older['uid']}", "merges are followed through"


async def test_a_session_page_shows_every_host_and_detail(api: Api) -> None:
    tax, finance = (
        await api.department("tax", "县税务局"),
        await api.department("finance", "县财政局"),
    )
    first = await api.post(tax, externalId="x", capacity=80, registrationUrl="https://reg.example.cn/s?id=1&x=2",
                           description="第一行\n第二行 <script>alert(1)</script>", **ahead(10))  # fmt: skip
    joined = await api.post(
        finance, externalId="y", title="增值税留抵退税政策解读会（联合）", **ahead(10)
    )
    assert joined["merged"] is True
    uid = first["session"]["uid"]
    body = (await page(api, f"/sessions/{quote(uid, safe='@')}")).text
    hosts = body.split('<ul class="hosts">', 1)[1].split("</ul>", 1)[0]
    assert "县税务局" in hosts
    assert "县财政局" in hosts
    assert 'href="/?department=tax"' in hosts
    assert "https://reg.example.cn/s?id=1&amp;x=2" in body
    assert "<script>alert(1)</script>" not in body, "text is escaped"
    assert "石湾镇政务服务中心三楼报告厅" in body
    assert "uri.amap.com" in body
    assert "<dt>名额</dt>\n<dd>80</dd>" in body
    assert f'href="/sessions/{uid}.ics"' in body


async def test_a_session_shows_the_seats_the_api_answers_the_largest_its_hosts_give(
    api: Api,
) -> None:
    tax, finance = await api.department("tax"), await api.department("finance")
    first = await api.post(tax, externalId="x", capacity=30, **ahead(10))
    joined = await api.post(finance, externalId="y", capacity=120,
                            title="增值税留抵退税政策解读会（联合）", **ahead(10))  # fmt: skip
    assert joined["merged"] is True
    node = f'{{ node(id: "{first["session"]["id"]}") {{ ... on Session {{ capacity }} }} }}'
    assert (await api.query(node))["node"] == {"capacity": 120}
    body = (await page(api, f"/sessions/{quote(first['session']['uid'], safe='@')}")).text
    assert "<dt>名额</dt>\n<dd>120</dd>" in body
    alone = await api.post(tax, externalId="z", title="出口退税培训", **ahead(20))
    body = (await page(api, f"/sessions/{quote(alone['session']['uid'], safe='@')}")).text
    assert "<dt>名额</dt>" not in body, "no host gave a number: no limit, nothing shown"


async def test_an_enterprise_registers_from_the_session_page(api: Api) -> None:
    """The page's form is GraphQL's registration: seats held, counted, refused when gone."""
    tax = await api.department("tax")
    posted = await api.post(tax, externalId="x", capacity=2, **ahead(10))
    uid = quote(posted["session"]["uid"], safe="@")
    body = (await page(api, f"/sessions/{uid}")).text
    assert f'<form method="post" action="/sessions/{uid}/register"' in body
    maker = await enterprise(api, "佛山市某某陶瓷有限公司")
    form = {
        "token": maker,
        "attendees": "2",
        "contact_name": "王经理",
        "contact_phone": "0757-88881234",
    }
    answer = await api.http.post(f"/sessions/{uid}/register", data=form)
    assert answer.status_code == 200, answer.text
    assert "佛山市某某陶瓷有限公司 已报名" in answer.text
    (held,) = (await api.query(MY_REGISTRATIONS, token=maker))["myRegistrations"]
    assert (held["attendees"], held["contactName"]) == (2, "王经理")
    assert held["session"]["seatsLeft"] == 0
    other = await enterprise(api, "顺德某某家电有限公司")
    full = await api.http.post(f"/sessions/{uid}/register", data=form | {"token": other})
    assert full.status_code == 400
    assert "只剩 0 个座位" in full.text
    assert "Only 0 seats" in full.text, "the refusal in both languages"
    for refused, status in (("", 401), ("civ_nobody", 401), (tax, 401)):
        answer = await api.http.post(f"/sessions/{uid}/register", data=form | {"token": refused})
        assert answer.status_code == status, answer.text
    not_a_number = await api.http.post(
        f"/sessions/{uid}/register", data=form | {"token": other, "attendees": "两个"}
    )
    assert not_a_number.status_code == 400
    (still,) = (await api.query(MY_REGISTRATIONS, token=maker))["myRegistrations"]
    assert still["session"]["seatsLeft"] == 0, "a refused form stores nothing"


async def test_the_session_calendar_file_parses_and_revalidates(api: Api) -> None:
    tax = await api.department("tax", "县税务局")
    uid = (await api.post(tax, **ahead(10)))["session"]["uid"]
    response = await api.http.get(f"/sessions/{uid}.ics")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    (event,) = icalendar.Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["UID"]) == uid
    assert str(event["SUMMARY"]) == "增值税留抵退税政策解读会"
    assert "县税务局" in str(event["DESCRIPTION"])
    again = await api.http.get(
        f"/sessions/{uid}.ics", headers={"if-none-match": response.headers["etag"]}
    )
    assert again.status_code == 304
    assert (await api.http.get("/sessions/nobody@civical.ics")).status_code == 404


REFUSED = (
    "/?sector=nonsense",
    "/?departement=tax",
    "/?department=nobody",
    "/?kind=party",
    "/?from=yesterday",
    "/?from=2027-02-01&to=2027-01-01",
    "/?from=9999-01-01",
    "/?after=garbage",
    "/?after=" + quote("MjAyNy0wMS0wMVQwMDowMDowMA"),
    "/?lang=fr",
    "/?topic=" + "税" * 3000,
    "/?" + "&".join(f"sector=C{n}" for n in range(60)),
    "/calendar/qr.svg?sector=nowhere",
    "/calendar/qr.svg?lang=en",
    "/sessions/x?lang=de",
)


async def test_refusals_are_bilingual_pages_and_never_a_500(api: Api) -> None:
    await api.department("tax")
    for path in REFUSED:
        response = await api.http.get(path)
        assert response.status_code == 400, (path, response.status_code)
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert '<div lang="zh-CN">' in response.text, path
        assert '<div lang="en">' in response.text, path
    for query in ("?region=" + quote(NUL), "?topic=%ED%A0%80", "?sector=%FF"):
        answers = [
            (await api.http.get(path + query)).status_code for path in ("/", "/feeds/all.ics")
        ]
        assert answers[0] == answers[1], (query, answers)
        assert answers[0] < 500, (query, answers)
    for uid in (quote(NUL), "%ED%A0%80", "x" * 5000):
        assert (await api.http.get(f"/sessions/{uid}")).status_code == 404
    missing = await api.http.get("/sessions/nobody@civical", headers={"accept-language": "en"})
    assert missing.status_code == 404
    assert "No such session." in missing.text
    assert "没有这个活动。" in missing.text
    assert missing.text.index("No such session.") < missing.text.index("没有这个活动。")


async def test_the_marks_a_chat_app_adds_to_a_shared_link_are_ignored(api: Api) -> None:
    await county(api)
    plain = (await page(api, "/?sector=retail")).text
    shared = (await page(api, "/?sector=retail&from=singlemessage&isappinstalled=0")).text
    assert listed(shared) == listed(plain)


async def test_pages_answer_304_until_the_calendar_changes(api: Api) -> None:
    world = await county(api)
    uid = world["posted"]["vat"]["session"]["uid"]
    for path in ("/?sector=manufacturing", f"/sessions/{uid}"):
        first = await page(api, path)
        etag = first.headers["etag"]
        assert first.headers["cache-control"] == "public, no-cache"
        assert first.headers["vary"] == "Accept-Language"
        assert (await api.http.get(path, headers={"if-none-match": etag})).status_code == 304
        english = await api.http.get(path, headers={"if-none-match": etag, "accept-language": "en"})
        assert english.status_code == 200, "another language is another page"
    etags = {path: (await page(api, path)).headers["etag"] for path in ("/", f"/sessions/{uid}")}
    await api.post(
        world["tax"], externalId="later", title="新增的宣讲", location="别处", **ahead(20)
    )
    assert (await api.http.get("/", headers={"if-none-match": etags["/"]})).status_code == 200
    assert "新增的宣讲" in (await page(api, "/")).text
    unchanged = await api.http.get(
        f"/sessions/{uid}", headers={"if-none-match": etags[f"/sessions/{uid}"]}
    )
    assert unchanged.status_code == 304, "rendered again, the same page keeps its validator"
    await api.mutate(
        "cancelEvent", CANCEL_EVENT, {"id": world["posted"]["vat"]["event"]["id"]}, world["tax"]
    )
    cancelled = await api.http.get(
        f"/sessions/{uid}", headers={"if-none-match": etags[f"/sessions/{uid}"]}
    )
    assert cancelled.status_code == 200
    assert "此活动已取消。" in cancelled.text


async def test_the_reader_chooses_the_language(api: Api) -> None:
    await county(api)
    chinese = await page(api, "/")
    assert '<html lang="zh-CN">' in chinese.text
    assert "近期" in chinese.text
    assert chinese.headers["content-language"] == "zh-CN"
    english = await page(api, "/", **{"accept-language": "en-GB,en;q=0.9"})
    assert '<html lang="en">' in english.text
    assert "Upcoming" in english.text
    assert 'href="/?lang=zh"' in english.text, "the switch keeps the view"
    switched = await page(api, "/?sector=retail&lang=en", **{"accept-language": "zh-CN"})
    assert '<html lang="en">' in switched.text
    assert 'href="/sessions/' in switched.text
    assert "?lang=en" in switched.text


async def test_subscribing_offers_the_feed_of_the_filter(api: Api) -> None:
    await county(api)
    query = "sector=%E5%88%B6%E9%80%A0%E4%B8%9A&region=%E7%9F%B3%E6%B9%BE%E9%95%87&kind=TRAINING"
    body = (await page(api, f"/?{query}&from={ahead(0)['start'][:10]}&lang=en")).text
    feed = f"http://civical.test/feeds/all.ics?{query}"
    assert f'id="feed-url" type="url" readonly value="{feed}"' in unescape(body)
    assert f'href="webcal://civical.test/feeds/all.ics?{query}"' in unescape(body)
    assert f'src="/calendar/qr.svg?{query}"' in unescape(body)
    qr = await api.http.get(f"/calendar/qr.svg?{query}")
    assert qr.status_code == 200
    assert qr.headers["content-type"] == "image/svg+xml"
    assert qr.content.startswith(b'<svg xmlns="http://www.w3.org/2000/svg"')
    assert (await api.http.get(feed.removeprefix("http://civical.test"))).status_code == 200
