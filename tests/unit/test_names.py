"""quotekit.names: the one name normaliser, shared by the speaker stage and the registry."""

from __future__ import annotations

import pytest

from quotekit.names import (
    clean_name,
    has_letter,
    honorific_gender,
    initials,
    is_courtesy_title,
    markup_edges,
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


@pytest.mark.parametrize(("text", "name"), [
    ("** Jane Doe", "Jane Doe"),
    ("**Jane Doe**", "Jane Doe"),
    ("» Jane Doe", "Jane Doe"),
    ("> Jane Doe", "Jane Doe"),
    ("# Jane Doe", "Jane Doe"),
    ("• Jane Doe", "Jane Doe"),
    ("~~Jane Doe~~", "Jane Doe"),
    ("Jane Doe*", "Jane Doe"),
    ("-Philip Bump", "Philip Bump"),
    ("Yellen\u00a0 ", "Yellen"),
    ("» Sen. Laura Kent", "Laura Kent"),  # the prefix is found once the mark is gone
    ("@janedoe", "@janedoe"),  # a handle keeps its sign
    ("Party (Berlin)", "Party (Berlin)"),  # a bracket whose other half the name holds
    ('"SNL" sketch', '"SNL" sketch'),
    ("“Jane The Virgin” actress", "“Jane The Virgin” actress"),
    ("“Jane Doe”", "Jane Doe"),
])
def test_clean_name_drops_marks_of_markup(text: str, name: str) -> None:
    assert clean_name(text) == name
    a, b = markup_edges(text)
    assert text[a:b].endswith(name.split()[-1].rstrip("."))


def test_clean_name_drops_an_acronym_in_brackets() -> None:
    assert clean_name("Social Democratic Party (SPD)") == "Social Democratic Party"
    assert clean_name("World Health Organization (WHO") == "World Health Organization"


def test_markup_edges_keep_a_trailing_dot_and_apostrophe() -> None:
    text = "** Martin Luther King Jr.**"
    a, b = markup_edges(text)
    assert text[a:b] == "Martin Luther King Jr."
    assert markup_edges("Jones'") == (0, 6)
    assert markup_edges("***") == (3, 3)


def test_a_name_holds_a_letter() -> None:
    assert has_letter("Jane Doe") and has_letter("3M") and has_letter("Łukasz")
    assert not has_letter("*") and not has_letter("123") and not has_letter("** » #")


def test_clean_name_drops_a_quotation_mark_at_its_end() -> None:
    assert clean_name("Donald Trump ''") == "Donald Trump"
    assert clean_name("Ana Ruiz ”") == "Ana Ruiz"
    assert clean_name("O'Neil") == "O'Neil"


def test_format_characters_never_stay_in_a_name() -> None:
    """Issue 15 item 8: U+2060, U+200D, U+200B and soft hyphens stayed in speaker names."""
    assert clean_name("Ana Ru\u2060iz") == "Ana Ruiz"
    assert clean_name("Doug \u00adAndres\u200d") == "Doug Andres"
    assert normalize_name("Lee Ha\u200brt") == "lee hart"


@pytest.mark.parametrize(("text", "name"), [
    ("Sahyadri Agritech Pvt. Ltd.", "Sahyadri Agritech"), ("Acme, Inc.", "Acme"),
    ("Apple Inc", "Apple"), ("Ltd", "Ltd"), ("Delhi Metro Rail Corporation",
                                            "Delhi Metro Rail Corporation"),
])
def test_a_company_s_legal_form_is_no_part_of_its_name(text: str, name: str) -> None:
    assert clean_name(text) == name


@pytest.mark.parametrize(("text", "name"), [
    ("Alhaji Musa Danjuma", "Musa Danjuma"), ("Smt. Lakshmi Devi", "Lakshmi Devi"),
    ("Engr. Chukwuma Obi", "Chukwuma Obi"), ("James Blake MP", "James Blake"),
    ("Sri Mulyani Indrawati", "Sri Mulyani Indrawati"), ("RT America", "RT America"),
])
def test_honorifics_and_post_nominals_of_other_countries(text: str, name: str) -> None:
    assert clean_name(text) == name


@pytest.mark.parametrize("text", ["the local MP", "family of the late MP", "the new Ltd"])
def test_post_nominal_after_a_lower_case_word_is_the_description_s_noun(text: str) -> None:
    """"MP" after a lower-case word is the noun of a description, not letters after a name."""
    assert clean_name(text).endswith(text.split()[-1])


def test_name_cased_takes_inner_capitals() -> None:
    from quotekit.names import name_cased

    assert all(name_cased(w) for w in ("Lee", "McIlwraith", "DeSantis", "O'Brien", "Ōtani"))
    assert not any(name_cased(w) for w in ("NATO", "mcdonald", "", "Q", "3M"))
