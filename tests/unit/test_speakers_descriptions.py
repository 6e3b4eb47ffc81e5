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


def test_his_wife_is_the_other_person_of_his_family_name() -> None:
    doc = make_doc("Tom PROPN compound 1 B-PERSON", "Kent PROPN nsubj 5 I-PERSON",
                   "and CCONJ cc 1", "Mary PROPN compound 4 B-PERSON",
                   "Kent PROPN conj 1 I-PERSON", "filed VERB ROOT 5", ". PUNCT punct 5",
                   "His PRON poss 8 tag=PRP$", "ex NOUN nsubj 11 nospace",
                   "- PUNCT punct 8 nospace", "wife NOUN nsubj 11", "agreed VERB ROOT 11",
                   ". PUNCT punct 11")
    res = only(doc, 8, (7, 9))
    assert res.speaker is not None and res.speaker.name == "Mary Kent"
    assert res.strategy == "description"


def test_a_role_of_a_body_needs_that_body_in_the_title() -> None:
    rows = ("Bill PROPN compound 1 B-PERSON", "Kent PROPN nsubj 6 I-PERSON", ", PUNCT punct 1",
            "former ADJ amod 4", "president NOUN appos 1", ", PUNCT punct 1",
            "spoke VERB ROOT 6", ". PUNCT punct 6")
    band = make_doc(*rows, "The DET det 10", "band NOUN compound 10", "leader NOUN nsubj 11",
                    "said VERB ROOT 11", "so ADV advmod 11", ". PUNCT punct 11")
    res = only(band, 10, (8, 11))
    assert res.speaker is not None and not res.speaker.resolved
    plain = make_doc(*rows, "The DET det 9", "leader NOUN nsubj 10", "said VERB ROOT 10",
                     "so ADV advmod 10", ". PUNCT punct 10")
    res = only(plain, 9, (8, 10))
    assert res.speaker is not None and res.speaker.name == "Bill Kent"


def test_the_tycoon_is_the_person_the_article_is_about() -> None:
    rows = []
    for n in range(3):
        rows += [f"Tom PROPN compound {4 * n + 1} B-PERSON",
                 f"Kent PROPN nsubj {4 * n + 2} I-PERSON", f"spoke VERB ROOT {4 * n + 2}",
                 f". PUNCT punct {4 * n + 2}"]
    doc = make_doc(*rows, "The DET det 15", "real ADJ amod 14", "estate NOUN compound 15",
                   "tycoon NOUN nsubj 16", "said VERB ROOT 16", "so ADV advmod 16",
                   ". PUNCT punct 16")
    res = only(doc, 15, (12, 16))
    assert res.speaker is not None and res.speaker.name == "Tom Kent"


def test_the_report_is_its_authors_from_an_earlier_phrase() -> None:
    doc = make_doc("A DET det 1", "report NOUN nsubjpass 6", "from ADP prep 1",
                   "Kent PROPN compound 4 B-ORG", "Institute PROPN pobj 2 I-ORG",
                   "was AUX auxpass 6", "released VERB ROOT 6", ". PUNCT punct 6",
                   "The DET det 9", "report NOUN nsubj 10", "says VERB ROOT 10 lemma=say",
                   "it PRON nsubj 12", "grew VERB ccomp 10", ". PUNCT punct 10")
    res = only(doc, 9, (8, 10))
    assert res.speaker is not None and res.speaker.name == "Kent Institute"
    assert res.strategy == "description"


def test_a_text_published_by_a_body_is_not_its_statement() -> None:
    doc = make_doc("The DET det 1", "transcript NOUN nsubj 6", "published VERB acl 1",
                   "by ADP agent 2", "the DET det 5", "Post PROPN pobj 3 B-ORG",
                   "shows VERB ROOT 6 lemma=show", "it PRON nsubj 8", "grew VERB ccomp 6",
                   ". PUNCT punct 6")
    res = only(doc, 1, (0, 2))
    assert res.speaker is not None and not res.speaker.resolved


def test_a_study_by_two_bodies_is_theirs_together() -> None:
    doc = make_doc("A DET det 1", "study NOUN nsubj 8", "by ADP prep 1",
                   "Kent PROPN compound 4 B-ORG", "Institute PROPN pobj 2 I-ORG",
                   "and CCONJ cc 4", "Lund PROPN compound 7 B-ORG", "University PROPN conj 4 I-ORG",
                   "found VERB ROOT 8 lemma=find", "it PRON nsubj 10", "grew VERB ccomp 8",
                   ". PUNCT punct 8")
    res = only(doc, 1, (0, 2))
    assert res.speaker is not None
    assert res.speaker.name == "Kent Institute and Lund University"


def test_a_role_that_possesses_the_head_names_no_one() -> None:
    # "Sheriff Roland Hatcher spoke. The sheriff's office said so.": not Hatcher
    doc = make_doc("Sheriff PROPN compound 2", "Roland PROPN compound 2 B-PERSON",
                   "Hatcher PROPN nsubj 3 I-PERSON", "spoke VERB ROOT 3", ". PUNCT punct 3",
                   "The DET det 6", "sheriff NOUN poss 8", "'s PART case 6 tag=POS",
                   "office NOUN nsubj 9", "said VERB ROOT 9", "so ADV advmod 9",
                   ". PUNCT punct 9")
    res = only(doc, 8, (5, 9))
    assert res.speaker is not None and res.speaker.name != "Roland Hatcher"
    assert res.speaker.kind == "organization"
