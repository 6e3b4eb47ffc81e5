"""What the stages hand each other: :class:`Draft` statements and speaker :class:`Resolution`.

The statement rules (:mod:`~quotekit.pipeline.statements`) make drafts; the speaker
strategies (:mod:`~quotekit.pipeline.speakers`) answer one resolution per draft;
:mod:`~quotekit.pipeline.assemble` turns both into :class:`~quotekit.types.Statement` objects.
"""

from __future__ import annotations

import attrs
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.types import Evidence, Speaker

__all__ = ["Draft", "Resolution"]


@attrs.define(slots=True)
class Draft:
    """A statement before its speaker is resolved (mutable while rules run).

    Attributes:
        start: Character offset of the content.
        end: Character offset just past the content.
        kind: ``"direct"``, ``"indirect"`` or ``"mixed"``.
        evidence: The rule that made the draft (and its cue), without the speaker part: an
            :class:`~quotekit.types.Evidence` built by the rule (never a string parsed back).
        confidence: The rule's confidence, before the speaker's factor.
        cue: ``(char start, char end, lemma)`` of the cue, or None.
        source: The token heading the source mention, or None.
        mention: Token range ``(start, end)`` of the source mention, or None.
        follows: An earlier draft whose speaker this one shares (a continued quotation).
        paragraph: Index of the paragraph the content starts in.
        reporter: Token range of the source that reports this one's statement ("Okafor said
            ..., according to *the agency*"), or None.
        cls: The class of attribution where the construction, not the cue's lemma, decides it
            ("the data *suggest*": perception), or None for the lemma's class.
    """

    start: int
    end: int
    kind: str
    evidence: Evidence = attrs.field(validator=attrs.validators.instance_of(Evidence))
    confidence: float
    cue: tuple[int, int, str] | None = None
    source: Token | None = None
    mention: tuple[int, int] | None = None
    follows: Draft | None = None
    paragraph: int = 0
    reporter: tuple[int, int] | None = None
    cls: str | None = None

    @property
    def cue_class(self) -> str | None:
        """The class of attribution of the draft's cue (:data:`quotekit.lexicon.CUE_CLASSES`):
        :attr:`cls` where set, else the lexicon's class of the cue's lemma; None without one."""
        if self.cls is not None:
            return self.cls
        return lexicon.cue_class(self.cue[2]) if self.cue is not None else None


@attrs.frozen(slots=True)
class Resolution:
    """What the speaker stage found for one draft.

    Attributes:
        speaker: The resolved speaker, or None.
        strategy: The strategy that answered ("name", "pronoun", "none", ...).
        factor: How much the speaker's reliability scales the draft's confidence.
        depth: How many continued quotations lie between the draft and the one attributed.
    """

    speaker: Speaker | None
    strategy: str
    factor: float
    depth: int = 0
