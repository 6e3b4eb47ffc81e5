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


def test_relative_pronoun_of_an_unnamed_source_is_the_same_source_and_no_alias() -> None:
    from speaker_docs import draft, resolve

    # "An official who asked not to be named said so."
    doc = make_doc("An DET det 1", "official NOUN nsubj 8", "who PRON nsubj 3 tag=WP",
                   "asked VERB relcl 1", "not PART neg 6", "to PART aux 6",
                   "be AUX auxpass 6", "named VERB xcomp 3 tag=VBN", "said VERB ROOT 8",
                   "so ADV advmod 8", ". PUNCT punct 8")
    res, speakers = resolve(doc, draft(doc, 2, content=(4, 8)),
                            draft(doc, 1, (0, 2), content=(9, 10)))
    assert res[0].speaker is res[1].speaker
    assert speakers[0].name == "official" and speakers[0].unnamed
    assert speakers[0].aliases == ()
