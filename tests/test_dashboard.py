"""The dashboard page in a real browser: headless Chromium, driven by Playwright."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import sync_playwright

from tests.api import ADMIN_TOKEN, POST_EVENT, UNDECIDED_PAIR, event_input
from tests.browser import FLAGS, OnlyTheServer, require_chromium
from tests.process import graphql, serving

pytestmark = pytest.mark.slow


def _post(base: str, token: str, **fields: Any) -> None:
    response = httpx.post(f"{base}/graphql", json={"query": POST_EVENT, "variables": {"input": event_input(**fields)}},
                          headers={"Authorization": f"Bearer {token}"}, timeout=10)  # fmt: skip
    assert response.json()["data"]["postEvent"]["userErrors"] == []


def _department(base: str, slug: str, name: str) -> str:
    body = graphql(
        base,
        f'mutation {{ createDepartment(input: {{slug: "{slug}", name: "{name}"}}) {{ token }} }}',
        ADMIN_TOKEN,
    )
    token: str = body["data"]["createDepartment"]["token"]
    return token


def test_the_dashboard_shows_a_conflict_and_updates_live(tmp_path: Path) -> None:
    chromium = require_chromium()
    day = (datetime.now(UTC) + timedelta(days=10)).date()
    at = {"start": f"{day}T09:30:00+08:00", "end": f"{day}T11:30:00+08:00"}
    with serving(tmp_path / "dashboard.sqlite3", CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (base, _):
        tax, emergency = (
            _department(base, "tax", "县税务局"),
            _department(base, "emergency", "县应急管理局"),
        )
        _post(base, tax, externalId="vat", **at)
        _post(base, emergency, externalId="safety", title="安全生产责任制培训", location="龙江镇应急管理所",
              topics=["安全生产"], **at)  # fmt: skip
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(f"{base}/dashboard")
            page.wait_for_selector("body[data-live='true']", timeout=15_000)
            page.wait_for_selector(".session.conflict", timeout=15_000)
            assert page.locator(".session.conflict").count() == 2
            assert page.locator("li[data-type='CONFLICT']").count() == 1
            assert "安全生产责任制培训" in page.locator("#overlaps").inner_text()
            assert page.locator("#report tbody tr").count() >= 2

            _post(base, tax, externalId="third", title="出口退税政策宣讲会", location="桥头镇商会",
                  topics=["出口退税"], start=f"{day}T14:00:00+08:00", end=f"{day}T16:00:00+08:00")  # fmt: skip
            page.wait_for_selector("body[data-sessions='3']", timeout=15_000)
            assert "出口退税政策宣讲会" in page.locator("#timeline").inner_text()
            page.screenshot(path=str(tmp_path / "dashboard.png"), full_page=True)
            browser.close()


def test_graphiql_and_the_dashboard_load_with_the_network_blocked(tmp_path: Path) -> None:
    """An intranet has no CDN: every request the pages make goes to the server itself, and
    GraphiQL runs a query and shows its answer."""
    chromium = require_chromium()
    with serving(tmp_path / "offline.sqlite3", CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (base, _):
        only_the_server = OnlyTheServer(base)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            context.route("**/*", only_the_server)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{base}/graphql")
            page.wait_for_selector(".graphiql-container .graphiql-execute-button", timeout=20_000)
            page.click(".graphiql-execute-button")
            page.wait_for_selector(".result-window .CodeMirror-code", timeout=20_000)
            page.wait_for_function(
                "document.querySelector('.result-window').innerText.includes('制造业')",
                timeout=20_000,
            )
            page.screenshot(path=str(tmp_path / "graphiql.png"))
            page.goto(f"{base}/dashboard")
            page.wait_for_selector("body[data-live='true']", timeout=15_000)
            browser.close()
        assert only_the_server.elsewhere == [], "requests left the server"
        assert errors == []


def _call(base: str, document: str, input: dict[str, Any], token: str) -> dict[str, Any]:
    response = httpx.post(f"{base}/graphql", json={"query": document, "variables": {"input": input}},
                          headers={"Authorization": f"Bearer {token}"}, timeout=10)  # fmt: skip
    (payload,) = response.json()["data"].values()
    assert payload["userErrors"] == [], payload
    return payload  # type: ignore[no-any-return]


INVITE = "mutation($input: InviteCoHostInput!) { inviteCoHost(input: $input) { invitation { id } userErrors { message } } }"
POSTED = "mutation($input: PostEventInput!) { postEvent(input: $input) { session { id } userErrors { message } } }"


def test_the_coordinator_and_departments_act_on_the_dashboard(tmp_path: Path) -> None:
    """Grouped overlaps naming both sessions, labels, names, a department filter, the queue
    (merge and dismiss) and the invitations panel (accept and withdraw), each in Chromium."""
    chromium = require_chromium()
    day = (datetime.now(UTC) + timedelta(days=10)).date()

    def at(days: int, hour: int) -> dict[str, str]:
        moment = day + timedelta(days=days)
        return {
            "start": f"{moment}T{hour:02}:00:00+08:00",
            "end": f"{moment}T{hour + 2:02}:00:00+08:00",
        }

    with serving(tmp_path / "acting.sqlite3", CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (base, _):
        tokens = {slug: _department(base, slug, name) for slug, name in (
            ("tax", "县税务局"), ("hr", "县人社局"), ("market", "县市场监督管理局"), ("emergency", "县应急管理局"))}  # fmt: skip
        vat = _call(base, POSTED, event_input(externalId="vat", **at(0, 9)), tokens["tax"])
        _post(base, tokens["emergency"], externalId="safety", title="安全生产责任制培训",
              location="龙江镇应急管理所", topics=["安全生产"], **at(0, 9))  # fmt: skip
        _post(base, tokens["hr"], externalId="twin", title="留抵退税政策宣讲", location="龙江镇文化中心",
              **at(3, 14))  # fmt: skip
        for days, (left, right) in enumerate((("market", "hr"), ("market", "emergency")), start=5):
            for slug, fields in zip((left, right), UNDECIDED_PAIR, strict=True):
                _post(base, tokens[slug], externalId=f"grey{days}", **fields, **at(days, 9))
        _call(base, INVITE, {"sessionId": vat["session"]["id"], "department": "hr"}, tokens["tax"])
        other = _call(base, POSTED, event_input(externalId="invoice", title="发票管理培训", topics=["发票"],
                                                **at(8, 9)), tokens["tax"])  # fmt: skip
        _call(
            base,
            INVITE,
            {"sessionId": other["session"]["id"], "department": "market"},
            tokens["tax"],
        )

        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=FLAGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(f"{base}/dashboard")
            page.wait_for_selector("body[data-live='true']", timeout=15_000)
            page.wait_for_selector("body[data-sessions='8']", timeout=15_000)

            conflict = page.locator("ul[data-type='CONFLICT'] li").first.inner_text()
            for shown in (
                "增值税留抵退税政策解读会",
                "安全生产责任制培训",
                "县税务局",
                "县应急管理局",
                "overlap by",
            ):
                assert shown in conflict, shown
            redundant = page.locator(
                "ul[data-type='REDUNDANT'] li", has_text="留抵退税政策宣讲"
            ).inner_text()
            for shown in (
                "增值税留抵退税政策解读会",
                "县人社局",
                "县税务局",
                "Both address 增值税",
            ):
                assert shown in redundant, shown
            labels = page.locator("#timeline .session .label").all_inner_texts()
            assert any("留抵退税政策宣讲" in label for label in labels)
            assert len(labels) == page.locator("#timeline .session").count()
            report = page.locator("#report tbody").inner_text()
            assert "县税务局" in report
            assert "tax" not in report.split(), "departments by name, not slug"

            page.select_option("select[name='department']", "hr")
            page.wait_for_selector("body[data-sessions='2']", timeout=15_000)
            page.select_option("select[name='department']", "")
            page.wait_for_selector("body[data-sessions='8']", timeout=15_000)

            page.fill("#token", ADMIN_TOKEN)
            page.click("#signin button")
            page.wait_for_selector("#queue li.candidate", timeout=15_000)
            assert page.locator("#queue li.candidate").count() == 2
            page.locator("#queue li.candidate").first.get_by_role(
                "button", name="Merge 合并"
            ).click()
            page.wait_for_selector("body[data-sessions='7']", timeout=15_000)
            page.wait_for_function("document.querySelectorAll('#queue li.candidate').length === 1")
            page.locator("#queue li.candidate").first.get_by_role(
                "button", name="Not the same 不是同一场"
            ).click()
            page.wait_for_selector("#queue li.empty", timeout=15_000)
            assert page.locator("body").get_attribute("data-sessions") == "7"

            page.fill("#token", tokens["hr"])
            page.click("#signin button")
            pending = page.locator("#invitations li[data-status='PENDING']")
            pending.first.wait_for(timeout=15_000)
            pending.first.get_by_role("button", name="Accept 接受").click()
            page.wait_for_selector("#invitations li[data-status='ACCEPTED']", timeout=15_000)
            hosts = page.locator("#timeline .row[data-department='hr'] .label").all_inner_texts()
            assert any("增值税留抵退税政策解读会" in label for label in hosts)

            page.fill("#token", tokens["tax"])
            page.click("#signin button")
            page.wait_for_selector("#invitations li[data-status='ACCEPTED']", timeout=15_000)
            page.locator("#invitations li[data-status='PENDING']").get_by_role(
                "button", name="Withdraw 撤回"
            ).click()
            page.wait_for_selector("#invitations li[data-status='WITHDRAWN']", timeout=15_000)
            stored = page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]")
            assert stored == [0, 0, ""], "the token is kept only in the page"
            page.screenshot(path=str(tmp_path / "acting.png"), full_page=True)
            browser.close()
