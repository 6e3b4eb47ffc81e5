"""Helpers for testing code that uses quotekit: a shared parser and assertion helpers.

The assertion helpers say what they looked for and, when it is not there, list what quotekit
found instead::

    from quotekit.testing import assert_statement

    def test_minister_is_quoted(quotekit_parse):
        article = quotekit_parse('"Taxes stay," Finance Minister Maria Lopez said.')
        assert_statement(article, speaker="Maria Lopez", contains="Taxes stay", kind="direct")

How the criteria match:

* ``speaker`` matches a statement whose speaker has that name or alias, compared without regard
  to case, or whose name contains it as whole words (``"Lopez"`` matches ``"Maria Lopez"``).
* ``contains`` matches a statement whose content holds that text, compared without regard to
  case, runs of white space or the style of quote marks (curly or straight).
* ``kind`` is ``"direct"``, ``"indirect"`` or ``"mixed"``, or a tuple of them.

A criterion left as None is not checked. This module imports spaCy only when
:func:`shared_parser` loads a pipeline.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING

import regex

from quotekit.types import KINDS, Article, Quotation, Speaker, Statement

if TYPE_CHECKING:  # pragma: no cover
    from quotekit.parser import Parser

__all__ = [
    "assert_no_statement",
    "assert_sound",
    "assert_speaker",
    "assert_statement",
    "describe_statements",
    "find_matching",
    "shared_parser",
]

_QUOTES = str.maketrans({c: '"' for c in "“”„‟«»‹›「」『』"} | {c: "'" for c in "‘’‚‛"})
_SPACE = regex.compile(r"\s+")
_WORD = regex.compile(r"[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*")


def shared_parser(model: str | None = None) -> Parser:
    """Return a :class:`~quotekit.Parser` for ``model``, loaded once per process.

    Every call with the same ``model`` (a spaCy pipeline name, or None for the default one)
    returns the same parser, so a test suite (and the doctests of these docs) load the
    pipeline only once. This is :func:`quotekit.parser.shared`, the process's one parser
    cache (the command line and :func:`quotekit.extract` use it too).

    Raises:
        quotekit.ModelNotFoundError: when the pipeline is not installed.
    """
    # imported here, not at the top, so that importing this module (and pytest's loading of
    # the quotekit plugin) does not import spaCy
    from quotekit.parser import shared

    return shared(model)


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text.translate(_QUOTES)).strip().casefold()


def _statements(found: Article | Iterable[Statement]) -> list[Statement]:
    if isinstance(found, Article):
        return list(found.statements)
    return list(found)


def _kinds(kind: str | Iterable[str] | None) -> frozenset[str] | None:
    if kind is None:
        return None
    kinds = frozenset([kind] if isinstance(kind, str) else kind)
    unknown = sorted(kinds - set(KINDS))
    if unknown:
        raise ValueError(f"unknown statement kind(s) {unknown}; use one of {list(KINDS)}")
    return kinds


def _speaker_matches(speaker: Speaker | None, wanted: str) -> bool:
    if speaker is None:
        return False
    key = _norm(wanted)
    names = (speaker.name, *speaker.aliases)
    if any(_norm(n) == key for n in names):
        return True
    want_words = [w.casefold() for w in _WORD.findall(wanted)]
    if not want_words:
        return False
    words = [w.casefold() for w in _WORD.findall(speaker.name)]
    n = len(want_words)
    return any(words[i:i + n] == want_words for i in range(len(words) - n + 1))


def find_matching(
    found: Article | Iterable[Statement],
    *,
    speaker: str | None = None,
    contains: str | None = None,
    kind: str | Iterable[str] | None = None,
) -> list[Statement]:
    """Return the statements that meet every criterion given (see the module's docstring).

    Args:
        found: An :class:`~quotekit.Article` or any iterable of statements.
        speaker: A speaker's name, alias or part of the name, or None for any.
        contains: Text the content must hold, or None for any.
        kind: ``"direct"``, ``"indirect"``, ``"mixed"``, a tuple of them, or None for any.

    Raises:
        ValueError: when ``kind`` names an unknown kind.
    """
    kinds = _kinds(kind)
    needle = _norm(contains) if contains is not None else None
    out = []
    for s in _statements(found):
        if kinds is not None and s.kind not in kinds:
            continue
        if needle is not None and needle not in _norm(s.content):
            continue
        if speaker is not None and not _speaker_matches(s.speaker, speaker):
            continue
        out.append(s)
    return out


def _shorten(text: str, limit: int = 90) -> str:
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe_speaker(speaker: Speaker | None) -> str:
    if speaker is None:
        return "(no speaker)"
    extra: list[str] = [speaker.kind]
    if speaker.titles:
        extra.append(", ".join(speaker.titles))
    if speaker.affiliation:
        extra.append(speaker.affiliation)
    return f"{speaker.name} ({'; '.join(extra)})"


def describe_statements(found: Article | Iterable[Statement]) -> str:
    """Return a readable listing of statements, one a line: kind, speaker, content, cue.

    This is what the assertion helpers print when they fail.
    """
    statements = _statements(found)
    if not statements:
        return "  (no statements found)"
    lines = []
    for i, s in enumerate(statements):
        cue = f"cue {s.cue.text!r}, " if s.cue is not None else ""
        lines.append(
            f"  [{i}] {s.kind:<8} {_describe_speaker(s.speaker)}: {_shorten(s.content)!r} "
            f"({cue}confidence {s.confidence:g})"
        )
    return "\n".join(lines)


def _criteria(speaker: str | None, contains: str | None,
              kind: str | Iterable[str] | None) -> str:
    parts = []
    if kind is not None:
        parts.append(kind if isinstance(kind, str) else "/".join(sorted(kind)))
    parts.append("statement")
    if speaker is not None:
        parts.append(f"by {speaker!r}")
    if contains is not None:
        parts.append(f"containing {contains!r}")
    return " ".join(parts)


def assert_statement(
    found: Article | Iterable[Statement],
    *,
    speaker: str | None = None,
    contains: str | None = None,
    kind: str | Iterable[str] | None = None,
) -> Statement:
    """Assert that a statement meets every criterion given, and return the first that does.

    Args:
        found: An :class:`~quotekit.Article` or any iterable of statements.
        speaker: A speaker's name, alias or part of the name, or None for any.
        contains: Text the content must hold, or None for any.
        kind: ``"direct"``, ``"indirect"``, ``"mixed"``, a tuple of them, or None for any.

    Raises:
        AssertionError: when none does; the message lists every statement found.
        ValueError: when ``kind`` names an unknown kind.
    """
    statements = _statements(found)
    matches = find_matching(statements, speaker=speaker, contains=contains, kind=kind)
    if not matches:
        raise AssertionError(
            f"no {_criteria(speaker, contains, kind)}; found {len(statements)} "
            f"statement(s):\n{describe_statements(statements)}"
        )
    return matches[0]


def assert_no_statement(
    found: Article | Iterable[Statement],
    *,
    speaker: str | None = None,
    contains: str | None = None,
    kind: str | Iterable[str] | None = None,
) -> None:
    """Assert that no statement meets every criterion given.

    With no criterion, assert that there are no statements at all.

    Raises:
        AssertionError: when some do; the message lists them.
        ValueError: when ``kind`` names an unknown kind.
    """
    matches = find_matching(found, speaker=speaker, contains=contains, kind=kind)
    if matches:
        raise AssertionError(
            f"expected no {_criteria(speaker, contains, kind)}, found {len(matches)}:\n"
            f"{describe_statements(matches)}"
        )


def assert_speaker(
    article: Article,
    name: str,
    *,
    kind: str | None = None,
    title: str | None = None,
    affiliation: str | None = None,
) -> Speaker:
    """Assert that the article has a speaker named ``name`` and return it.

    ``name`` matches as ``speaker`` does in :func:`assert_statement`. ``title`` must be held by
    one of the speaker's titles and ``affiliation`` must equal the speaker's affiliation (both
    compared without regard to case); ``kind`` is ``"person"``, ``"organization"``, ``"place"``
    or ``"group"``.

    Raises:
        AssertionError: when there is no such speaker; the message lists the speakers found.
    """
    for sp in article.speakers:
        if not _speaker_matches(sp, name):
            continue
        if kind is not None and sp.kind != kind:
            continue
        if title is not None and not any(_norm(title) in _norm(t) for t in sp.titles):
            continue
        if affiliation is not None and _norm(sp.affiliation or "") != _norm(affiliation):
            continue
        return sp
    wanted = [repr(name)]
    wanted += [f"{k} {v!r}" for k, v in (("kind", kind), ("title", title),
                                         ("affiliation", affiliation)) if v is not None]
    listing = "\n".join(f"  {_describe_speaker(sp)}" for sp in article.speakers)
    raise AssertionError(
        f"no speaker {', '.join(wanted)}; found {len(article.speakers)} speaker(s):\n"
        f"{listing or '  (no speakers found)'}"
    )


def _slices(text: str, span: object, what: str) -> None:
    if span is None:
        return
    start, end, piece = span.start, span.end, span.text  # type: ignore[attr-defined]
    assert 0 <= start <= end <= len(text), f"{what} offsets {start}:{end} lie outside the text"
    assert text[start:end] == piece, f"{what} {piece!r} is not text[{start}:{end}]"


def _quotations_sound(article: Article, text: str) -> None:
    previous_end = 0
    for q in article.quotations:
        _slices(text, q, "quotation")
        assert q.text.strip() and q.start >= previous_end, "quotations empty or out of order"
        previous_end = q.end
        if q.statement is not None:
            assert q.statement < len(article.statements), f"quotation statement {q.statement}"
            s = article.statements[q.statement]
            assert s.start < q.end and q.start < s.end, "quotation outside its statement"
        assert Quotation.from_dict(q.to_dict()) == q, "Quotation dict round trip"


def assert_sound(article: Article, text: str | None = None) -> None:
    """Assert every promise quotekit makes about an :class:`~quotekit.Article`.

    Every offset (content, cue, mention, speaker mentions, quotations) slices the text
    exactly; statements and quotations come in text order, statements with a confidence in
    0..1, quotations each overlapping the statement it names; every statement survives a
    ``to_dict``/``from_dict`` and a JSON round trip, and so does the whole article (its JSON is
    valid for any text): its speakers once with their mentions, each statement's speaker
    without them and by its index, read back as the article's own speakers. With ``text``,
    the article must also be of exactly that text.

    Raises:
        AssertionError: naming the first broken promise.
    """
    if text is None:
        text = article.text
    assert article.text == text, "Article.text differs from the input"
    previous = (-1, -1)
    for s in article.statements:
        assert 0 <= s.start < s.end <= len(text), f"statement offsets {s.start}:{s.end}"
        assert text[s.start:s.end] == s.content, "statement content does not slice the text"
        assert (s.start, s.end) >= previous, "statements out of text order"
        previous = (s.start, s.end)
        assert 0.0 <= s.confidence <= 1.0, f"confidence {s.confidence} outside 0..1"
        _slices(text, s.cue, "cue")
        _slices(text, s.mention, "mention")
        _slices(text, s.reported_by, "reported_by")
        assert Statement.from_dict(s.to_dict()) == s, "Statement dict round trip"
        assert Statement.from_dict(json.loads(json.dumps(s.to_dict()))) == s, "JSON round trip"
    # every speaker once, whether listed in article.speakers or only met in a statement
    speakers = {id(sp): sp for sp in article.speakers}
    speakers.update((id(s.speaker), s.speaker) for s in article.statements if s.speaker)
    for speaker in speakers.values():
        for m in speaker.mentions:
            _slices(text, m, "speaker mention")
    _quotations_sound(article, text)
    _speakers_once(article)


def _speakers_once(article: Article) -> None:
    """Article JSON: the speakers once, with their mentions; each statement's speaker without
    them, by its index; all read back as the article's own speakers."""
    data = article.to_dict()
    for s, raw in zip(article.statements, data["statements"], strict=True):
        if raw["speaker"] is None:
            continue
        assert "mentions" not in raw["speaker"], "a statement repeats its speaker's mentions"
        i = raw["speaker"]["index"]
        assert i is None or article.speakers[i] == s.speaker, "speaker index points elsewhere"
    back = Article.from_dict(json.loads(json.dumps(data)))
    assert back == article, "Article JSON round trip"
    assert back.text == article.text, "Article JSON does not keep the text"
    for sp, read in zip(article.speakers, back.speakers, strict=True):
        assert read.mentions == sp.mentions, f"speaker {sp.name!r} lost mentions in JSON"
    for raw, kept in zip(data["statements"], back.statements, strict=True):
        i = None if raw["speaker"] is None else raw["speaker"]["index"]
        assert i is None or kept.speaker is back.speakers[i], \
            "a statement's speaker is not the article's own after a JSON round trip"
