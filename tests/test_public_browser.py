"""The public calendar on a phone: headless Chromium at 360 × 740 on the demo county.

Every page is checked with axe-core (vendored in ``tests/vendor``), every request the
browser makes must go to the server itself, and the feed's QR code is read back from
the pixels the browser drew.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import icalendar
import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import Browser, Page, ViewportSize, sync_playwright

from tests.api import ADMIN_TOKEN
from tests.browser import FLAGS, OnlyTheServer, require_chromium
from tests.process import graphql, serving

pytestmark = pytest.mark.slow

AXE = Path(__file__).parent / "vendor" / "axe-core" / "axe.min.js"
PHONE: ViewportSize = {"width": 360, "height": 740}
BUDGET = 100_000
SESSIONS = """{ calendar(from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z", first: 500) {
  nodes { id uid status start hosts { name } events { id } } } }"""
MERGE = """mutation($input: MergeSessionsInput!) { mergeSessions(input: $input) { session { uid } userErrors { code } } }"""
CANCEL = """mutation($input: CancelEventInput!) { cancelEvent(input: $input) { event { id } userErrors { code } } }"""


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A server with the demo county loaded: its base URL."""
    require_chromium()
    database = tmp_path_factory.mktemp("public") / "county.sqlite3"
    with serving(database, "--demo", CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (base, _):
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=require_chromium(), args=FLAGS)
        yield chromium
        chromium.close()


@contextmanager
def phone(browser: Browser, base: str, **options: Any) -> Iterator[Page]:
    """A phone's browser tab that may reach only the server and must raise no script error."""
    guard = OnlyTheServer(base)
    errors: list[str] = []
    context = browser.new_context(
        viewport=PHONE, is_mobile=True, has_touch=True, **{"locale": "zh-CN"} | options
    )
    context.route("**/*", guard)
    page = context.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        yield page
    finally:
        context.close()
    assert guard.elsewhere == [], "requests left the server"
    assert errors == []


def visit(page: Page, url: str, status: int = 200) -> None:
    """Load a page, checking its status, its size and that it fits the phone's width."""
    response = page.goto(url)
    assert response is not None
    assert response.status == status, url
    assert len(response.body()) < BUDGET, (url, len(response.body()))
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], url


def listed(page: Page) -> list[str]:
    uids: list[str] = page.eval_on_selector_all(
        "li.session", "items => items.map(i => i.dataset.uid)"
    )
    return uids


def feed_uids(url: str) -> set[str]:
    """The sessions of a feed, without the pointers merged-away sessions leave."""
    response = httpx.get(url, timeout=10)
    assert response.status_code == 200, response.text
    return {
        str(event["UID"])
        for event in icalendar.Calendar.from_ical(response.content).walk("VEVENT")
        if "RELATED-TO" not in event
    }


