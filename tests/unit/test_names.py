"""quotekit.names: the one name normaliser, shared by the speaker stage and the registry."""

from __future__ import annotations

from quotekit.names import (
    clean_name,
    honorific_gender,
    initials,
    is_courtesy_title,
    name_parts,
    normalize_name,
)


def test_normalize_name() -> None:
    assert normalize_name("The  Foreign Ministry’s") == "foreign ministry's"
    assert normalize_name("Stephen Biegun") == normalize_name("stephen  biegun")
    assert normalize_name("Theodore Roosevelt") == "theodore roosevelt"


def test_clean_name_drops_possessive_article_and_prefixes() -> None:
    assert clean_name("the Foreign Ministry's") == "Foreign Ministry"
    assert clean_name("Sen. Laura Kent") == "Laura Kent"
    assert clean_name("Mr. Lt. Col. Smith,") == "Smith"
    assert clean_name("Mr.") == "Mr"  # a one-word name keeps its word
    assert clean_name("President") == "President"


def test_initials_and_parts() -> None:
    assert initials("International Monetary Fund") == "IMF"
    assert initials("Federal Bureau of Investigation") == "FBI"
    assert name_parts("Lee Do-hoon") == ["Lee", "Do-hoon"]


def test_honorifics() -> None:
    assert honorific_gender("mrs.") == "f" and honorific_gender("sir") == "m"
    assert honorific_gender("dr.") is None and honorific_gender("senator") is None
    assert is_courtesy_title("Mr.") and is_courtesy_title("Dr")
    assert not is_courtesy_title("Sir") and not is_courtesy_title("Foreign Minister")


def test_format_characters_never_stay_in_a_name() -> None:
    """Issue 15 item 8: U+2060, U+200D, U+200B and soft hyphens stayed in speaker names."""
    assert clean_name("Ana Ru\u2060iz") == "Ana Ruiz"
    assert clean_name("Doug \u00adAndres\u200d") == "Doug Andres"
    assert normalize_name("Lee Ha\u200brt") == "lee hart"
