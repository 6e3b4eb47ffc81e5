"""Name strategies (quotekit.pipeline.speakers._naming) on hand-built parses: a full name, a
part of a known name, a name the recognizer missed, a surname two people share, and a mention
that only names someone related ("Scott's lawyers")."""

from __future__ import annotations

from speaker_docs import draft, make_doc, names, only, resolve

BIEGUN = ("Stephen PROPN compound 1 B-PERSON", "Biegun PROPN nsubj 2 I-PERSON",
          "arrived VERB ROOT 2", "today NOUN npadvmod 2", ". PUNCT punct 2")


def test_full_name_is_the_name_strategy() -> None:
    res = only(make_doc(*BIEGUN), 1, (0, 2))
    assert res.speaker is not None and res.speaker.name == "Stephen Biegun"
    assert res.speaker.kind == "person" and res.speaker.resolved
    assert (res.strategy, res.factor, res.depth) == ("name", 1.0, 0)


def test_surname_joins_the_full_name() -> None:
    doc = make_doc(*BIEGUN, "Biegun PROPN nsubj 6 B-PERSON", "said VERB ROOT 6",
                   ". PUNCT punct 6")
    resolutions, speakers = resolve(doc, draft(doc, 5))
    res = resolutions[0]
    assert res.speaker is not None and res.speaker.name == "Stephen Biegun"
    assert "Biegun" in res.speaker.aliases
    assert res.strategy == "name-part" and res.factor == 0.95
    assert names(speakers) == ["Stephen Biegun"]


def test_name_the_recognizer_missed_becomes_a_person() -> None:
    doc = make_doc("the DET det 2", "economist NOUN compound 2", "Ana PROPN compound 3",
                   "Ruiz PROPN nsubj 4", "said VERB ROOT 4", ". PUNCT punct 4")
    res = only(doc, 3, (0, 4))
    assert res.speaker is not None and res.speaker.name == "Ana Ruiz"
    assert res.strategy == "name-unrecognized" and res.speaker.resolved


def test_surname_two_people_share_stays_unresolved() -> None:
    doc = make_doc("Bill PROPN compound 1 B-PERSON", "Clinton PROPN nsubj 5 I-PERSON",
                   "and CCONJ cc 1", "Hillary PROPN compound 4 B-PERSON",
                   "Clinton PROPN conj 1 I-PERSON", "spoke VERB ROOT 5", ". PUNCT punct 5",
                   "Clinton PROPN nsubj 8", "said VERB ROOT 8", ". PUNCT punct 8")
    res = only(doc, 7)
    assert res.strategy == "name:ambiguous"
    assert res.speaker is not None and not res.speaker.resolved


def test_relational_mention_is_not_the_person_named_in_it() -> None:
    doc = make_doc("Scott PROPN poss 2 B-PERSON nospace", "'s PART case 0",
                   "lawyers NOUN nsubj 3 tag=NNS lemma=lawyer", "said VERB ROOT 3",
                   ". PUNCT punct 3")
    res = only(doc, 2, (0, 3))
    assert res.speaker is not None and res.speaker.name != "Scott"
    assert res.strategy == "unresolved" and res.speaker.kind == "group"
    assert not res.speaker.resolved


def test_a_transcript_label_word_is_never_a_speaker_name() -> None:
    doc = make_doc("Q PROPN nsubj 1", "said VERB ROOT 1", "so ADV advmod 1", ". PUNCT punct 1")
    res = only(doc, 0)
    assert res.speaker is None and res.strategy == "unresolved"


def test_a_name_read_across_a_colon_stops_at_it() -> None:
    # "Luciana Lopez: Saying so is easy." with the recognizer's PERSON running past the colon
    doc = make_doc("Luciana PROPN compound 1 B-PERSON", "Lopez PROPN ROOT 1 I-PERSON nospace",
                   ": PUNCT punct 1 I-PERSON", "Saying VERB dep 1 I-PERSON tag=VBG",
                   "so ADV advmod 3", "is AUX dep 1", "easy ADJ acomp 5", ". PUNCT punct 1")
    res = only(doc, 1, (0, 2))
    assert res.speaker is not None and res.speaker.name == "Luciana Lopez"


def test_compound_surname_joins_the_full_name() -> None:
    doc = make_doc("Ildefonso PROPN compound 2 B-PERSON", "Guajardo PROPN compound 2 I-PERSON",
                   "Villarreal PROPN nsubj 3 I-PERSON", "spoke VERB ROOT 3", ". PUNCT punct 3",
                   "Mr. PROPN compound 7", "Guajardo PROPN compound 7 B-PERSON",
                   "Villarreal PROPN nsubj 8 I-PERSON", "said VERB ROOT 8", "so ADV advmod 8",
                   ". PUNCT punct 8")
    res = only(doc, 7, (5, 8))
    assert res.speaker is not None and res.speaker.name == "Ildefonso Guajardo Villarreal"


