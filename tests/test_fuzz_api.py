"""Schemathesis fuzzes the GraphQL API of a real server process, on SQLite and PostgreSQL.

No request may make a server error: no 5xx, and no GraphQL error but the API's documented
refusals (schemathesis' ``not_a_server_error`` reads an ``INTERNAL_SERVER_ERROR``, or any
other error a resolver raised, as one); every answer is a JSON object that keeps the
schema's promises (``response_schema_conformance``). The feeds get the same treatment.

Random strings seldom get past validation, so the fuzzer draws the arguments that must be
right to get anywhere (department slugs, time zones, URLs, rules, titles that merge) from
dictionaries, times from a small grid with hostile edges, and ids from what the server has
answered so far, so updates, merges, splits and revocations act on real records. Every
query and mutation is fuzzed by each role with its own bearer token: the coordinator (who
reaches deepest), a department, an enterprise, and anonymously with schema-invalid
documents too. Runs are derandomized and keep no example database, so CI repeats them.

What the fuzzer found is pinned as plain regressions in ``test_hostile_input.py``.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

import httpx
import icalendar
import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error, response_schema_conformance
from schemathesis.graphql import nodes
from schemathesis.graphql.checks import GraphQLServerError

from schema import ids
from tests.api import ADMIN_TOKEN, CREATE_DEPARTMENT, POST_EVENT, event_input
from tests.conftest import as_postgres_admin
from tests.hostile import NUL, REFUSALS, SURROGATE, error_code, forged_cursor
from tests.process import serving

pytestmark = pytest.mark.slow

EXAMPLES = {"coordinator": 900, "department": 500, "enterprise": 120, "anonymous": 180}
FEED_EXAMPLES = 100
SLUGS = ("tax", "customs")

# Mostly values that pass validation, so the fuzzer gets past it, and a hostile one or two;
# the rest of the time (and for every other argument) it sends random data.
TITLES = [
    "增值税留抵退税政策解读会",
    "关于举办2027年增值税留抵退税政策解读会的通知",
    "VAT credit refund policy briefing",
    "安全生产责任制培训（第2期）",
    "安全生产责任制培训（第3期）",
    "x" * 201,
    f"培训{NUL}{SURROGATE}",
]


CURSORS = [
    "2027-03-05T09:30:00+00:00|1",
    "2027-03-01T00:00:00+00:00|0",
    "overlap:0",
    "2027-03-05T09:30:00|1",
    f"2027-03-05T09:30:00+00:00|{2**63}",
    "0001-01-01T00:00:00+14:00|1",
    "overlap:-5",
    f"overlap:{10**30}",
]
DICTIONARIES: dict[str, list[str | int]] = {
    "slugs": [*SLUGS, *SLUGS, "nobody", NUL, SURROGATE],
    "new-slugs": ["tax", "ecology", "-bad", "a" * 64],
    "zones": ["Asia/Shanghai", "UTC", "Europe/Berlin", "Pacific/Kiritimati", "Mars/Base"],
    "urls": [
        "https://meeting.example.gov.cn/j/1",
        "https://example.org/r?a=1",
        "http://x",
        "javascript:alert(1)",
    ],
    # all refused before any connection is made: no fuzzed feed source reaches the network
    "feeds": [
        "http://127.0.0.1/feed.ics",
        "http://10.0.0.1/feed.ics",
        "https://169.254.169.254/",
        "http://user:pw@[::1]/",
        "http://x:99999/",
        "file:///etc/passwd",
    ],
    "titles": [*TITLES],
    "places": ["石湾镇政务服务中心三楼报告厅", "Room 301"],
    "topics": ["增值税", "安全生产", "出口退税", NUL],
    "sectors": ["manufacturing", "retail", SURROGATE],
    "regions": ["石湾镇", "龙江镇"],
    "external": ["e1", "e2", "e3", "e" * 201],
    "rrules": [
        "FREQ=WEEKLY;BYDAY=TU;COUNT=4",
        "FREQ=DAILY;COUNT=3",
        "FREQ=DAILY",
        "FREQ=MINUTELY;COUNT=100000",
        "FREQ=YEARLY;UNTIL=99991231T000000Z",
        "FREQ=WEEKLY;INTERVAL=0",
        "RRULE:FREQ=DAILY;COUNT=2",
        "COUNT=3",
    ],
    "clock": ["09:00", "17:30", "00:00", "24:00", "25:61"],
    "cursors": [forged_cursor(cursor) for cursor in CURSORS],
    "names": ["石湾陶瓷有限公司", "n" * 201, f"{NUL}{SURROGATE}"],
    "pages": [1, 2, 100, 500, 501, -1],
    "windows": [1, 14, 90, 91],
    "minutes": [15, 120, 1440, 1441],
    "counts": [1, 5, 50, 51],
    "capacities": [1, 50, 1_000_000, 1_000_001],
    "sequences": [0, 1, 2],
}
# GraphQL argument paths (type, field, argument, input fields) and the dictionary each draws on.
BINDINGS = {
    "*.*.input.department": "slugs",
    "*.*.filter.departments[*]": "slugs",
    "*.*.input.filter.departments[*]": "slugs",
    "*.*.input.slug": "new-slugs",
    "*.*.input.timezone": "zones",
    "*.*.input.onlineUrl": "urls",
    "*.*.input.registrationUrl": "urls",
    "Mutation.addFeedSource.input.url": "feeds",
    "*.*.input.title": "titles",
    "*.*.input.location": "places",
    "*.*.input.topics[*]": "topics",
    "*.*.input.defaultTopics[*]": "topics",
    "*.*.filter.topics[*]": "topics",
    "*.*.input.filter.topics[*]": "topics",
    "*.*.input.audience.sectors[*]": "sectors",
    "*.*.input.defaultAudience.sectors[*]": "sectors",
    "*.*.input.sectors[*]": "sectors",
    "*.*.filter.sectors[*]": "sectors",
    "*.*.input.audience.regions[*]": "regions",
    "*.*.input.regions[*]": "regions",
    "*.*.filter.regions[*]": "regions",
    "*.*.input.externalId": "external",
    "*.*.input.recurrence.rrule": "rrules",
    "*.*.input.workingHours.start": "clock",
    "*.*.input.workingHours.end": "clock",
    "*.*.after": "cursors",
    "*.*.input.name": "names",
    "*.*.first": "pages",
    "*.*.windowDays": "windows",
    "*.*.input.durationMinutes": "minutes",
    "*.*.input.count": "counts",
    "*.*.input.capacity": "capacities",
    "*.*.input.expectedSequence": "sequences",
}
# Postings are what everything else acts on, so the fuzzer makes (and changes) more of them.
WEIGHTS = {"postEvent": 6, "updateEvent": 3}
# A role's own token would stop working halfway if it fuzzed the mutation that replaces it.
OWN_ROTATION = {"department": "rotateDepartmentToken", "enterprise": "rotateEnterpriseToken"}


class Seen:
    """Global ids the server has answered with, for the fuzzer to send back."""

    _ID = re.compile(r'"id":"([^"\\]+)"')

    def __init__(self) -> None:
        self.ids: list[str] = []

    def learn(self, text: str) -> None:
        for found in self._ID.findall(text):
            if found not in self.ids:
                self.ids.append(found)

    def pick(self, index: int) -> str:
        return self.ids[index % len(self.ids)] if self.ids else ""


SEEN = Seen()
FORGED_IDS = [
    ids.encode("Event", 2**63),
    ids.encode("Session", 2**31),
    ids.encode("Session", 0),
    ids.encode("Nothing", 1),
    "RXZlbnQ6MQ==",
    "Event:1",
    "",
]
_GRID = st.builds(
    "2027-03-{:02d}T{:02d}:{:02d}:00{}".format,
    st.integers(5, 6),
    st.integers(8, 17),
    st.sampled_from([0, 30]),
    st.sampled_from(["+08:00", "+08:00", "Z", "", "-05:00"]),
)
_EDGES = st.sampled_from(
    [
        "0001-01-01T00:00:00",
        "0001-01-01T00:00:00-12:00",
        "9999-12-31T23:59:59+14:00",
        "9999-12-31T23:59:59",
        "1970-01-01T00:00:00Z",
        "1969-12-31T23:30:00-05:00",
        "2200-01-01T00:00:00Z",
        "2199-12-31T23:30:00-12:00",
    ]
)
schemathesis.graphql.scalar(
    "ID",
    st.one_of(
        st.integers(0, 2**16).map(SEEN.pick), st.sampled_from(FORGED_IDS), st.text(max_size=20)
    ).map(nodes.String),
)
# sampled_from, not one_of, so that the weights hold: times on the grid, mostly.
schemathesis.graphql.scalar(
    "DateTime",
    st.sampled_from([_GRID] * 8 + [_EDGES, st.datetimes().map(datetime.isoformat)])
    .flatmap(lambda times: times)
    .map(nodes.String),
)


def no_server_error(ctx: Any, response: Any, case: Any) -> bool | None:
    """``not_a_server_error``, except that an error carrying one of the API's documented
    refusal codes (UNAUTHENTICATED, BAD_USER_INPUT, …) is an answer, not a failure."""
    try:
        not_a_server_error(ctx, response, case)
    except GraphQLServerError as failure:
        if any(error_code(error) not in REFUSALS for error in failure.errors):
            raise
    return None


# An internal error the API masked, and an exception that escaped to uvicorn (a 500).
FAULTS_LOGGED = ("internal error", "Exception in ASGI application")


@contextmanager
def _quiet_server(database: Path | str) -> Iterator[str]:
    """A real server that must not log a fault: a fault a response did not show (a failed
    live announcement, say) would still be a server error."""
    with serving(
        database,
        CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN,
        CIVICAL_IMPORT_POLL_SECONDS="0",
        CIVICAL_RATE_LIMIT_IP="off",
        CIVICAL_RATE_LIMIT_TOKEN="off",
    ) as (base, output):
        yield base
    faults = [line for line in output if any(sign in line for sign in FAULTS_LOGGED)]
    assert not faults, "\n".join(faults)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """A real server on a database of its own, which no in-process ``app`` ever empties
    under it: an SQLite file, or a PostgreSQL database beside the run's shared one."""
    SEEN.ids.clear()
    if request.param == "sqlite":
        with _quiet_server(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3") as base:
            yield base
        return
    shared: str = request.getfixturevalue("postgres_url")
    base_url, name = shared.rsplit("/", 1)
    asyncio.run(as_postgres_admin(f'CREATE DATABASE "{name}_fuzz"'))
    try:
        with _quiet_server(f"{base_url}/{name}_fuzz") as base:
            yield base
    finally:
        asyncio.run(as_postgres_admin(f'DROP DATABASE "{name}_fuzz" WITH (FORCE)'))


def _graphql(base: str, query: str, variables: dict[str, Any], token: str | None) -> dict[str, Any]:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = httpx.post(
        f"{base}/graphql",
        json={"query": query, "variables": variables},
        headers=headers,
        timeout=30,
    )
    assert response.status_code == 200, response.text
    SEEN.learn(response.text)
    body: dict[str, Any] = response.json()
    assert "errors" not in body, body
    return body["data"]  # type: ignore[no-any-return]


ENABLE = "mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { userErrors { code } } }"
ROTATE = "mutation($input: RotateDepartmentTokenInput!) { rotateDepartmentToken(input: $input) { token } }"
ENTERPRISE = 'mutation { createEnterprise(input: {name: "石湾陶瓷有限公司", sectors: ["manufacturing"]}) { token enterprise { id } } }'
SUBSCRIBE = "mutation { subscribe(input: {}) { subscription { id } } }"


def _department_token(base: str, slug: str) -> str:
    """A working token for the department: it is created, or, if it exists (an earlier
    fuzzing run may have disabled it), enabled again and its token replaced."""
    created = _graphql(
        base, CREATE_DEPARTMENT, {"input": {"slug": slug, "name": slug}}, ADMIN_TOKEN
    )
    token = created["createDepartment"]["token"]
    if token is None:
        _graphql(base, ENABLE, {"input": {"slug": slug, "disabled": False}}, ADMIN_TOKEN)
        rotated = _graphql(base, ROTATE, {"input": {"department": slug}}, ADMIN_TOKEN)
        token = rotated["rotateDepartmentToken"]["token"]
    assert isinstance(token, str)
    return token


def _seed(base: str) -> dict[str, str | None]:
    """Two departments' postings that merge and nearly merge, an enterprise with a feed;
    the bearer token of each role."""
    tokens = {slug: _department_token(base, slug) for slug in SLUGS}
    for slug, external_id, title in [
        ("tax", "e1", TITLES[0]),
        ("customs", "e1", TITLES[1]),
        ("customs", "e2", TITLES[2]),
        ("tax", "e2", TITLES[3]),
    ]:
        posted = event_input(externalId=external_id, title=title)
        _graphql(base, POST_EVENT, {"input": posted}, tokens[slug])
    enterprise = _graphql(base, ENTERPRISE, {}, None)["createEnterprise"]["token"]
    _graphql(base, SUBSCRIBE, {}, enterprise)
    return {
        "coordinator": ADMIN_TOKEN,
        "department": tokens["tax"],
        "enterprise": enterprise,
        "anonymous": None,
    }


def _config() -> schemathesis.Config:
    return schemathesis.Config.from_dict(
        {
            "dictionaries": {name: {"values": values} for name, values in DICTIONARIES.items()},
            "parameters": {
                path: {"dictionary": name, "probability": 0.5 if name == "cursors" else 0.9}
                for path, name in BINDINGS.items()
            },
        }
    )


FUZZING = settings(
    derandomize=True,
    database=None,
    deadline=None,
    phases=[Phase.explicit, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@pytest.mark.parametrize("role", ["anonymous", "enterprise", "department", "coordinator"])
def test_no_request_makes_a_server_error(server: str, role: str) -> None:
    token = _seed(server)[role]
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    schema = schemathesis.graphql.from_url(f"{server}/graphql", config=_config())
    modes = [GenerationMode.POSITIVE]
    if role == "anonymous":
        modes.append(GenerationMode.NEGATIVE)
    cases = st.one_of(
        [
            schema[root][field].as_strategy(mode)
            for root in ("Query", "Mutation")
            for field in schema[root]
            if field != OWN_ROTATION.get(role)
            for mode in modes
            for _ in range(WEIGHTS.get(field, 1))
        ]
    )

    @settings(FUZZING, max_examples=EXAMPLES[role])
    @given(case=cases)
    def fuzz(case: Any) -> None:
        response = case.call_and_validate(
            headers=headers, timeout=60, checks=[no_server_error, response_schema_conformance]
        )
        SEEN.learn(response.text)

    fuzz()


_FEED_PARAMETERS = st.lists(
    st.tuples(st.sampled_from(["kind", "topic", "sector", "region", "from", "to"]), st.text()),
    max_size=4,
)
_HEADER_TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=40)


def test_no_feed_request_makes_a_server_error(server: str) -> None:
    """Any query, slug or validator header: a calendar that parses, or a 304 or 4xx."""
    _seed(server)

    @settings(FUZZING, max_examples=FEED_EXAMPLES)
    @given(
        path=st.one_of(
            st.sampled_from(["/feeds/all.ics", "/feeds/departments/tax.ics"]),
            st.text().map(lambda slug: f"/feeds/departments/{quote(slug, safe='')}.ics"),
        ),
        parameters=_FEED_PARAMETERS,
        if_none_match=st.none() | _HEADER_TEXT,
        if_modified_since=st.none() | _HEADER_TEXT,
    )
    def fuzz(
        path: str,
        parameters: list[tuple[str, str]],
        if_none_match: str | None,
        if_modified_since: str | None,
    ) -> None:
        headers = {
            name: value
            for name, value in (
                ("If-None-Match", if_none_match),
                ("If-Modified-Since", if_modified_since),
            )
            if value is not None
        }
        response = httpx.get(
            f"{server}{path}", params=urlencode(parameters), headers=headers, timeout=60
        )
        assert response.status_code < 500, response.text
        if response.status_code == 200:
            icalendar.Calendar.from_ical(response.content)

    fuzz()
