"""Description strategies (quotekit.pipeline.speakers._descriptions) on hand-built parses:
"the envoy" -> the person with that title, "the ministry" -> the body with that name."""

from __future__ import annotations

from speaker_docs import make_doc, only

OLSEN = ("Mark PROPN compound 1 B-PERSON", "Olsen PROPN nsubj 9 I-PERSON", ", PUNCT punct 1",
         "special ADJ amod 4", "envoy NOUN appos 1", "for ADP prep 4",
         "Arctic PROPN compound 7", "affairs NOUN pobj 5 tag=NNS", ", PUNCT punct 1",
         "arrived VERB ROOT 9", ". PUNCT punct 9")


def test_the_envoy_is_the_person_titled_envoy() -> None:
    doc = make_doc(*OLSEN, "The DET det 12", "envoy NOUN nsubj 13", "said VERB ROOT 13",
                   "so ADV advmod 13", ". PUNCT punct 13")
    res = only(doc, 12, (11, 13))
    assert res.speaker is not None and res.speaker.name == "Mark Olsen"
    assert res.speaker.titles == ("special envoy for Arctic affairs",)
    assert res.strategy == "description" and res.factor == 0.85


def test_the_ministry_is_the_body_named_ministry() -> None:
    doc = make_doc("The DET det 2", "Foreign PROPN compound 2 B-ORG",
                   "Ministry PROPN nsubj 3 I-ORG", "met VERB ROOT 3", ". PUNCT punct 3",
                   "The DET det 6", "ministry NOUN nsubj 7", "said VERB ROOT 7",
                   "so ADV advmod 7", ". PUNCT punct 7")
    res = only(doc, 6, (5, 7))
    assert res.speaker is not None and res.speaker.name == "Foreign Ministry"
    assert res.speaker.kind == "organization" and res.strategy == "description"


def test_a_ministry_the_article_never_names_stays_unresolved() -> None:
    doc = make_doc("The DET det 1", "ministry NOUN nsubj 2", "said VERB ROOT 2",
                   "so ADV advmod 2", ". PUNCT punct 2")
    res = only(doc, 1, (0, 2))
    assert res.strategy == "unresolved" and res.factor == 0.6
    assert res.speaker is not None and res.speaker.kind == "organization"
    assert res.speaker.name == "ministry" and not res.speaker.resolved
