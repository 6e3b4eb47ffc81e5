"""Property tests: quotekit never crashes and its output is always consistent with its input.

Hypothesis generates hostile texts that mix every quote mark quotekit knows, apostrophes,
newlines, control characters, right-to-left text, emoji, any Unicode character and very long
tokens, and checks for each: no exception; every offset slices the input exactly (statement
content, cue, mention, speaker mentions, quotations); statements and quotations come in text
order, each quotation overlapping the statement it names; every Statement and
the whole Article survive ``to_dict``/``from_dict`` and a JSON round trip; the same input gives
the same output (also through ``pipe``, with ``n_process`` 1 and 2, and in pieces when the
text is longer than spaCy's ``max_length``).

How many examples: the Hypothesis profile is chosen by the ``HYPOTHESIS_PROFILE``
environment variable:

* ``ci`` (the default): a few hundred examples over the whole module, for CI;
* ``long``: thousands per test, for a soak run::

      HYPOTHESIS_PROFILE=long python -m pytest -q tests/robustness/test_properties.py
"""

from __future__ import annotations

import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotekit import Article, Parser
from quotekit.pipeline.quotes import QUOTE_MARKS, find_quotations
from quotekit.testing import assert_sound

settings.register_profile(
    "ci", max_examples=100, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long", max_examples=3000, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
#: The active profile's settings; each test uses them, so other modules are unaffected.
PROFILE = settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# ---------------------------------------------------------------------------------------
# Strategies
# ---------------------------------------------------------------------------------------

MARKS = [*sorted(QUOTE_MARKS), "''", "``", "« ", " »", "«\u00a0", "\u202f»", "‹ ", " ›"]
WORDS = [
    "said", "says", "told", "according to", "added", "He", "She", "they", "the ministry",
    "Stephen Biegun", "Lee Do-hoon", "Mr.", "spokesman", "President", "we", "will", "not",
    "North Korea", "the", "a", "don't", "’90s", "rock ’n’ roll", "Jones’", "o’clock",
    "that", ":", ",", ".", "—", "-", "(", ")", "?", "!", "...", ";",
]
SPECIAL = [
    "\n", "\n\n", "\r\n", "\r", "\t", "\x00", "\x07", "\x1b", "\x0b", "\x0c", "\x85",
    "\u2028", "\u2029", "\u200b", "\u200e", "\u200f", "\u202a", "\u202b", "\u202e", "\u2066",
    "\u2069", "\ufeff", "\u00a0", "\u3000", "\ufffd", "\U0001f600", "\U0001f1f0\U0001f1f7",
    "\U0001f469\u200d\U0001f4bb", "e\u0301", "\ud800", "\udfff",
    "مرحبا بالعالم", "שלום", "قال الوزير «نعم»", "你好「世界」", "Привет", "<p>", "</b>",
    "&quot;", "&#8220;", "@user", "#tag", "https://t.co/xyz", "RT @a:",
]

fragments = st.one_of(
    st.sampled_from(MARKS),
    st.sampled_from(WORDS),
    st.sampled_from(SPECIAL),
    st.just(" "),
    st.text(max_size=12),  # any Unicode, surrogates and control characters included
    st.text(alphabet=st.sampled_from([*QUOTE_MARKS, " ", "\n"]), max_size=30),
)
long_tokens = st.builds(
    lambda unit, n: unit * n,
    st.sampled_from(["a", "ab“", '"', "“”", "x'", "«»", "\U0001f600", "-", "."]),
    st.integers(min_value=50, max_value=700),
)
texts = st.one_of(
    st.lists(fragments, max_size=60).map(" ".join),
    st.lists(fragments, max_size=60).map("".join),
    st.lists(st.one_of(fragments, long_tokens), max_size=8).map("".join),
)

# A realistic-looking paragraph with a quote, to make sure statements do come out.
sentences = st.builds(
    lambda o, q, c, who, cue: f"{o}{q}{c} {who} {cue}.",
    st.sampled_from(["“", '"', "«", "‘", "'", "„", "''", "", "« ", "«\u00a0", "``", "‹ "]),
    st.sampled_from(["We have some hard work to do,", "It is not over", "No comment.",
                     "They will pay", "We don't know"]),
    st.sampled_from(["”", '"', "»", "’", "'", "“", "''", "", " »", "\u00a0»", " ›"]),
    st.sampled_from(["Stephen Biegun", "he", "the ministry", "Lee", "a spokesman"]),
    st.sampled_from(["said", "told reporters", "added", "says"]),
)
news = st.lists(st.one_of(sentences, fragments), min_size=1, max_size=12).map(
    lambda parts: " ".join(parts)
)

# ---------------------------------------------------------------------------------------
# The invariants
# ---------------------------------------------------------------------------------------


def check_article(text: str, article: Article) -> None:
    """Every output invariant of ``article``, parsed from ``text``."""
    assert isinstance(article, Article)
    assert article.error is None
    assert_sound(article, text)


def _dicts(article: Article) -> dict:
    return article.to_dict()


@pytest.fixture(scope="module")
def parser(quotekit_parser: Parser) -> Parser:
    """The suite's shared parser (see tests/conftest.py)."""
    return quotekit_parser


# ---------------------------------------------------------------------------------------
# Tests
# ---------------------------------------------------------------------------------------


@settings(PROFILE)
@given(text=texts)
def test_hostile_text_never_crashes_and_offsets_slice(parser: Parser, text: str) -> None:
    check_article(text, parser.parse(text))


@settings(PROFILE)
@given(text=news)
def test_newslike_text_invariants_and_determinism(parser: Parser, text: str) -> None:
    first = parser.parse(text)
    check_article(text, first)
    assert _dicts(parser.parse(text)) == _dicts(first)


@settings(PROFILE)
@given(text=st.one_of(news, texts))
def test_every_quotation_is_listed(parser: Parser, text: str) -> None:
    """``Article.quotations`` holds every quotation the scanner finds, as its quoted words
    trimmed of spaces, whether a statement holds it or not."""
    article = parser.parse(text)
    check_article(text, article)
    scanned = find_quotations(re.sub("[\ud800-\udfff]", "\ufffd", text))
    assert len(article.quotations) == len(scanned)
    for q, found in zip(article.quotations, scanned, strict=True):
        assert found.content_start <= q.start < q.end <= found.content_end
        assert q.text == found.text_of(text).strip()
        assert q.paragraph == found.paragraph


@settings(PROFILE, max_examples=max(10, PROFILE.max_examples // 4))
@given(batch=st.lists(st.one_of(news, texts), min_size=1, max_size=5))
def test_pipe_equals_parse(parser: Parser, batch: list[str]) -> None:
    piped = list(parser.pipe(batch, batch_size=2))
    assert [a.text for a in piped] == batch
    for text, article in zip(batch, piped, strict=True):
        check_article(text, article)
        assert _dicts(article) == _dicts(parser.parse(text))


@settings(PROFILE, max_examples=max(10, PROFILE.max_examples // 4))
@given(text=st.lists(st.one_of(news, texts, st.just("\n\n")), min_size=2, max_size=10)
       .map("\n".join), limit=st.integers(min_value=20, max_value=300))
def test_chunked_parse_keeps_text_and_offsets(parser: Parser, text: str, limit: int) -> None:
    """Past ``nlp.max_length`` the text is parsed in pieces: nothing lost at the joins."""
    saved = parser.nlp.max_length
    parser.nlp.max_length = limit
    try:
        doc = parser._doc(text)
        assert doc.text == re.sub("[\ud800-\udfff]", "\ufffd", text)  # lone surrogates
        assert sum(len(t.text_with_ws) for t in doc) == len(text)
        article = parser.parse(text)
        check_article(text, article)
        piped = next(iter(parser.pipe([text])))
        assert _dicts(piped) == _dicts(article)
    finally:
        parser.nlp.max_length = saved


def test_same_output_across_n_process(parser: Parser, seed_texts: dict[str, str]) -> None:
    """``pipe`` with 2 worker processes gives what one process gives (a handful of texts:
    starting processes is slow)."""
    batch = [
        *list(seed_texts.values())[:2],
        '"""“”«»\'\'’ said he: «non» \u202e"x"\u202c \U0001f600',
        "",
        "“Unclosed quote, said Lee.\n\nKim said: “we won’t”.",
        "x" * 3000,
    ]
    one = [_dicts(a) for a in parser.pipe(batch, batch_size=2, n_process=1)]
    two = [_dicts(a) for a in parser.pipe(batch, batch_size=2, n_process=2)]
    assert one == two
    assert one == [_dicts(parser.parse(t)) for t in batch]
