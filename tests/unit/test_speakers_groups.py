"""Group strategies (quotekit.pipeline.speakers._groups) on hand-built parses."""

from __future__ import annotations

from speaker_docs import make_doc, only

RUIZ_MET_OLSEN = ("Ana PROPN compound 1 B-PERSON", "Ruiz PROPN nsubj 2 I-PERSON",
                  "met VERB ROOT 2", "Mark PROPN compound 4 B-PERSON",
                  "Olsen PROPN dobj 2 I-PERSON", ". PUNCT punct 2")


def test_conjunction_of_names_is_a_group() -> None:
    doc = make_doc("Biegun PROPN nsubj 3 B-PERSON", "and CCONJ cc 0",
                   "Lee PROPN conj 0 B-PERSON", "said VERB ROOT 3", "so ADV advmod 3",
                   ". PUNCT punct 3")
    res = only(doc, 0, (0, 3))
    assert res.speaker is not None and res.speaker.kind == "group"
    assert res.speaker.name == "Biegun and Lee" and res.speaker.members == ("Biegun", "Lee")
    assert res.strategy == "group:conjunction" and res.factor == 0.9


def test_the_two_sides_are_the_last_two_people_named() -> None:
    doc = make_doc(*RUIZ_MET_OLSEN, "The DET det 9", "two NUM nummod 9",
                   "sides NOUN nsubj 10 tag=NNS lemma=side", "said VERB ROOT 10",
                   ". PUNCT punct 10")
    res = only(doc, 8, (6, 9))
    assert res.speaker is not None and res.speaker.members == ("Ana Ruiz", "Mark Olsen")
    assert res.strategy == "group:the-two" and res.factor == 0.75


def test_both_ministries_are_not_the_two_people() -> None:
    doc = make_doc(*RUIZ_MET_OLSEN, "Both DET det 7",
                   "ministries NOUN nsubj 8 tag=NNS lemma=ministry", "said VERB ROOT 8",
                   ". PUNCT punct 8")
    res = only(doc, 7, (6, 8))
    assert res.strategy == "unresolved"
    assert res.speaker is not None and res.speaker.kind == "group" and not res.speaker.members


ENVOYS = ("Ana PROPN compound 1 B-PERSON", "Ruiz PROPN nsubj 5 I-PERSON", ", PUNCT punct 1",
          "envoy NOUN appos 1", ", PUNCT punct 1", "met VERB ROOT 5",
          "Mark PROPN compound 7 B-PERSON", "Olsen PROPN dobj 5 I-PERSON", ", PUNCT punct 7",
          "envoy NOUN appos 7", ". PUNCT punct 5")


def _envoys_said(*before: str):
    n = 11 + len(before)
    return make_doc(*ENVOYS, *before, f"envoys NOUN nsubj {n + 1} tag=NNS lemma=envoy",
                    f"said VERB ROOT {n + 1}", f"so ADV advmod {n + 1}",
                    f". PUNCT punct {n + 1}")


def test_the_envoys_are_the_people_titled_envoy() -> None:
    res = only(_envoys_said("The DET det 12"), 12, (11, 13))
    assert res.speaker is not None and res.strategy == "group:role"
    assert set(res.speaker.members) == {"Ana Ruiz", "Mark Olsen"}


def test_other_envoys_and_bare_envoys_are_not_the_people_named() -> None:
    for doc, lo in ((_envoys_said("Other ADJ amod 12"), 11), (_envoys_said(), 11)):
        n = len(doc) - 4
        res = only(doc, n, (lo, n + 1))
        assert res.strategy == "unresolved", res
        assert res.speaker is not None and not res.speaker.members
