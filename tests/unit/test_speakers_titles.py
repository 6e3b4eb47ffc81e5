"""Titles and affiliations (quotekit.pipeline.speakers._titles) on hand-built parses:
premodifiers, appositions, a place before the title, and an honorific that is no title."""

from __future__ import annotations

from speaker_docs import make_doc, only


def test_premodifier_title() -> None:
    doc = make_doc("Foreign PROPN compound 1", "Minister PROPN compound 3",
                   "Ana PROPN compound 3 B-PERSON", "Ruiz PROPN nsubj 4 I-PERSON",
                   "said VERB ROOT 4", "so ADV advmod 4", ". PUNCT punct 4")
    res = only(doc, 3, (0, 4))
    assert res.speaker is not None and res.speaker.name == "Ana Ruiz"
    assert res.speaker.titles == ("Foreign Minister",)


def test_apposition_title() -> None:
    doc = make_doc("Mark PROPN compound 1 B-PERSON", "Olsen PROPN nsubj 9 I-PERSON",
                   ", PUNCT punct 1", "special ADJ amod 4", "representative NOUN appos 1",
                   "for ADP prep 4", "Arctic PROPN compound 7", "affairs NOUN pobj 5 tag=NNS",
                   ", PUNCT punct 1", "said VERB ROOT 9", ". PUNCT punct 9")
    res = only(doc, 1, (0, 2))
    assert res.speaker is not None
    assert res.speaker.titles == ("special representative for Arctic affairs",)
    assert res.speaker.affiliation is None


def test_place_before_the_title_is_the_affiliation() -> None:
    doc = make_doc("US PROPN compound 3 B-GPE", "envoy NOUN compound 3",
                   "Mark PROPN compound 3 B-PERSON", "Olsen PROPN nsubj 4 I-PERSON",
                   "said VERB ROOT 4", "so ADV advmod 4", ". PUNCT punct 4")
    res = only(doc, 3, (0, 4))
    assert res.speaker is not None and res.speaker.name == "Mark Olsen"
    assert res.speaker.titles == ("envoy",) and res.speaker.affiliation == "US"


def test_honorific_is_no_title() -> None:
    doc = make_doc("Mrs. PROPN compound 1", "Kent PROPN nsubj 2 B-PERSON", "said VERB ROOT 2",
                   "so ADV advmod 2", ". PUNCT punct 2")
    res = only(doc, 1, (0, 2))
    assert res.speaker is not None and res.speaker.name == "Kent"
    assert res.speaker.titles == ()


def test_a_role_set_off_before_the_name_is_a_title() -> None:
    doc = make_doc("The DET det 1", "company NOUN poss 3", "'s PART case 1 tag=POS",
                   "founder NOUN nsubj 8", ", PUNCT punct 3", "Tom PROPN compound 6 B-PERSON",
                   "Kent PROPN appos 3 I-PERSON", ", PUNCT punct 3", "spoke VERB ROOT 8",
                   ". PUNCT punct 8")
    res = only(doc, 6, (5, 7))
    assert res.speaker is not None and res.speaker.name == "Tom Kent"
    assert "founder" in res.speaker.titles


def test_two_stacked_titles_are_two() -> None:
    from spacy.lang.en import English

    from quotekit.pipeline.speakers._titles import _stacked

    doc = English()("Deputy Mayor Cllr")
    assert [(a.text, b.text) for a, b in _stacked(list(doc))] == [("Deputy", "Mayor"),
                                                                  ("Cllr", "Cllr")]
    doc = English()("Lt Col")
    assert [(a.text, b.text) for a, b in _stacked(list(doc))] == [("Lt", "Col")]


def test_a_title_with_a_glued_hyphen_is_whole() -> None:
    # "Co-author Professor Rajiv Menon said": "Co-author" and "Professor", not "author"
    doc = make_doc("Co NOUN compound 2 nospace", "- PUNCT punct 2 nospace",
                   "author NOUN compound 4", "Professor PROPN compound 4",
                   "Rajiv PROPN compound 5 B-PERSON", "Menon PROPN nsubj 6 I-PERSON",
                   "said VERB ROOT 6", ". PUNCT punct 6")
    res = only(doc, 5, (0, 6))
    assert res.speaker is not None and res.speaker.titles == ("Co-author", "Professor")
    # a hyphen set off by spaces ends the title: "Reuters - Professor Rajiv Menon"
    doc = make_doc("Reuters PROPN npadvmod 5 B-ORG", "- PUNCT punct 5",
                   "Professor PROPN compound 4", "Rajiv PROPN compound 4 B-PERSON",
                   "Menon PROPN nsubj 5 I-PERSON", "said VERB ROOT 5", ". PUNCT punct 5")
    res = only(doc, 4, (2, 5))
    assert res.speaker is not None and res.speaker.titles == ("Professor",)
