"""Continuations and unattributed quotations (statements/continuation.py), hand-built parses."""

from __future__ import annotations

import time

import spacy
from spacy.tokens import Doc
from statement_docs import context

from quotekit.pipeline.context import Context
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements import find_statements
from quotekit.types import Evidence

SAME_PARA_TEXT = '“We will win,” Reed said. “The voters are with us.”'
SAME_PARA = [
    ('“', 7, 'punct', 'PUNCT', '``', '"', 'O'),
    ('We', 3, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('will', 3, 'aux', 'AUX', 'MD', 'will', 'O'),
    ('win', 7, 'ccomp', 'VERB', 'VB', 'win', 'O'),
    (',', 7, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 7, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Reed', 7, 'nsubj', 'PROPN', 'NNP', 'Reed', 'B-PERSON'),
    ('said', 7, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('.', 7, 'punct', 'PUNCT', '.', '.', 'O'),
    ('“', 12, 'punct', 'PUNCT', '``', '"', 'O'),
    ('The', 11, 'det', 'DET', 'DT', 'the', 'O'),
    ('voters', 12, 'nsubj', 'NOUN', 'NNS', 'voter', 'O'),
    ('are', 12, 'ROOT', 'AUX', 'VBP', 'be', 'O'),
    ('with', 12, 'prep', 'ADP', 'IN', 'with', 'O'),
    ('us', 13, 'pobj', 'PRON', 'PRP', 'we', 'O'),
    ('.', 12, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 12, 'punct', 'PUNCT', "''", '"', 'O'),
]

NEXT_PARA_TEXT = '“We will win,” Reed said.\n\n“The voters are with us and we know it very well.”'
NEXT_PARA = [
    ('“', 7, 'punct', 'PUNCT', '``', '"', 'O'),
    ('We', 3, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('will', 3, 'aux', 'AUX', 'MD', 'will', 'O'),
    ('win', 7, 'ccomp', 'VERB', 'VB', 'win', 'O'),
    (',', 7, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 7, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Reed', 7, 'nsubj', 'PROPN', 'NNP', 'Reed', 'B-PERSON'),
    ('said', 7, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('.', 7, 'punct', 'PUNCT', '.', '.', 'O'),
    ('\n\n', 8, 'dep', 'SPACE', '_SP', '\n\n', 'O'),
    ('“', 13, 'punct', 'PUNCT', '``', '"', 'O'),
    ('The', 12, 'det', 'DET', 'DT', 'the', 'O'),
    ('voters', 13, 'nsubj', 'NOUN', 'NNS', 'voter', 'O'),
    ('are', 13, 'ROOT', 'AUX', 'VBP', 'be', 'O'),
    ('with', 13, 'prep', 'ADP', 'IN', 'with', 'O'),
    ('us', 14, 'pobj', 'PRON', 'PRP', 'we', 'O'),
    ('and', 13, 'cc', 'CCONJ', 'CC', 'and', 'O'),
    ('we', 18, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('know', 13, 'conj', 'VERB', 'VBP', 'know', 'O'),
    ('it', 18, 'dobj', 'PRON', 'PRP', 'it', 'O'),
    ('very', 21, 'advmod', 'ADV', 'RB', 'very', 'O'),
    ('well', 18, 'advmod', 'ADV', 'RB', 'well', 'O'),
    ('.', 18, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 18, 'punct', 'PUNCT', "''", '"', 'O'),
]

COLON_INTRO_TEXT = 'Caddell continued:\n\n“The party has lost its way completely, and it knows it.”'
COLON_INTRO = [
    ('Caddell', 1, 'nsubj', 'PROPN', 'NNP', 'Caddell', 'B-ORG'),
    ('continued', 1, 'ROOT', 'VERB', 'VBD', 'continue', 'O'),
    (':', 1, 'punct', 'PUNCT', ':', ':', 'O'),
    ('\n\n', 2, 'dep', 'SPACE', '_SP', '\n\n', 'O'),
    ('“', 1, 'punct', 'PUNCT', '``', '"', 'O'),
    ('The', 6, 'det', 'DET', 'DT', 'the', 'O'),
    ('party', 8, 'nsubj', 'NOUN', 'NN', 'party', 'O'),
    ('has', 8, 'aux', 'AUX', 'VBZ', 'have', 'O'),
    ('lost', 1, 'ccomp', 'VERB', 'VBN', 'lose', 'O'),
    ('its', 10, 'poss', 'PRON', 'PRP$', 'its', 'O'),
    ('way', 8, 'dobj', 'NOUN', 'NN', 'way', 'O'),
    ('completely', 8, 'advmod', 'ADV', 'RB', 'completely', 'O'),
    (',', 8, 'punct', 'PUNCT', ',', ',', 'O'),
    ('and', 8, 'cc', 'CCONJ', 'CC', 'and', 'O'),
    ('it', 15, 'nsubj', 'PRON', 'PRP', 'it', 'O'),
    ('knows', 8, 'conj', 'VERB', 'VBZ', 'know', 'O'),
    ('it', 15, 'dobj', 'PRON', 'PRP', 'it', 'O'),
    ('.', 15, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 15, 'punct', 'PUNCT', "''", '"', 'O'),
]

ALONE_TEXT = '“The city has been waiting for this bridge for many years.”'
ALONE = [
    ('“', 5, 'punct', 'PUNCT', '``', '"', 'O'),
    ('The', 2, 'det', 'DET', 'DT', 'the', 'O'),
    ('city', 5, 'nsubj', 'NOUN', 'NN', 'city', 'O'),
    ('has', 5, 'aux', 'AUX', 'VBZ', 'have', 'O'),
    ('been', 5, 'aux', 'AUX', 'VBN', 'be', 'O'),
    ('waiting', 5, 'ROOT', 'VERB', 'VBG', 'wait', 'O'),
    ('for', 5, 'prep', 'ADP', 'IN', 'for', 'O'),
    ('this', 8, 'det', 'DET', 'DT', 'this', 'O'),
    ('bridge', 6, 'pobj', 'NOUN', 'NN', 'bridge', 'O'),
    ('for', 5, 'prep', 'ADP', 'IN', 'for', 'O'),
    ('many', 11, 'amod', 'ADJ', 'JJ', 'many', 'B-DATE'),
    ('years', 9, 'pobj', 'NOUN', 'NNS', 'year', 'I-DATE'),
    ('.', 5, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 5, 'punct', 'PUNCT', "''", '"', 'O'),
]

PREVIOUS_TEXT = ('Reed said the talks failed.\n\n'
                 '“We tried very hard to make a deal happen, believe me.”')
PREVIOUS = [
    ('Reed', 1, 'nsubj', 'PROPN', 'NNP', 'Reed', 'O'),
    ('said', 1, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('the', 3, 'det', 'DET', 'DT', 'the', 'O'),
    ('talks', 4, 'nsubj', 'NOUN', 'NNS', 'talk', 'O'),
    ('failed', 1, 'ccomp', 'VERB', 'VBD', 'fail', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
    ('\n\n', 5, 'dep', 'SPACE', '_SP', '\n\n', 'O'),
    ('“', 9, 'punct', 'PUNCT', '``', '"', 'O'),
    ('We', 9, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('tried', 9, 'ROOT', 'VERB', 'VBD', 'try', 'O'),
    ('very', 11, 'advmod', 'ADV', 'RB', 'very', 'O'),
    ('hard', 9, 'advmod', 'ADV', 'RB', 'hard', 'O'),
    ('to', 13, 'aux', 'PART', 'TO', 'to', 'O'),
    ('make', 9, 'xcomp', 'VERB', 'VB', 'make', 'O'),
    ('a', 15, 'det', 'DET', 'DT', 'a', 'O'),
    ('deal', 16, 'nsubj', 'NOUN', 'NN', 'deal', 'O'),
    ('happen', 13, 'ccomp', 'VERB', 'VB', 'happen', 'O'),
    (',', 9, 'punct', 'PUNCT', ',', ',', 'O'),
    ('believe', 9, 'conj', 'VERB', 'VB', 'believe', 'O'),
    ('me', 18, 'dobj', 'PRON', 'PRP', 'I', 'O'),
    ('.', 9, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 9, 'punct', 'PUNCT', "''", '"', 'O'),
]

CONTINUED_TEXT = ('“We will win the race,” Reed said. “And we will do it fairly.\n\n'
                  '“Nobody can stop us now, not even the weather.”')
CONTINUED = [
    ('“', 9, 'punct', 'PUNCT', '``', '"', 'O'),
    ('We', 3, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('will', 3, 'aux', 'AUX', 'MD', 'will', 'O'),
    ('win', 9, 'ccomp', 'VERB', 'VB', 'win', 'O'),
    ('the', 5, 'det', 'DET', 'DT', 'the', 'O'),
    ('race', 3, 'dobj', 'NOUN', 'NN', 'race', 'O'),
    (',', 9, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 9, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Reed', 9, 'nsubj', 'PROPN', 'NNP', 'Reed', 'B-PERSON'),
    ('said', 9, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('.', 9, 'punct', 'PUNCT', '.', '.', 'O'),
    ('“', 15, 'punct', 'PUNCT', '``', '"', 'O'),
    ('And', 15, 'cc', 'CCONJ', 'CC', 'and', 'O'),
    ('we', 15, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('will', 15, 'aux', 'AUX', 'MD', 'will', 'O'),
    ('do', 15, 'ROOT', 'VERB', 'VB', 'do', 'O'),
    ('it', 15, 'dobj', 'PRON', 'PRP', 'it', 'O'),
    ('fairly', 15, 'advmod', 'ADV', 'RB', 'fairly', 'O'),
    ('.', 15, 'punct', 'PUNCT', '.', '.', 'O'),
    ('\n\n', 18, 'dep', 'SPACE', '_SP', '\n\n', 'O'),
    ('“', 23, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Nobody', 23, 'nsubj', 'PRON', 'NN', 'nobody', 'O'),
    ('can', 23, 'aux', 'AUX', 'MD', 'can', 'O'),
    ('stop', 23, 'ROOT', 'VERB', 'VB', 'stop', 'O'),
    ('us', 23, 'dobj', 'PRON', 'PRP', 'we', 'O'),
    ('now', 23, 'advmod', 'ADV', 'RB', 'now', 'O'),
    (',', 23, 'punct', 'PUNCT', ',', ',', 'O'),
    ('not', 30, 'neg', 'PART', 'RB', 'not', 'O'),
    ('even', 30, 'advmod', 'ADV', 'RB', 'even', 'O'),
    ('the', 30, 'det', 'DET', 'DT', 'the', 'O'),
    ('weather', 23, 'npadvmod', 'NOUN', 'NN', 'weather', 'O'),
    ('.', 23, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 23, 'punct', 'PUNCT', "''", '"', 'O'),
]

SCARE_TEXT = 'The so-called “reform” passed on Monday.'
SCARE = [
    ('The', 5, 'det', 'DET', 'DT', 'the', 'O'),
    ('so', 3, 'advmod', 'ADV', 'RB', 'so', 'O'),
    ('-', 3, 'punct', 'PUNCT', 'HYPH', '-', 'O'),
    ('called', 5, 'amod', 'VERB', 'VBN', 'call', 'O'),
    ('“', 5, 'punct', 'PUNCT', '``', '"', 'O'),
    ('reform', 7, 'nsubj', 'NOUN', 'NN', 'reform', 'O'),
    ('”', 5, 'punct', 'PUNCT', "''", '"', 'O'),
    ('passed', 7, 'ROOT', 'VERB', 'VBN', 'pass', 'O'),
    ('on', 7, 'prep', 'ADP', 'IN', 'on', 'O'),
    ('Monday', 8, 'pobj', 'PROPN', 'NNP', 'Monday', 'B-DATE'),
    ('.', 7, 'punct', 'PUNCT', '.', '.', 'O'),
]

#: The parser hangs "said" on the quoted clause as parataxis (no complement): the cue-driven
#: rule finds nothing and the quote-driven one attributes the second quotation.
BEFORE_ATTRIBUTED_TEXT = '“We waited for years to see this day.” “It is finally here,” Reed said.'
BEFORE_ATTRIBUTED = [
    ('“', 2, 'punct', 'PUNCT', '``', '"', 'O'),
    ('We', 2, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('waited', 2, 'ROOT', 'VERB', 'VBD', 'wait', 'O'),
    ('for', 2, 'prep', 'ADP', 'IN', 'for', 'O'),
    ('years', 3, 'pobj', 'NOUN', 'NNS', 'year', 'B-DATE'),
    ('to', 6, 'aux', 'PART', 'TO', 'to', 'O'),
    ('see', 2, 'advcl', 'VERB', 'VB', 'see', 'O'),
    ('this', 8, 'det', 'DET', 'DT', 'this', 'B-DATE'),
    ('day', 6, 'npadvmod', 'NOUN', 'NN', 'day', 'I-DATE'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 2, 'punct', 'PUNCT', "''", '"', 'O'),
    ('“', 13, 'punct', 'PUNCT', '``', '"', 'O'),
    ('It', 13, 'nsubj', 'PRON', 'PRP', 'it', 'O'),
    ('is', 13, 'ROOT', 'AUX', 'VBZ', 'be', 'O'),
    ('finally', 13, 'advmod', 'ADV', 'RB', 'finally', 'O'),
    ('here', 13, 'advmod', 'ADV', 'RB', 'here', 'O'),
    (',', 13, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 13, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Reed', 19, 'nsubj', 'PROPN', 'NNP', 'Reed', 'B-PERSON'),
    ('said', 13, 'parataxis', 'VERB', 'VBD', 'say', 'O'),
    ('.', 13, 'punct', 'PUNCT', '.', '.', 'O'),
]


def rules(drafts: list[Draft]) -> list[str]:
    return [d.evidence.rule for d in drafts]


def test_same_paragraph() -> None:
    ctx = context(SAME_PARA_TEXT, SAME_PARA)
    first, second = find_statements(ctx, policy=None)
    assert rules([first, second]) == ["direct:verb-before", "direct:same-paragraph"]
    assert ctx.text[second.start:second.end] == "The voters are with us."
    assert second.follows is first and second.confidence == 0.95
    # a continuation shares the cue and source of the quotation it continues
    assert second.cue == first.cue and second.source is first.source


def test_next_paragraph() -> None:
    ctx = context(NEXT_PARA_TEXT, NEXT_PARA)
    first, second = find_statements(ctx, policy=None)
    assert second.evidence == Evidence(rule="direct:next-paragraph")
    assert second.follows is first and second.confidence == 0.85 and second.paragraph == 1


def test_multi_paragraph_quotation() -> None:
    ctx = context(CONTINUED_TEXT, CONTINUED)
    drafts = find_statements(ctx, policy=None)
    assert rules(drafts) == ["direct:verb-before", "direct:same-paragraph",
                             "direct:continued-paragraph"]
    assert drafts[2].follows is drafts[1] and drafts[1].follows is drafts[0]
    assert drafts[2].source is not None and drafts[2].source.text == "Reed"


def test_colon_intro() -> None:
    ctx = context(COLON_INTRO_TEXT, COLON_INTRO)
    [d] = find_statements(ctx, policy=None)
    assert d.evidence == Evidence(rule="direct:colon-intro") and d.confidence == 0.9
    assert ctx.text[d.start:d.end].startswith("The party has lost its way")
    assert d.cue == (8, 17, "continue") and d.paragraph == 1
    assert d.source is not None and d.source.text == "Caddell"


def test_unattributed_speech() -> None:
    ctx = context(ALONE_TEXT, ALONE)
    [d] = find_statements(ctx, policy=None)
    assert d.evidence == Evidence(rule="direct:unattributed") and d.confidence == 0.75
    assert d.source is None and d.follows is None and d.cue is None


def test_previous_speaker() -> None:
    ctx = context(PREVIOUS_TEXT, PREVIOUS)
    first, second = find_statements(ctx, policy=None)
    assert second.evidence == Evidence(rule="direct:previous-speaker")
    assert second.follows is first and second.confidence == 0.8
    assert second.source is not None and second.source.text == "Reed"


def test_scare_quote_is_dropped() -> None:
    assert find_statements(context(SCARE_TEXT, SCARE), policy=None) == []


def test_before_attributed() -> None:
    ctx = context(BEFORE_ATTRIBUTED_TEXT, BEFORE_ATTRIBUTED)
    first, second = find_statements(ctx, policy=None)
    assert rules([first, second]) == ["direct:before-attributed", "direct:cue-after-quote"]
    assert first.follows is second and first.confidence == 0.8
    assert first.source is not None and first.source.text == "Reed"


def _unparsed(text: str) -> Context:
    """The Context of ``text`` tokenized only, as one sentence (no parse, no entities)."""
    tokens = spacy.blank("en")(text)
    doc = Doc(tokens.vocab, words=[t.text for t in tokens],
              spaces=[bool(t.whitespace_) for t in tokens],
              sent_starts=[k == 0 for k in range(len(tokens))])
    return Context(doc)


def test_many_scare_quotes_in_one_paragraph_take_linear_time() -> None:
    """Issue 15 item 16: 20,000 one-word quotations in one paragraph. Each looked back over
    every earlier one for the last attributed quotation (22 s here); the walk keeps the last
    one per paragraph instead. Checked by how the time grows (8 times the quotations: at
    most 24 times the time, where a quadratic walk takes 64), not by a bound in seconds
    that a busy machine breaks; the best of five runs of each, as one slow run on a loaded
    machine broke the best of three."""
    small, big = _unparsed('"a" ' * 2_500), _unparsed('"a" ' * 20_000)
    assert len(big.quotations) == 20_000

    def best(ctx: Context) -> float:
        times = []
        for _ in range(5):
            started = time.perf_counter()
            assert find_statements(ctx) == []
            times.append(time.perf_counter() - started)
        return min(times)

    assert best(big) < 24 * best(small) + 0.5


BETWEEN_TEXT = '“We will win,” Reed said on “Today.” “The voters are with us.”'
BETWEEN = [
    ('“', 7, 'punct', 'PUNCT', '``', '"', 'O'),
    ('We', 3, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('will', 3, 'aux', 'AUX', 'MD', 'will', 'O'),
    ('win', 7, 'ccomp', 'VERB', 'VB', 'win', 'O'),
    (',', 7, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 7, 'punct', 'PUNCT', "''", '"', 'O'),
    ('Reed', 7, 'nsubj', 'PROPN', 'NNP', 'Reed', 'B-PERSON'),
    ('said', 7, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('on', 7, 'prep', 'ADP', 'IN', 'on', 'O'),
    ('“', 10, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Today', 8, 'pobj', 'PROPN', 'NNP', 'Today', 'O'),
    ('.', 7, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 7, 'punct', 'PUNCT', "''", '"', 'O'),
    ('“', 16, 'punct', 'PUNCT', '``', '"', 'O'),
    ('The', 15, 'det', 'DET', 'DT', 'the', 'O'),
    ('voters', 16, 'nsubj', 'NOUN', 'NNS', 'voter', 'O'),
    ('are', 16, 'ROOT', 'AUX', 'VBP', 'be', 'O'),
    ('with', 16, 'prep', 'ADP', 'IN', 'with', 'O'),
    ('us', 17, 'pobj', 'PRON', 'PRP', 'we', 'O'),
    ('.', 16, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 16, 'punct', 'PUNCT', "''", '"', 'O'),
]


def test_a_title_between_is_skipped_for_the_previous_quotation() -> None:
    """The walk's constant-time look-back still skips a title or scare quote of the same
    paragraph: the speech after it continues the attributed quotation before it."""
    ctx = context(BETWEEN_TEXT, BETWEEN)
    first, second = find_statements(ctx, policy=None)
    assert ctx.text[second.start:second.end] == "The voters are with us."
    assert second.evidence == Evidence(rule="direct:same-paragraph")
    assert second.follows is first
