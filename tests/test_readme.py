"""The README's walkthrough, run as written against a real server, on an empty calendar and
after ``--demo``: a new user's first commands must work whichever way they started."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api import ADMIN_TOKEN
from tests.process import ROOT, serving

pytestmark = pytest.mark.slow

README = (ROOT / "README.md").read_text(encoding="utf-8")
_CALL = re.compile(
    r"curl -s \S+ (?:-H \"Authorization: Bearer \$(\w+)\" )?-H 'Content-Type: application/json' -d '(\{.*?\})'",
    re.S,
)


_SHELL_VARIABLE = re.compile(r"""'"\$(\w+)"'""")  # '"$SESSION"': a value spliced into the body


def _calls(section: str) -> list[tuple[str | None, str]]:
    """Each curl of the section's first code block: whose token it sends, and its body."""
    block = README.split(section, 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return _CALL.findall(block)


def _post(base: str, tokens: dict[str, str], who: str | None, body: str) -> Any:
    """One curl as the shell would send it, with the variables it splices in filled; its data."""
    filled = _SHELL_VARIABLE.sub(lambda variable: tokens[variable[1]], body)
    headers = {"Authorization": f"Bearer {tokens[who]}"} if who else {}
    answer = httpx.post(f"{base}/graphql", json=json.loads(filled), headers=headers, timeout=30)
    assert answer.status_code == 200, answer.text
    answered = answer.json()
    assert "errors" not in answered, answered
    return answered["data"]


def _walk(base: str) -> None:
    tokens: dict[str, str] = {"ADMIN": ADMIN_TOKEN}
    names = iter(("TAX", None, None, "COMPANY", None))
    calls = _calls("## A session with curl") + _calls("### Subscribing as an enterprise")
    assert len(calls) == 5, "the walkthrough's five calls"
    for (who, body), keeps in zip(calls, names, strict=True):
        (result,) = _post(base, tokens, who, body).values()
        assert not result.get("userErrors"), result
        if keeps:
            tokens[keeps] = result["token"]
        if "totalCount" in result:
            assert result["totalCount"] >= 1
    _take_part(base, tokens)


def _take_part(base: str, tokens: dict[str, str]) -> None:
    """The enterprise's side: find the session, register, complain; assigned, answered, read."""
    calls = _calls("### The enterprise's side in a few steps")
    assert len(calls) == 6, "the enterprise's six calls"
    find, register, complain, assign, answer, read = calls
    (session,) = _post(base, tokens, *find)["calendar"]["nodes"]
    tokens["SESSION"] = session["id"]
    registered = _post(base, tokens, *register)["register"]
    assert registered["userErrors"] == []
    filed = _post(base, tokens, *complain)["fileComplaint"]
    assert filed["userErrors"] == []
    tokens["COMPLAINT"] = filed["complaint"]["id"]
    assert _post(base, tokens, *assign)["assignComplaint"]["userErrors"] == []
    answered = _post(base, tokens, *answer)["answerComplaint"]
    assert answered["userErrors"] == []
    assert answered["complaint"]["enterprise"] is None
    assert answered["complaint"]["receivedAt"].endswith("T00:00:00+08:00")
    mine = _post(base, tokens, *read)
    assert mine["myComplaints"][0]["answer"] == "已与财政局协调，三场合并为一场。"
    assert mine["myRegistrations"][0]["attendees"] == 2


@pytest.mark.parametrize("demo", [False, True], ids=["empty", "demo"])
def test_the_walkthrough_works_as_written(tmp_path: Path, demo: bool) -> None:
    args = ("--demo",) if demo else ()
    with serving(tmp_path / "readme.sqlite3", *args, CIVICAL_ADMIN_TOKEN=ADMIN_TOKEN) as (base, _):
        _walk(base)
