"""Pronoun strategies (quotekit.pipeline.speakers._pronouns) on hand-built parses."""

from __future__ import annotations

from speaker_docs import draft, make_doc, only, resolve


def test_she_goes_to_the_nearest_person_subject() -> None:
    doc = make_doc("Donald PROPN compound 1 B-PERSON", "Marsh PROPN nsubj 2 I-PERSON",
                   "praised VERB ROOT 2", "the DET det 4", "plan NOUN dobj 2", ". PUNCT punct 2",
                   "Susan PROPN compound 7 B-PERSON", "Hale PROPN nsubj 8 I-PERSON",
                   "agreed VERB ROOT 8", ". PUNCT punct 8",
                   "She PRON nsubj 11", "said VERB ROOT 11", "so ADV advmod 11",
                   ". PUNCT punct 11")
    res = only(doc, 10)
    assert res.speaker is not None and res.speaker.name == "Susan Hale"
    assert res.strategy == "pronoun:subject" and res.factor == 0.85


def test_she_goes_to_the_latest_woman_named() -> None:
    # Susan Hale is no subject, and the subject (a man) does not agree
    doc = make_doc("Donald PROPN compound 1 B-PERSON", "Marsh PROPN nsubj 2 I-PERSON",
                   "praised VERB ROOT 2", "Susan PROPN compound 4 B-PERSON",
                   "Hale PROPN dobj 2 I-PERSON", ". PUNCT punct 2",
                   "She PRON nsubj 7", "said VERB ROOT 7", "so ADV advmod 7",
                   ". PUNCT punct 7")
    res = only(doc, 6)
    assert res.speaker is not None and res.speaker.name == "Susan Hale"
    assert res.strategy == "pronoun:recent-person" and res.factor == 0.8


def test_he_goes_to_the_new_subject_not_the_last_speaker() -> None:
    # "Paul Grant said yes. Tom Reed disagreed. He added more.": Tom Reed
    doc = make_doc("Paul PROPN compound 1 B-PERSON", "Grant PROPN nsubj 2 I-PERSON",
                   "said VERB ROOT 2", "yes INTJ dobj 2 tag=UH", ". PUNCT punct 2",
                   "Tom PROPN compound 6 B-PERSON", "Reed PROPN nsubj 7 I-PERSON",
                   "disagreed VERB ROOT 7", ". PUNCT punct 7",
                   "He PRON nsubj 10", "added VERB ROOT 10", "more ADJ dobj 10",
                   ". PUNCT punct 10")
    resolutions, _speakers = resolve(doc, draft(doc, 1, (0, 2)), draft(doc, 9))
    assert resolutions[1].speaker is not None and resolutions[1].speaker.name == "Tom Reed"
    assert resolutions[1].strategy == "pronoun:subject"


def test_a_pronoun_subject_carries_the_chain_back() -> None:
    # "Tom Reed left. He smiled. He waved. He added more.": the chain reaches Tom Reed
    doc = make_doc("Tom PROPN compound 1 B-PERSON", "Reed PROPN nsubj 2 I-PERSON",
                   "left VERB ROOT 2", ". PUNCT punct 2",
                   "He PRON nsubj 5", "smiled VERB ROOT 5", ". PUNCT punct 5",
                   "He PRON nsubj 8", "waved VERB ROOT 8", ". PUNCT punct 8",
                   "He PRON nsubj 11", "added VERB ROOT 11", "more ADJ dobj 11",
                   ". PUNCT punct 11")
    res = only(doc, 10)
    assert res.speaker is not None and res.speaker.name == "Tom Reed"
    assert res.strategy == "pronoun:subject"


def test_he_goes_to_the_last_speaker() -> None:
    doc = make_doc("Paul PROPN compound 1 B-PERSON", "Grant PROPN nsubj 2 I-PERSON",
                   "said VERB ROOT 2", "yes INTJ dobj 2 tag=UH", ". PUNCT punct 2",
                   "He PRON nsubj 6", "added VERB ROOT 6", "more ADJ dobj 6",
                   ". PUNCT punct 6")
    resolutions, speakers = resolve(doc, draft(doc, 1, (0, 2)), draft(doc, 5))
    assert resolutions[1].speaker is resolutions[0].speaker
    assert resolutions[1].strategy == "pronoun:last-speaker" and resolutions[1].factor == 0.9
    assert len(speakers) == 1


