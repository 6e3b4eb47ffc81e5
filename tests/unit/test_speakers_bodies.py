"""Bodies behind descriptions (quotekit.pipeline.speakers._bodies) on hand-built parses: "the
bank" -> the body the article is about, "the network" -> the body an earlier phrase names,
"the union" -> the body headed by a synonym, "the Kent campaign" -> a body of its own."""

from __future__ import annotations

from speaker_docs import draft, make_doc, names, only, resolve


def _sentence(start: int, *subject: str, verb: str = "grew") -> tuple[str, ...]:
    """``subject`` (its last token heading it) + ``verb`` + "." from token ``start``."""
    n = start + len(subject)
    rows = []
    for row in subject:
        word, pos, dep, head, *rest = row.split()
        rows.append(" ".join([word, pos, dep, str(int(head) + start), *rest]))
    return (*rows, f"{verb} VERB ROOT {n}", f". PUNCT punct {n}")


def _said(start: int, *subject: str) -> tuple[str, ...]:
    """``subject`` + "said it would pay ." from token ``start`` (the content: "it would
    pay")."""
    n = start + len(subject)
    rows = []
    for row in subject:
        word, pos, dep, head, *rest = row.split()
        rows.append(" ".join([word, pos, dep, str(int(head) + start), *rest]))
    return (*rows, f"said VERB ROOT {n}", f"it PRON nsubj {n + 3}", f"would AUX aux {n + 3}",
            f"pay VERB ccomp {n}", f". PUNCT punct {n}")


ORWELL = ("Orwell PROPN compound 1 B-ORG", "Fargo PROPN nsubj 1 I-ORG")


def test_the_bank_is_the_body_the_article_is_about() -> None:
    doc = make_doc(*_sentence(0, *ORWELL), *_sentence(4, *ORWELL), *_sentence(8, *ORWELL),
                   *_said(12, "The DET det 1", "bank NOUN nsubj 2"))
    res = only(doc, 13, (12, 14))
    assert res.speaker is not None and res.speaker.name == "Orwell Fargo"
    assert res.strategy == "description"


def test_a_modified_description_is_not_the_body_the_article_is_about() -> None:
    doc = make_doc(*_sentence(0, *ORWELL), *_sentence(4, *ORWELL), *_sentence(8, *ORWELL),
                   *_said(12, "The DET det 2", "Russian ADJ amod 2 B-NORP",
                          "bank NOUN nsubj 3"))
    res = only(doc, 14, (12, 15))
    assert res.speaker is not None and not res.speaker.resolved


def test_the_network_is_the_body_an_earlier_phrase_names() -> None:
    doc = make_doc("Kim PROPN nsubj 1 B-PERSON", "works VERB ROOT 1", "for ADP prep 1",
                   "the DET det 7", "Zeta PROPN compound 5 B-ORG", "America PROPN compound 7 I-ORG",
                   "television NOUN compound 7", "network NOUN pobj 2", ". PUNCT punct 1",
                   *_said(9, "The DET det 1", "network NOUN nsubj 2"))
    res = only(doc, 10, (9, 11))
    assert res.speaker is not None and res.speaker.name == "Zeta America"


def test_the_union_is_the_body_headed_by_a_synonym() -> None:
    doc = make_doc(*_sentence(0, "the DET det 1", "Association PROPN nsubj 5 B-ORG",
                              "of ADP prep 1 I-ORG", "Harbor PROPN compound 4 I-ORG",
                              "Pilots PROPN pobj 2 I-ORG"),
                   *_said(7, "The DET det 1", "union NOUN nsubj 2"))
    res = only(doc, 8, (7, 9))
    assert res.speaker is not None and res.speaker.name == "Association of Harbor Pilots"


def test_an_indefinite_union_is_the_body_named_right_after_it() -> None:
    doc = make_doc(*_said(0, "A DET det 1", "union NOUN nsubj 2"),
                   *_sentence(7, "the DET det 1", "Association PROPN nsubj 5 B-ORG",
                              "of ADP prep 1 I-ORG", "Harbor PROPN compound 4 I-ORG",
                              "Pilots PROPN pobj 2 I-ORG", verb="agreed"))
    res = only(doc, 1, (0, 2))
    assert res.speaker is not None and res.speaker.name == "Association of Harbor Pilots"


def test_a_persons_campaign_is_a_body_of_its_own() -> None:
    doc = make_doc("Mary PROPN compound 1 B-PERSON", "Kent PROPN nsubj 2 I-PERSON",
                   "spoke VERB ROOT 2", ". PUNCT punct 2",
                   *_said(4, "The DET det 2", "Kent PROPN compound 2 B-PERSON",
                          "campaign NOUN nsubj 3"))
    res, speakers = resolve(doc, draft(doc, 6, (4, 7), content=(8, 11)))
    assert res[0].speaker is not None and res[0].speaker.name == "Kent campaign"
    assert res[0].speaker.kind == "organization"
    assert names(speakers) == ["Kent campaign"]


def test_a_capitalised_common_noun_opening_a_sentence_names_no_body() -> None:
    doc = make_doc(*_sentence(0, *ORWELL), *_sentence(4, *ORWELL), *_sentence(8, *ORWELL),
                   *_sentence(12, "Bank NOUN compound 1 B-ORG", "staff NOUN nsubj 2"),
                   *_said(16, "The DET det 1", "bank NOUN nsubj 2"))
    res = only(doc, 17, (16, 18))
    assert res.speaker is not None and res.speaker.name == "Orwell Fargo"


def _utility_said(subject_pos: str, ent: str = ""):
    # "Acme could close plants, the utility said."
    return make_doc(f"Acme {subject_pos} nsubj 2 {ent}".strip(), "could AUX aux 2",
                    "close VERB ccomp 7", "plants NOUN dobj 2", ", PUNCT punct 7",
                    "the DET det 6", "utility NOUN nsubj 7", "said VERB ROOT 7",
                    ". PUNCT punct 7")


def test_a_body_noun_nothing_resolves_is_the_body_its_content_names() -> None:
    doc = _utility_said("PROPN")
    res, _speakers = resolve(doc, draft(doc, 6, (5, 7), content=(0, 4)))
    assert res[0].speaker is not None and res[0].speaker.name == "Acme"
    assert res[0].speaker.kind == "organization"


def test_a_place_subject_is_not_the_body() -> None:
    doc = _utility_said("PROPN", "B-GPE")
    res, _speakers = resolve(doc, draft(doc, 6, (5, 7), content=(0, 4)))
    assert res[0].speaker is None or res[0].speaker.name != "Acme"
