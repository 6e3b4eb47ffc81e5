"""What the speaker strategies work on: entities, the mention asked about, the answer, and
the state carried from draft to draft."""

from __future__ import annotations

from collections.abc import Callable

import attrs
from spacy.tokens import Token

from quotekit.names import clean_name, has_letter, name_parts
from quotekit.pipeline import confidence
from quotekit.pipeline.drafts import Draft
from quotekit.types import Speaker

__all__ = ["Answer", "Entity", "Mention", "State", "answer", "group", "stands_for"]


@attrs.define(slots=True, eq=False)
class Entity:
    """A person, body, place or group of the article, while the stage runs (mutable)."""

    kind: str
    name: str
    parts: list[str]
    first: int
    titles: list[str] = attrs.Factory(list)
    affiliation: str | None = None
    aliases: list[str] = attrs.Factory(list)
    mentions: list[tuple[int, int]] = attrs.Factory(list)
    _seen: set[tuple[int, int]] = attrs.Factory(set)  # the mentions, for constant-time checks
    gender: str | None = None
    members: list[Entity] = attrs.Factory(list)
    resolved: bool = True
    unnamed: bool = False
    #: the article's own gendered words for the entity: ``(start, end) -> "m" | "f"``
    #: (honorifics before its name, pronouns resolved to it)
    said_gender: dict[tuple[int, int], str] = attrs.Factory(dict)
    speaker: Speaker | None = None
    #: told of every new alias (the resolver's name index), once the entity is indexed
    on_alias: Callable[[Entity, str], None] | None = None

    def add_mention(self, text: str, start: int, end: int) -> None:
        """Record a mention at ``start:end``; ``text`` (when it holds a letter) is a name
        form."""
        if (start, end) not in self._seen:
            self._seen.add((start, end))
            self.mentions.append((start, end))
        if has_letter(text) and text not in self.aliases and text != self.name:
            self.aliases.append(text)
            if self.on_alias is not None:
                self.on_alias(self, text)

    def reported_gender(self) -> str | None:
        """``"female"`` or ``"male"`` where the article's gendered words for the entity all
        agree, else None."""
        said = set(self.said_gender.values())
        if len(said) != 1:
            return None
        return {"f": "female", "m": "male"}.get(said.pop())

    def add_title(self, title: str) -> None:
        """Add ``title`` unless the entity has it already (case ignored)."""
        title = title.strip(" ,;-–—")
        if title and title.lower() not in (t.lower() for t in self.titles):
            self.titles.append(title)


def group(members: list[Entity], first: int) -> Entity:
    """A group speaker made of ``members`` ("Biegun and Lee")."""
    return Entity(kind="group", name=" and ".join(m.name for m in members), parts=[],
                  first=first, members=members)


def stands_for(d: Draft) -> bool:
    """Whether the draft's mention stands for a source named elsewhere: a transcript's "A:"
    for the interviewee the article introduces, a "you" in its question for the same person.
    The source token then lies outside the mention."""
    return d.source is not None and d.mention is not None and \
        not d.mention[0] <= d.source.i < d.mention[1]


@attrs.frozen(slots=True)
class Mention:
    """The source mention of a draft, as the strategies read it.

    Attributes:
        draft: The draft asked about.
        source: The token heading the mention (a relative pronoun's antecedent: "Biegun, who").
        lo: First token of the mention.
        hi: Token just past the mention.
        tokens: The mention's tokens.
        start: Character offset of the mention.
        end: Character offset just past it.
        text: The mention's text.
        pronoun: Whether the source is a pronoun (tagged so, or a person pronoun).
    """

    draft: Draft
    source: Token
    lo: int
    hi: int
    tokens: list[Token]
    start: int
    end: int
    text: str
    pronoun: bool = False

    @property
    def low(self) -> str:
        """The source token, lower-case."""
        return self.source.lower_


@attrs.frozen(slots=True)
class Answer:
    """What a strategy found: the entity, the strategy's name (as the evidence writes it),
    the factor and the number of continued quotations passed."""

    entity: Entity | None
    strategy: str
    factor: float
    depth: int = 0


def answer(entity: Entity | None, strategy: str, key: str | None = None) -> Answer:
    """An answer of ``strategy``, its factor from the ``speaker`` row ``key`` of
    ``data/confidence.tsv`` (the strategy's own name unless a variant is named)."""
    return Answer(entity, strategy, confidence.speaker(key or strategy))


@attrs.define(slots=True)
class State:
    """What resolving one draft leaves for the next: the answers so far (in draft order),
    each draft's position, the last resolved speaker, the unresolved mentions by name and
    the entity of each source token resolved so far."""

    positions: dict[int, int]
    answers: list[Answer] = attrs.Factory(list)
    last: Entity | None = None
    unresolved: dict[str, Entity] = attrs.Factory(dict)
    #: the entity each resolved draft's source token (by token index) stands for
    sources: dict[int, Entity] = attrs.Factory(dict)

    def unresolved_entity(self, text: str, start: int, kind: str) -> Entity:
        """The unresolved entity of kind ``kind`` for the mention text ``text`` at ``start``
        (one per cleaned name)."""
        name = clean_name(text) or text
        key = name.lower()
        if key not in self.unresolved:
            self.unresolved[key] = Entity(kind=kind, name=name, parts=name_parts(name),
                                          first=start, resolved=False)
        return self.unresolved[key]
