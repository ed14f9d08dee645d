"""Shared vocabularies through the API: sectors, regions and topics, canonical wherever stored.

A sector is a GB/T 4754 section, named any way county staff write it; a region is one of
the county's registered towns (any value, kept for review, until the first is registered);
a topic is the coordinator's list, which postings may extend for review.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.api import ADMIN_TOKEN, CALENDAR, Api

pytestmark = pytest.mark.anyio

SECTORS = "{ sectors { code name nameEn synonyms } }"
REGIONS = (
    "query($reviewed: Boolean) { regions(reviewed: $reviewed) { id name code synonyms reviewed } }"
)
TOPICS = "query($reviewed: Boolean) { topics(reviewed: $reviewed) { id name synonyms reviewed } }"
CREATE_REGION = """mutation($input: CreateRegionInput!) { createRegion(input: $input) {
  region { id name code synonyms reviewed } userErrors { field message code } } }"""
UPDATE_REGION = """mutation($input: UpdateRegionInput!) { updateRegion(input: $input) {
  region { id name code synonyms reviewed } userErrors { field message code } } }"""
CREATE_TOPIC = """mutation($input: CreateTopicInput!) { createTopic(input: $input) {
  topic { id name synonyms reviewed } userErrors { field message code } } }"""
UPDATE_TOPIC = """mutation($input: UpdateTopicInput!) { updateTopic(input: $input) {
  topic { id name synonyms reviewed } userErrors { field message code } } }"""
MERGE_TOPICS = """mutation($input: MergeTopicsInput!) { mergeTopics(input: $input) {
  topic { id name synonyms reviewed } userErrors { field message code } } }"""
ADD_SYNONYM = """mutation($input: AddSectorSynonymInput!) { addSectorSynonym(input: $input) {
  sector { code synonyms } userErrors { field message code } } }"""
ENTERPRISE = """mutation($input: CreateEnterpriseInput!) { createEnterprise(input: $input) {
  enterprise { sectors regions } token userErrors { field message code } } }"""
SUBSCRIBE = """mutation($input: SubscribeInput!) { subscribe(input: $input) {
  subscription { filter { sectors regions topics departments } } userErrors { field message code } } }"""

# What county departments and their data sets write, and the section a statistician files it in.
WRITTEN = {
    "manufacturing": "C", "Manufacturing": "C", "制造业": "C", "制造": "C", "c": "C",
    "wholesale & retail": "F", "wholesale and retail": "F", "retail": "F", "foreign trade": "F",
    "import/export": "F", "外贸": "F", "进出口": "F", "商贸": "F", "批发零售": "F",
    "批发和零售业": "F", "construction": "E", "建筑": "E", "real estate": "K", "房地产": "K",
    "finance": "J", "financial services": "J", "金融": "J", "software & IT": "I", "IT": "I",
    "information technology": "I", "internet": "I", "软件": "I", "互联网": "I", "R&D": "M",
    "research": "M", "technology services": "M", "科研": "M", "研发": "M", "科技服务": "M",
    "business services": "L", "leasing": "L", "商务服务": "L", "租赁": "L", "logistics": "G",
    "transportation": "G", "warehousing": "G", "物流": "G", "交通运输": "G", "仓储": "G",
    "hospitality": "H", "catering": "H", "hotels": "H", "restaurants": "H", "tourism": "H",
    "住宿餐饮": "H", "餐饮": "H", "酒店": "H", "旅游": "H", "agriculture": "A", "farming": "A",
    "fishery": "A", "农业": "A", "农林牧渔": "A", "mining": "B", "采矿": "B", "energy": "D",
    "utilities": "D", "electricity": "D", "water": "D", "能源": "D", "电力": "D", "水务": "D",
    "education": "P", "training": "P", "教育": "P", "培训": "P", "healthcare": "Q", "health": "Q",
    "medical": "Q", "医疗": "Q", "卫生": "Q", "pharma": "C", "pharmaceuticals": "C", "医药": "C",
    "creative industries": "R", "culture": "R", "media": "R", "sports": "R", "entertainment": "R",
    "文化": "R", "体育": "R", "娱乐": "R", "文创": "R", "environment": "N", "环保": "N",
    "生态环境": "N", "public administration": "S", "公共管理": "S", "services": "O",
}  # fmt: skip


async def _coordinator(api: Api, name: str, document: str, input: dict[str, Any]) -> Any:
    return await api.mutate(name, document, input, ADMIN_TOKEN)


async def test_the_twenty_sections_are_built_in(api: Api) -> None:
    sectors = (await api.query(SECTORS))["sectors"]
    assert [sector["code"] for sector in sectors] == list("ABCDEFGHIJKLMNOPQRST")
    manufacturing = sectors[2]
    assert (manufacturing["name"], manufacturing["nameEn"]) == ("制造业", "Manufacturing")
    assert "制造" in manufacturing["synonyms"]


async def test_a_sector_is_understood_as_county_staff_write_it(api: Api) -> None:
    tax = await api.department("tax")
    words = list(WRITTEN)
    for start in range(0, len(words), 40):  # an audience names at most 50
        chunk = words[start : start + 40]
        posted = await api.post(
            tax, externalId=f"words-{start}", audience={"sectors": chunk, "regions": []}
        )
        assert posted["userErrors"] == []
        assert posted["event"]["audience"]["sectors"] == list(
            dict.fromkeys(WRITTEN[word] for word in chunk)
        )


async def test_an_unknown_sector_is_refused_with_the_nearest_sections(api: Api) -> None:
    tax = await api.department("tax")
    document = "mutation($input: PostEventInput!) { postEvent(input: $input) { userErrors { field message code } } }"
    variables = {"input": {"kind": "TRAINING", "title": "培训", "start": "2027-03-05T09:30:00+08:00",
                           "end": "2027-03-05T11:30:00+08:00", "audience": {"sectors": ["manufacturng plants"]}}}  # fmt: skip
    for language, words in (
        ("en", ("Unknown sector", "C 制造业")),
        ("zh-CN", ("未知的行业", "C 制造业")),
    ):
        answer = await api.http.post(
            "/graphql",
            json={"query": document, "variables": variables},
            headers={"Authorization": f"Bearer {tax}", "Accept-Language": language},
        )
        (error,) = answer.json()["data"]["postEvent"]["userErrors"]
        assert error["field"] == ["input", "audience", "sectors"]
        assert error["code"] == "INVALID"
        assert all(word in error["message"] for word in words), error["message"]
    assert (await api.calendar())["totalCount"] == 0
    near = await api.post(
        tax, audience={"sectors": ["manufactoring", "Wholesale and Retail Trades"]}
    )
    assert near["event"]["audience"]["sectors"] == ["C", "F"], "a near spelling is the section"
    written = ["G 交通运输、仓储和邮政业", "制造业（C）", "科研技术服务", "卫生社会工作",
               "Information and software services", "Resident services and repair",
               "Information Transmission, Software and IT Services"]  # fmt: skip
    contracted = await api.post(tax, externalId="contracted", audience={"sectors": written})
    assert contracted["event"]["audience"]["sectors"] == ["G", "C", "M", "Q", "I", "O"], (
        "a code beside its name, and a contraction of one section's name, are that section"
    )
    other_form = ["Residential, Repair and Other Services", "Wholesale and Retailing"]
    formed = await api.post(tax, externalId="formed", audience={"sectors": other_form})
    assert formed["event"]["audience"]["sectors"] == ["O", "F"], "a word in another form"
    for disagreeing in ("F 制造业", "服务"):
        refused = await api.post(tax, externalId="refused", audience={"sectors": [disagreeing]})
        assert refused["userErrors"][0]["code"] == "INVALID", disagreeing


async def test_regions_are_kept_as_written_until_the_county_registers_its_own(api: Api) -> None:
    """A fresh deployment blocks nobody; once a town is registered, regions are checked."""
    tax = await api.department("tax")
    first = await api.post(tax, externalId="a", audience={"sectors": [], "regions": ["石湾"]})
    assert first["userErrors"] == []
    assert first["event"]["audience"]["regions"] == ["石湾"]
    pending = (await api.query(REGIONS, {"reviewed": False}))["regions"]
    assert [(region["name"], region["reviewed"]) for region in pending] == [("石湾", False)]

    made = await _coordinator(api, "createRegion", CREATE_REGION,
                              {"name": "石湾镇", "code": "440604101", "synonyms": ["石湾"]})  # fmt: skip
    assert made["userErrors"] == []
    assert (await api.query(REGIONS, {"reviewed": False}))["regions"] == []
    # the posting that said 石湾 now says 石湾镇, and filters find it by any of its names
    for name in ("石湾镇", "石湾", "440604101"):
        found = await api.calendar(filter={"regions": [name]})
        assert [edge["node"]["audience"]["regions"] for edge in found["edges"]] == [["石湾镇"]]

    refused = await api.post(tax, externalId="b", audience={"sectors": [], "regions": ["石湾区"]})
    (error,) = refused["userErrors"]
    assert error["field"] == ["input", "audience", "regions"]
    assert "石湾镇" in error["message"]
    by_code = await api.post(
        tax, externalId="c", audience={"sectors": [], "regions": ["440604101"]}
    )
    assert by_code["event"]["audience"]["regions"] == ["石湾镇"]


async def test_a_region_in_pinyin_or_without_its_kind_is_the_one_first_written(
    api: Api,
) -> None:
    """Before any town is registered, the spellings postings bring meet: characters and
    pinyin, with or without 镇, 苏木 or "Town", whatever reading a character has."""
    tax, invest = await api.department("tax"), await api.department("invest")
    first = await api.post(tax, externalId="a",
                           audience={"sectors": [], "regions": ["巴彦查干苏木", "长宁镇"]})  # fmt: skip
    assert first["event"]["audience"]["regions"] == ["巴彦查干苏木", "长宁镇"]
    again = await api.post(invest, externalId="b",
                           audience={"sectors": [], "regions": ["Bayanchagan Sumu", "Changning Town",
                                                                "Saihan'aobao Zhen"]})  # fmt: skip
    assert again["event"]["audience"]["regions"] == ["巴彦查干苏木", "长宁镇", "Saihan'aobao Zhen"]
    pending = (await api.query(REGIONS, {"reviewed": False}))["regions"]
    assert sorted(region["name"] for region in pending) == sorted(
        ["巴彦查干苏木", "长宁镇", "Saihan'aobao Zhen"]
    )


async def test_a_region_that_is_the_whole_county_restricts_nothing(api: Api) -> None:
    """ "全县", "各乡镇" or the county's own name is everyone, before and after the county
    registers its towns: nothing to review, and a town's filter finds the session."""
    tax, invest = await api.department("tax"), await api.department("invest")
    whole = await api.post(tax, externalId="a",
                           audience={"sectors": [], "regions": ["全县", "各乡镇", "库木巴格县"]})  # fmt: skip
    assert whole["userErrors"] == []
    assert whole["event"]["audience"]["regions"] == []
    assert (await api.query(REGIONS, {"reviewed": False}))["regions"] == []
    made = await _coordinator(api, "createRegion", CREATE_REGION, {"name": "石湾镇"})
    assert made["userErrors"] == []
    english = await api.post(invest, externalId="b", title="County-wide VAT Briefing",
                             audience={"sectors": [], "regions": ["Kumubage County", "all towns"]})  # fmt: skip
    assert english["userErrors"] == []
    assert english["event"]["audience"]["regions"] == []
    found = await api.calendar(filter={"regions": ["石湾镇"]})
    assert {e["externalId"] for edge in found["edges"] for e in edge["node"]["events"]} == {
        "a",
        "b",
    }


