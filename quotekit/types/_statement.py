"""One attributed statement (public as :class:`quotekit.types.Statement`) and its flat record
and CSV row."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from quotekit._evidence import Evidence
from quotekit._fields import Fields as _Fields
from quotekit.types._common import (
    _CSV_SOURCE,
    CSV_COLUMNS,
    KINDS,
    SEPARATOR,
    Cue,
    Span,
    StatementKind,
    _check_offsets,
    _end_after_start,
)
from quotekit.types._speaker import Speaker

__all__ = ["Statement"]


def _evidence(value: Evidence | str) -> Evidence:
    return value if isinstance(value, Evidence) else Evidence.parse(value)


def _confidence(instance: Any, attribute: attrs.Attribute[Any], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"Statement.confidence must be within 0..1, got {value}")


@attrs.frozen(slots=True)
class Statement:
    """One thing someone said, wrote or reported, with who said it.

    Attributes:
        content: The words said; enclosing quote marks excluded. ``text[start:end] == content``.
        start: Character offset of the content in the article text.
        end: Character offset just past the content.
        kind: ``"direct"`` (quoted word for word), ``"indirect"`` (reported) or ``"mixed"``
            (reported, with quoted words inside).
        cue: The reporting words ("said", "according to", ":"), or None.
        mention: The words naming the source at this place ("he", "Biegun", "the ministry"),
            or None.
        speaker: The resolved speaker, or None where no source was found.
        confidence: 0..1, higher means more likely right.
        paragraph: Index of the paragraph (0-based) the content starts in.
        sentence: Index of the sentence (0-based, over the article) the content starts in.
        evidence: Which rule produced the statement and how its source was found, for
            tracing errors (:class:`Evidence`; a string such as
            ``"direct:cue-after-quote; speaker:surname"`` is read into one).
        reported_by: The words naming who reports the attribution, where the article has
            it at second hand ("Okafor added that the deal was close, according to *the
            agency*": Okafor is the speaker, the agency reports it), or None.
    """

    content: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_end_after_start)
    kind: StatementKind = attrs.field(validator=attrs.validators.in_(KINDS))
    cue: Cue | None = None
    mention: Span | None = None
    speaker: Speaker | None = None
    confidence: float = attrs.field(default=1.0, converter=float, validator=_confidence)
    paragraph: int = 0
    sentence: int = 0
    evidence: Evidence = attrs.field(factory=Evidence, converter=_evidence)
    reported_by: Span | None = None

    @property
    def speaker_name(self) -> str | None:
        """The speaker's canonical name, or None."""
        return self.speaker.name if self.speaker is not None else None

    def to_dict(self, *, speaker_index: int | None = None) -> dict[str, Any]:
        """Return the JSON-ready dict documented in ``docs/formats.md`` (keys are never
        renamed). The speaker is given without its mentions (those are the article's:
        :meth:`Article.to_dict`), with its ``index`` among the article's speakers
        (``speaker_index``, None for a statement on its own)."""
        speaker = None
        if self.speaker is not None:
            speaker = {**self.speaker.to_dict(mentions=False), "index": speaker_index}
        return {
            "content": self.content,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue is not None else None,
            "mention": self.mention.to_dict() if self.mention is not None else None,
            "speaker": speaker,
            "confidence": self.confidence,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "evidence": str(self.evidence),
            "reported_by": self.reported_by.to_dict() if self.reported_by is not None else None,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Statement:
        """Read a statement back from :meth:`to_dict` output.

        Raises:
            ValueError: naming the field that is missing or bad (``TypeError`` when ``data``
                is not a mapping).
        """
        f = _Fields("Statement", data)
        return f.build(
            cls, content=f("content"), start=f("start", int), end=f("end", int),
            kind=f("kind"), cue=f("cue", Cue.from_dict, None),
            mention=f("mention", Span.from_dict, None),
            speaker=f("speaker", Speaker.from_dict, None),
            confidence=f("confidence", float, 1.0),
            paragraph=f("paragraph", int, 0), sentence=f("sentence", int, 0),
            evidence=f("evidence", None, ""),
            reported_by=f("reported_by", Span.from_dict, None))

    def to_record(self, *, doc_id: Any = None, index: int = 0) -> dict[str, Any]:
        """The statement as a flat record with the keys of :data:`RECORD_COLUMNS`.

        ``doc_id`` is stored as a string (None stays None); ``index`` is the ``statement``
        column. Missing values (no cue, mention or speaker) are None; titles and aliases are
        joined with :data:`SEPARATOR`.
        """
        sp, cue, mention = self.speaker, self.cue, self.mention
        return {
            "doc_id": None if doc_id is None else str(doc_id),
            "statement": index,
            "content": self.content,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": cue.text if cue else None,
            "cue_lemma": cue.lemma if cue else None,
            "cue_kind": cue.kind if cue else None,
            "cue_start": cue.start if cue else None,
            "cue_end": cue.end if cue else None,
            "mention": mention.text if mention else None,
            "mention_start": mention.start if mention else None,
            "mention_end": mention.end if mention else None,
            "speaker": sp.name if sp else None,
            "speaker_kind": sp.kind if sp else None,
            "speaker_titles": SEPARATOR.join(sp.titles) if sp else None,
            "speaker_affiliation": sp.affiliation if sp else None,
            "speaker_aliases": SEPARATOR.join(sp.aliases) if sp else None,
            "speaker_resolved": sp.resolved if sp else None,
            "confidence": self.confidence,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "evidence": str(self.evidence),
            "reported_by": self.reported_by.text if self.reported_by else None,
        }

    def to_row(self, *, file: str = "", index: int = 0) -> dict[str, Any]:
        """The statement as a CSV row with the keys of :data:`CSV_COLUMNS`: its
        :meth:`to_record` under the CSV's column names, missing values as empty strings."""
        record = self.to_record(index=index)
        record["doc_id"] = file
        row = {c: record[_CSV_SOURCE.get(c, c)] for c in CSV_COLUMNS}
        return {c: "" if v is None else v for c, v in row.items()}