def test_a_full_name_is_no_compound_surname_of_a_longer_one() -> None:
    doc = make_doc("Hillary PROPN compound 1 B-PERSON", "Clinton PROPN nsubj 2 I-PERSON",
                   "spoke VERB ROOT 2", ". PUNCT punct 2",
                   "Crooked PROPN compound 6 B-PERSON", "Hillary PROPN compound 6 I-PERSON",
                   "Clinton PROPN nsubj 7 I-PERSON", "said VERB ROOT 7", "so ADV advmod 7",
                   ". PUNCT punct 7")
    res = only(doc, 1, (0, 2))
    assert res.speaker is not None and res.speaker.name == "Hillary Clinton"


KASICH = ("Gov. PROPN compound 2", "John PROPN compound 2 B-PERSON",
          "Kasich PROPN nsubj 3 I-PERSON", "spoke VERB ROOT 3", ". PUNCT punct 3")


def test_surname_tagged_as_a_place_joins_the_full_name() -> None:
    doc = make_doc(*KASICH, "Kasich PROPN nsubj 6 B-GPE", "said VERB ROOT 6",
                   "so ADV advmod 6", ". PUNCT punct 6")
    res = only(doc, 5)
    assert res.speaker is not None and res.speaker.name == "John Kasich"


def test_a_place_after_a_locative_preposition_stays_a_place() -> None:
    doc = make_doc(*KASICH, "Voters NOUN nsubj 8 tag=NNS", "in ADP prep 5",
                   "Kasich PROPN pobj 6 B-GPE", "said VERB ROOT 8", "so ADV advmod 8",
                   ". PUNCT punct 8")
    _res, speakers = resolve(doc, draft(doc, 1, (0, 3), content=(3, 4)))
    assert speakers[0].name == "John Kasich"
    assert all(m.start != doc[7].idx for m in speakers[0].mentions)


def test_a_dateline_joined_to_the_name_is_left_out() -> None:
    doc = make_doc("ROME PROPN compound 3 B-ORG", "- PUNCT punct 3 I-ORG",
                   "Bernie PROPN compound 3 I-ORG", "Sanders PROPN nsubj 4 I-ORG",
                   "spoke VERB ROOT 4", ". PUNCT punct 4",
                   "Sanders PROPN nsubj 7 B-PERSON", "said VERB ROOT 7", "so ADV advmod 7",
                   ". PUNCT punct 7")
    res = only(doc, 6)
    assert res.speaker is not None and res.speaker.name == "Bernie Sanders"
    assert res.speaker.kind == "person"


def test_an_abbreviated_title_is_no_compound_surname() -> None:
    doc = make_doc("Loretta PROPN compound 1 B-PERSON", "Lynch PROPN nsubj 2 I-PERSON",
                   "spoke VERB ROOT 2", ". PUNCT punct 2",
                   "Impeach PROPN compound 6 B-PERSON", "AG PROPN compound 6 I-PERSON",
                   "Lynch PROPN nsubj 7 I-PERSON", "urged VERB ROOT 7", ". PUNCT punct 7",
                   "AG PROPN compound 10 B-PERSON", "Lynch PROPN nsubj 11 I-PERSON",
                   "said VERB ROOT 11", "so ADV advmod 11", ". PUNCT punct 11")
    res = only(doc, 10, (9, 11))
    assert res.speaker is not None and res.speaker.name != "Impeach AG Lynch"


def test_a_surname_after_a_date_in_the_mention_joins_the_full_name() -> None:
    doc = make_doc(*BIEGUN, "Last ADJ amod 6 B-DATE", "week NOUN npadvmod 8 I-DATE",
                   "Biegun PROPN nsubj 8 I-DATE", "firmly ADV advmod 8", "said VERB ROOT 8",
                   "more ADJ dobj 8", ". PUNCT punct 8")
    res = only(doc, 7, (5, 8))
    assert res.speaker is not None and res.speaker.name == "Stephen Biegun"
    assert res.strategy == "name-part"


def test_a_bodys_regulations_are_the_body_speaking() -> None:
    doc = make_doc("Kent PROPN compound 1 B-ORG", "Commission PROPN compound 2 I-ORG",
                   "regulations NOUN nsubj 3 tag=NNS lemma=regulation",
                   "say VERB ROOT 3", "it PRON nsubj 5", "grew VERB ccomp 3",
                   ". PUNCT punct 3")
    res = only(doc, 2, (0, 3))
    assert res.speaker is not None and res.speaker.name == "Kent Commission"
    assert res.speaker.kind == "organization"


def test_a_time_zone_after_a_clock_time_opens_no_name() -> None:
    # a live page's stamp run into its heading: "10:42 GMT Red warning extended"
    doc = make_doc("10:42 NUM nummod 3", "GMT PROPN compound 3 B-ORG", "Red PROPN compound 3 I-ORG",
                   "warning NOUN nsubj 4", "extended VERB ROOT 4")
    _res, speakers = resolve(doc, draft(doc, 2))
    assert "GMT Red" not in names(speakers)
    doc = make_doc("Acme PROPN compound 1 B-ORG", "Red PROPN nsubj 2 I-ORG", "said VERB ROOT 2")
    _res, speakers = resolve(doc, draft(doc, 1))
    assert names(speakers) == ["Acme Red"]