async def test_a_renamed_region_keeps_its_old_name_and_its_postings_follow(api: Api) -> None:
    tax = await api.department("tax")
    region = (await _coordinator(api, "createRegion", CREATE_REGION, {"name": "高新区"}))["region"]
    await api.post(tax, audience={"sectors": [], "regions": ["高新区"]})
    renamed = await _coordinator(api, "updateRegion", UPDATE_REGION,
                                 {"id": region["id"], "name": "高新技术产业开发区"})  # fmt: skip
    assert renamed["region"]["synonyms"] == ["高新区"]
    node = (await api.calendar(filter={"regions": ["高新区"]}))["edges"][0]["node"]
    assert node["audience"]["regions"] == ["高新技术产业开发区"]
    taken = await _coordinator(api, "createRegion", CREATE_REGION, {"name": "高新区"})
    assert [error["code"] for error in taken["userErrors"]] == ["TAKEN"]


async def test_new_topics_are_accepted_listed_and_merged(api: Api) -> None:
    tax = await api.department("tax")
    kept = (await _coordinator(api, "createTopic", CREATE_TOPIC,
                               {"name": "增值税", "synonyms": ["VAT"]}))["topic"]  # fmt: skip
    posted = await api.post(tax, externalId="a", topics=["vat", "留抵退税"])
    assert posted["userErrors"] == []
    assert posted["event"]["topics"] == ["增值税", "留抵退税"]
    pending = (await api.query(TOPICS, {"reviewed": False}))["topics"]
    assert [topic["name"] for topic in pending] == ["留抵退税"]

    merged = await _coordinator(api, "mergeTopics", MERGE_TOPICS,
                                {"topics": [pending[0]["id"]], "into": kept["id"]})  # fmt: skip
    assert merged["topic"]["synonyms"] == ["VAT", "留抵退税"]
    assert (await api.query(TOPICS, {}))["topics"] == [merged["topic"]]
    session = (await api.calendar(filter={"topics": ["留抵退税"]}))["edges"][0]["node"]
    assert session["topics"] == ["增值税"]
    renamed = await _coordinator(api, "updateTopic", UPDATE_TOPIC,
                                 {"id": kept["id"], "name": "增值税政策"})  # fmt: skip
    assert renamed["topic"]["name"] == "增值税政策"
    assert (await api.calendar(filter={"topics": ["增值税政策"]}))["totalCount"] == 1


