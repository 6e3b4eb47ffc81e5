"""Epithets: "the Dane", "the 34-year-old", "the 34-year-old Leeds resident" name no one by
name but stand for a person the article has just named; they go to the nearest earlier person
subject (:func:`~quotekit.pipeline.speakers._pronouns.subject_antecedent`), else the person
the article is about."""

from __future__ import annotations

import regex
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline.speakers._descriptions import is_plural
from quotekit.pipeline.speakers._model import Answer, Entity, Mention, State, answer
from quotekit.pipeline.speakers._pronouns import subject_antecedent
from quotekit.pipeline.speakers._table import Resolver
from quotekit.pipeline.speakers._titles import title_from_description

__all__ = ["epithet", "is_epithet", "role_epithet"]

#: An age used as a noun or before one: "the 34-year-old", "a 71-year-old retiree".
_AGE_RE = regex.compile(r"\b\d{1,3}[-‐–\s]year[-‐–\s]old\b", regex.IGNORECASE)
#: A parent by the number of children: "the father-of-three", "the mother of two".
_PARENT_RE = regex.compile(r"\b(?:father|mother|dad|mum|mom)[-‐\s]of[-‐\s]\w+\b",
                           regex.IGNORECASE)


def _definite_singular(m: Mention) -> bool:
    """Whether the mention is "the" and more words, singular ("the Dane", "the goalkeeper");
    also where the parser hung the "the" on the verb and left it out of the mention
    ('"...," the 24-year-old said': "the" a det of "said")."""
    if is_plural(m) or not m.tokens:
        return False
    if m.tokens[0].lower_ == "the":
        return len(m.tokens) >= 2
    before = m.tokens[0].doc[m.lo - 1] if m.lo > 0 else None
    return before is not None and before.lower_ == "the" and before.dep_ == "det" and \
        before.head.i >= m.hi


def is_epithet(m: Mention) -> bool:
    """Whether the mention is "the" and a singular demonym ("the Dane", "the Brazilian"), an
    age ("the 34-year-old", "the 34-year-old Leeds resident") or a parent by the number of
    children ("the father-of-three")."""
    if not _definite_singular(m):
        return False
    rest = m.tokens[1:] if m.tokens[0].lower_ == "the" else m.tokens
    if all(t.ent_type_ == "NORP" and t.is_title for t in rest) and \
            rest[-1].tag_ in ("NNP", "NN"):
        return True  # "the Brazilian", "the North Korean"
    if " ".join(t.text for t in rest) in lexicon.words("demonyms.tsv"):
        return True  # "the Dane" (which the recognizer may call an organisation)
    if any(t.ent_type_ == "PERSON" for t in rest):
        return False
    return _AGE_RE.search(m.text) is not None or _PARENT_RE.search(m.text) is not None


def epithet(r: Resolver, m: Mention, s: State) -> Answer | None:
    """An epithet's person: the nearest earlier person subject, else the last speaker where a
    person named a few sentences before (quoted at length: '"...," Okonkwo told reporters.
    "..." The Nigerian said ...'), else the person the article is about; None (the next
    strategy tries) where none is."""
    if not is_epithet(m):
        return None
    e = subject_antecedent(r, m, s, None) or _recent_speaker(r, m, s) or \
        r.dominant("person", m.start)
    return answer(e, "epithet") if e is not None else None


#: How many sentences back the last speaker's own mention may lie for an epithet to be theirs.
_RECENT_SENTENCES = 4


def _recent_speaker(r: Resolver, m: Mention, s: State) -> Entity | None:
    """The last speaker, where a person whose mention lies at most :data:`_RECENT_SENTENCES`
    sentences before ``m`` (a quotation of several sentences, then "The Nigerian said")."""
    last = s.last
    if last is None or last.kind != "person":
        return None
    at = [j for j, e in s.sources.items() if e is last and j < m.lo]
    doc = m.source.doc
    return last if at and r.sent_index(m.start) - r.sent_index(doc[max(at)].idx) <= \
        _RECENT_SENTENCES else None


