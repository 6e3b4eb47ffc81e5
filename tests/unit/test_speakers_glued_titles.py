"""Titles the entity recognizer glued to a person's name (quotekit.pipeline.speakers._entities)
on hand-built parses: the title goes to ``titles``, the name keeps only the name."""

from __future__ import annotations

from speaker_docs import make_doc, only


def _said(*name_rows: str):
    n = len(name_rows)
    return make_doc(*name_rows, f"said VERB ROOT {n}", f"so ADV advmod {n}",
                    f". PUNCT punct {n}")


def test_capitalised_title_glued_to_the_name() -> None:
    doc = _said("Organiser PROPN compound 2 B-PERSON", "Helen PROPN compound 2 I-PERSON",
                "Marsh PROPN nsubj 3 I-PERSON")
    res = only(doc, 2, (0, 3))
    assert res.speaker is not None and res.speaker.name == "Helen Marsh"
    assert res.speaker.titles == ("Organiser",)
    assert "Organiser Helen Marsh" not in res.speaker.aliases


def test_title_of_the_list_glued_to_the_name() -> None:
    doc = _said("Alderman PROPN compound 2 B-PERSON", "Joe PROPN compound 2 I-PERSON",
                "Rizzo PROPN nsubj 3 I-PERSON")
    res = only(doc, 2, (0, 3))
    assert res.speaker is not None and res.speaker.name == "Joe Rizzo"
    assert res.speaker.titles == ("Alderman",)


def test_place_and_lower_case_role_glued_to_the_name() -> None:
    doc = _said("Ottawa PROPN compound 3 B-PERSON", "coach NOUN compound 3 I-PERSON",
                "Luc PROPN compound 3 I-PERSON", "Girard PROPN nsubj 4 I-PERSON")
    res = only(doc, 3, (0, 4))
    assert res.speaker is not None and res.speaker.name == "Luc Girard"
    assert res.speaker.titles == ("coach",)


def test_lower_case_role_before_a_recognized_name() -> None:
    doc = _said("Ottawa PROPN compound 1 B-GPE", "coach NOUN compound 3",
                "Luc PROPN compound 3 B-PERSON", "Girard PROPN nsubj 4 I-PERSON")
    res = only(doc, 3, (0, 4))
    assert res.speaker is not None and res.speaker.name == "Luc Girard"
    assert res.speaker.titles == ("coach",) and res.speaker.affiliation == "Ottawa"


def test_a_given_name_that_is_also_a_title_stays() -> None:
    doc = _said("Dean PROPN compound 1 B-PERSON", "Baquet PROPN nsubj 2 I-PERSON")
    res = only(doc, 1, (0, 2))
    assert res.speaker is not None and res.speaker.name == "Dean Baquet"
    assert res.speaker.titles == ()


def test_given_name_left_between_a_title_and_the_name_joins_the_name() -> None:
    doc = _said("Saudi PROPN compound 3 B-NORP", "Prince PROPN compound 3",
                "Alwaleed PROPN compound 3", "Bin PROPN compound 4 B-PERSON",
                "Talal PROPN nsubj 5 I-PERSON")
    res = only(doc, 4, (0, 5))
    assert res.speaker is not None and res.speaker.name == "Alwaleed Bin Talal"
    assert res.speaker.titles == ("Prince",) and res.speaker.affiliation == "Saudi"