def test_they_goes_to_a_conjunction_of_people() -> None:
    doc = make_doc("Obama PROPN nsubj 3 B-PERSON", "and CCONJ cc 0",
                   "Clinton PROPN conj 0 B-PERSON", "met VERB ROOT 3", ". PUNCT punct 3",
                   "They PRON nsubj 6", "said VERB ROOT 6", "so ADV advmod 6",
                   ". PUNCT punct 6")
    res = only(doc, 5)
    assert res.speaker is not None and res.speaker.kind == "group"
    assert res.speaker.members == ("Obama", "Clinton")
    assert res.strategy == "pronoun:plural-subject"


def test_i_is_no_speaker() -> None:
    doc = make_doc("Paul PROPN compound 1 B-PERSON", "Grant PROPN nsubj 2 I-PERSON",
                   "left VERB ROOT 2", ". PUNCT punct 2",
                   "I PRON nsubj 5", "said VERB ROOT 5", "so ADV advmod 5", ". PUNCT punct 5")
    res = only(doc, 4)
    assert res.strategy == "pronoun:unresolved" and res.factor == 0.5
    assert res.speaker is None  # "I" is no name: no speaker, the mention keeps the pronoun


def test_you_tagged_as_a_name_is_no_speaker_either() -> None:
    doc = make_doc("You PROPN nsubj 1", "said VERB ROOT 1", "so ADV advmod 1", ". PUNCT punct 1")
    res = only(doc, 0)
    assert res.speaker is None and res.strategy == "pronoun:unresolved"


def test_a_name_the_recognizer_missed_is_a_subject_too() -> None:
    # "Paul Grant praised Tom Reed. Grant spoke. Reed answered. He added more.": the
    # recognizer missed the second "Reed", which still names Tom Reed
    doc = make_doc("Paul PROPN compound 1 B-PERSON", "Grant PROPN nsubj 2 I-PERSON",
                   "praised VERB ROOT 2", "Tom PROPN compound 4 B-PERSON",
                   "Reed PROPN dobj 2 I-PERSON", ". PUNCT punct 2",
                   "Grant PROPN nsubj 7 B-PERSON", "spoke VERB ROOT 7", ". PUNCT punct 7",
                   "Reed PROPN nsubj 10", "answered VERB ROOT 10", ". PUNCT punct 10",
                   "He PRON nsubj 13", "added VERB ROOT 13", "more ADJ dobj 13",
                   ". PUNCT punct 13")
    resolutions, _speakers = resolve(doc, draft(doc, 6), draft(doc, 12))
    assert resolutions[0].speaker is not None and resolutions[0].speaker.name == "Paul Grant"
    assert resolutions[1].speaker is not None and resolutions[1].speaker.name == "Tom Reed"
    assert resolutions[1].strategy == "pronoun:subject"


def _shrugs_doc(verb_row: str) -> object:
    # "Mary Holt said yes. Moravec shrugs at praise. She said so.": the parser made
    # "Moravec" a compound of "shrugs" (read as a verb, or as a plural noun heading the
    # sentence); "She" is still Moravec, not the last speaker
    return make_doc("Mary PROPN compound 1 B-PERSON", "Holt PROPN nsubj 2 I-PERSON",
                    "said VERB ROOT 2", "yes INTJ dobj 2 tag=UH", ". PUNCT punct 2",
                    "Moravec PROPN compound 6 B-PERSON", verb_row, "at ADP prep 6",
                    "praise NOUN pobj 7", ". PUNCT punct 6",
                    "She PRON nsubj 11", "said VERB ROOT 11", "so ADV advmod 11",
                    ". PUNCT punct 11")


def test_she_goes_to_a_name_the_parser_made_a_compound_of_its_verb() -> None:
    for verb_row in ("shrugs VERB ROOT 6 tag=VBZ", "shrugs NOUN ROOT 6 tag=NNS"):
        doc = _shrugs_doc(verb_row)
        resolutions, _speakers = resolve(doc, draft(doc, 1, (0, 2)), draft(doc, 10))  # type: ignore[arg-type]
        assert resolutions[1].speaker is not None
        assert resolutions[1].speaker.name == "Moravec"
        assert resolutions[1].strategy == "pronoun:subject"


def test_a_compound_before_a_singular_noun_is_no_subject() -> None:
    # "Moravec farm" heading a fragment is a noun phrase: "She" stays the last speaker
    doc = _shrugs_doc("farm NOUN ROOT 6 tag=NN")
    resolutions, _speakers = resolve(doc, draft(doc, 1, (0, 2)), draft(doc, 10))  # type: ignore[arg-type]
    assert resolutions[1].speaker is not None and resolutions[1].speaker.name == "Mary Holt"
