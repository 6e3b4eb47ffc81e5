"""Rules added for Canadian news (tests/integration/test_world_news_canada.py), on hand-built
parses and texts: no trained model. A news release's clause the parser made relative, a
hearer's clause hung on the hearer's relative clause, a byline with a time stamp, police and
legislature titles, a name the recognizer missed before its tagged surname, "the
spokesperson" after "a spokesperson for X", a body noun before a title."""

from __future__ import annotations

import spacy
from speaker_docs import draft, make_doc, only, resolve
from statement_docs import context

from quotekit.model import add_title_abbreviations
from quotekit.pipeline.statements import find_statements
from quotekit.pipeline.statements._furniture import _pattern_furniture

RELEASE_TEXT = "The RCMP said in a news release that the man was arrested."
RELEASE = [
    ("The", 1, "det", "DET", "DT", "the", "O"),
    ("RCMP", 2, "nsubj", "PROPN", "NNP", "RCMP", "B-ORG"),
    ("said", 2, "ROOT", "VERB", "VBD", "say", "O"),
    ("in", 2, "prep", "ADP", "IN", "in", "O"),
    ("a", 6, "det", "DET", "DT", "a", "O"),
    ("news", 6, "compound", "NOUN", "NN", "news", "O"),
    ("release", 3, "pobj", "NOUN", "NN", "release", "O"),
    ("that", 11, "dobj", "PRON", "WDT", "that", "O"),
    ("the", 9, "det", "DET", "DT", "the", "O"),
    ("man", 11, "nsubjpass", "NOUN", "NN", "man", "O"),
    ("was", 11, "auxpass", "AUX", "VBD", "be", "O"),
    ("arrested", 6, "relcl", "VERB", "VBN", "arrest", "O"),
    (".", 2, "punct", "PUNCT", ".", ".", "O"),
]


def test_a_news_release_clause_the_parser_made_relative_is_the_verbs() -> None:
    # "that" has no object's place in a passive: the clause is what was said
    ctx = context(RELEASE_TEXT, RELEASE)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end].startswith("that the man was arrested")


ISSUED_TEXT = "The RCMP said in a release that police issued."
ISSUED = [
    ("The", 1, "det", "DET", "DT", "the", "O"),
    ("RCMP", 2, "nsubj", "PROPN", "NNP", "RCMP", "B-ORG"),
    ("said", 2, "ROOT", "VERB", "VBD", "say", "O"),
    ("in", 2, "prep", "ADP", "IN", "in", "O"),
    ("a", 5, "det", "DET", "DT", "a", "O"),
    ("release", 3, "pobj", "NOUN", "NN", "release", "O"),
    ("that", 8, "dobj", "PRON", "WDT", "that", "O"),
    ("police", 8, "nsubj", "NOUN", "NNS", "police", "O"),
    ("issued", 5, "relcl", "VERB", "VBD", "issue", "O"),
    (".", 2, "punct", "PUNCT", ".", ".", "O"),
]


def test_a_true_relative_clause_on_the_release_is_not_the_verbs_clause() -> None:
    ctx = context(ISSUED_TEXT, ISSUED)
    assert not any(ctx.text[d.start:d.end].startswith("that police issued")
                   for d in find_statements(ctx, policy=None))


WARN_TEXT = "AHS is warning anyone who was there that they may have been exposed."
WARN = [
    ("AHS", 2, "nsubj", "PROPN", "NNP", "AHS", "B-ORG"),
    ("is", 2, "aux", "AUX", "VBZ", "be", "O"),
    ("warning", 2, "ROOT", "VERB", "VBG", "warn", "O"),
    ("anyone", 2, "dobj", "PRON", "NN", "anyone", "O"),
    ("who", 5, "nsubj", "PRON", "WP", "who", "O"),
    ("was", 3, "relcl", "AUX", "VBD", "be", "O"),
    ("there", 5, "advmod", "ADV", "RB", "there", "O"),
    ("that", 12, "mark", "SCONJ", "IN", "that", "O"),
    ("they", 12, "nsubjpass", "PRON", "PRP", "they", "O"),
    ("may", 12, "aux", "AUX", "MD", "may", "O"),
    ("have", 12, "aux", "AUX", "VB", "have", "O"),
    ("been", 12, "auxpass", "AUX", "VBN", "be", "O"),
    ("exposed", 5, "ccomp", "VERB", "VBN", "expose", "O"),
    (".", 2, "punct", "PUNCT", ".", ".", "O"),
]


