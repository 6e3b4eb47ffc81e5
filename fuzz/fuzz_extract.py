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

import sys

import atheris

with atheris.instrument_imports(include=["quotekit"]):
    # quotekit imports its modules lazily: import every stage here, so all are instrumented
    import quotekit
    import quotekit.model
    import quotekit.parser
    import quotekit.pipeline.cues
    import quotekit.pipeline.quotes
    import quotekit.pipeline.speakers
    import quotekit.pipeline.statements
    from quotekit.testing import assert_sound
    from quotekit.types import Article

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


def check(text: str, article: Article) -> None:
    """Assert every output invariant of ``article`` parsed from ``text``."""
    assert_sound(article, text)


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
