"""Where the statement stage finds a source, on hand-built parses: a poll for the share of its
respondents, the one shouted to, a nickname inside a name, a full stop inside a quotation."""

from __future__ import annotations

from statement_docs import context

from quotekit.pipeline.statements import find_statements

POLL_TEXT = "In a new Harbor poll, 62 percent of nurses said they would strike."
POLL = [
    ('In', 10, 'prep', 'ADP', 'IN', 'in', 'O'),
    ('a', 4, 'det', 'DET', 'DT', 'a', 'O'),
    ('new', 4, 'amod', 'ADJ', 'JJ', 'new', 'O'),
    ('Harbor', 4, 'compound', 'PROPN', 'NNP', 'Harbor', 'B-ORG'),
    ('poll', 0, 'pobj', 'NOUN', 'NN', 'poll', 'O'),
    (',', 10, 'punct', 'PUNCT', ',', ',', 'O'),
    ('62', 7, 'nummod', 'NUM', 'CD', '62', 'B-PERCENT'),
    ('percent', 10, 'nsubj', 'NOUN', 'NN', 'percent', 'I-PERCENT'),
    ('of', 7, 'prep', 'ADP', 'IN', 'of', 'O'),
    ('nurses', 8, 'pobj', 'NOUN', 'NNS', 'nurse', 'O'),
    ('said', 10, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('they', 13, 'nsubj', 'PRON', 'PRP', 'they', 'O'),
    ('would', 13, 'aux', 'AUX', 'MD', 'would', 'O'),
    ('strike', 10, 'ccomp', 'VERB', 'VB', 'strike', 'O'),
    ('.', 10, 'punct', 'PUNCT', '.', '.', 'O'),
]

# "Six in 10 say ..., after half said so in the earlier poll": the poll is the other share's
OTHER_TEXT = "Most nurses say they would strike, after half said so in the earlier poll."
OTHER = [
    ('Most', 1, 'amod', 'ADJ', 'JJS', 'most', 'O'),
    ('nurses', 2, 'nsubj', 'NOUN', 'NNS', 'nurse', 'O'),
    ('say', 2, 'ROOT', 'VERB', 'VBP', 'say', 'O'),
    ('they', 5, 'nsubj', 'PRON', 'PRP', 'they', 'O'),
    ('would', 5, 'aux', 'AUX', 'MD', 'would', 'O'),
    ('strike', 2, 'ccomp', 'VERB', 'VB', 'strike', 'O'),
    (',', 2, 'punct', 'PUNCT', ',', ',', 'O'),
    ('after', 9, 'mark', 'SCONJ', 'IN', 'after', 'O'),
    ('half', 9, 'nsubj', 'NOUN', 'NN', 'half', 'O'),
    ('said', 2, 'advcl', 'VERB', 'VBD', 'say', 'O'),
    ('so', 9, 'advmod', 'ADV', 'RB', 'so', 'O'),
    ('in', 9, 'prep', 'ADP', 'IN', 'in', 'O'),
    ('the', 14, 'det', 'DET', 'DT', 'the', 'O'),
    ('earlier', 14, 'amod', 'ADJ', 'JJR', 'earlier', 'O'),
    ('poll', 11, 'pobj', 'NOUN', 'NN', 'poll', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_share_of_those_polled_is_the_polls_statement() -> None:
    ctx = context(POLL_TEXT, POLL)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "they would strike"
    assert d.source is not None and d.source.text == "poll"
    assert d.mention is not None
    assert ctx.doc[d.mention[0]:d.mention[1]].text == "a new Harbor poll"


def test_a_poll_another_share_answered_stays_its_own() -> None:
    ctx = context(OTHER_TEXT, OTHER)
    sources = {d.source.text for d in find_statements(ctx, policy=None) if d.source is not None}
    assert "nurses" in sources
    assert "poll" not in sources


SHOUTED_TEXT = "Lee shouted to the crowd."
SHOUTED = [
    ('Lee', 1, 'nsubj', 'PROPN', 'NNP', 'Lee', 'B-PERSON'),
    ('shouted', 1, 'ROOT', 'VERB', 'VBD', 'shout', 'O'),
    ('to', 1, 'prep', 'ADP', 'IN', 'to', 'O'),
    ('the', 4, 'det', 'DET', 'DT', 'the', 'O'),
    ('crowd', 2, 'pobj', 'NOUN', 'NN', 'crowd', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]

NICKNAMED_TEXT = '"We won!" Marcia "Cia" Price said.'
NICKNAMED = [
    ('"', 2, 'punct', 'PUNCT', '``', '"', 'O'),
    ('We', 2, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('won', 2, 'ROOT', 'VERB', 'VBD', 'win', 'O'),
    ('!', 2, 'punct', 'PUNCT', '.', '!', 'O'),
    ('"', 2, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Marcia', 9, 'compound', 'PROPN', 'NNP', 'Marcia', 'B-PERSON'),
    ('"', 7, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Cia', 9, 'compound', 'PROPN', 'NNP', 'Cia', 'O'),
    ('"', 7, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Price', 10, 'nsubj', 'PROPN', 'NNP', 'Price', 'B-PERSON'),
    ('said', 10, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('.', 10, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_the_one_shouted_to_is_no_content() -> None:
    ctx = context(SHOUTED_TEXT, SHOUTED)
    assert find_statements(ctx, policy={}) == []


def test_a_nickname_between_quote_and_cue_is_no_quotation() -> None:
    ctx = context(NICKNAMED_TEXT, NICKNAMED)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "We won!"
    assert d.source is not None and d.source.text == "Price"


BOASTED_TEXT = 'Lee boasted, "We won." Ruiz laughed.'
BOASTED = [
    ('Lee', 1, 'nsubj', 'PROPN', 'NNP', 'Lee', 'B-PERSON'),
    ('boasted', 1, 'ROOT', 'VERB', 'VBD', 'boast', 'O'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('"', 5, 'punct', 'PUNCT', '``', '"', 'O'),
    ('We', 5, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('won', 5, 'ROOT', 'VERB', 'VBD', 'win', 'O'),
    ('.', 5, 'punct', 'PUNCT', '.', '.', 'O'),
    ('"', 5, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Ruiz', 9, 'nsubj', 'PROPN', 'NNP', 'Ruiz', 'B-PERSON'),
    ('laughed', 9, 'ROOT', 'VERB', 'VBD', 'laugh', 'O'),
    ('.', 9, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_full_stop_in_the_quotation_ends_its_sentence() -> None:
    ctx = context(BOASTED_TEXT, BOASTED)
    [d] = [d for d in find_statements(ctx, policy=None) if d.kind == "direct"]
    assert ctx.text[d.start:d.end] == "We won."
    assert d.source is not None and d.source.text == "Lee"


SPEECH_TEXT = "Taxes would rise, according to a speech Ms. Ruiz gave."
SPEECH = [
    ('Taxes', 2, 'nsubj', 'NOUN', 'NNS', 'tax', 'O'),
    ('would', 2, 'aux', 'AUX', 'MD', 'would', 'O'),
    ('rise', 2, 'ROOT', 'VERB', 'VB', 'rise', 'O'),
    (',', 2, 'punct', 'PUNCT', ',', ',', 'O'),
    ('according', 2, 'prep', 'VERB', 'VBG', 'accord', 'O'),
    ('to', 4, 'prep', 'ADP', 'IN', 'to', 'O'),
    ('a', 7, 'det', 'DET', 'DT', 'a', 'O'),
    ('speech', 5, 'pobj', 'NOUN', 'NN', 'speech', 'O'),
    ('Ms.', 9, 'compound', 'PROPN', 'NNP', 'Ms.', 'O'),
    ('Ruiz', 10, 'nsubj', 'PROPN', 'NNP', 'Ruiz', 'B-PERSON'),
    ('gave', 7, 'relcl', 'VERB', 'VBD', 'give', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_speech_someone_gave_is_theirs() -> None:
    ctx = context(SPEECH_TEXT, SPEECH)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "Taxes would rise"
    assert d.source is not None and d.source.text == "Ruiz"
    assert d.mention == (8, 10)


LIKE_TEXT = "Experts like Ana Ruiz say it works."
LIKE = [
    ('Experts', 4, 'nsubj', 'NOUN', 'NNS', 'expert', 'O'),
    ('like', 0, 'prep', 'ADP', 'IN', 'like', 'O'),
    ('Ana', 3, 'compound', 'PROPN', 'NNP', 'Ana', 'B-PERSON'),
    ('Ruiz', 1, 'pobj', 'PROPN', 'NNP', 'Ruiz', 'I-PERSON'),
    ('say', 4, 'ROOT', 'VERB', 'VBP', 'say', 'O'),
    ('it', 6, 'nsubj', 'PRON', 'PRP', 'it', 'O'),
    ('works', 4, 'ccomp', 'VERB', 'VBZ', 'work', 'O'),
    ('.', 4, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_the_named_example_of_a_source_is_the_source() -> None:
    ctx = context(LIKE_TEXT, LIKE)
    [d] = find_statements(ctx, policy=None)
    assert d.source is not None and d.source.text == "Ruiz" and d.mention == (2, 4)