def test_a_hearers_clause_hung_on_its_relative_clause_is_the_verbs() -> None:
    ctx = context(WARN_TEXT, WARN)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end].startswith("that they may have been exposed")
    assert d.cue is not None and d.cue[2] == "warn"


def test_a_byline_with_a_time_stamp_is_furniture() -> None:
    assert _pattern_furniture(
        "Jane Roe · CBC News · Posted: Mar 04, 2026 5:00 AM CST | Last Updated: March 4")
    assert _pattern_furniture("Updated: March 4, 2026")
    assert not _pattern_furniture("The story was posted: nobody read it, she said.")


def test_a_slashed_police_rank_stays_one_token() -> None:
    nlp = add_title_abbreviations(spacy.blank("en"))
    words = [t.text for t in nlp.tokenizer("S/Sgt. Kevin Bouchard and Const. Ann Poirier")]
    assert "S/Sgt." in words and "Const." in words


def test_canadian_titles_before_a_name() -> None:
    for title in ("Const.", "Cst.", "Coun.", "Reeve", "MPP", "MNA", "MHA"):
        doc = make_doc(f"{title} PROPN compound 2", "Ann PROPN compound 2 B-PERSON",
                       "Roy PROPN nsubj 3 I-PERSON", "said VERB ROOT 3", ". PUNCT punct 3")
        res = only(doc, 2, (0, 3))
        assert res.speaker is not None and res.speaker.name == "Ann Roy", title
        assert res.speaker.titles == (title,), title


def test_a_body_noun_before_a_title_is_the_affiliation() -> None:
    doc = make_doc("Toronto PROPN compound 1 B-GPE", "police NOUN compound 4",
                   "Const. PROPN compound 4", "Ann PROPN compound 4 B-PERSON",
                   "Roy PROPN nsubj 5 I-PERSON", "said VERB ROOT 5", ". PUNCT punct 5")
    res = only(doc, 4, (0, 5))
    assert res.speaker is not None and res.speaker.titles == ("Const.",)
    assert res.speaker.affiliation == "Toronto police"


def test_a_name_the_recognizer_missed_before_its_tagged_surname_is_the_full_name() -> None:
    # "Liberal MPP Stéphane Gauthier said ... Gauthier said": only the second is tagged
    doc = make_doc("Liberal PROPN compound 3", "MPP PROPN compound 3",
                   "Stéphane PROPN compound 3", "Gauthier PROPN nsubj 4", "said VERB ROOT 4",
                   "so ADV advmod 4", ". PUNCT punct 4",
                   "Gauthier PROPN nsubj 8 B-PERSON", "said VERB ROOT 8", ". PUNCT punct 8")
    resolutions, speakers = resolve(doc, draft(doc, 3, (0, 4)), draft(doc, 7))
    assert [r.speaker.name if r.speaker else None for r in resolutions] == \
        ["Stéphane Gauthier", "Stéphane Gauthier"]
    assert "Liberal MPP" in speakers[0].titles


def test_the_spokesperson_after_a_spokesperson_for_a_body_is_that_speaker() -> None:
    # "Ana Roy, a spokesperson for the alliance, ... A spokesperson for Acme said ... the
    # spokesperson wrote": not Ana Roy, named earlier with that title
    doc = make_doc("Ana PROPN compound 1 B-PERSON", "Roy PROPN nsubj 7 I-PERSON",
                   ", PUNCT punct 1", "a DET det 4", "spokesperson NOUN appos 1",
                   "for ADP prep 4", "Unite PROPN pobj 5 B-ORG", "spoke VERB ROOT 7",
                   ". PUNCT punct 7",
                   "A DET det 10", "spokesperson NOUN nsubj 13", "for ADP prep 10",
                   "Acme PROPN pobj 11 B-ORG", "said VERB ROOT 13", "no DET det 15",
                   "more ADJ dobj 13", ". PUNCT punct 13",
                   "The DET det 18", "spokesperson NOUN nsubj 19", "wrote VERB ROOT 19",
                   ". PUNCT punct 19")
    resolutions, _speakers = resolve(doc, draft(doc, 1, (0, 2)), draft(doc, 12, (9, 13)),
                                     draft(doc, 18, (17, 19)))
    first, second, third = (r.speaker for r in resolutions)
    assert first is not None and first.name == "Ana Roy"
    assert second is not None and third is not None and third.name == second.name != "Ana Roy"