def upcoming(sessions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sessions not cancelled that start after today, so the agenda shows them unfolded."""
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    return [
        session
        for session in sessions
        if session["status"] == "CONFIRMED" and datetime.fromisoformat(session["start"]) > tomorrow
    ]


def accessible(page: Page) -> None:
    """axe-core finds no serious or critical violation on the page as shown."""
    page.add_script_tag(path=str(AXE))
    found: list[dict[str, Any]] = page.evaluate(
        """async () => (await axe.run(document, { resultTypes: ["violations"] })).violations
            .map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(" ")) }))"""
    )
    grave = [violation for violation in found if violation["impact"] in ("serious", "critical")]
    assert grave == [], (page.url, grave)


def decoded_qr(page: Page, selector: str) -> str:
    picture = Image.open(io.BytesIO(page.locator(selector).screenshot()))
    (code,) = zxingcpp.read_barcodes(picture)
    text: str = code.text
    return text


def test_the_agenda_on_a_phone_lists_filters_and_subscribes(
    county: str, browser: Browser, tmp_path: Path
) -> None:
    with phone(browser, county) as page:
        visit(page, f"{county}/")
        everything = listed(page)
        assert len(everything) > 20
        assert set(everything) == feed_uids(f"{county}/feeds/all.ics")
        assert decoded_qr(page, "#feed-qr") == f"{county}/feeds/all.ics"
        page.screenshot(path=str(tmp_path / "public.png"))
        accessible(page)

        page.select_option("select[name=region]", "石湾镇")
        page.select_option("select[name=kind]", "TRAINING")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**region=**")
        query = urlsplit(page.url).query
        assert query == "kind=TRAINING&region=%E7%9F%B3%E6%B9%BE%E9%95%87", (
            "empty fields are left out"
        )
        narrowed = listed(page)
        assert 0 < len(narrowed) < len(everything)
        feed = f"{county}/feeds/all.ics?{query}"
        assert set(narrowed) == feed_uids(feed)
        assert page.input_value("#feed-url") == feed
        assert (
            page.get_attribute("a[href^='webcal:']", "href") == "webcal://" + feed.split("://")[1]
        )
        assert decoded_qr(page, "#feed-qr") == feed
        accessible(page)
        shared = page.url

    with phone(browser, county) as page:
        visit(page, shared)
        assert listed(page) == narrowed, "the URL reproduces the view"
        page.click("nav.views a:nth-child(2)")
        page.wait_for_url("**from=**")
        week = urlsplit(page.url).query
        assert set(listed(page)) == feed_uids(f"{county}/feeds/all.ics?{week}")
        accessible(page)


def test_a_session_page_shows_every_host_and_adds_to_a_calendar(
    county: str, browser: Browser
) -> None:
    sessions = graphql(county, SESSIONS)["data"]["calendar"]["nodes"]
    cohosted = next(s for s in upcoming(sessions) if len(s["hosts"]) > 1)
    with phone(browser, county, locale="en-US") as page:
        visit(page, f"{county}/")
        page.click(f"li.session[data-uid='{cohosted['uid']}'] h4 a")
        page.wait_for_url(f"**/sessions/{cohosted['uid']}")
        hosts = page.locator("ul.hosts li").all_inner_texts()
        assert hosts == [host["name"] for host in cohosted["hosts"]]
        assert page.input_value("#share-url") == f"{county}/sessions/{cohosted['uid']}"
        assert page.get_attribute("html", "lang") == "en"
        accessible(page)
        with page.expect_download() as download:
            page.click("#add a")
        (event,) = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes()).walk(
            "VEVENT"
        )
        assert str(event["UID"]) == cohosted["uid"]
        assert all(host["name"] in str(event["DESCRIPTION"]) for host in cohosted["hosts"])


def test_without_javascript_the_agenda_still_reads_and_filters(
    county: str, browser: Browser
) -> None:
    with phone(browser, county, java_script_enabled=False) as page:
        visit(page, f"{county}/")
        page.select_option("select[name=department]", "tax")
        page.click("form.filters button[type=submit]")
        page.wait_for_url("**department=tax**")
        assert set(listed(page)) == feed_uids(f"{county}/feeds/all.ics?department=tax")


def test_the_accessibility_check_sees_a_violation(county: str, browser: Browser) -> None:
    with phone(browser, county) as page:
        visit(page, f"{county}/")
        page.evaluate("document.querySelector('label[for=f-sector]').remove()")
        with pytest.raises(AssertionError, match="select-name"):
            accessible(page)


def test_a_refusal_is_an_accessible_page_in_both_languages(county: str, browser: Browser) -> None:
    with phone(browser, county) as page:
        visit(page, f"{county}/?sector=nonsense", status=400)
        assert page.locator("div[lang='zh-CN']").count() == 1
        assert page.locator("div[lang='en']").count() == 1
        accessible(page)


def test_cancelled_sessions_show_and_merged_ones_lead_to_their_survivor(
    county: str, browser: Browser
) -> None:
    sessions = graphql(county, SESSIONS)["data"]["calendar"]["nodes"]
    alone = [s for s in upcoming(sessions) if len(s["hosts"]) == 1]
    cancelled, older, newer = alone[0], alone[1], alone[2]
    for event in cancelled["events"]:
        answer = graphql(county, CANCEL, ADMIN_TOKEN, {"input": {"id": event["id"]}})
        assert answer["data"]["cancelEvent"]["userErrors"] == []
    merged = graphql(
        county, MERGE, ADMIN_TOKEN, {"input": {"sessionIds": [older["id"], newer["id"]]}}
    )
    survivor = merged["data"]["mergeSessions"]["session"]["uid"]
    (gone,) = {older["uid"], newer["uid"]} - {survivor}
    with phone(browser, county) as page:
        visit(page, f"{county}/")
        card = page.locator(f"li.session[data-uid='{cancelled['uid']}']")
        assert "已取消" in card.inner_text()
        assert gone not in listed(page)
        visit(page, f"{county}/sessions/{cancelled['uid']}")
        assert page.locator("p.banner").inner_text() == "此活动已取消。"
        accessible(page)
        visit(page, f"{county}/sessions/{gone}")
        assert page.url == f"{county}/sessions/{survivor}"
