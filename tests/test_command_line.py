"""The command line, as a new user runs it: a real process, a real port, a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.process import ROOT, environment, graphql, serving

pytestmark = pytest.mark.slow


def test_first_start_migrates_and_prints_a_coordinator_token_once(tmp_path: Path) -> None:
    database = tmp_path / "civical.sqlite3"
    with serving(database) as (base, first_output):
        assert (
            httpx.get(f"{base}/graphql", headers={"accept": "text/html"})
            .text.lower()
            .count("graphiql")
            > 0
        )
    tokens = [line.rsplit(" ", 1)[-1] for line in first_output if "shown this once" in line]
    assert len(tokens) == 1
    with serving(database) as (base, second_output):
        created = graphql(
            base,
            'mutation { createDepartment(input: {slug: "tax", name: "税务局"}) { department { slug } userErrors { code } } }',
            tokens[0],
        )
        assert created == {
            "data": {"createDepartment": {"department": {"slug": "tax"}, "userErrors": []}}
        }
    assert not [line for line in second_output if "shown this once" in line]


def test_demo_loads_a_sample_county_once(tmp_path: Path) -> None:
    database = tmp_path / "demo.sqlite3"
    for _ in range(2):
        subprocess.run(
            [sys.executable, "server.py", "demo"],
            cwd=ROOT,
            env=environment(database),
            check=True,
            capture_output=True,
        )
    with serving(database) as (base, _):
        body = graphql(
            base,
            '{ departments { slug } calendar(from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z", first: 500)'
            " { totalCount nodes { title start hosts { slug } } } }",
        )
    data = body["data"]
    assert isinstance(data, dict)
    assert len(data["departments"]) >= 12
    sessions = data["calendar"]["nodes"]
    assert data["calendar"]["totalCount"] == len(sessions) >= 40
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in s["title"]) for s in sessions)
    assert any(s["title"].isascii() for s in sessions)
    hosts_by_occurrence: dict[tuple[str, str], set[str]] = {}
    for session in sessions:
        hosts_by_occurrence.setdefault((session["title"], session["start"]), set()).update(
            host["slug"] for host in session["hosts"]
        )
    assert any(len(hosts) > 1 for hosts in hosts_by_occurrence.values()), (
        "some sessions are co-hosted"
    )


def test_abusive_requests_are_refused_quickly_and_clearly(tmp_path: Path) -> None:
    deep = (
        '{ calendar(from: "2027-01-01T00:00:00Z", to: "2028-01-01T00:00:00Z") { nodes { '
        + "events { session { " * 9
        + "id"
        + " } }" * 9
        + " } } }"
    )
    aliases = "{ " + " ".join(f"a{i}: departments {{ slug }}" for i in range(1000)) + " }"
    with serving(tmp_path / "limits.sqlite3") as (base, _):
        for document in (deep, aliases):
            response = httpx.post(f"{base}/graphql", json={"query": document}, timeout=10)
            assert response.status_code == 200
            body = response.json()
            assert body["errors"]
            assert body.get("data") is None
        huge = httpx.post(
            f"{base}/graphql",
            content=b"x" * 10_000_000,
            headers={"content-type": "application/json"},
            timeout=30,
        )
        assert huge.status_code == 413
        assert "larger" in huge.text


def test_the_server_says_where_it_listens_and_a_lost_coordinator_token_is_replaced(
    tmp_path: Path,
) -> None:
    """One line for a person (the JSON lines are for machines); `admin-token --rotate` gives a
    new coordinator token that a running server honours at once, and retires the old one."""
    database = tmp_path / "rotate.sqlite3"
    prepared = subprocess.run(
        [sys.executable, "server.py", "import"],
        cwd=ROOT, env=environment(database), capture_output=True, text=True, check=True,
    )  # fmt: skip
    first = _shown_token(prepared.stdout.splitlines())
    assert "nothing to import" in prepared.stdout
    with serving(database) as (base, output):
        rotated = subprocess.run(
            [sys.executable, "server.py", "admin-token", "--rotate"],
            cwd=ROOT, env=environment(database), capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert rotated.returncode == 0, rotated.stderr
        assert "old one stopped working" in rotated.stdout
        new = _shown_token(rotated.stdout.splitlines())
        assert new != first
        me = "{ me { role } }"
        assert httpx.post(f"{base}/graphql", json={"query": me},
                          headers={"Authorization": f"Bearer {first}"}).status_code == 401  # fmt: skip
        assert graphql(base, me, new)["data"]["me"]["role"] == "COORDINATOR"
    port = base.rsplit(":", 1)[1]
    started = [line for line in output if line.startswith("civical: serving on")]
    assert started == [
        f"civical: serving on http://127.0.0.1:{port} — calendar http://127.0.0.1:{port}/,"
        f" GraphiQL http://127.0.0.1:{port}/graphql,"
        f" dashboard http://127.0.0.1:{port}/dashboard (Ctrl+C stops)"
    ]
    bare = subprocess.run([sys.executable, "server.py", "admin-token"], cwd=ROOT,
                          env=environment(database), capture_output=True, text=True, check=False)  # fmt: skip
    assert bare.returncode == 2
    assert "--rotate" in bare.stderr
    fixed = subprocess.run(
        [sys.executable, "server.py", "admin-token", "--rotate"], cwd=ROOT,
        env=environment(database, CIVICAL_ADMIN_TOKEN="civ_fixed_token_0123456789abcdef"),
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert fixed.returncode == 1
    assert "nothing was rotated" in fixed.stdout


def _shown_token(lines: list[str]) -> str:
    (token,) = [line.rsplit(" ", 1)[-1] for line in lines if "shown this once" in line]
    return token


def test_rematch_learning_keeps_the_calendar_and_survives_a_model_of_an_earlier_version(
    tmp_path: Path,
) -> None:
    """`rematch --learning` learns a model from the store and places every posting with it;
    a model an earlier version learnt (its levels as bare lists) is set aside, not a crash."""
    database = tmp_path / "learn.sqlite3"
    _command(database, "demo")
    calendar = '{ calendar(from: "2000-01-01T00:00:00Z", to: "2100-01-01T00:00:00Z", first: 500) { totalCount } }'
    with serving(database) as (base, _):
        before = graphql(base, calendar)["data"]["calendar"]["totalCount"]
    learnt = _command(database, "rematch", "--learning")
    assert learnt.returncode == 0, learnt.stderr
    assert "learnt the model" in learnt.stdout
    with sqlite3.connect(database) as connection:
        (stored,) = connection.execute("SELECT parameters FROM match_models").fetchone()
        assert set(json.loads(stored)["m"]["subject"]) >= {"shared", "disjoint"}
        earlier = {"prior": -3.0, "m": {"title": [0.5, 0.5]}, "u": {"title": [0.5, 0.5]}}
        connection.execute(
            "INSERT INTO match_models (parameters, pairs, labelled, fitted_at)"
            " VALUES (?, 1, 0, '2026-01-01 00:00:00')",
            (json.dumps(earlier),),
        )
    token = _shown_token(_command(database, "admin-token", "--rotate").stdout.splitlines())
    with serving(database) as (base, _):
        assert graphql(base, calendar)["data"]["calendar"]["totalCount"] == before
        create = (
            'mutation { createDepartment(input: {slug: "newcomer", name: "新部门"}) { token } }'
        )
        department = graphql(base, create, token)["data"]["createDepartment"]["token"]
        post = "mutation($i: PostEventInput!) { postEvent(input: $i) { userErrors { code } } }"
        event = {"kind": "TRAINING", "title": "安全生产培训",
                 "start": "2027-06-01T09:00:00+08:00", "end": "2027-06-01T11:00:00+08:00"}  # fmt: skip
        posted = graphql(base, post, department, {"i": event})
        assert posted["data"]["postEvent"]["userErrors"] == []
    refused = _command(database, "demo", "--learning")
    assert refused.returncode == 2
    assert "--learning goes with rematch" in refused.stderr


def test_rematch_learns_a_building_s_two_names_afresh_from_the_whole_store(
    tmp_path: Path,
) -> None:
    """A store whose postings came before civical learnt buildings' other names (as one
    upgraded from an earlier release) learns them at its first rematch: co-hosts calling
    one building 县科创中心 and 高新区孵化大楼 on two days keep the class they titled in
    other words one session; and every posting is judged at the store's stage of learning."""
    database = tmp_path / "aliases.sqlite3"
    day_of_class = '{ calendar(from: "2027-05-20T00:00:00+08:00", to: "2027-05-21T00:00:00+08:00") { totalCount } }'
    post = "mutation($i: PostEventInput!) { postEvent(input: $i) { userErrors { code } } }"
    postings = [
        ("县科创中心", "码头装卸危险品要注意什么", 20),
        ("高新区孵化大楼", "危险货物港口作业安全培训", 20),
    ]
    postings += [(building, "增值税申报实务培训", day) for day in (1, 2)
                 for building in ("县科创中心", "高新区孵化大楼")]  # fmt: skip
    token = "civ_" + "coordinator" * 4
    with serving(database, CIVICAL_ADMIN_TOKEN=token) as (base, _):
        create = "mutation($s: String!) { createDepartment(input: {slug: $s, name: $s}) { token } }"
        hosts = {
            building: graphql(base, create, token, {"s": slug})["data"]["createDepartment"]["token"]
            for building, slug in (("县科创中心", "tax"), ("高新区孵化大楼", "market"))
        }
        for number, (building, title, day) in enumerate(postings):
            event = {"externalId": f"e{number}", "kind": "TRAINING", "title": title,
                     "location": f"{building}301室",
                     "start": f"2027-05-{day:02d}T09:00:00+08:00",
                     "end": f"2027-05-{day:02d}T11:00:00+08:00"}  # fmt: skip
            posted = graphql(base, post, hosts[building], {"i": event})
            assert posted["data"]["postEvent"]["userErrors"] == []
        assert graphql(base, day_of_class)["data"]["calendar"]["totalCount"] == 1
    with sqlite3.connect(database) as connection:  # what an earlier release kept
        connection.execute("DELETE FROM venue_sightings")
        connection.execute("UPDATE events SET building = NULL, judged = NULL")
    rematched = _command(database, "rematch")
    assert rematched.returncode == 0, rematched.stderr
    with sqlite3.connect(database) as connection:
        # each day's sighting of the two buildings, and of the two places as written
        assert connection.execute("SELECT count(*) FROM venue_sightings").fetchone()[0] == 4
        unmatched = "SELECT count(*) FROM events WHERE building IS NULL OR judged IS NULL"
        assert connection.execute(unmatched).fetchone()[0] == 0
    with serving(database) as (base, _):
        assert graphql(base, day_of_class)["data"]["calendar"]["totalCount"] == 1


def _command(database: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "server.py", *args], cwd=ROOT,
                          env=environment(database), capture_output=True, text=True, check=False)  # fmt: skip
