"""Epithets: "the Dane", "the 34-year-old", "the 34-year-old Leeds resident" name no one by
name but stand for a person the article has just named; they go to the nearest earlier person
subject (:func:`~quotekit.pipeline.speakers._pronouns.subject_antecedent`), else the person
the article is about."""

from __future__ import annotations

import regex

from quotekit import lexicon
from quotekit.pipeline.speakers._descriptions import is_plural
from quotekit.pipeline.speakers._model import Answer, Mention, State, answer
from quotekit.pipeline.speakers._pronouns import subject_antecedent
from quotekit.pipeline.speakers._table import Resolver

__all__ = ["epithet", "is_epithet", "role_epithet"]

#: An age used as a noun or before one: "the 34-year-old", "a 71-year-old retiree".
_AGE_RE = regex.compile(r"\b\d{1,3}[-‐–\s]year[-‐–\s]old\b", regex.IGNORECASE)
#: A parent by the number of children: "the father-of-three", "the mother of two".
_PARENT_RE = regex.compile(r"\b(?:father|mother|dad|mum|mom)[-‐\s]of[-‐\s]\w+\b",
                           regex.IGNORECASE)


def is_epithet(m: Mention) -> bool:
    """Whether the mention is "the" and a singular demonym ("the Dane", "the Brazilian"), an
    age ("the 34-year-old", "the 34-year-old Leeds resident") or a parent by the number of
    children ("the father-of-three")."""
    toks = m.tokens
    if len(toks) < 2 or toks[0].lower_ != "the" or is_plural(m):
        return False
    rest = toks[1:]
    if all(t.ent_type_ == "NORP" and t.is_title for t in rest) and \
            rest[-1].tag_ in ("NNP", "NN"):
        return True  # "the Brazilian", "the North Korean"
    if " ".join(t.text for t in rest) in lexicon.words("demonyms.tsv"):
        return True  # "the Dane" (which the recognizer may call an organisation)
    if any(t.ent_type_ == "PERSON" for t in rest):
        return False
    return _AGE_RE.search(m.text) is not None or _PARENT_RE.search(m.text) is not None


def epithet(r: Resolver, m: Mention, s: State) -> Answer | None:
    """An epithet's person: the nearest earlier person subject, else the person the article
    is about; None (the next strategy tries) where neither is."""
    if not is_epithet(m):
        return None
    e = subject_antecedent(r, m, s, None) or r.dominant("person", m.start)
    return answer(e, "epithet") if e is not None else None


def role_epithet(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"the goalkeeper", "the striker", "the novelist" (``data/epithet_nouns.tsv``) where no
    one in the article is titled so (the descriptions asked first): the nearest earlier person
    subject, in its sentence or the two before; None where there is none."""
    toks = m.tokens
    if len(toks) < 2 or toks[0].lower_ != "the" or is_plural(m) or \
            any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in toks):
        return None
    nouns = lexicon.words("epithet_nouns.tsv")
    head = m.source
    if head.lemma_.lower() not in nouns and head.lower_ not in nouns:
        return None
    e = subject_antecedent(r, m, s, None)
    return answer(e, "epithet", "epithet:role") if e is not None else None
