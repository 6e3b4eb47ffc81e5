"""Title-first appositions (quotekit.pipeline.speakers._appositions) on hand-built parses:
"The party's education spokeswoman, Aisha Khan, said"."""

from __future__ import annotations

from speaker_docs import make_doc, only


def test_role_then_name_in_apposition() -> None:
    doc = make_doc("The DET det 1", "party NOUN poss 4", "'s PART case 1 tag=POS",
                   "education NOUN compound 4", "spokeswoman NOUN nsubj 9", ", PUNCT punct 4",
                   "Aisha PROPN compound 7 B-PERSON", "Khan PROPN appos 4 I-PERSON",
                   ", PUNCT punct 4", "said VERB ROOT 9", ". PUNCT punct 9")
    res = only(doc, 4, (0, 5))
    assert res.strategy == "apposition"
    assert res.speaker is not None and res.speaker.name == "Aisha Khan"
    assert res.speaker.titles == ("education spokeswoman",)
    assert res.speaker.aliases == ()  # the role is no name form


def test_a_given_name_the_recognizer_left_out_of_a_set_off_name() -> None:
    """"Its operations director, Carys Pemberton, told us": the recognizer tags "Pemberton"
    alone; the given name the parser made part of the name is the person's."""
    doc = make_doc("Its PRON poss 2", "operations NOUN compound 2", "director NOUN nsubj 7",
                   ", PUNCT punct 2", "Carys PROPN compound 5 tag=NNP",
                   "Pemberton PROPN appos 2 B-PERSON tag=NNP", ", PUNCT punct 2",
                   "told VERB ROOT 7", "us PRON dative 7", ". PUNCT punct 7")
    res = only(doc, 2, (0, 3))
    assert res.speaker is not None and res.speaker.name == "Carys Pemberton"


def test_a_party_word_before_a_set_off_name_is_no_given_name() -> None:
    doc = make_doc("the DET det 1", "nominee NOUN nsubj 6", ", PUNCT punct 1",
                   "Democrat PROPN compound 4 B-NORP tag=NNP", "Ann PROPN compound 5 B-PERSON",
                   "Lee PROPN appos 1 I-PERSON", "said VERB ROOT 6", ". PUNCT punct 6")
    res = only(doc, 1, (0, 2))
    assert res.speaker is not None and res.speaker.name == "Ann Lee"


def test_body_in_the_possessive_is_the_affiliation() -> None:
    doc = make_doc("Acme PROPN compound 1 B-ORG", "Energy PROPN poss 3 I-ORG",
                   "'s PART case 1 tag=POS", "chairman NOUN nsubj 8", ", PUNCT punct 3",
                   "Tom PROPN compound 6 B-PERSON", "Reyes PROPN appos 3 I-PERSON",
                   ", PUNCT punct 3", "said VERB ROOT 8", ". PUNCT punct 8")
    res = only(doc, 3, (0, 4))
    assert res.speaker is not None and res.speaker.name == "Tom Reyes"
    assert res.speaker.titles == ("chairman",) and res.speaker.affiliation == "Acme Energy"


def test_two_people_in_apposition_are_a_group() -> None:
    doc = make_doc("Two NUM nummod 2", "military ADJ amod 2", "analysts NOUN nsubj 10 tag=NNS",
                   ", PUNCT punct 2", "Pat PROPN compound 5 B-PERSON",
                   "Megan PROPN appos 2 I-PERSON", "and CCONJ cc 5",
                   "Chris PROPN compound 8 B-PERSON", "Harman PROPN conj 5 I-PERSON",
                   ", PUNCT punct 2", "said VERB ROOT 10", ". PUNCT punct 10")
    res = only(doc, 2, (0, 3))
    assert res.speaker is not None and res.speaker.kind == "group"
    assert res.speaker.members == ("Pat Megan", "Chris Harman")


def test_no_person_in_apposition_is_left_to_the_other_strategies() -> None:
    doc = make_doc("The DET det 1", "spokeswoman NOUN nsubj 5", ", PUNCT punct 1",
                   "a DET det 4", "veteran NOUN appos 1", "said VERB ROOT 5", ". PUNCT punct 5")
    res = only(doc, 1, (0, 2))
    assert res.strategy != "apposition"


