"""The dashboard page in a real browser: headless Chromium, driven by Playwright."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from playwright.sync_api import sync_playwright

from tests.api import ADMIN_TOKEN, POST_EVENT, event_input
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
