"""Speakers: resolve each statement's source mention to an entity of the article.

Input: the document context and the statement drafts (:mod:`quotekit.pipeline.statements`).
Output: one :class:`~quotekit.pipeline.drafts.Resolution` per draft (the
:class:`~quotekit.types.Speaker` or None, the strategy that answered, its factor and the
continuation depth) and the article's speakers.

How a mention is resolved: by an ordered list of strategies, the first that answers wins
(``_strategies.STRATEGIES``):

* a draft that continues another quotation shares that one's speaker;
* an upper-case transcript label ("HARLOW:") is the person of the article it names; a label
  standing for a name given elsewhere ("A:" for the interviewee) is resolved through that name;
* "I", "you" and a transcript label word ("Q", "A") give no speaker;
* "Biegun and Lee" becomes a group with members;
* an unnamed source ("a Treasury source", "three people briefed on the talks", "sources")
  is marked unnamed, with the body or place it gives as the affiliation;
* a role with a name in apposition ("the party's spokeswoman, Aisha Khan,") is that person;
* a pronoun goes to the last speaker where number and known gender agree, else to the nearest
  earlier subject that is a person (he, she) or a body or group (it, they, we);
* a name ("Stephen Biegun", "Biegun", "Lee", "the Foreign Ministry") joins the entity it names;
  single names match any part of a full name, so family-name-first names join too ("Lee" ->
  "Lee Do-hoon");
* "the two sides" and "the envoys" become groups of the people meant;
* "the Trump campaign" is a body of its own ("Trump campaign"), not the person;
* "his ex-wife" is the other person of his family name whose gender agrees;
* a description goes to the entity whose title or name holds its head noun or a synonym ("the
  envoy" -> the special representative; "the ministry" -> "Foreign Ministry"), an
  organisation noun to the body an earlier phrase names or the article is about ("the
  bank" -> "Wells Fargo"), a text to its author ("the report" -> who wrote it).

A name's kind comes from the article's evidence (``_kinds``: "The Wall Street Journal" is no
person), and a headline's span holding a person named in the running text is that person's
name alone (``_headlines``: "Obama Sees 'Personal Insult'" -> Obama).

Titles come from premodifiers ("spokesman Noh Kyu-duk", "Seoul's First Vice Foreign Minister
Choi Jong-kun") and appositions ("Stephen Biegun, special representative for North Korea");
a place or body before a title or in a possessive gives the affiliation.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotekit.names import clean_name, markup_edges
from quotekit.pipeline.context import Context
from quotekit.pipeline.cues import RELATIVE_PRONOUNS
from quotekit.pipeline.drafts import Draft, Resolution
from quotekit.pipeline.speakers._entities import build_entities, without_nickname
from quotekit.pipeline.speakers._model import Answer, Entity, State, stands_for
from quotekit.pipeline.speakers._pronouns import pronoun_gender, pronoun_words
from quotekit.pipeline.speakers._strategies import resolve_draft
from quotekit.pipeline.speakers._table import Resolver
from quotekit.types import Span, Speaker

__all__ = ["resolve_speakers"]


def resolve_speakers(ctx: Context, drafts: Sequence[Draft],
                     ) -> tuple[list[Resolution], list[Speaker]]:
    """Resolve the source of every draft to a speaker.

    Returns:
        One :class:`~quotekit.pipeline.drafts.Resolution` per draft (same order) and the
        distinct speakers of the article in order of first statement.
    """
    r = Resolver(ctx)
    build_entities(r)
    state = State(positions={id(d): n for n, d in enumerate(drafts)})
    for d in drafts:
        found = resolve_draft(r, d, state)
        state.answers.append(found)
        if found.entity is not None and found.entity.resolved:
            state.last = found.entity
        if found.entity is not None and d.source is not None and (
                found.entity.resolved or (found.entity.kind == "person" and
                                          d.source.tag_ == "NN")):
            # an unnamed person ("His mother told AFP ...") is whom a "she" after it continues
            # (a singular noun: not "some say")
            state.sources[d.source.i] = found.entity
    _record_mentions(ctx, drafts, state.answers)
    return _speakers(ctx, state.answers)


def _without_verb(ctx: Context, mention: tuple[int, int]) -> tuple[int, int]:
    """The token range of a mention without the verbs the recognizer ran a name into at its
    end ("Van der Heijden told" tagged as one name): a name never ends with a lower-case
    verb."""
    lo, hi = mention
    while hi > lo + 1 and ctx.doc[hi - 1].pos_ in ("VERB", "AUX") and \
            ctx.doc[hi - 1].is_lower and ctx.doc[hi - 2].pos_ == "PROPN":
        hi -= 1
    return lo, hi


def _record_mentions(ctx: Context, drafts: Sequence[Draft], answers: list[Answer]) -> None:
    """Each statement's own mention joins its speaker's mentions (a name form as an alias)."""
    pronouns = pronoun_words("person") | pronoun_words("plural") | pronoun_words("body") | \
        RELATIVE_PRONOUNS
    for d, found in zip(drafts, answers, strict=False):
        entity = found.entity
        if entity is None or d.mention is None or d.follows is not None or stands_for(d):
            continue  # a label ("A:") or "you" standing for a name is no name of the speaker
        a, b = ctx.token_range_chars(*_without_verb(ctx, d.mention))
        mtext = ctx.text[a:b]
        if mtext.lower() not in pronouns and found.strategy != "apposition":
            form = clean_name(without_nickname(mtext))
            # "spokesman Noh Kyu-duk" is the name with a title, not another name
            entity.add_mention("" if entity.name in form else form, a, b)
        else:  # a pronoun, or the role of a title-first apposition: no name form
            entity.mentions.append((a, b))
            g = pronoun_gender(mtext.lower())
            if g and entity.kind == "person":
                entity.said_gender[(a, b)] = g


def _speaker(ctx: Context, entity: Entity) -> Speaker:
    """The immutable speaker of ``entity`` (built once)."""
    if entity.speaker is None:
        text = ctx.text
        entity.speaker = Speaker(
            name=entity.name,
            kind=entity.kind,  # type: ignore[arg-type]
            titles=tuple(entity.titles),
            affiliation=entity.affiliation,
            aliases=tuple(entity.aliases),
            mentions=_spans(text, entity.mentions),
            members=tuple(m.name for m in entity.members),
            resolved=entity.resolved,
            unnamed=entity.unnamed,
            gender=entity.reported_gender(),
            gender_evidence=tuple(Span(text[a:b], a, b) for a, b in sorted(entity.said_gender)),
        )
    return entity.speaker


def _spans(text: str, mentions: list[tuple[int, int]]) -> tuple[Span, ...]:
    """The mentions as spans of ``text`` in text order, once each, without marks of markup
    at their edges ("» Jane Doe" -> "Jane Doe"); one of nothing else is left out."""
    found = set()
    for a, b in mentions:
        lo, hi = markup_edges(text[a:b])
        if hi > lo:
            found.add((a + lo, a + hi))
    return tuple(Span(text[a:b], a, b) for a, b in sorted(found))


def _speakers(ctx: Context, answers: list[Answer]) -> tuple[list[Resolution], list[Speaker]]:
    speakers: list[Speaker] = []
    resolutions: list[Resolution] = []
    seen: set[int] = set()
    for found in answers:
        entity = found.entity
        speaker = None
        if entity is not None:
            speaker = _speaker(ctx, entity)
            if id(entity) not in seen:
                seen.add(id(entity))
                speakers.append(speaker)
        resolutions.append(Resolution(speaker, found.strategy, found.factor, found.depth))
    return resolutions, speakers
