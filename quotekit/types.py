"""Result classes: small frozen, slotted ``attrs`` classes that every stage returns.

Every class serialises to plain JSON-ready dicts with ``to_dict`` and reads them back with
``from_dict``, so ``Statement.from_dict(s.to_dict()) == s`` holds for any statement. Every other
serialisation lives here too: the flat statement record (:meth:`Statement.to_record`, the
columns :data:`RECORD_COLUMNS`, used by :mod:`quotekit.dask`), the CSV row that is a selection
of it (:meth:`Statement.to_row`, :data:`CSV_COLUMNS`, used by the CSV writer and
:meth:`Article.to_frame`) and the one-line summary (:meth:`Article.summary`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Literal

import attrs

from quotekit._evidence import Evidence
from quotekit._fields import Fields as _Fields

__all__ = [
    "CSV_COLUMNS",
    "CUE_KINDS",
    "KINDS",
    "RECORD_COLUMNS",
    "SEPARATOR",
    "SPEAKER_KINDS",
    "Article",
    "Cue",
    "Evidence",
    "Quotation",
    "Span",
    "Speaker",
    "Statement",
]

#: The three kinds of statement: quoted word for word, reported, or reported with quoted words.
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
#: The classes of attribution a cue reports (:attr:`Cue.kind`): speech, writing, and the
#: classes that report no speech (see :data:`quotekit.lexicon.CUE_CLASSES`).
CUE_KINDS: tuple[str, ...] = ("speech", "writing", "cognition", "intention", "perception", "other")
#: What a speaker can be.
SPEAKER_KINDS: tuple[str, ...] = ("person", "organization", "place", "group")
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
SpeakerKind = Literal["person", "organization", "place", "group"]


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


@attrs.frozen(slots=True)
class Speaker:
    """The person, organisation, place or group behind one or more statements.

    Attributes:
        name: Canonical name, the fullest form the article gives ("Stephen Biegun",
            "Foreign Ministry"). For a mention that could not be resolved, its own words.
        kind: ``"person"``, ``"organization"``, ``"place"`` or ``"group"``.
        titles: Every title or role the text gives ("special representative for North Korea").
        affiliation: Country or body the text ties the speaker to ("US", "Seoul"), or None.
        aliases: Every distinct form used to name the speaker in the text.
        mentions: Where the speaker is named or referred to, as spans of the text.
        members: For a group, the canonical names of its members.
        resolved: False where the mention could not be tied to a named entity.
        unnamed: True for a source the article does not name ("a Treasury source", "sources"):
            ``name`` is the description, ``affiliation`` its body or place; also unresolved.
        gender: ``"female"``, ``"male"`` or None, only from the article's own honorifics ("Ms.",
            "Mr.") and pronouns resolved to it (``gender_evidence``: those words, as spans).
    """

    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    kind: SpeakerKind = attrs.field(
        default="person", validator=attrs.validators.in_(SPEAKER_KINDS)
    )
    titles: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    affiliation: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    mentions: tuple[Span, ...] = attrs.field(default=(), converter=_span_tuple, eq=False)
    members: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    resolved: bool = True
    unnamed: bool = False
    gender: str | None = attrs.field(default=None, validator=attrs.validators.in_(_GENDERS))
    gender_evidence: tuple[Span, ...] = attrs.field(default=(), converter=_span_tuple, eq=False)

    @property
    def title(self) -> str | None:
        """The first title the text gives, or None."""
        return self.titles[0] if self.titles else None

    def to_dict(self, *, mentions: bool = True) -> dict[str, Any]:
        """Return the JSON-ready dict: name, kind, titles, affiliation, aliases, members,
        resolved and (unless ``mentions`` is False) mentions."""
        data: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
            "titles": list(self.titles),
            "affiliation": self.affiliation,
            "aliases": list(self.aliases),
            "members": list(self.members),
            "resolved": self.resolved,
            "unnamed": self.unnamed,
            "gender": self.gender,
            "gender_evidence": [m.to_dict() for m in self.gender_evidence],
        }
        if mentions:
            data["mentions"] = [m.to_dict() for m in self.mentions]
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | str) -> Speaker:
        """Read a speaker back from :meth:`to_dict` output (a bare name string is accepted)."""
        if isinstance(data, str):
            return cls(name=data)
        f = _Fields("Speaker", data)
        return f.build(cls, name=f("name"), kind=f("kind", None, "person"),
                       titles=f("titles", None, ()), affiliation=data.get("affiliation"),
                       aliases=f("aliases", None, ()), mentions=f("mentions", _span_tuple, ()),
                       members=f("members", None, ()), resolved=bool(data.get("resolved", True)),
                       unnamed=bool(data.get("unnamed", False)), gender=data.get("gender"),
                       gender_evidence=f("gender_evidence", _span_tuple, ()))


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
            evidence=f("evidence", None, ""))

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
        }

    def to_row(self, *, file: str = "", index: int = 0) -> dict[str, Any]:
        """The statement as a CSV row with the keys of :data:`CSV_COLUMNS`: its
        :meth:`to_record` under the CSV's column names, missing values as empty strings."""
        record = self.to_record(index=index)
        record["doc_id"] = file
        row = {c: record[_CSV_SOURCE.get(c, c)] for c in CSV_COLUMNS}
        return {c: "" if v is None else v for c, v in row.items()}


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
