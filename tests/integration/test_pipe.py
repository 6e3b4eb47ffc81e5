"""Parser.pipe: the worker-pool path gives what the one-process path gives."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.tokens import Doc

import quotekit
from quotekit import _parallel
from quotekit import parser as parser_module
from quotekit._chunks import BATCH_TOKENS, PIECE
from quotekit.model import skipped_components

SEEDS = [p.read_text(encoding="utf-8")
         for p in sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))]
SHORT = ["“It is over,” the minister said.", "", "Nothing was said.", "   "]


@pytest.fixture(scope="module")
def parser(quotekit_parser: quotekit.Parser) -> quotekit.Parser:
    """The suite's shared parser."""
    return quotekit_parser


def test_n_process_2_equals_one_process(parser: quotekit.Parser) -> None:
    texts = SEEDS + SHORT + SEEDS
    one = list(parser.pipe(texts, batch_size=2))
    two = list(parser.pipe(iter(texts), batch_size=2, n_process=2))
    assert two == one == [parser.parse(t) for t in texts]
    assert [a.text for a in two] == texts
    assert sum(len(a) for a in two) > 0


def test_a_long_first_article_keeps_order(parser: quotekit.Parser) -> None:
    # the head batch runs longest: later batches finish first and must wait their turn
    long = "\n\n".join(SEEDS * 6)
    texts = [long, *SHORT, *SEEDS, *SHORT]
    two = list(parser.pipe(texts, batch_size=1, n_process=2))
    assert [a.text for a in two] == texts
    assert two == list(parser.pipe(texts, batch_size=1))


def test_pool_pipe_reads_an_endless_stream_lazily(parser: quotekit.Parser) -> None:
    pulled = 0

    def endless() -> Iterator[str]:
        nonlocal pulled
        while True:
            pulled += 1
            yield SHORT[pulled % len(SHORT)]

    gen = parser.pipe(endless(), batch_size=2, n_process=2)
    got = [next(gen) for _ in range(10)]
    gen.close()
    assert [a.text for a in got] == [SHORT[i % len(SHORT)] for i in range(1, 11)]
    # batches held back for order, plus those being worked on, and no more
    assert pulled <= 10 + 2 * (_parallel.BUFFERED * 2 + 1)
    assert gc.get_freeze_count() == 0  # the pre-fork freeze is undone in the main process


def test_pool_pipe_can_stop_early_and_rejects_bytes(parser: quotekit.Parser) -> None:
    gen = parser.pipe((SEEDS[0] for _ in range(100)), batch_size=1, n_process=2)
    assert next(gen) == parser.parse(SEEDS[0])
    gen.close()  # the pool is shut down, not left running
    with pytest.raises(TypeError):
        list(parser.pipe([b"bytes"], n_process=2))
    with pytest.raises(ValueError):
        parser.pipe(SEEDS, n_process=0)


def test_quotekit_component_is_not_run_twice(parser: quotekit.Parser) -> None:
    nlp = parser.nlp
    assert skipped_components(nlp) == []
    nlp.add_pipe("quotekit", name="qk_test")
    try:
        assert skipped_components(nlp) == ["qk_test"]
        doc = parser._doc(SEEDS[0])
        assert doc._.article is None  # the component was skipped
        assert parser.parse(SEEDS[0]) == quotekit.annotate(nlp(SEEDS[0]))
    finally:
        nlp.remove_pipe("qk_test")


def test_a_long_text_is_parsed_in_bounded_pieces_with_its_speakers(quotekit_parser,
                                                                   monkeypatch) -> None:
    """Issue 15 item 15: a 1.1 MB article took 3.7 GB, spaCy parsing it at once. spaCy now
    gets pieces of at most PIECE characters and batches of at most BATCH_TOKENS tokens; the
    stages read the joined Doc, so a speaker named in the first piece is known in the last."""
    seen: list[list[Doc]] = []
    real = parser_module.run_components

    def spy(nlp, items, **kwargs):  # type: ignore[no-untyped-def]
        items = list(items)
        seen.append([d[0] if isinstance(d, tuple) else d for d in items])
        return real(nlp, items, **kwargs)

    monkeypatch.setattr(parser_module, "run_components", spy)
    filler = "The river rose again in the spring and the town watched it closely.\n\n"
    text = ("“We will build the new bridge,” Senator Anna Reed said on Monday.\n\n"
            + filler * (2 * PIECE // len(filler))
            + "“It will open next year,” Reed said.\n")
    for article in (quotekit_parser.parse(text), *quotekit_parser.pipe([text, text])):
        assert [s.speaker_name for s in article.statements] == ["Anna Reed", "Anna Reed"]
        last = article.statements[-1]
        assert text[last.start:last.end] == last.content == "It will open next year"
    assert sum(len(b) for b in seen) == 9  # three pieces a text
    assert all(len(d.text) <= PIECE for batch in seen for d in batch)
    assert all(len(b) == 1 or sum(len(d) for d in b) <= BATCH_TOKENS for b in seen)
