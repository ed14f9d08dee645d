"""Request budgets: per token and per client address, with headers and 429 + Retry-After."""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from tests.api import ADMIN_TOKEN
from tests.conftest import started

pytestmark = pytest.mark.anyio

ME = {"query": "{ me { role } }"}


@pytest.fixture
async def limited(database_url: str) -> AsyncIterator[Any]:
    """The app with small budgets: 6 requests a minute per address, 3 per token."""
    async with started(
        database_url, rate_limit_per_ip="6/minute", rate_limit_per_token="3/minute"
    ) as application:
        yield application


def _client(app: Any, address: str) -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(transport=transport, base_url="http://civical.test")


async def test_a_token_over_its_budget_waits_and_is_told_how_long(limited: Any) -> None:
    coordinator = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
    async with _client(limited, "203.0.113.7") as http:
        answers = [await http.post("/graphql", json=ME, headers=coordinator) for _ in range(4)]
        assert [answer.status_code for answer in answers] == [200, 200, 200, 429]
        assert [answer.headers["RateLimit-Remaining"] for answer in answers] == ["2", "1", "0", "0"]
        assert all(answer.headers["RateLimit-Limit"] == "3" for answer in answers)
        refused = answers[-1]
        assert 1 <= int(refused.headers["Retry-After"]) <= 60
        error = refused.json()["errors"][0]
        assert error["extensions"]["code"] == "RATE_LIMITED"
        assert "令牌" in error["message"]
        anonymous = await http.post("/graphql", json=ME)
        assert anonymous.status_code == 200, "the address's budget is separate from the token's"
        assert anonymous.headers["RateLimit-Limit"] == "6"
        assert anonymous.headers["RateLimit-Remaining"] == "2", "3 spent by the token, 1 now"


async def test_an_address_over_its_budget_is_refused_everywhere_but_health(limited: Any) -> None:
    async with _client(limited, "198.51.100.4") as http, _client(limited, "198.51.100.5") as other:
        for _ in range(6):
            assert (await http.get("/feeds/all.ics")).status_code == 200
        feed = await http.get("/feeds/all.ics")
        assert feed.status_code == 429
        assert feed.headers["content-type"].startswith("text/plain")
        assert int(feed.headers["Retry-After"]) >= 1
        assert (await http.post("/graphql", json=ME)).status_code == 429
        assert (await http.get("/healthz")).status_code == 200
        assert (await other.get("/feeds/all.ics")).status_code == 200


async def test_without_budgets_there_are_no_limit_headers(client: httpx.AsyncClient) -> None:
    answer = await client.post("/graphql", json=ME)
    assert answer.status_code == 200
    assert "RateLimit-Remaining" not in answer.headers


async def test_this_machine_has_no_address_budget_but_tokens_still_do(limited: Any) -> None:
    """Behind a proxy that does not pass X-Forwarded-For every client looks like loopback:
    one shared budget would throttle them all at once."""
    async with _client(limited, "127.0.0.1") as http:
        anonymous = [await http.post("/graphql", json=ME) for _ in range(8)]
        assert [answer.status_code for answer in anonymous] == [200] * 8
        assert "RateLimit-Remaining" not in anonymous[-1].headers
        coordinator = {"Authorization": f"Bearer {ADMIN_TOKEN}"}
        tokened = [await http.post("/graphql", json=ME, headers=coordinator) for _ in range(4)]
        assert [answer.status_code for answer in tokened] == [200, 200, 200, 429]


REDIS = "redis://127.0.0.1:6379"


def _redis_answers() -> str | None:
    """Why the shared-budget test cannot run here, or None when a Redis answers."""
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1) as connection:
            connection.sendall(b"PING\r\n")
            if connection.recv(16).startswith(b"+PONG"):
                return None
            return "something on 127.0.0.1:6379 does not answer PING as Redis does"
    except OSError as error:
        return f"no Redis on 127.0.0.1:6379 ({error}); start one to test shared budgets"


async def test_processes_sharing_a_redis_share_one_budget(database_url: str) -> None:
    """Two apps (two processes behind a balancer) with CIVICAL_RATE_LIMIT_STORAGE set spend
    from one budget: the token's 3 requests a minute are 3 in all, not 3 on each."""
    reason = _redis_answers()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    shared = {"rate_limit_per_token": "3/minute", "rate_limit_storage": REDIS}
    token = f"civ_unknown_{uuid.uuid4().hex}"  # a fresh budget key for this run; refused with 401
    async with started(database_url, **shared) as one, started(database_url, **shared) as two:
        answers = []
        for app in (one, two, one, two):
            async with _client(app, "203.0.113.9") as http:
                response = await http.post(
                    "/graphql", json=ME, headers={"Authorization": f"Bearer {token}"}
                )
                answers.append(response.status_code)
    assert answers == [401, 401, 401, 429]


async def test_a_refusal_speaks_the_callers_language(limited: Any) -> None:
    async with _client(limited, "203.0.113.8") as http:
        for _ in range(6):
            await http.get("/feeds/all.ics")
        chinese = await http.get("/feeds/all.ics")
        english = await http.get("/feeds/all.ics", headers={"Accept-Language": "en"})
    assert chinese.status_code == english.status_code == 429
    assert "请求过多" in chinese.text
    assert "Too many requests" in english.text
