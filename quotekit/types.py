"""Result classes: small frozen, slotted ``attrs`` classes that every stage returns.

Every class serialises to plain JSON-ready dicts with ``to_dict`` and reads them back with
``from_dict``, so ``Statement.from_dict(s.to_dict()) == s`` holds for any statement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import attrs

__all__ = [
    "KINDS",
    "SPEAKER_KINDS",
    "Article",
    "Cue",
    "Evidence",
    "Span",
    "Speaker",
    "Statement",
]

#: The three kinds of statement: quoted word for word, reported, or reported with quoted words.
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
#: What a speaker can be.
SPEAKER_KINDS: tuple[str, ...] = ("person", "organization", "place", "group")

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
        """Read a span back from :meth:`to_dict` output."""
        return cls(text=data["text"], start=int(data["start"]), end=int(data["end"]))


@attrs.frozen(slots=True)
class Cue:
    """The words that mark a statement as reported: "said", "according to", ":" ...

    ``lemma`` is the cue's base form ("say" for "said"; "according to"; ":").
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    start: int = attrs.field(validator=_check_offsets)
    end: int = attrs.field(validator=_end_after_start)
    lemma: str = attrs.field(default="", validator=attrs.validators.instance_of(str))

    def to_dict(self) -> dict[str, Any]:
        """Return ``{"text", "start", "end", "lemma"}``."""
        return {"text": self.text, "start": self.start, "end": self.end, "lemma": self.lemma}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cue:
        """Read a cue back from :meth:`to_dict` output."""
        return cls(
            text=data["text"],
            start=int(data["start"]),
            end=int(data["end"]),
            lemma=data.get("lemma") or "",
        )


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

    @property
    def title(self) -> str | None:
        """The first title the text gives, or None."""
        return self.titles[0] if self.titles else None

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict: name, kind, titles, affiliation, aliases (and more)."""
        return {
            "name": self.name,
            "kind": self.kind,
            "titles": list(self.titles),
            "affiliation": self.affiliation,
            "aliases": list(self.aliases),
            "members": list(self.members),
            "resolved": self.resolved,
            "mentions": [m.to_dict() for m in self.mentions],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | str) -> Speaker:
        """Read a speaker back from :meth:`to_dict` output (a bare name string is accepted)."""
        if isinstance(data, str):
            return cls(name=data)
        return cls(
            name=data["name"],
            kind=data.get("kind") or "person",
            titles=data.get("titles") or (),
            affiliation=data.get("affiliation"),
            aliases=data.get("aliases") or (),
            mentions=data.get("mentions") or (),
            members=data.get("members") or (),
            resolved=bool(data.get("resolved", True)),
        )


#: How an evidence string is read back: ``rule(cue); speaker:follows:...:strategy``.
_EVIDENCE_RE = re.compile(r"(?P<rule>[^(;]*)(?:\((?P<cue>[^()]*)\))?(?:; speaker:(?P<speaker>.*))?",
                          re.DOTALL)
_FOLLOWS = "follows:"


@attrs.frozen(slots=True)
class Evidence:
    """Which rule found a statement and how its speaker was found, for tracing errors.

    Written (``str(evidence)``, and in :meth:`Statement.to_dict`) as one string:
    ``"indirect:verb-ccomp(say+ccomp); speaker:follows:surname"``.

    Attributes:
        rule: The statement rule ("direct:cue-after-quote", "indirect:verb-ccomp").
        cue: The cue's lemma and complement kind ("say+ccomp"), where the rule records them.
        speaker: The speaker strategy that answered ("surname", "pronoun", "none"), or None
            where no speaker was looked for.
        depth: How many quotations the statement continues before the one attributed (each
            written ``follows:``).
    """

    rule: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    cue: str | None = None
    speaker: str | None = None
    depth: int = 0

    def __str__(self) -> str:
        """The evidence string (see the class docstring)."""
        out = self.rule if self.cue is None else f"{self.rule}({self.cue})"
        if self.speaker is not None:
            out += "; speaker:" + _FOLLOWS * self.depth + self.speaker
        return out

    @classmethod
    def parse(cls, text: str) -> Evidence:
        """Read an evidence string back: ``str(Evidence.parse(s)) == s`` for every ``s``."""
        m = _EVIDENCE_RE.fullmatch(text)
        if m is None:
            return cls(rule=text)
        speaker, depth = m["speaker"], 0
        if speaker is not None:
            while speaker.startswith(_FOLLOWS):
                speaker, depth = speaker[len(_FOLLOWS):], depth + 1
        parsed = cls(rule=m["rule"], cue=m["cue"], speaker=speaker, depth=depth)
        return parsed if str(parsed) == text else cls(rule=text)


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

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON-ready dict documented in the README (keys are never renamed)."""
        return {
            "content": self.content,
            "start": self.start,
            "end": self.end,
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue is not None else None,
            "mention": self.mention.to_dict() if self.mention is not None else None,
            "speaker": self.speaker.to_dict() if self.speaker is not None else None,
            "confidence": self.confidence,
            "paragraph": self.paragraph,
            "sentence": self.sentence,
            "evidence": str(self.evidence),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Statement:
        """Read a statement back from :meth:`to_dict` output."""
        cue = data.get("cue")
        mention = data.get("mention")
        speaker = data.get("speaker")
        return cls(
            content=data["content"],
            start=int(data["start"]),
            end=int(data["end"]),
            kind=data["kind"],
            cue=Cue.from_dict(cue) if cue else None,
            mention=Span.from_dict(mention) if mention else None,
            speaker=Speaker.from_dict(speaker) if speaker else None,
            confidence=data.get("confidence", 1.0),
            paragraph=int(data.get("paragraph", 0)),
            sentence=int(data.get("sentence", 0)),
            evidence=data.get("evidence") or "",
        )


def _statements(value: Iterable[Statement]) -> tuple[Statement, ...]:
    return tuple(value)


def _speakers(value: Iterable[Speaker]) -> tuple[Speaker, ...]:
    return tuple(value)


@attrs.frozen(slots=True)
class Article:
    """One parsed text: its statements in text order and the speakers behind them.

    ``error`` is None for a parsed text. ``Parser.pipe(..., on_error="record")`` yields, for a
    text that could not be parsed, an Article with no statements whose ``error`` says why
    (``"TypeError: ..."``); ``text`` is then the input if it was a ``str``, else ``""``.
    """

    text: str
    statements: tuple[Statement, ...] = attrs.field(default=(), converter=_statements)
    speakers: tuple[Speaker, ...] = attrs.field(default=(), converter=_speakers)
    error: str | None = None

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
        """Return ``{"text", "statements", "speakers"}`` as JSON-ready data (and ``"error"``
        when it is set)."""
        data: dict[str, Any] = {
            "text": self.text,
            "statements": [s.to_dict() for s in self.statements],
            "speakers": [s.to_dict() for s in self.speakers],
        }
        if self.error is not None:
            data["error"] = self.error
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Read an article back from :meth:`to_dict` output."""
        return cls(
            text=data["text"],
            statements=[Statement.from_dict(s) for s in data.get("statements", ())],
            speakers=[Speaker.from_dict(s) for s in data.get("speakers", ())],
            error=data.get("error"),
        )

    def to_frame(self, *, file: str = "") -> Any:
        """Return a ``pandas.DataFrame`` with one row per statement (``pip install
        'quotekit[pandas]'``).

        The columns are :data:`quotekit.io.CSV_COLUMNS` (speaker, titles joined with "; ",
        kind, cue, content, offsets, ...), as ``quotekit extract --format csv`` writes them;
        ``file`` fills the ``file`` column.

        Raises:
            ImportError: when pandas is not installed.
        """
        try:
            import pandas as pd
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise ImportError(
                "Article.to_frame needs pandas: pip install 'quotekit[pandas]'"
            ) from exc
        from quotekit.io import CSV_COLUMNS, statement_record

        rows = [statement_record(s, file=file, index=i) for i, s in enumerate(self.statements)]
        return pd.DataFrame(rows, columns=list(CSV_COLUMNS))