async def test_a_coordinators_sector_synonym_is_understood(api: Api) -> None:
    tax = await api.department("tax")
    assert (await api.post(tax, audience={"sectors": ["陶瓷"]}))["userErrors"][0][
        "code"
    ] == "INVALID"
    added = await _coordinator(
        api, "addSectorSynonym", ADD_SYNONYM, {"sector": "制造业", "synonym": "陶瓷"}
    )
    assert added["userErrors"] == []
    assert "陶瓷" in added["sector"]["synonyms"]
    assert (await api.post(tax, audience={"sectors": ["陶瓷"]}))["event"]["audience"][
        "sectors"
    ] == ["C"]
    clash = await _coordinator(
        api, "addSectorSynonym", ADD_SYNONYM, {"sector": "F", "synonym": "陶瓷"}
    )
    assert [error["code"] for error in clash["userErrors"]] == ["TAKEN"]


async def test_filters_accept_the_same_forms_and_refuse_unknown_values(api: Api) -> None:
    tax = await api.department("tax")
    await api.post(tax, audience={"sectors": ["manufacturing"], "regions": []})
    for word in ("C", "制造业", "Manufacturing", "制造"):
        assert (await api.calendar(filter={"sectors": [word]}))["totalCount"] == 1
    answer = await api.raw(
        CALENDAR,
        {"from": "2027-01-01T00:00:00+08:00", "to": "2028-01-01T00:00:00+08:00",
         "filter": {"sectors": ["nope"], "departments": ["nobody"], "topics": ["无此主题"]}},
    )  # fmt: skip
    errors = answer.json()["errors"]
    assert len(errors) == 1  # one error for the request; the first field refused names itself
    assert errors[0]["extensions"]["code"] == "INVALID"
    assert errors[0]["extensions"]["field"] == ["filter", "topics"]


