"""Statement rules found on British and wire copy (tests/integration/test_world_news_uk.py),
on hand-built parses: a time phrase after the verb, an as-clause on a relative clause, a
passive participle on a noun, and the particle verb "go on"."""

from __future__ import annotations

from statement_docs import context, make_doc

from quotekit.pipeline.cues import find_cues
from quotekit.pipeline.statements import find_statements


def _contents(text: str, rows: list) -> list[str]:  # type: ignore[type-arg]
    return [text[d.start:d.end] for d in find_statements(context(text, rows))]


def test_a_time_phrase_after_the_verb_is_no_content() -> None:
    text = "The unrest began on Thursday after a crash."
    rows = [
        ("The", 1, "det", "DET", "DT", "the", "O"),
        ("unrest", 2, "nsubj", "NOUN", "NN", "unrest", "O"),
        ("began", 2, "ROOT", "VERB", "VBD", "begin", "O"),
        ("on", 2, "prep", "ADP", "IN", "on", "O"),
        ("Thursday", 3, "pobj", "PROPN", "NNP", "Thursday", "B-DATE"),
        ("after", 2, "prep", "ADP", "IN", "after", "O"),
        ("a", 7, "det", "DET", "DT", "a", "O"),
        ("crash", 5, "pobj", "NOUN", "NN", "crash", "O"),
        (".", 2, "punct", "PUNCT", ".", ".", "O"),
    ]
    assert _contents(text, rows) == []


def test_the_preposition_after_a_time_phrase_is_read() -> None:
    text = "Carson responded on Sunday to accusations of lying."
    rows = [
        ("Carson", 1, "nsubj", "PROPN", "NNP", "Carson", "B-PERSON"),
        ("responded", 1, "ROOT", "VERB", "VBD", "respond", "O"),
        ("on", 1, "prep", "ADP", "IN", "on", "O"),
        ("Sunday", 2, "pobj", "PROPN", "NNP", "Sunday", "B-DATE"),
        ("to", 1, "prep", "ADP", "IN", "to", "O"),
        ("accusations", 4, "pobj", "NOUN", "NNS", "accusation", "O"),
        ("of", 5, "prep", "ADP", "IN", "of", "O"),
        ("lying", 6, "pcomp", "VERB", "VBG", "lie", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ]
    found = find_statements(context(text, rows), policy=None)
    assert [text[d.start:d.end] for d in found] == ["accusations of lying"]


def test_an_as_clause_on_a_relative_clause_reports_nothing() -> None:
    text = "A resident who gave her name as Nadia told AFP."
    rows = [
        ("A", 1, "det", "DET", "DT", "a", "O"),
        ("resident", 1, "ROOT", "NOUN", "NN", "resident", "O"),
        ("who", 3, "nsubj", "PRON", "WP", "who", "O"),
        ("gave", 1, "relcl", "VERB", "VBD", "give", "O"),
        ("her", 5, "poss", "PRON", "PRP$", "her", "O"),
        ("name", 3, "dobj", "NOUN", "NN", "name", "O"),
        ("as", 8, "mark", "SCONJ", "IN", "as", "O"),
        ("Nadia", 8, "nsubj", "PROPN", "NNP", "Nadia", "B-PERSON"),
        ("told", 3, "advcl", "VERB", "VBD", "tell", "O"),
        ("AFP", 8, "dobj", "PROPN", "NNP", "AFP", "B-ORG"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ]
    assert not any("gave her name" in c for c in _contents(text, rows))


def test_a_passive_participle_on_a_noun_has_no_object_to_report() -> None:
    text = "In a statement read outside court, the family said they were relieved."
    rows = [
        ("In", 9, "prep", "ADP", "IN", "in", "O"),
        ("a", 2, "det", "DET", "DT", "a", "O"),
        ("statement", 0, "pobj", "NOUN", "NN", "statement", "O"),
        ("read", 2, "acl", "VERB", "VBN", "read", "O"),
        ("outside", 5, "amod", "ADJ", "JJ", "outside", "O"),
        ("court", 3, "dobj", "NOUN", "NN", "court", "O"),
        (",", 9, "punct", "PUNCT", ",", ",", "O"),
        ("the", 8, "det", "DET", "DT", "the", "O"),
        ("family", 9, "nsubj", "NOUN", "NN", "family", "O"),
        ("said", 9, "ROOT", "VERB", "VBD", "say", "O"),
        ("they", 11, "nsubj", "PRON", "PRP", "they", "O"),
        ("were", 9, "ccomp", "AUX", "VBD", "be", "O"),
        ("relieved", 11, "acomp", "ADJ", "JJ", "relieved", "O"),
        (".", 9, "punct", "PUNCT", ".", ".", "O"),
    ]
    found = find_statements(context(text, rows), policy=None)
    assert [text[d.start:d.end] for d in found] == ["they were relieved"]


GO_ON_TEXT = "\u201cIt is a blow,\u201d he went on."
GO_ON = [
    ("\u201c", 8, "punct", "PUNCT", "``", "\u201c", "O"),
    ("It", 2, "nsubj", "PRON", "PRP", "it", "O"),
    ("is", 8, "ccomp", "AUX", "VBZ", "be", "O"),
    ("a", 4, "det", "DET", "DT", "a", "O"),
    ("blow", 2, "attr", "NOUN", "NN", "blow", "O"),
    (",", 8, "punct", "PUNCT", ",", ",", "O"),
    ("\u201d", 8, "punct", "PUNCT", "''", "\u201d", "O"),
    ("he", 8, "nsubj", "PRON", "PRP", "he", "O"),
    ("went", 8, "ROOT", "VERB", "VBD", "go", "O"),
    ("on", 8, "prt", "ADP", "RP", "on", "O"),
    (".", 8, "punct", "PUNCT", ".", ".", "O"),
]


def test_went_on_is_a_cue_with_its_particle() -> None:
    [d] = find_statements(context(GO_ON_TEXT, GO_ON))
    assert d.kind == "direct" and d.cue is not None
    assert GO_ON_TEXT[d.cue[0]:d.cue[1]] == "went on"


def test_went_alone_or_went_on_to_is_no_cue() -> None:
    doc = make_doc("He went home.", [
        ("He", 1, "nsubj", "PRON", "PRP", "he", "O"),
        ("went", 1, "ROOT", "VERB", "VBD", "go", "O"),
        ("home", 1, "advmod", "ADV", "RB", "home", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ])
    assert list(find_cues(doc, [False] * len(doc))) == []
    text = "He went on to win the race."
    rows = [
        ("He", 1, "nsubj", "PRON", "PRP", "he", "O"),
        ("went", 1, "ROOT", "VERB", "VBD", "go", "O"),
        ("on", 1, "prt", "ADP", "RP", "on", "O"),
        ("to", 4, "aux", "PART", "TO", "to", "O"),
        ("win", 1, "xcomp", "VERB", "VB", "win", "O"),
        ("the", 6, "det", "DET", "DT", "the", "O"),
        ("race", 4, "dobj", "NOUN", "NN", "race", "O"),
        (".", 1, "punct", "PUNCT", ".", ".", "O"),
    ]
    assert _contents(text, rows) == []
