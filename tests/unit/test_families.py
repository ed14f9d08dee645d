"""The policy families name only subjects the glossary has, so renaming a subject's key
cannot silently drop it from its family, and a family is a family (two subjects or more)."""

from services.matching.families import FAMILIES, families_of
from services.matching.glossary import CONCEPTS, concepts_in


def test_every_member_is_a_glossary_subject() -> None:
    keys = {concept.key for concept in CONCEPTS}
    unknown = {member for members in FAMILIES.values() for member in members} - keys
    assert unknown == set()


def test_every_family_joins_two_subjects_or_more() -> None:
    assert [name for name, members in FAMILIES.items() if len(set(members)) < 2] == []


def test_co_hosts_words_for_one_session_meet_in_a_family() -> None:
    tax = concepts_in("社会保险费申报缴纳辅导")
    medical = concepts_in("职工医保参保登记与缴费培训")
    assert tax, "the tax bureau's title names its subject"
    assert medical, "the medical insurance bureau's too"
    assert families_of(tax) & families_of(medical)
    assert not families_of(tax) & families_of(concepts_in("特种设备安全管理培训"))