async def test_an_enterprise_and_its_feeds_hold_canonical_values(api: Api) -> None:
    await _coordinator(api, "createRegion", CREATE_REGION, {"name": "龙江镇", "synonyms": ["龙江"]})
    refused = await api.mutate(
        "createEnterprise",
        ENTERPRISE,
        {"name": "龙江家具", "sectors": ["家具"], "regions": ["龙江"]},
        None,
    )
    assert [error["field"] for error in refused["userErrors"]] == [["input", "sectors"]]
    created = await api.mutate(
        "createEnterprise",
        ENTERPRISE,
        {"name": "龙江家具", "sectors": ["制造业"], "regions": ["龙江"]},
        None,
    )
    assert created["enterprise"] == {"sectors": ["C"], "regions": ["龙江镇"]}
    tax = await api.department("tax")
    unknown = await api.mutate(
        "subscribe", SUBSCRIBE, {"filter": {"departments": ["nope"]}}, created["token"]
    )
    assert [(e["field"], e["code"]) for e in unknown["userErrors"]] == [
        (["input", "filter", "departments"], "INVALID")
    ]
    assert "tax" in unknown["userErrors"][0]["message"]
    subscribed = await api.mutate(
        "subscribe",
        SUBSCRIBE,
        {"filter": {"departments": ["tax"], "sectors": ["retail"]}},
        created["token"],
    )
    assert subscribed["subscription"]["filter"] == {
        "sectors": ["F"], "regions": ["龙江镇"], "topics": [], "departments": ["tax"]}  # fmt: skip
    assert tax


