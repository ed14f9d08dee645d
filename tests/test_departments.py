"""Departments and tokens: who may do what."""

from __future__ import annotations

import pytest

from tests.api import ADMIN_TOKEN, CREATE_DEPARTMENT, Api

pytestmark = pytest.mark.anyio

ME = "{ me { role department { slug name } } }"


async def test_coordinator_creates_departments_with_working_tokens(api: Api) -> None:
    payload = await api.mutate(
        "createDepartment", CREATE_DEPARTMENT, {"slug": "tax", "name": "县税务局"}, ADMIN_TOKEN
    )
    assert payload["userErrors"] == []
    assert payload["department"]["slug"] == "tax"
    assert payload["department"]["name"] == "县税务局"
    token = payload["token"]
    assert len(token) >= 32
    assert (await api.query(ME, token=token))["me"] == {
        "role": "DEPARTMENT",
        "department": {"slug": "tax", "name": "县税务局"},
    }
    assert (await api.query(ME, token=ADMIN_TOKEN))["me"]["role"] == "COORDINATOR"
    assert (await api.query(ME))["me"] == {"role": "ANONYMOUS", "department": None}
    assert [d["slug"] for d in (await api.query("{ departments { slug } }"))["departments"]] == [
        "tax"
    ]


@pytest.mark.parametrize(
    ("who", "code"), [("anonymous", "UNAUTHENTICATED"), ("department", "FORBIDDEN")]
)
async def test_only_the_coordinator_creates_departments(api: Api, who: str, code: str) -> None:
    token = await api.department("market") if who == "department" else None
    payload = await api.mutate(
        "createDepartment", CREATE_DEPARTMENT, {"slug": "rogue", "name": "x"}, token
    )
    assert payload["department"] is None
    assert payload["token"] is None
    assert [e["code"] for e in payload["userErrors"]] == [code]
    slugs = [d["slug"] for d in (await api.query("{ departments { slug } }"))["departments"]]
    assert "rogue" not in slugs


async def test_slugs_are_unique_and_well_formed(api: Api) -> None:
    await api.department("tax")
    taken = await api.mutate(
        "createDepartment", CREATE_DEPARTMENT, {"slug": "tax", "name": "again"}, ADMIN_TOKEN
    )
    assert [(e["field"], e["code"]) for e in taken["userErrors"]] == [(["input", "slug"], "TAKEN")]
    bad = await api.mutate(
        "createDepartment", CREATE_DEPARTMENT, {"slug": "Tax Bureau!", "name": " "}, ADMIN_TOKEN
    )
    assert {(tuple(e["field"]), e["code"]) for e in bad["userErrors"]} == {
        (("input", "slug"), "INVALID"),
        (("input", "name"), "REQUIRED"),
    }


async def test_an_unknown_token_is_refused_with_401(api: Api) -> None:
    response = await api.raw(ME, token="civ_not_a_real_token")
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


ROTATE = """mutation($input: RotateDepartmentTokenInput!) {
  rotateDepartmentToken(input: $input) { department { slug } token userErrors { code } } }"""
ROTATE_ENTERPRISE = """mutation($input: RotateEnterpriseTokenInput!) {
  rotateEnterpriseToken(input: $input) { enterprise { name } token userErrors { code } } }"""


async def test_a_rotated_token_replaces_the_old_one_at_once(api: Api) -> None:
    tax = await api.department("tax")
    market = await api.department("market")
    rotated = await api.mutate("rotateDepartmentToken", ROTATE, {}, tax)
    assert rotated["userErrors"] == []
    assert rotated["department"] == {"slug": "tax"}
    assert (await api.raw(ME, token=tax)).status_code == 401
    assert (await api.query(ME, token=rotated["token"]))["me"]["department"]["slug"] == "tax"
    other = await api.mutate("rotateDepartmentToken", ROTATE, {"department": "tax"}, market)
    assert [e["code"] for e in other["userErrors"]] == ["NOT_FOUND"]
    by_coordinator = await api.mutate(
        "rotateDepartmentToken", ROTATE, {"department": "market"}, ADMIN_TOKEN
    )
    assert by_coordinator["department"] == {"slug": "market"}
    assert (await api.raw(ME, token=market)).status_code == 401


async def test_an_enterprise_rotates_its_token(api: Api) -> None:
    created = await api.mutate(
        "createEnterprise",
        "mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) { token } }",
        {"name": "石湾陶瓷有限公司"},
        None,
    )
    rotated = await api.mutate("rotateEnterpriseToken", ROTATE_ENTERPRISE, {}, created["token"])
    assert rotated["enterprise"] == {"name": "石湾陶瓷有限公司"}
    assert (await api.raw(ME, token=created["token"])).status_code == 401
    assert (await api.query(ME, token=rotated["token"]))["me"]["role"] == "ENTERPRISE"
    anonymous = await api.mutate("rotateEnterpriseToken", ROTATE_ENTERPRISE, {}, None)
    assert [e["code"] for e in anonymous["userErrors"]] == ["UNAUTHENTICATED"]
