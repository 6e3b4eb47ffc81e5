"""A quotation and the article (public as :class:`quotekit.types.Quotation` and
:class:`quotekit.types.Article`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from quotekit._fields import Fields as _Fields
from quotekit.types._common import (
    CSV_COLUMNS,
    KINDS,
    _check_offsets,
    _end_after_start,
)
from quotekit.types._speaker import Speaker
from quotekit.types._statement import Statement

__all__ = ["Article", "Quotation"]


@attrs.frozen(slots=True)
class Quotation:
    """Words between quote marks, a statement or not (a scare quote, a title, an unattributed
    quote): ``text == article_text[start:end]``, marks (and the spaces inside spaced marks,
    « ... ») excluded, as in :attr:`Statement.content`. A quotation over several paragraphs
    is one Quotation per paragraph.

    Attributes:
        statement: Index in :attr:`Article.statements` of the statement whose content holds
            (or overlaps most) the words, or None where no statement does.
        paragraph: Index of the paragraph (0-based) the words lie in.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_end_after_start)
    statement: int | None = attrs.field(default=None, validator=attrs.validators.optional(
        attrs.validators.and_(attrs.validators.instance_of(int), attrs.validators.ge(0))))
    paragraph: int = 0

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "start", "end", "statement", "paragraph"}``."""
        return {"text": self.text, "start": self.start, "end": self.end,
                "statement": self.statement, "paragraph": self.paragraph}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Quotation:
        """Read a quotation back from :meth:`to_dict` output (a ValueError names a bad field)."""
        f = _Fields("Quotation", data)
        return f.build(cls, text=f("text"), start=f("start", int), end=f("end", int),
                       statement=f("statement", int, None), paragraph=f("paragraph", int, 0))


def _statements(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(value)


def _speakers(value: Iterable[Speaker]) -> tuple[Speaker, ...]:
    return tuple(value)


def _quotations(value: Iterable[Quotation]) -> tuple[Quotation, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Article:
    """One parsed text: its statements in text order, the speakers behind them and every
    quotation of the text (:class:`Quotation`, in text order, statements or not).

    ``error`` is None for a parsed text. ``Parser.pipe(..., on_error="record")`` yields, for a
    text that could not be parsed, an Article with no statements whose ``error`` says why
    (``"TypeError: ..."``); ``text`` is then the input if it was a ``str``, else ``""``.
    """

    text: str
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statements)
    speakers: tuple[Speaker, ...] = attrs.field(default=(), converter=_speakers)
    error: str | None = None
    quotations: tuple[Quotation, ...] = attrs.field(default=(), converter=_quotations)

    def __iter__(self):  # type: ignore[no-untyped-def]
        """Iterate over the statements."""
        return iter(self.statements)

    def __len__(self) -> int:
        """The number of statements."""
        return len(self.statements)

    def by(self, name: str) -> list[Statement]:
        """Statements whose speaker's name or one of its aliases equals ``name``."""
        return [
            s
            for s in self.statements
            if s.speaker is not None and (s.speaker.name == name or name in s.speaker.aliases)
        ]

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "statements", "speakers", "quotations"}`` as JSON-ready data
        (and ``"error"`` when it is set).

        Each speaker is written once, with its mentions, in ``"speakers"``; a statement's
        ``"speaker"`` holds the speaker's other fields and its ``"index"`` in that list (None
        for a speaker the list lacks), so the size grows with the statements, not with
        their square."""
        index: dict[Any, int] = {}
        for i, sp in enumerate(self.speakers):
            index.setdefault(id(sp), i)
            index.setdefault(sp, i)
        data: dict[str, Any] = {
            "text": self.text,
            "statements": [s.to_dict(speaker_index=None if s.speaker is None else index.get(
                id(s.speaker), index.get(s.speaker))) for s in self.statements],
            "speakers": [s.to_dict() for s in self.speakers],
            "quotations": [q.to_dict() for q in self.quotations],
        }
        if self.error is not None:
            data["error"] = self.error
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Read an article back from :meth:`to_dict` output; each statement's speaker is the
        article's own :class:`Speaker` object (``s.speaker is article.speakers[i]``), found
        by its ``index`` (or, in output of earlier versions, by its fields).

        Raises:
            ValueError: naming the field that is missing or bad.
        """
        f = _Fields("Article", data)
        speakers = f("speakers", lambda v: [Speaker.from_dict(s) for s in v], [])
        own: dict[Speaker, Speaker] = {}
        for sp in speakers:
            own.setdefault(sp, sp)

        def statement(raw: Any) -> Statement:
            s = Statement.from_dict(raw)
            i = raw["speaker"].get("index") if isinstance(raw.get("speaker"), Mapping) else None
            if isinstance(i, int) and 0 <= i < len(speakers) and speakers[i] == s.speaker:
                return attrs.evolve(s, speaker=speakers[i])
            return s if s.speaker not in own else attrs.evolve(s, speaker=own[s.speaker])

        statements = f("statements", lambda v: [statement(s) for s in v], [])
        return f.build(cls, text=f("text"), statements=statements, speakers=speakers,
                       error=data.get("error"), quotations=f(
                           "quotations", lambda v: [Quotation.from_dict(q) for q in v], []))

    def to_records(self, doc_id: Any = None) -> list[dict[str, Any]]:
        """Every statement as a flat record (:meth:`Statement.to_record`), in text order."""
        return [s.to_record(doc_id=doc_id, index=i) for i, s in enumerate(self.statements)]

    def to_rows(self, *, file: str = "") -> list[dict[str, Any]]:
        """Every statement as a CSV row (:meth:`Statement.to_row`), in text order."""
        return [s.to_row(file=file, index=i) for i, s in enumerate(self.statements)]

    def summary(self) -> str:
        """One line: ``"16 statements (5 direct, 9 indirect, 2 mixed), 8 speakers"``."""
        if not self.text.strip():
            return "empty text, no statements"
        n = len(self.statements)
        kinds = {k: sum(1 for s in self.statements if s.kind == k) for k in KINDS}
        parts = ", ".join(f"{kinds[k]} {k}" for k in KINDS if kinds[k])
        speakers = {s.speaker.name for s in self.statements if s.speaker is not None}
        unattributed = sum(1 for s in self.statements if s.speaker is None)
        line = f"{n} statement{'s' if n != 1 else ''}"
        if parts:
            line += f" ({parts})"
        line += f", {len(speakers)} speaker{'s' if len(speakers) != 1 else ''}"
        if unattributed:
            line += f", {unattributed} without a speaker"
        return line

    def to_frame(self, *, file: str = "") -> Any:
        """Return a ``pandas.DataFrame`` with one row per statement (``pip install
        'quotekit[pandas]'``).

        The columns are :data:`CSV_COLUMNS` (speaker, titles joined with "; ", kind, cue,
        content, offsets, ...), as ``quotekit extract --format csv`` writes them; ``file``
        fills the ``file`` column.

        Raises:
            ImportError: when pandas is not installed.
        """
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "Article.to_frame needs pandas: pip install 'quotekit[pandas]'"
            ) from exc
        return pd.DataFrame(self.to_rows(file=file), columns=list(CSV_COLUMNS))

