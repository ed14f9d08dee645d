"""The pure vocabularies: the built-in sections and what a written value stands for."""

from __future__ import annotations

from services.vocabularies.sections import SECTIONS, key, spellings
from services.vocabularies.terms import Entry, vocabulary


def test_no_spelling_names_two_sections() -> None:
    seen: dict[str, str] = {}
    for section in SECTIONS:
        for spelling in spellings(section):
            assert seen.setdefault(key(spelling), section.code) == section.code, spelling


def test_spellings_meet_whatever_their_width_case_and_punctuation() -> None:
    assert key("Wholesale & Retail") == key("wholesale and retail")
    assert key("农、林、牧、渔业") == key("农林牧渔业")
    assert key("ＩＴ") == key("it")


def test_regions_are_open_until_one_is_reviewed() -> None:
    fresh = vocabulary({}, [Entry("石湾", reviewed=False)], [])
    assert fresh.regions.resolve("任何地方") == "任何地方"
    county = vocabulary(
        {}, [Entry("石湾", reviewed=False), Entry("石湾镇", ("石湾镇区",), "101")], []
    )
    assert county.regions.resolve("101") == "石湾镇"
    assert county.regions.resolve("石湾") == "石湾镇", "a town written without its kind is it"
    assert county.regions.resolve("西樵") is None, "unregistered names are not written any more"
    assert county.region_filter.resolve("石湾") == "石湾", "but filters still find the stored ones"
    assert county.regions.nearest("石湾区") == ["石湾镇"]


def test_a_coordinators_synonym_joins_the_built_in_ones() -> None:
    words = vocabulary({"陶瓷": "C"}, [], [])
    assert words.sectors.resolve("陶瓷") == "C"
    assert words.sectors.resolve("nope") is None
    assert "C 制造业 (Manufacturing)" in words.sectors.refusal(["manufactoring"]).en