async def test_overlaps_compare_codes_whatever_words_were_posted(api: Api) -> None:
    """One department writes manufacturing, the other 制造业: the same enterprises."""
    tax, market = await api.department("tax"), await api.department("market")
    await api.post(tax, externalId="a", audience={"sectors": ["manufacturing"], "regions": []})
    await api.post(market, externalId="b", title="食品安全法规培训", location="龙江镇市场监管所",
                   topics=["食品安全"], audience={"sectors": ["制造业"], "regions": []})  # fmt: skip
    overlaps = await api.query(
        "query($from: DateTime!, $to: DateTime!) { overlaps(from: $from, to: $to) { nodes { type audience { sectors } } } }",
        {"from": "2027-03-01T00:00:00+08:00", "to": "2027-04-01T00:00:00+08:00"},
    )
    assert {"type": "CONFLICT", "audience": {"sectors": ["C"]}} in overlaps["overlaps"]["nodes"]


async def test_feeds_take_the_same_forms_and_refuse_unknown_ones(api: Api) -> None:
    tax = await api.department("tax")
    await api.post(tax, audience={"sectors": ["manufacturing"], "regions": []})
    window = "from=2027-01-01&to=2027-12-31"
    for word in ("C", "制造业", "Manufacturing"):
        feed = await api.http.get(f"/feeds/all.ics?{window}&sector={word}")
        assert feed.status_code == 200
        assert "增值税留抵退税政策解读会" in feed.text
    refused = await api.http.get(
        f"/feeds/all.ics?{window}&sector=nope", headers={"Accept-Language": "en"}
    )
    assert refused.status_code == 400
    assert "GB/T 4754" in refused.text
    chinese = await api.http.get(f"/feeds/all.ics?{window}&sector=nope")
    assert "未知的行业" in chinese.text
    by_department = await api.http.get(f"/feeds/all.ics?{window}&department=tax")
    assert "增值税留抵退税政策解读会" in by_department.text
    nobody = await api.http.get(f"/feeds/all.ics?{window}&department=nobody")
    assert nobody.status_code == 400
    assert "tax" in nobody.text
