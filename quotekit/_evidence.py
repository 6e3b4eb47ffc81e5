"""The evidence of a statement: which rule found it and how its speaker was found (private;
:class:`Evidence` is public as :class:`quotekit.types.Evidence`)."""

from __future__ import annotations

import re

import attrs

__all__ = ["Evidence"]

#: How an evidence string is read back: ``rule(cue); speaker:follows:...:strategy``.
_EVIDENCE_RE = re.compile(r"(?P<rule>[^(;]*)(?:\((?P<cue>[^()]*)\))?(?:; speaker:(?P<speaker>.*))?",
                          re.DOTALL)
#: A continuation depth past :data:`_SPELLED` links: ``follows(12):``.
_FOLLOWS_N = re.compile(r"follows\((?P<n>[1-9][0-9]*)\):")
_FOLLOWS = "follows:"
#: Depths up to this are spelled one ``follows:`` a link; deeper ones are counted.
_SPELLED = 2


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
        depth: How many quotations the statement continues before the one attributed:
            written ``follows:`` once or twice, then counted (``follows(3):``), so that the
            string of a long chain of continued quotations stays short.
    """

    rule: str = attrs.field(default="", validator=attrs.validators.instance_of(str))
    cue: str | None = None
    speaker: str | None = None
    depth: int = 0

    @property
    def speaker_text(self) -> str | None:
        """The speaker part of the string: ``"speaker:follows:surname"``, with the depth
        spelled ``""``, ``"follows:"``, ``"follows:follows:"``, then ``"follows(3):"`` ...;
        None where no speaker was looked for."""
        if self.speaker is None:
            return None
        links = _FOLLOWS * self.depth if self.depth <= _SPELLED else f"follows({self.depth}):"
        return "speaker:" + links + self.speaker

    def __str__(self) -> str:
        """The evidence string (see the class docstring)."""
        out = self.rule if self.cue is None else f"{self.rule}({self.cue})"
        speaker = self.speaker_text
        return out if speaker is None else f"{out}; {speaker}"

    @classmethod
    def parse(cls, text: str) -> Evidence:
        """Read an evidence string back: ``str(Evidence.parse(s)) == s`` for every ``s``."""
        m = _EVIDENCE_RE.fullmatch(text)
        if m is None:
            return cls(rule=text)
        speaker, depth = m["speaker"], 0
        counted = _FOLLOWS_N.match(speaker or "")
        if speaker is not None and counted is not None:
            speaker, depth = speaker[counted.end():], int(counted["n"])
        while speaker is not None and speaker.startswith(_FOLLOWS) and depth < _SPELLED:
            speaker, depth = speaker[len(_FOLLOWS):], depth + 1
        parsed = cls(rule=m["rule"], cue=m["cue"], speaker=speaker, depth=depth)
        return parsed if str(parsed) == text else cls(rule=text)


Evidence.__module__ = "quotekit.types"  # documented, pickled and imported from there
