"""The shared pieces of the result classes: the kinds, the record and CSV columns, the offset
validators, :class:`Span` and :class:`Cue` (public from :mod:`quotekit.types`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

import attrs

from quotekit._fields import Fields as _Fields

__all__ = ["CSV_COLUMNS", "CUE_KINDS", "KINDS", "RECORD_COLUMNS", "SEPARATOR", "SPEAKER_KINDS",
           "Cue", "Span"]

#: The three kinds of statement: quoted word for word, reported, or reported with quoted words.
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
#: The classes of attribution a cue reports (:attr:`Cue.kind`): speech, writing, and the
#: classes that report no speech (see :data:`quotekit.lexicon.CUE_CLASSES`).
CUE_KINDS: tuple[str, ...] = ("speech", "writing", "cognition", "intention", "perception", "other")
#: What a speaker can be.
SPEAKER_KINDS: tuple[str, ...] = ("person", "organization", "place", "group", "unknown")
_GENDERS = (None, "female", "male")  # Speaker.gender

#: How lists (titles, aliases) are joined into one string in a flat record or CSV row.
SEPARATOR = "; "

#: The columns of a flat statement record (:meth:`Statement.to_record`) and their pandas
#: dtypes (nullable where a value may be missing), in order.
RECORD_COLUMNS: dict[str, str] = {
    "doc_id": "string",
    "statement": "int64",
    "content": "string",
    "start": "int64",
    "end": "int64",
    "kind": "string",
    "cue": "string",
    "cue_lemma": "string",
    "cue_kind": "string",
    "cue_start": "Int64",
    "cue_end": "Int64",
    "mention": "string",
    "mention_start": "Int64",
    "mention_end": "Int64",
    "speaker": "string",
    "speaker_kind": "string",
    "speaker_titles": "string",
    "speaker_affiliation": "string",
    "speaker_aliases": "string",
    "speaker_resolved": "boolean",
    "confidence": "float64",
    "paragraph": "int64",
    "sentence": "int64",
    "evidence": "string",
    "reported_by": "string",
}

#: Columns of the CSV output and of :meth:`Article.to_frame` (:meth:`Statement.to_row`): a
#: selection of :data:`RECORD_COLUMNS`, four of them under shorter names (:data:`_CSV_SOURCE`).
CSV_COLUMNS: tuple[str, ...] = (
    "file", "index", "speaker", "speaker_kind", "titles", "affiliation", "kind", "cue",
    "cue_lemma", "cue_kind", "mention", "content", "start", "end", "confidence", "paragraph",
    "sentence", "evidence",
)
#: The record column of each CSV column that is named differently.
_CSV_SOURCE: dict[str, str] = {"file": "doc_id", "index": "statement",
                               "titles": "speaker_titles", "affiliation": "speaker_affiliation"}

StatementKind = Literal["direct", "indirect", "mixed"]
SpeakerKind = Literal["person", "organization", "place", "group", "unknown"]


def _check_offsets(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    if value < 0:
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be >= 0, got {value}")


def _end_after_start(instance: Any, attribute: attrs.Attribute[Any], value: int) -> None:
    _check_offsets(instance, attribute, value)
    if value < instance.start:
        raise ValueError(
            f"{type(instance).__name__}.end ({value}) must not be before start ({instance.start})"
        )


@attrs.frozen(slots=True)
class Span:
    """A stretch of the input text: ``text == article_text[start:end]``.

    Used for the words that name a statement's source (its *mention*) and for a speaker's
    mentions.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_end_after_start)

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "start", "end"}``."""
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        """Read a span back from :meth:`to_dict` output (a ValueError names a bad field)."""
        f = _Fields("Span", data)
        return f.build(cls, text=f("text"), start=f("start", int), end=f("end", int))


@attrs.frozen(slots=True)
class Cue:
    """The words that mark a statement as reported: "said", "according to", ":" ...

    ``lemma`` is the cue's base form ("say" for "said"; "according to"; ":"); ``kind`` the
    class of attribution it reports (one of :data:`CUE_KINDS`: ``"speech"`` for "said" or ":",
    ``"writing"`` for "tweeted", ``"cognition"`` for "believes" ...), or None where unknown.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_end_after_start)
    lemma: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    kind: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.in_(CUE_KINDS)))

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "start", "end", "lemma", "kind"}``."""
        return {"text": self.text, "start": self.start, "end": self.end, "lemma": self.lemma,
                "kind": self.kind}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cue:
        """Read a cue back from :meth:`to_dict` output (a ValueError names a bad field)."""
        f = _Fields("Cue", data)
        return f.build(cls, text=f("text"), start=f("start", int), end=f("end", int),
                       lemma=f("lemma", None, ""), kind=f("kind", None, None))


def _str_tuple(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _span_tuple(value: Any) -> tuple[Span, ...]:
    return tuple(v if isinstance(v, Span) else Span.from_dict(v) for v in value)