def test_a_portfolio_noun_before_a_role_is_part_of_the_title() -> None:
    # "Progressive Conservative housing critic Lauren Stefanyk"
    doc = make_doc("Progressive PROPN compound 1 B-NORP", "Conservative PROPN compound 3 I-NORP",
                   "housing NOUN compound 3", "critic NOUN compound 5",
                   "Lauren PROPN compound 5 B-PERSON", "Stefanyk PROPN nsubj 6 I-PERSON",
                   "said VERB ROOT 6", ". PUNCT punct 6")
    res = only(doc, 5, (0, 6))
    assert res.speaker is not None and res.speaker.titles == ("housing critic",)
    # not the cut end of a longer modifier: "real estate mogul" stays "mogul"
    doc = make_doc("real ADJ amod 1", "estate NOUN compound 2", "mogul NOUN compound 4",
                   "Ann PROPN compound 4 B-PERSON", "Roy PROPN nsubj 5 I-PERSON",
                   "said VERB ROOT 5", ". PUNCT punct 5")
    res = only(doc, 4, (0, 5))
    assert res.speaker is not None and res.speaker.titles == ("mogul",)


FRENCH_TEXT = "Marc Bouchard spoke. Bouchard, speaking in French, said talks failed."
FRENCH = [
    ("Marc", 1, "compound", "PROPN", "NNP", "Marc", "B-PERSON"),
    ("Bouchard", 2, "nsubj", "PROPN", "NNP", "Bouchard", "I-PERSON"),
    ("spoke", 2, "ROOT", "VERB", "VBD", "speak", "O"),
    (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ("Bouchard", 10, "advmod", "ADV", "RB", "bouchard", "O"),  # the tagger's mistake
    (",", 10, "punct", "PUNCT", ",", ",", "O"),
    ("speaking", 10, "advcl", "VERB", "VBG", "speak", "O"),
    ("in", 6, "prep", "ADP", "IN", "in", "O"),
    ("French", 7, "pobj", "PROPN", "NNP", "French", "B-NORP"),
    (",", 10, "punct", "PUNCT", ",", ",", "O"),
    ("said", 10, "ROOT", "VERB", "VBD", "say", "O"),
    ("talks", 12, "nsubj", "NOUN", "NNS", "talk", "O"),
    ("failed", 10, "ccomp", "VERB", "VBD", "fail", "O"),
    (".", 10, "punct", "PUNCT", ".", ".", "O"),
]


def test_the_speaker_before_a_participles_phrase_not_the_phrase() -> None:
    # "Bouchard, speaking in French, said": not "French"; "Bouchard" a proper noun elsewhere
    ctx = context(FRENCH_TEXT, FRENCH)
    [d] = [d for d in find_statements(ctx, policy=None)
           if ctx.text[d.start:d.end].startswith("talks failed")]
    assert d.source is not None and d.source.i == 4


def test_a_body_named_for_a_country_is_no_person() -> None:
    # "Statistics Canada said ...": tagged ORG, the subject of a reporting verb, no article
    doc = make_doc("Statistics PROPN compound 1 B-ORG", "Canada PROPN nsubj 2 I-ORG",
                   "said VERB ROOT 2", "so ADV advmod 2", ". PUNCT punct 2")
    res = only(doc, 1, (0, 2))
    assert res.speaker is not None and res.speaker.name == "Statistics Canada"
    assert res.speaker.kind == "organization"


def test_capitalised_words_before_a_country_tagged_alone_name_a_body() -> None:
    # "Environment Canada says ...": only "Canada" tagged (a place)
    doc = make_doc("Environment PROPN compound 1", "Canada PROPN nsubj 2 B-GPE",
                   "says VERB ROOT 2 tag=VBZ", "so ADV advmod 2", ". PUNCT punct 2")
    res = only(doc, 1, (0, 2))
    assert res.speaker is not None and res.speaker.name == "Environment Canada"
    assert res.speaker.kind == "organization"
