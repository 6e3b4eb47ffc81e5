"""Group strategies: "Biegun and Lee" (a conjunction of named people), "the two sides" (the
last two people named), "the envoys" (the people the article gives that role)."""

from __future__ import annotations

from quotekit import lexicon
from quotekit.names import clean_name
from quotekit.pipeline.speakers._descriptions import by_role, is_plural
from quotekit.pipeline.speakers._model import Answer, Entity, Mention, State, answer, group
from quotekit.pipeline.speakers._table import Resolver

__all__ = ["group_conjunction", "group_role", "group_the_two"]

_CONJUNCTIONS = ("and", "&", "nor")
#: Words of a mention that count two people ("the two sides", "both men").
_PAIR_WORDS = frozenset({"two", "both"})
#: Words that set the people of a description apart from those named ("other leaders").
_OTHER = frozenset({"other", "another"})
#: Determiners of people not yet named ("some officials", "many leaders").
_INDEFINITE = frozenset({"some", "many", "several", "few", "a", "an", "any", "no", "most",
                         "all"})


def _group_answer(m: Mention, members: list[Entity], strategy: str) -> Answer:
    g = group(members, m.start)
    g.add_mention(m.text, m.start, m.end)
    return answer(g, strategy)


def group_conjunction(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"Biegun and Lee": two or more people (or bodies) joined by "and"."""
    del s
    conj = [t for t in m.tokens if t.dep_ == "conj" and m.lo <= t.head.i < m.hi]
    if not conj or not any(t.lower_ in _CONJUNCTIONS for t in m.tokens):
        return None
    members: list[Entity] = []
    for t in [m.source, *conj]:
        e = r.entity_of(t)
        if e is None:
            e = r.match(clean_name(t.text), "person", t.idx)
        if e is not None and e not in members:
            members.append(e)
    return _group_answer(m, members, "group:conjunction") if len(members) >= 2 else None


def group_the_two(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"the two sides", "both men": the last two people named (not "both ministries")."""
    del s
    lemmas = {t.lemma_.lower() for t in m.tokens}
    if not lemmas & _PAIR_WORDS or lemmas & lexicon.organization_heads():
        return None
    members = _named_next(r, m) or r.last_two_people(m.start)
    return _group_answer(m, members, "group:the-two") if members else None


def _named_next(r: Resolver, m: Mention) -> list[Entity]:
    """"Two of the Republicans seeking the presidency have released their totals. Ben Carson
    and Ted Cruz raised ...": a partitive ("two of", "both of") names people the next
    sentence gives as a subject of exactly two conjoined people; else none."""
    src = m.source
    if src.lower_ not in _PAIR_WORDS or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in src.children):
        return []
    sent = src.sent
    if sent.end >= len(r.doc):
        return []
    nxt = r.doc[sent.end].sent
    for t in nxt:
        if t.dep_ in ("nsubj", "nsubjpass") and not t.is_punct:
            people = [r.entity_of(x) for x in [t, *t.conjuncts]]
            found = [e for e in people if e is not None and e.kind == "person"]
            if len(found) == 2 == len(people) and found[0] is not found[1]:
                return found
            return []
    return []


def _definite(m: Mention) -> bool:
    """Whether the plural description names people the article has in mind: "the envoys",
    "both ministers", "Biegun's advisers" (not "Central European leaders", "other leaders")."""
    words = [t for t in m.tokens if t.i < m.source.i]
    if any(t.lower_ in _OTHER for t in words):
        return False
    return any((t.dep_ in ("det", "poss", "predet") and t.lower_ not in _INDEFINITE) or
               t.lower_ in _PAIR_WORDS for t in words)


def group_role(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"the envoys", "advisers to Mr. Obama": never one person; a group where the article
    gives the role to two or more people and the description is definite (no bare plural,
    no "other" leaders)."""
    del s
    if not is_plural(m) or not _definite(m):
        return None
    members = by_role(r, m.tokens, m.start)
    return _group_answer(m, members, "group:role") if len(members) >= 2 else None
