"""What operators see: request logs, /metrics, masked internal errors, refused tokens."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import text

from services.core.db import Database
from tests.api import ADMIN_TOKEN, Api
from tests.conftest import started
from tests.test_departments import ME, ROTATE
from tests.test_feeds import ENTERPRISE, REVOKE, SUBSCRIBE

pytestmark = pytest.mark.anyio


async def _metrics(http: httpx.AsyncClient) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    answer = await http.get("/metrics")
    assert answer.status_code == 200
    assert answer.headers["content-type"].startswith("text/plain")
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(answer.text)
        for sample in family.samples
    }


def _grew(
    before: dict[tuple[str, frozenset[tuple[str, str]]], float],
    after: dict[tuple[str, frozenset[tuple[str, str]]], float],
    name: str,
    **labels: str,
) -> float:
    key = (name, frozenset(labels.items()))
    return after.get(key, 0.0) - before.get(key, 0.0)


async def test_metrics_count_requests_matches_feed_renders_and_imports(api: Api) -> None:
    before = await _metrics(api.http)
    tax = await api.department("tax")
    market = await api.department("market")
    await api.post(tax, externalId="a")
    assert (await api.post(market, externalId="b"))["merged"] is True
    assert (await api.http.get("/feeds/all.ics")).status_code == 200
    assert (await api.http.get("/feeds/all.ics")).status_code == 200
    await api.mutate(
        "addFeedSource",
        """mutation($input: AddFeedSourceInput!) {
          addFeedSource(input: $input) { userErrors { code } } }""",
        {"url": "http://127.0.0.2:9/nothing-listens-here.ics", "defaultKind": "PUBLICITY"},
        tax,
    )
    after = await _metrics(api.http)
    post = {"route": "/graphql", "method": "POST", "status": "200"}
    assert _grew(before, after, "civical_http_requests_total", **post) >= 5
    latency = {"route": "/graphql", "method": "POST"}
    assert _grew(before, after, "civical_http_request_duration_seconds_count", **latency) >= 5
    feed = {"route": "/feeds/all.ics", "method": "GET", "status": "200"}
    assert _grew(before, after, "civical_http_requests_total", **feed) == 2
    assert _grew(before, after, "civical_matching_decisions_total", verdict="NEW") >= 1
    assert _grew(before, after, "civical_matching_decisions_total", verdict="MERGE") == 1
    assert _grew(before, after, "civical_feed_renders_total", result="RENDERED") == 1
    assert _grew(before, after, "civical_feed_renders_total", result="CACHED") == 1
    assert _grew(before, after, "civical_import_runs_total", status="ERROR") == 1


async def test_each_request_is_one_json_log_line_with_its_id(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    company = (await api.mutate("createEnterprise", ENTERPRISE, {"name": "甲公司"}, None))["token"]
    subscribed = (await api.mutate("subscribe", SUBSCRIBE, {}, company))["subscription"]
    private_path = httpx.URL(subscribed["feedUrl"]).path
    with caplog.at_level(logging.INFO, logger="civical.access"):
        answer = await api.http.post(
            "/graphql", json={"query": ME}, headers={"X-Request-ID": "trace-42"}
        )
        await api.http.get(private_path, headers={"User-Agent": "Microsoft Outlook 16.0"})
    assert answer.headers["X-Request-ID"] == "trace-42"
    logged = [record.__dict__ for record in caplog.records if record.name == "civical.access"]
    graphql, feed = logged
    assert graphql["request_id"] == "trace-42"
    assert (graphql["method"], graphql["path"], graphql["status"]) == ("POST", "/graphql", 200)
    assert graphql["duration_ms"] >= 0
    assert feed["path"] == "/feeds/s/{token}.ics", "a private feed's token is never logged"
    assert feed["user_agent"] == "Microsoft Outlook 16.0"
    assert len(feed["request_id"]) == 32
    assert feed["caller"] == "anonymous"


async def test_access_logs_name_the_graphql_operation_and_the_caller(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    tax = await api.department("tax")
    company = (await api.mutate("createEnterprise", ENTERPRISE, {"name": "乙公司"}, None))["token"]
    with caplog.at_level(logging.INFO, logger="civical.access"):
        for token in (tax, company, ADMIN_TOKEN, None):
            await api.raw("query WhoAmI { me { role } }", token=token)
        await api.raw("{ departments { slug } }")
        await api.raw("{ me { role } }", token="civ_not_a_token")
    logged = [record.__dict__ for record in caplog.records if record.name == "civical.access"]
    assert [(line["operation"], line["caller"]) for line in logged[:5]] == [
        ("WhoAmI", "tax"), ("WhoAmI", "enterprise"), ("WhoAmI", "coordinator"),
        ("WhoAmI", "anonymous"), ("anonymous", "anonymous"),
    ]  # fmt: skip
    assert logged[5]["caller"] == "refused token"
    assert logged[5]["status"] == 401


async def test_every_use_of_a_revoked_token_is_refused_and_logged(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    tax = await api.department("tax")
    await api.mutate("rotateDepartmentToken", ROTATE, {}, tax)
    company = (await api.mutate("createEnterprise", ENTERPRISE, {"name": "乙公司"}, None))["token"]
    subscribed = (await api.mutate("subscribe", SUBSCRIBE, {}, company))["subscription"]
    await api.mutate("revokeSubscription", REVOKE, {"id": subscribed["id"]}, company)
    with caplog.at_level(logging.WARNING):
        assert (await api.raw(ME, token=tax)).status_code == 401
        assert (await api.raw(ME, token=tax)).status_code == 401
        assert (await api.raw(ME, token="civ_never_issued")).status_code == 401
        assert (await api.http.get(httpx.URL(subscribed["feedUrl"]).path)).status_code == 410
    messages = [record.getMessage() for record in caplog.records]
    revoked = [line for line in messages if "refused a revoked token of department" in line]
    assert len(revoked) == 2
    assert any("refused an unknown bearer token" in line for line in messages)
    assert any("refused revoked feed" in line for line in messages)


@pytest.fixture
async def revealing(database_url: str) -> AsyncIterator[Any]:
    """A development server: internal errors shown as they are."""
    async with started(database_url, reveal_errors=True) as application:
        yield application


async def _departments_while_their_table_is_gone(app: Any) -> dict[str, Any]:
    """A fault no request can cause: the departments table vanishes under a running server."""
    database: Database = app.state.database
    async with database.writing(bump_version=False) as db:
        await db.execute(text("ALTER TABLE departments RENAME TO departments_away"))
    try:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://civical.test") as http:
            answer = await http.post("/graphql", json={"query": "{ departments { slug } }"})
    finally:
        async with database.writing(bump_version=False) as db:
            await db.execute(text("ALTER TABLE departments_away RENAME TO departments"))
    assert answer.status_code == 200
    body: dict[str, Any] = json.loads(answer.text)
    return body


async def test_internal_errors_are_masked_and_logged_with_a_reference(
    app: Any, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="civical.errors"):
        body = await _departments_while_their_table_is_gone(app)
    (error,) = body["errors"]
    reference = error["extensions"]["reference"]
    assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
    assert error["message"] == f"内部错误（编号 {reference}），已记录。", "Chinese by default"
    shown = json.dumps(body["errors"]).lower()
    assert "sql" not in shown, "nothing of the fault leaks"
    assert "table" not in shown
    assert any(reference in record.getMessage() for record in caplog.records)


async def test_a_development_server_shows_internal_errors(revealing: Any) -> None:
    body = await _departments_while_their_table_is_gone(revealing)
    (error,) = body["errors"]
    assert "departments" in error["message"]
    assert "INTERNAL_SERVER_ERROR" not in str(error.get("extensions"))


async def test_a_clients_bad_document_is_answered_not_logged(
    api: Api, caplog: pytest.LogCaptureFixture
) -> None:
    """Logging refused documents whole would let anyone fill the log."""
    flood = "{ " + " ".join(f"a{i}: me {{ role }}" for i in range(1000)) + " }"
    with caplog.at_level(logging.INFO):
        for document in (flood, "{ nope }", "{ calendar"):
            answer = await api.raw(document)
            assert answer.json()["errors"]
    assert [r.getMessage()[:80] for r in caplog.records if r.levelno >= logging.WARNING] == []


async def test_clients_polling_at_once_share_one_render(api: Api) -> None:
    """After a change retires the cached feed, twenty calendar apps polling at that moment
    cost one render, not twenty."""
    tax = await api.department("tax")
    await api.post(tax, externalId="a")
    before = await _metrics(api.http)
    polls = await asyncio.gather(*(api.http.get("/feeds/all.ics") for _ in range(20)))
    after = await _metrics(api.http)
    assert {poll.status_code for poll in polls} == {200}
    assert len({poll.content for poll in polls}) == 1
    rendered = _grew(before, after, "civical_feed_renders_total", result="RENDERED")
    shared = _grew(before, after, "civical_feed_renders_total", result="SHARED")
    cached = _grew(before, after, "civical_feed_renders_total", result="CACHED")
    assert rendered == 1
    assert rendered + shared + cached == 20
