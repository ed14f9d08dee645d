"""The coordinator's administration: renaming and disabling departments and enterprises,
listing enterprises, and what a caller learns of itself from ``me``."""

from __future__ import annotations

import pytest

from tests.api import ADMIN_TOKEN, Api

pytestmark = pytest.mark.anyio

UPDATE_DEPARTMENT = """mutation($input: UpdateDepartmentInput!) { updateDepartment(input: $input) {
  department { slug name disabled } userErrors { field message code } } }"""
UPDATE_ENTERPRISE = """mutation($input: UpdateEnterpriseInput!) { updateEnterprise(input: $input) {
  enterprise { id name disabled } userErrors { field message code } } }"""
CREATE_ENTERPRISE = """mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) {
  enterprise { id name } token userErrors { field message code } } }"""
ENTERPRISES = """query($first: Int, $after: String) { enterprises(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { name disabled } } } }"""
SUBSCRIBE = """mutation($input: SubscribeInput!) { subscribe(input: $input) {
  subscription { name feedUrl } userErrors { field code } } }"""
ME = "{ me { role department { slug } enterprise { name sectors } } }"


async def _enterprise(api: Api, name: str, **extra: object) -> dict[str, str]:
    made = await api.mutate("createEnterprise", CREATE_ENTERPRISE, {"name": name, **extra}, None)
    assert made["userErrors"] == []
    return {"id": made["enterprise"]["id"], "token": made["token"]}


async def test_a_disabled_departments_token_is_refused_and_its_sessions_stay(api: Api) -> None:
    tax = await api.department("tax", "县税务局")
    await api.post(tax)
    renamed = await api.mutate(
        "updateDepartment",
        UPDATE_DEPARTMENT,
        {"slug": "tax", "name": "国家税务总局某县税务局"},
        ADMIN_TOKEN,
    )
    assert renamed["department"] == {
        "slug": "tax",
        "name": "国家税务总局某县税务局",
        "disabled": False,
    }
    disabled = await api.mutate(
        "updateDepartment", UPDATE_DEPARTMENT, {"slug": "tax", "disabled": True}, ADMIN_TOKEN
    )
    assert disabled["department"]["disabled"] is True
    for language, words in (("en", "disabled"), ("zh-CN", "停用")):
        refused = await api.http.post(
            "/graphql",
            json={"query": ME},
            headers={"Authorization": f"Bearer {tax}", "Accept-Language": language},
        )
        assert refused.status_code == 401
        assert words in refused.json()["errors"][0]["message"]
    calendar = await api.calendar()
    assert calendar["totalCount"] == 1
    assert calendar["edges"][0]["node"]["hosts"] == [
        {"slug": "tax", "name": "国家税务总局某县税务局"}
    ]
    await api.mutate(
        "updateDepartment", UPDATE_DEPARTMENT, {"slug": "tax", "disabled": False}, ADMIN_TOKEN
    )
    assert (await api.query(ME, token=tax))["me"]["department"] == {"slug": "tax"}
    missing = await api.mutate(
        "updateDepartment", UPDATE_DEPARTMENT, {"slug": "nobody"}, ADMIN_TOKEN
    )
    assert [(e["code"], e["field"]) for e in missing["userErrors"]] == [
        ("NOT_FOUND", ["input", "slug"])
    ]


async def test_the_coordinator_lists_renames_and_disables_enterprises(api: Api) -> None:
    company = await _enterprise(api, "石湾陶瓷有限公司", sectors=["制造业"])
    await _enterprise(api, "龙江家具有限公司")
    assert (await api.query(ME, token=company["token"]))["me"] == {
        "role": "ENTERPRISE", "department": None,
        "enterprise": {"name": "石湾陶瓷有限公司", "sectors": ["C"]}}  # fmt: skip
    first = (await api.query(ENTERPRISES, {"first": 1}, ADMIN_TOKEN))["enterprises"]
    assert first["totalCount"] == 2
    assert first["pageInfo"]["hasNextPage"] is True
    rest = (
        await api.query(
            ENTERPRISES, {"first": 5, "after": first["pageInfo"]["endCursor"]}, ADMIN_TOKEN
        )
    )["enterprises"]
    names = [edge["node"]["name"] for edge in first["edges"] + rest["edges"]]
    assert names == ["石湾陶瓷有限公司", "龙江家具有限公司"]
    twin = await api.mutate(
        "createEnterprise", CREATE_ENTERPRISE, {"name": "石湾陶瓷有限公司"}, None
    )
    assert [error["code"] for error in twin["userErrors"]] == ["TAKEN"]

    feed = (await api.mutate("subscribe", SUBSCRIBE, {}, company["token"]))["subscription"][
        "feedUrl"
    ]
    path = feed.split("civical.test", 1)[1]
    assert (await api.http.get(path)).status_code == 200
    disabled = await api.mutate(
        "updateEnterprise", UPDATE_ENTERPRISE, {"id": company["id"], "disabled": True}, ADMIN_TOKEN
    )
    assert disabled["enterprise"]["disabled"] is True
    assert (await api.raw(ME, token=company["token"])).status_code == 401
    refused = await api.http.get(path, headers={"Accept-Language": "en"})
    assert refused.status_code == 403
    assert "disabled" in refused.text
    enabled = await api.mutate(
        "updateEnterprise", UPDATE_ENTERPRISE,
        {"id": company["id"], "disabled": False, "name": "石湾陶瓷集团有限公司"}, ADMIN_TOKEN,
    )  # fmt: skip
    assert enabled["enterprise"] == {
        "id": company["id"],
        "name": "石湾陶瓷集团有限公司",
        "disabled": False,
    }
    assert (await api.http.get(path)).status_code == 200


async def test_a_private_feed_is_named_as_the_enterprise_asked(api: Api) -> None:
    company = await _enterprise(api, "石湾陶瓷有限公司")
    named = await api.mutate(
        "subscribe", SUBSCRIBE, {"name": "政府培训日历（陶瓷）"}, company["token"]
    )
    assert named["subscription"]["name"] == "政府培训日历（陶瓷）"
    path = named["subscription"]["feedUrl"].split("civical.test", 1)[1]
    assert "X-WR-CALNAME:政府培训日历（陶瓷）" in (await api.http.get(path)).text
    plain = await api.mutate("subscribe", SUBSCRIBE, {}, company["token"])
    plain_path = plain["subscription"]["feedUrl"].split("civical.test", 1)[1]
    assert "X-WR-CALNAME:civical" in (await api.http.get(plain_path)).text
