"""Names the entity recognizer cut short or mislabelled in news from Singapore, the
Philippines and New Zealand (quotekit.pipeline.speakers._entities), on hand-built parses: a
family name written first, a capitalised particle opening a surname, a name right after a
lower-case role noun tagged as a body."""

from __future__ import annotations

from speaker_docs import make_doc, only


def _said(*name_rows: str):
    n = len(name_rows)
    return make_doc(*name_rows, f"said VERB ROOT {n}", f"so ADV advmod {n}",
                    f". PUNCT punct {n}")


def test_names_after_a_portfolio_join_the_tagged_given_names() -> None:
    # "Minister of State for Transport Amy Khor| Li Mei": "Li Mei" alone tagged
    doc = _said("Minister PROPN nmod 7", "of ADP prep 0", "State PROPN pobj 1",
                "for ADP prep 0", "Transport PROPN pobj 3", "Amy PROPN compound 7",
                "Khor PROPN compound 7", "Li PROPN compound 8 B-PERSON",
                "Mei PROPN nsubj 9 I-PERSON")
    res = only(doc, 8, (0, 9))
    assert res.speaker is not None and res.speaker.name == "Amy Khor Li Mei"


def test_a_place_after_of_is_no_portfolio_unless_a_title_holds_it() -> None:
    doc = _said("people NOUN nsubj 4", "of ADP prep 0", "Transport PROPN pobj 1",
                "Amy PROPN compound 4", "Li PROPN compound 4 B-PERSON",
                "Mei PROPN nsubj 5 I-PERSON")
    res = only(doc, 5, (4, 6))
    assert res.speaker is not None and res.speaker.name == "Li Mei"


def test_family_name_tagged_alone_after_a_role_joins_the_name() -> None:
    # "chief executive Ngien| Hoon Ping": "Ngien" tagged ORG on its own
    doc = _said("chief ADJ amod 1", "executive NOUN compound 4", "Ngien PROPN compound 4 B-ORG",
                "Hoon PROPN compound 4 B-PERSON", "Ping PROPN nsubj 5 I-PERSON")
    res = only(doc, 4, (0, 5))
    assert res.speaker is not None and res.speaker.name == "Ngien Hoon Ping"


def test_capitalised_particle_opening_a_name_takes_the_given_name() -> None:
    doc = _said("retailer NOUN compound 3", "Marites PROPN compound 3",
                "Dela PROPN compound 3 B-PERSON", "Cruz PROPN nsubj 4 I-PERSON")
    res = only(doc, 3, (0, 4))
    assert res.speaker is not None and res.speaker.name == "Marites Dela Cruz"


def test_name_after_a_lower_case_role_tagged_as_a_body_is_a_person() -> None:
    doc = _said("housing NOUN compound 1", "spokesperson NOUN nsubj 4",
                "Mereana PROPN compound 3 B-ORG", "Pōtae PROPN appos 1 I-ORG")
    res = only(doc, 1, (0, 4))
    assert res.speaker is not None and res.speaker.name == "Mereana Pōtae"
    assert res.speaker.kind == "person"


def test_a_body_after_a_role_noun_stays_a_body() -> None:
    doc = _said("spokesperson NOUN nsubj 3", "Health PROPN compound 2 B-ORG",
                "Department PROPN appos 0 I-ORG")
    res = only(doc, 0, (0, 3))
    assert res.speaker is None or res.speaker.kind != "person"
