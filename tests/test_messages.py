"""What callers read: every message in Chinese or English by Accept-Language (Chinese by
default), one error per fault with the path of the input at fault, and never the text of
an exception or an echo of the request."""

from __future__ import annotations

from typing import Any

import pytest

from tests.api import POST_EVENT, Api, event_input

pytestmark = pytest.mark.anyio


async def _errors(api: Api, token: str, input: dict[str, Any], language: str | None) -> Any:
    headers = {"Authorization": f"Bearer {token}"}
    if language:
        headers["Accept-Language"] = language
    response = await api.http.post(
        "/graphql", json={"query": POST_EVENT, "variables": {"input": input}}, headers=headers
    )
    assert response.status_code == 200
    return response.json()["errors"]


@pytest.mark.parametrize(
    ("language", "words"),
    [(None, "须为带时区偏移的日期时间"), ("en-US,en;q=0.9", "must be a date-time with an offset")],
)
async def test_a_time_that_is_not_one_is_explained_not_dumped(
    api: Api, language: str | None, words: str
) -> None:
    tax = await api.department("tax")
    (error,) = await _errors(api, tax, event_input(start="next tuesday"), language)
    assert words in error["message"]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": ["input", "start"]}
    assert "invalid literal" not in error["message"]


async def test_a_missing_field_names_itself_without_echoing_the_request(api: Api) -> None:
    tax = await api.department("tax")
    missing = {key: value for key, value in event_input().items() if key != "title"}
    (chinese,) = await _errors(api, tax, missing, None)
    (english,) = await _errors(api, tax, missing, "en")
    assert chinese["message"] == "input.title 为必填项。"
    assert english["message"] == "input.title is required."
    assert english["extensions"]["field"] == ["input", "title"]
    assert "externalId" not in english["message"]


async def test_a_userError_path_is_a_list_of_names(api: Api) -> None:
    tax = await api.department("tax")
    posted = await api.post(tax, audience={"sectors": ["x" * 101], "regions": []})
    assert [error["field"] for error in posted["userErrors"]] == [["input", "audience", "sectors"]]


async def test_a_body_that_is_not_json_is_refused_in_the_callers_language(api: Api) -> None:
    headers = {"Content-Type": "application/json"}
    chinese = await api.http.post("/graphql", content=b"{not json", headers=headers)
    english = await api.http.post(
        "/graphql", content=b"{not json", headers=headers | {"Accept-Language": "en"}
    )
    assert (chinese.status_code, chinese.text) == (400, "请求体不是 JSON。")
    assert (english.status_code, english.text) == (400, "The request body is not JSON.")


async def test_a_document_for_another_schema_gets_a_chinese_lead(api: Api) -> None:
    answer = await api.http.post("/graphql", json={"query": "{ nope }"})
    (error,) = answer.json()["errors"]
    assert error["message"].startswith("请求无效：")
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
