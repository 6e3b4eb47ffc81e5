"""Speaker.gender from the article's own words (honorifics, pronouns resolved to the speaker),
never from a list of given names; on hand-built parses."""

from __future__ import annotations

from speaker_docs import draft, make_doc, resolve

from quotekit.types import Speaker


def _doc(first: str, second: str, pronoun: str):
    return make_doc(f"{first} PROPN compound 1", f"{second} PROPN nsubj 2 B-PERSON",
                    "said VERB ROOT 2", "so ADV advmod 2", ". PUNCT punct 2",
                    f"{pronoun} PRON nsubj 6", "said VERB ROOT 6", "more ADJ dobj 6",
                    ". PUNCT punct 6")


def test_honorific_and_pronoun_give_the_gender_with_evidence() -> None:
    doc = _doc("Mrs.", "Kent", "She")
    _res, speakers = resolve(doc, draft(doc, 1, (0, 2), content=(3, 4)),
                             draft(doc, 5, content=(7, 8)))
    kent = speakers[0]
    assert kent.gender == "female"
    assert [(e.text, e.start) for e in kent.gender_evidence] == [("Mrs.", 0),
                                                                  ("She", doc[5].idx)]
    assert kent.to_dict()["gender"] == "female"


def test_a_given_name_alone_gives_no_gender() -> None:
    doc = make_doc("Mary PROPN compound 1 B-PERSON", "Kent PROPN nsubj 2 I-PERSON",
                   "said VERB ROOT 2", "so ADV advmod 2", ". PUNCT punct 2")
    _res, speakers = resolve(doc, draft(doc, 1, (0, 2), content=(3, 4)))
    assert speakers[0].gender is None and speakers[0].gender_evidence == ()


def test_disagreeing_words_give_no_gender() -> None:
    doc = make_doc("Mr. PROPN compound 1", "Kent PROPN nsubj 2 B-PERSON", "said VERB ROOT 2",
                   "so ADV advmod 2", ". PUNCT punct 2", "Mrs. PROPN compound 6",
                   "Kent PROPN nsubj 7 B-PERSON", "said VERB ROOT 7", "more ADJ dobj 7",
                   ". PUNCT punct 7")
    _res, speakers = resolve(doc, draft(doc, 1, (0, 2), content=(3, 4)),
                             draft(doc, 6, (5, 7), content=(8, 9)))
    assert [s.name for s in speakers] == ["Kent"]
    assert speakers[0].gender is None and len(speakers[0].gender_evidence) == 2


def test_gender_round_trips() -> None:
    sp = Speaker("Ana Ruiz", gender="female")
    assert Speaker.from_dict(sp.to_dict()).gender == "female"


def test_a_given_name_of_the_other_gender_is_another_person() -> None:
    doc = make_doc("Mr. PROPN compound 1", "Kent PROPN nsubj 2 B-PERSON", "said VERB ROOT 2",
                   "so ADV advmod 2", ". PUNCT punct 2", "Mary PROPN compound 6 B-PERSON",
                   "Kent PROPN nsubj 7 I-PERSON", "said VERB ROOT 7", "more ADJ dobj 7",
                   ". PUNCT punct 7")
    _res, speakers = resolve(doc, draft(doc, 1, (0, 2), content=(3, 4)),
                             draft(doc, 6, (5, 7), content=(8, 9)))
    assert [s.name for s in speakers] == ["Kent", "Mary Kent"]
