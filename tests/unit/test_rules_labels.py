"""Transcript labels and headline colons (statements/labels.py) on hand-built parses."""

from __future__ import annotations

from statement_docs import context, state

from quotekit.pipeline.statements import find_statements, labels
from quotekit.types import Evidence

LABEL_TEXT = "WALLACE: Let's start with the budget."
LABEL = [
    ('WALLACE', 0, 'ROOT', 'PROPN', 'NNP', 'WALLACE', 'B-PERSON'),
    (':', 0, 'punct', 'PUNCT', ':', ':', 'O'),
    ('Let', 2, 'ROOT', 'VERB', 'VB', 'let', 'O'),
    ("'s", 4, 'nsubj', 'PRON', 'PRP', 'us', 'O'),
    ('start', 2, 'ccomp', 'VERB', 'VB', 'start', 'O'),
    ('with', 4, 'prep', 'ADP', 'IN', 'with', 'O'),
    ('the', 7, 'det', 'DET', 'DT', 'the', 'O'),
    ('budget', 5, 'pobj', 'NOUN', 'NN', 'budget', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]

HEADLINE_TEXT = 'US envoy for N. Korea: Starting is half the job'
HEADLINE = [
    ('US', 1, 'compound', 'PROPN', 'NNP', 'US', 'B-GPE'),
    ('envoy', 1, 'ROOT', 'NOUN', 'NN', 'envoy', 'O'),
    ('for', 1, 'prep', 'ADP', 'IN', 'for', 'O'),
    ('N.', 4, 'compound', 'PROPN', 'NNP', 'N.', 'B-GPE'),
    ('Korea', 2, 'pobj', 'PROPN', 'NNP', 'Korea', 'I-GPE'),
    (':', 1, 'punct', 'PUNCT', ':', ':', 'O'),
    ('Starting', 7, 'nsubj', 'VERB', 'VBG', 'start', 'O'),
    ('is', 7, 'ROOT', 'AUX', 'VBZ', 'be', 'O'),
    ('half', 10, 'predet', 'DET', 'PDT', 'half', 'B-CARDINAL'),
    ('the', 10, 'det', 'DET', 'DT', 'the', 'O'),
    ('job', 7, 'attr', 'NOUN', 'NN', 'job', 'O'),
]

BREAKING_TEXT = 'EXCLUSIVE: Storm hits the coast'
BREAKING = [
    ('EXCLUSIVE', 0, 'ROOT', 'NOUN', 'NN', 'exclusive', 'O'),
    (':', 0, 'punct', 'PUNCT', ':', ':', 'O'),
    ('Storm', 3, 'nsubj', 'NOUN', 'NN', 'storm', 'O'),
    ('hits', 3, 'ROOT', 'VERB', 'VBZ', 'hit', 'O'),
    ('the', 5, 'det', 'DET', 'DT', 'the', 'O'),
    ('coast', 3, 'dobj', 'NOUN', 'NN', 'coast', 'O'),
]

CAPTION_TEXT = 'Photo: Reuters said the talks failed.'
CAPTION = [
    ('Photo', 0, 'ROOT', 'NOUN', 'NN', 'photo', 'O'),
    (':', 0, 'punct', 'PUNCT', ':', ':', 'O'),
    ('Reuters', 3, 'nsubj', 'PROPN', 'NNP', 'Reuters', 'B-ORG'),
    ('said', 3, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('the', 5, 'det', 'DET', 'DT', 'the', 'O'),
    ('talks', 6, 'nsubj', 'NOUN', 'NNS', 'talk', 'O'),
    ('failed', 3, 'ccomp', 'VERB', 'VBD', 'fail', 'O'),
    ('.', 3, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_transcript_label() -> None:
    ctx = context(LABEL_TEXT, LABEL)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "Let's start with the budget."
    assert d.kind == "direct" and d.evidence == Evidence(rule="direct:transcript-label")
    assert d.cue == (7, 8, ":") and d.confidence == 0.85
    assert d.source is not None and d.source.text == "WALLACE" and d.mention == (0, 1)


def test_headline_colon() -> None:
    ctx = context(HEADLINE_TEXT, HEADLINE)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "Starting is half the job"
    assert d.evidence == Evidence(rule="indirect:headline-colon") and d.confidence == 0.45
    assert d.cue == (21, 22, ":") and d.mention == (0, 5)
    assert d.source is not None and d.source.text == "envoy"


def test_not_a_label_word_is_read_as_a_headline() -> None:
    assert "EXCLUSIVE" in labels.NOT_LABELS
    st = state(BREAKING_TEXT, BREAKING)
    [d] = labels.labels(st)
    assert str(d.evidence) == "indirect:headline-colon"  # never direct:transcript-label


def test_label_overlapping_an_earlier_statement_is_dropped() -> None:
    st = state(LABEL_TEXT, LABEL)
    [d] = labels.labels(st)
    st.drafts.append(d)
    assert labels.labels(st) == []


def test_caption_yields_nothing() -> None:
    st = state(CAPTION_TEXT, CAPTION)
    assert st.skip == [True]
    assert find_statements(st.ctx, policy=None) == []


LIVE_TEXT = 'Storm Isolde live: thousands without power'
LIVE = [
    ('Storm', 2, 'compound', 'PROPN', 'NNP', 'Storm', 'O'),
    ('Isolde', 2, 'compound', 'PROPN', 'NNP', 'Isolde', 'B-PERSON'),
    ('live', 2, 'ROOT', 'NOUN', 'NN', 'live', 'O'),
    (':', 2, 'punct', 'PUNCT', ':', ':', 'O'),
    ('thousands', 2, 'appos', 'NOUN', 'NNS', 'thousand', 'O'),
    ('without', 4, 'prep', 'ADP', 'IN', 'without', 'O'),
    ('power', 5, 'pobj', 'NOUN', 'NN', 'power', 'O'),
]


def test_a_live_pages_topic_before_the_colon_is_no_speaker() -> None:
    # furniture_labels.tsv, group page: "... live:", "... live updates:"
    assert find_statements(context(LIVE_TEXT, LIVE), policy=None) == []
    text = LIVE_TEXT.replace("live", "envy")  # any other word: a headline's speaker
    envy = [row if row[0] != "live" else ("envy", *row[1:]) for row in LIVE]
    assert len(find_statements(context(text, envy), policy=None)) == 1


CLAUSE_HEADLINE_TEXT = "Senators grill DA over prices: 'Where is the rice?'"
CLAUSE_HEADLINE = [
    ('Senators', 1, 'nsubj', 'NOUN', 'NNS', 'senator', 'O'),
    ('grill', 1, 'ROOT', 'VERB', 'VBP', 'grill', 'O'),
    ('DA', 1, 'dobj', 'PROPN', 'NNP', 'DA', 'B-ORG'),
    ('over', 1, 'prep', 'ADP', 'IN', 'over', 'O'),
    ('prices', 3, 'pobj', 'NOUN', 'NNS', 'price', 'O'),
    (':', 1, 'punct', 'PUNCT', ':', ':', 'O'),
    ("'", 8, 'punct', 'PUNCT', '``', "'", 'O'),
    ('Where', 8, 'advmod', 'ADV', 'WRB', 'where', 'O'),
    ('is', 1, 'parataxis', 'AUX', 'VBZ', 'be', 'O'),
    ('the', 10, 'det', 'DET', 'DT', 'the', 'O'),
    ('rice', 8, 'nsubj', 'NOUN', 'NN', 'rice', 'O'),
    ('?', 8, 'punct', 'PUNCT', '.', '?', 'O'),
    ("'", 8, 'punct', 'PUNCT', "''", "'", 'O'),
]


def test_headline_clause_before_the_colon_names_its_subject() -> None:
    """"Senators grill DA over prices: '...'": the speaker's mention is the subject, not the
    whole clause before the colon."""
    st = state(CLAUSE_HEADLINE_TEXT, CLAUSE_HEADLINE)
    [d] = labels.labels(st)
    assert d.kind == "direct" and d.mention == (0, 1)
    assert d.source is not None and d.source.text == "Senators"