def test_a_name_not_set_off_by_a_comma_or_across_a_verb_is_no_apposition() -> None:
    # "Editor's note: Ana Ruiz ..." (no comma after the role)
    doc = make_doc("Editor NOUN poss 2", "'s PART case 0 tag=POS", "note NOUN nsubj 6",
                   ": PUNCT punct 2", "Ana PROPN compound 5 B-PERSON",
                   "Ruiz PROPN appos 2 I-PERSON", "wrote VERB ROOT 6", ". PUNCT punct 6")
    assert only(doc, 2, (0, 3)).strategy != "apposition"
    # "The lawyers pointed to two hopefuls, Ana Ruiz, ..." (a finite verb between)
    doc = make_doc("The DET det 1", "lawyers NOUN nsubj 2 tag=NNS", "pointed VERB ROOT 2",
                   "to ADP prep 2", "hopefuls NOUN pobj 3 tag=NNS", ", PUNCT punct 1",
                   "Ana PROPN compound 7 B-PERSON", "Ruiz PROPN appos 1 I-PERSON",
                   ". PUNCT punct 2")
    assert only(doc, 1, (0, 2)).strategy != "apposition"


def test_a_title_the_recognizer_tagged_a_body_is_still_a_role() -> None:
    # "the Tánaiste, Orla Quinlivan, said": "Tánaiste" tagged ORG
    doc = make_doc("the DET det 1", "Tánaiste PROPN nsubj 6 B-ORG", ", PUNCT punct 1",
                   "Orla PROPN compound 4 B-PERSON", "Quinlivan PROPN appos 1 I-PERSON",
                   ", PUNCT punct 1", "said VERB ROOT 6", ". PUNCT punct 6")
    res = only(doc, 1, (0, 2))
    assert res.strategy == "apposition"
    assert res.speaker is not None and res.speaker.name == "Orla Quinlivan"
    # a body's name is no title: "the Senate, Ana Ruiz," stays with the other strategies
    doc = make_doc("the DET det 1", "Senate PROPN nsubj 6 B-ORG", ", PUNCT punct 1",
                   "Ana PROPN compound 4 B-PERSON", "Ruiz PROPN appos 1 I-PERSON",
                   ", PUNCT punct 1", "said VERB ROOT 6", ". PUNCT punct 6")
    assert only(doc, 1, (0, 2)).strategy != "apposition"


def test_a_name_after_the_name_in_the_roles_for_phrase_is_the_roles() -> None:
    # "Independent TD for Kerry South, Brendan O'Shea, said" (hung on "South")
    doc = make_doc("Independent ADJ amod 1", "TD PROPN nsubj 9", "for ADP prep 1",
                   "Kerry PROPN compound 4 B-GPE", "South PROPN pobj 2 I-GPE",
                   ", PUNCT punct 4", "Brendan PROPN compound 7 B-PERSON",
                   "O'Shea PROPN appos 4 I-PERSON", ", PUNCT punct 1", "said VERB ROOT 9",
                   ". PUNCT punct 9")
    res = only(doc, 1, (0, 5))
    assert res.strategy == "apposition"
    assert res.speaker is not None and res.speaker.name == "Brendan O'Shea"


def test_a_name_after_a_common_noun_in_the_for_phrase_is_that_nouns() -> None:
    # "A lawyer for his wife, Mary Cole, said": Mary Cole is the wife
    doc = make_doc("A DET det 1", "lawyer NOUN nsubj 9", "for ADP prep 1",
                   "his PRON poss 4 tag=PRP$", "wife NOUN pobj 2", ", PUNCT punct 4",
                   "Mary PROPN compound 7 B-PERSON", "Cole PROPN appos 4 I-PERSON",
                   ", PUNCT punct 1", "said VERB ROOT 9", ". PUNCT punct 9")
    assert only(doc, 1, (0, 5)).strategy != "apposition"
