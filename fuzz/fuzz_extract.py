"""Coverage-guided fuzzing of :func:`quotekit.extract` with atheris (see ``fuzz/README.md``).

Every input is decoded to a ``str`` (UTF-8, invalid bytes as lone surrogates, or, after a
first byte 0xFF, atheris' own Unicode generator, which also yields control characters) and
parsed. Besides "no exception", every run checks the output invariants:
offsets slice the text exactly, statements come in text order, ``Statement`` and ``Article``
survive ``to_dict``/``from_dict`` and a JSON round trip. A violated invariant raises
``AssertionError``, which atheris reports as a crash and saves as ``crash-<sha1>``.

Run (bounded, 10 minutes, corpus seeded from ``seeds/``)::

    pip install -e ".[fuzz]"
    python fuzz/fuzz_extract.py -max_total_time=600 -max_len=8192 -timeout=30 \
        fuzz/corpus seeds

Replay one crash file: ``python fuzz/fuzz_extract.py crash-...``.
"""

from __future__ import annotations

import json
import sys

import atheris

with atheris.instrument_imports(include=["quotekit"]):
    # quotekit imports its modules lazily: import every stage here, so all are instrumented
    import quotekit
    import quotekit.cues
    import quotekit.model
    import quotekit.parser
    import quotekit.quotes
    import quotekit.speakers
    import quotekit.statements
    from quotekit.types import Article, Statement

__all__ = ["check", "decode", "main", "test_one_input"]


def decode(data: bytes) -> str:
    """Turn fuzzer bytes into a text, in one of two ways chosen by the first byte.

    Invalid UTF-8 becomes lone surrogates (``surrogateescape``), as when a crawler decodes
    broken pages that way; a first byte 0xFF hands the rest to atheris' Unicode generator.
    """
    if data[:1] == b"\xff":
        fdp = atheris.FuzzedDataProvider(data[1:])
        return fdp.ConsumeUnicode(len(data))
    return data.decode("utf-8", "surrogateescape")


def _slices(text: str, obj: object, what: str) -> None:
    if obj is None:
        return
    start, end, piece = obj.start, obj.end, obj.text  # type: ignore[attr-defined]
    assert 0 <= start <= end <= len(text), f"{what} offsets {start}:{end} out of range"
    assert text[start:end] == piece, f"{what} {piece!r} != text[{start}:{end}]"


def check(text: str, article: Article) -> None:
    """Assert every output invariant of ``article`` parsed from ``text``."""
    assert article.text == text, "Article.text differs from the input"
    previous = (-1, -1)
    for s in article.statements:
        assert 0 <= s.start <= s.end <= len(text), f"statement offsets {s.start}:{s.end}"
        assert text[s.start:s.end] == s.content, "statement content does not slice the text"
        assert (s.start, s.end) >= previous, "statements out of text order"
        previous = (s.start, s.end)
        _slices(text, s.cue, "cue")
        _slices(text, s.mention, "mention")
        if s.speaker is not None:
            for m in s.speaker.mentions:
                _slices(text, m, "speaker mention")
        assert Statement.from_dict(s.to_dict()) == s, "Statement dict round trip"
        assert Statement.from_dict(json.loads(json.dumps(s.to_dict()))) == s, "JSON round trip"
    for sp in article.speakers:
        for m in sp.mentions:
            _slices(text, m, "speaker mention")
    dumped = json.dumps(article.to_dict())
    assert Article.from_dict(json.loads(dumped)) == article, "Article JSON round trip"


_parser = None


def test_one_input(data: bytes) -> None:
    """The atheris entry point: parse one decoded input and check the invariants."""
    global _parser
    if _parser is None:
        _parser = quotekit.load()
    text = decode(data)
    check(text, _parser.parse(text))
    quotekit.extract(text) if len(text) < 64 else None  # the one-call API, cheaply


def main() -> None:
    """Set up atheris with ``sys.argv`` (libFuzzer flags, corpus directories) and fuzz."""
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
