"""Family relations: "His ex-wife agreed" is the other person of the article who shares the
family name of the person "his" stands for and whose gender agrees ("Ivana Trump" after
"Donald Trump"); "Trump's son" likewise. The nouns and their genders are data
(``family_relations.tsv``); where no one person or several fit, another strategy answers."""

from __future__ import annotations

from quotekit import lexicon
from quotekit.names import clean_name
from quotekit.pipeline.speakers._model import Answer, Entity, Mention, State, answer
from quotekit.pipeline.speakers._pronouns import pronoun_gender
from quotekit.pipeline.speakers._table import Resolver

__all__ = ["family_relation"]

_FILE = "family_relations.tsv"
#: Words before a relation that keep it ("his ex-wife", "her late husband").
_KEEPS = frozenset({"ex", "late", "former", "estranged"})


def _relation(m: Mention) -> tuple[str, str] | None:
    """``(noun, gender)`` of the mention's relation noun: the source word, read across the
    hyphens the tagger may split ("ex-wife" parsed "ex", "-", "wife")."""
    doc = m.source.doc
    end = m.source.i
    while end + 1 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text != ",":
        end += 1
    word = doc[m.source.i:end + 1].text.lower().split("-")[-1]
    table = lexicon.word_map(_FILE)
    if word not in table:
        return None
    return word, table[word]


def _possessor(r: Resolver, m: Mention) -> Entity | None:
    """The person the relation is of: a possessive name ("Trump's") or pronoun ("his": the
    latest person named before who agrees in gender)."""
    for c in m.source.children:
        if c.dep_ != "poss":
            continue
        if c.pos_ == "PRON":
            return r.recent(m.start, ("person",), pronoun_gender(c.lower_))
        e = r.entity_of(c) or r.match(clean_name(c.text), "person", c.idx)
        return e if e is not None and e.kind == "person" else None
    return None


def family_relation(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"His ex-wife", "Trump's son": the one other person of the possessor's family name
    whose known gender agrees with the relation."""
    del s
    rel = _relation(m)
    if rel is None or m.source.tag_ in ("NNS", "NNPS"):
        return None
    of = _possessor(r, m)
    if of is None or not of.parts:
        return None
    gender = rel[1] or None
    kin = [e for e in r.entities if e is not of and e.kind == "person" and e.resolved and
           e.parts and e.parts[-1] == of.parts[-1] and len(e.parts) > 1 and
           (gender is None or e.gender in (gender, None))]
    return answer(kin[0], "description") if len(kin) == 1 else None
