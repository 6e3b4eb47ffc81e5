"""Names in title-case lines (quotekit.pipeline.speakers._headlines) on hand-built parses: a
headline or caption span holding a person the running text names is that person's name."""

from __future__ import annotations

from speaker_docs import draft, make_doc, names, resolve


def _running(start: int) -> tuple[str, ...]:
    """"Mary Kent said so ." in running text, its tokens from ``start``."""
    return (f"Mary PROPN compound {start + 1} B-PERSON", f"Kent PROPN nsubj {start + 2} I-PERSON",
            f"said VERB ROOT {start + 2}", f"so ADV advmod {start + 2}",
            f". PUNCT punct {start + 2}")


def test_a_headline_read_as_a_body_is_the_person_it_names() -> None:
    doc = make_doc("Kent PROPN nsubj 1 B-ORG", "Sees VERB ROOT 1 I-ORG tag=VBZ",
                   "Grave PROPN compound 3 I-ORG", "Danger PROPN dobj 1 I-ORG",
                   "Ahead ADV advmod 1", ". PUNCT punct 1", *_running(6))
    _res, speakers = resolve(doc, draft(doc, 0, content=(1, 4)),
                             draft(doc, 7, (6, 8), content=(9, 10)))
    assert names(speakers) == ["Mary Kent"]
    assert speakers[0].kind == "person"
    assert [m.text for m in speakers[0].mentions] == ["Kent", "Mary Kent"]


def test_a_caption_keeps_no_trailing_word_on_a_family_name() -> None:
    doc = make_doc(*_running(0), "Watch VERB ROOT 5", "Full PROPN compound 7",
                   "Speech PROPN dobj 5", ": PUNCT punct 5", "President PROPN compound 10",
                   "Kent PROPN compound 11 B-PERSON", "Speech PROPN appos 7 I-PERSON",
                   "at ADP prep 11", "Harbor PROPN compound 14", "Hall PROPN pobj 12",
                   ". PUNCT punct 5")
    _res, speakers = resolve(doc, draft(doc, 1, (0, 2), content=(3, 4)),
                             draft(doc, 10, content=(13, 15)))
    assert names(speakers) == ["Mary Kent"]
    assert speakers[0].titles == ("President",)


def test_a_given_name_in_a_headline_keeps_the_family_name_after_it() -> None:
    doc = make_doc(*_running(0), "Follow VERB ROOT 5", "Mary PROPN compound 7 B-PERSON",
                   "Nolte PROPN dobj 5 I-PERSON", "On ADP prep 5", "Twitter PROPN pobj 8",
                   "Today NOUN npadvmod 5", ". PUNCT punct 5")
    _res, speakers = resolve(doc, draft(doc, 1, (0, 2), content=(3, 4)),
                             draft(doc, 7, (6, 8), content=(9, 10)))
    assert names(speakers) == ["Mary Kent", "Mary Nolte"]


def test_running_text_spans_are_left_as_the_recognizer_gives_them() -> None:
    doc = make_doc(*_running(0), "the DET det 7", "Kent PROPN compound 7 B-ORG",
                   "Foundation PROPN nsubj 8 I-ORG", "said VERB ROOT 8", "that SCONJ mark 10",
                   "it PRON nsubj 11", "would AUX aux 11", "help VERB ccomp 8",
                   ". PUNCT punct 8")
    _res, speakers = resolve(doc, draft(doc, 1, (0, 2), content=(3, 4)),
                             draft(doc, 7, (5, 8), content=(9, 13)))
    assert names(speakers) == ["Mary Kent", "Kent Foundation"]
    assert speakers[1].kind == "organization"
