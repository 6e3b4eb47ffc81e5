"""The speaker of statements (public as :class:`quotekit.types.Speaker`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from quotekit._fields import Fields as _Fields
from quotekit.types._common import (
    _GENDERS,
    SPEAKER_KINDS,
    Span,
    SpeakerKind,
    _span_tuple,
    _str_tuple,
)

__all__ = ["Speaker"]


@attrs.frozen(slots=True)
class Speaker:
    """The person, organisation, place or group behind one or more statements.

    Attributes:
        name: Canonical name, the fullest form the article gives ("Stephen Biegun",
            "Foreign Ministry"). For a mention that could not be resolved, its own words.
        kind: ``"person"``, ``"organization"``, ``"place"`` or ``"group"``; ``"unknown"`` for
            an unresolved source whose words show no kind ("the recipe", "the iPhone
            review"): a kind comes from evidence, never by default.
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