def role_epithet(r: Resolver, m: Mention, s: State) -> Answer | None:
    """A role that stands for the person just named, where no one in the article is titled
    so (the descriptions asked first): a business epithet ("the real estate tycoon",
    :func:`_business_epithet`), or a player's position ("the goalkeeper", "the striker":
    ``data/epithet_nouns.tsv``), maybe with a nationality ("the Portuguese striker"). Each
    goes to the nearest earlier person subject, in its sentence or the two before; None where
    there is none."""
    if _business_epithet(m):
        return _business_person(r, m, s)
    if _placed_office(m):
        e = subject_antecedent(r, m, s, None)
        return answer(e, "epithet", "epithet:role") if e is not None and e is s.last else None
    if not _definite_singular(m) or any(
            t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and not _demonym(t)
            for t in m.tokens if t.i != m.source.i):
        return None  # (but "the Portuguese striker": a nationality and a role)
    nouns = lexicon.words("epithet_nouns.tsv")
    head = m.source
    if head.lemma_.lower() not in nouns and head.lower_ not in nouns:
        return None
    e = subject_antecedent(r, m, s, None)
    return answer(e, "epithet", "epithet:role") if e is not None else None


def _demonym(t: Token) -> bool:
    """Whether ``t`` is a nationality as an adjective ("Portuguese", "Brazilian":
    ``data/demonyms.tsv``, or tagged NORP)."""
    return t.text in lexicon.words("demonyms.tsv") or (t.ent_type_ == "NORP" and t.is_title)


def _placed_office(m: Mention) -> bool:
    """"the Kentucky senator", "the Democratic governor": "the", a place or party and an
    office no one in the article holds by title (the descriptions asked first), which AP
    style uses for the person who just spoke; only for that last speaker."""
    if not _definite_singular(m) or m.source.tag_ != "NN":
        return False
    entry = lexicon.titles().get(m.source.lemma_.lower())
    return entry is not None and entry.category in _OFFICES and any(
        t.ent_type_ in ("GPE", "NORP") for t in m.tokens if t.i != m.source.i)


def _business_epithet(m: Mention) -> bool:
    """"the real estate tycoon": "the" and a singular person noun that is a title of wealth
    or business (``person_nouns.tsv``, category ``corporate`` in ``titles.tsv``: tycoon,
    mogul, billionaire, businessman), which stands for a person just named where no one has
    that title."""
    lemma = m.source.lemma_.lower()
    entry = lexicon.titles().get(lemma)
    return bool(m.tokens) and m.tokens[0].lower_ == "the" and m.source.tag_ == "NN" and \
        lemma in lexicon.words("person_nouns.tsv") and entry is not None and \
        entry.category == "corporate"


#: Title categories of an office that a business epithet never stands for.
_OFFICES = frozenset({"government", "legislative", "judicial", "military", "diplomatic",
                      "religious"})


def _noun_gender(lemma: str) -> str | None:
    """The gender an English person noun's ending gives ("businesswoman" -> "f",
    "businessman" -> "m"), else None."""
    if lemma.endswith("woman"):
        return "f"
    return "m" if lemma.endswith("man") else None


def _other_person_before(r: Resolver, m: Mention, e: Entity) -> bool:
    """Whether the mention's sentence names a person other than ``e`` before it (who
    competes for the epithet)."""
    lo = r.ctx.sent_starts[r.sent_index(m.start)]
    return any(o.kind == "person" and o is not e for _a, _b, o in r.spans_between(lo, m.start))


def _office_holder(e: Entity) -> bool:
    """Whether ``e`` has a title of an office (a senator, a minister, a judge)."""
    for title in e.titles:
        entry = lexicon.titles().get(" ".join(title.lower().split()))
        if entry is not None and entry.category in _OFFICES:
            return True
    return False


def _business_person(r: Resolver, m: Mention, s: State) -> Answer | None:
    """A business epithet's person: the nearest earlier person subject agreeing with the
    noun's gender, who holds no office and whom no other person named earlier in the
    sentence competes with; the epithet becomes a title."""
    e = subject_antecedent(r, m, s, _noun_gender(m.source.lemma_.lower()))
    if e is None or _office_holder(e) or _other_person_before(r, m, e):
        return None  # "... called on Republicans to unendorse Trump after the mogul claimed"
    title_from_description(r.ctx, e, m.tokens)
    return answer(e, "epithet")
