"""Speaker rules found on British and wire copy (tests/integration/test_world_news_uk.py), on
hand-built parses: a role in a description's possessor, a place-tagged name in apposition to
a role, a body named right after a noun, an age epithet whose "the" hangs on the verb, and
"she" after an unnamed person."""

from __future__ import annotations

from speaker_docs import draft, make_doc, only, resolve


def test_a_role_in_the_possessor_is_not_the_speaker() -> None:
    # "Daniel Ashcroft, the shadow health secretary, said ... The prime minister's official
    # spokesman said ..." (minister ~ secretary in role_synonyms.tsv)
    doc = make_doc("Daniel PROPN compound 1 B-PERSON", "Ashcroft PROPN nsubj 8 I-PERSON",
                   ", PUNCT punct 1", "the DET det 6", "shadow NOUN compound 6",
                   "health NOUN compound 6", "secretary NOUN appos 1", ", PUNCT punct 1",
                   "said VERB ROOT 8", ". PUNCT punct 8",
                   "The DET det 12", "prime ADJ amod 12", "minister NOUN poss 15",
                   "'s PART case 12 tag=POS", "official ADJ amod 15", "spokesman NOUN nsubj 16",
                   "said VERB ROOT 16", ". PUNCT punct 16")
    [_, res], _speakers = resolve(doc, draft(doc, 1, (0, 2)), draft(doc, 15, (10, 16)))
    assert res.speaker is None or res.speaker.name != "Daniel Ashcroft"


def test_a_two_word_name_tagged_a_place_in_apposition_to_a_role_is_a_person() -> None:
    doc = make_doc("The DET det 1", "mayor NOUN nsubj 8", "of ADP prep 1",
                   "Venissieux PROPN pobj 2 B-GPE", ", PUNCT punct 1",
                   "Karim PROPN compound 6 B-GPE", "Benali PROPN appos 1 I-GPE",
                   ", PUNCT punct 1", "said VERB ROOT 8", ". PUNCT punct 8")
    res = only(doc, 1, (0, 4))
    assert res.strategy == "apposition"
    assert res.speaker is not None and res.speaker.name == "Karim Benali"
    assert res.speaker.kind == "person"


def test_a_body_right_after_a_noun_without_a_comma() -> None:
    doc = make_doc("Transport NOUN compound 1", "operator NOUN nsubj 3",
                   "TCL PROPN appos 1 B-ORG", "said VERB ROOT 3", ". PUNCT punct 3")
    res = only(doc, 1, (0, 3))
    assert res.strategy == "apposition"
    assert res.speaker is not None and res.speaker.name == "TCL"


def test_an_age_whose_the_the_parser_hung_on_the_verb() -> None:
    # 'Tomas Alvarado said he was happy. "...," the 24-year-old said.'
    doc = make_doc("Tomas PROPN compound 1 B-PERSON", "Alvarado PROPN nsubj 2 I-PERSON",
                   "said VERB ROOT 2", ". PUNCT punct 2",
                   "the DET det 6", "24-year-old ADJ amod 6", "said VERB ROOT 6",
                   ". PUNCT punct 6")
    [_, res], _speakers = resolve(doc, draft(doc, 1, (0, 2)), draft(doc, 5, (5, 6)))
    assert res.strategy == "epithet"
    assert res.speaker is not None and res.speaker.name == "Tomas Alvarado"


def test_she_after_an_unnamed_person_is_that_person() -> None:
    # 'Laurent Ferrand said ... His mother told AFP ... "...," she said.'
    doc = make_doc("Laurent PROPN compound 1 B-PERSON", "Ferrand PROPN nsubj 2 I-PERSON",
                   "said VERB ROOT 2", ". PUNCT punct 2",
                   "His PRON poss 5 tag=PRP$", "mother NOUN nsubj 6", "told VERB ROOT 6",
                   "AFP PROPN dobj 6 B-ORG", ". PUNCT punct 6",
                   "She PRON nsubj 10", "said VERB ROOT 10", ". PUNCT punct 10")
    [_, mother, she], _speakers = resolve(doc, draft(doc, 1, (0, 2)), draft(doc, 5, (4, 6)),
                                          draft(doc, 9))
    assert mother.speaker is not None and mother.speaker.name == "His mother"
    assert she.speaker is not None and she.speaker.name == "His mother"
