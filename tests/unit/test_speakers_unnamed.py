"""Unnamed sources (quotekit.pipeline.speakers._unnamed) on hand-built parses: marked
unnamed, with the body they belong to as the affiliation, never that body as the speaker."""

from __future__ import annotations

from speaker_docs import make_doc, only

from quotekit.types import Speaker


def test_a_body_source_is_not_the_body() -> None:
    doc = make_doc("The DET det 1", "Treasury PROPN nsubj 2 B-ORG", "spoke VERB ROOT 2",
                   ". PUNCT punct 2",
                   "A DET det 6", "Treasury PROPN compound 6 B-ORG", "source NOUN nsubj 7",
                   "said VERB ROOT 7", "so ADV advmod 7", ". PUNCT punct 7")
    res = only(doc, 6, (4, 7))
    assert res.strategy == "unnamed"
    sp = res.speaker
    assert sp is not None and sp.unnamed and not sp.resolved
    assert sp.name == "Treasury source" and sp.kind == "person"
    assert sp.affiliation == "Treasury"


def test_people_briefed_are_an_unnamed_group() -> None:
    doc = make_doc("Three NUM nummod 1", "people NOUN nsubj 6 tag=NNS lemma=people",
                   "briefed VERB acl 1 tag=VBN", "on ADP prep 2", "the DET det 5",
                   "talks NOUN pobj 3 tag=NNS", "said VERB ROOT 6", "so ADV advmod 6",
                   ". PUNCT punct 6")
    res = only(doc, 1, (0, 6))
    sp = res.speaker
    assert sp is not None and sp.unnamed and sp.kind == "group"
    assert sp.affiliation is None


def test_officials_at_a_body() -> None:
    doc = make_doc("Officials NOUN nsubj 5 tag=NNS lemma=official", "at ADP prep 0",
                   "the DET det 4", "State PROPN compound 4 B-ORG",
                   "Department PROPN pobj 1 I-ORG", "said VERB ROOT 5", "so ADV advmod 5",
                   ". PUNCT punct 5")
    sp = only(doc, 0, (0, 5)).speaker
    assert sp is not None and sp.unnamed and sp.affiliation == "State Department"


def test_bare_sources_and_a_definite_official() -> None:
    doc = make_doc("Sources NOUN nsubj 1 tag=NNS lemma=source", "said VERB ROOT 1",
                   "so ADV advmod 1", ". PUNCT punct 1")
    sp = only(doc, 0).speaker
    assert sp is not None and sp.unnamed and sp.kind == "group"
    doc = make_doc("The DET det 1", "official NOUN nsubj 2", "said VERB ROOT 2",
                   "so ADV advmod 2", ". PUNCT punct 2")
    res = only(doc, 1, (0, 2))
    assert res.strategy != "unnamed"  # "the official" may be a named one: left to descriptions


def test_unnamed_in_to_dict_and_back() -> None:
    sp = Speaker("Treasury source", affiliation="Treasury", resolved=False, unnamed=True)
    data = sp.to_dict()
    assert data["unnamed"] is True and data["resolved"] is False
    assert Speaker.from_dict(data) == sp
    assert Speaker.from_dict({"name": "Ana Ruiz"}).unnamed is False
