"""Who an interview transcript's answers and questions belong to: the person the article
introduces as interviewed, and the interviewer where the article names one.

The introduction is read from the words of ``data/interview_cues.tsv`` before the first
question or answer: "an interview with Health Secretary Ruth Adeyemi" (the person after
"with"), "Adeyemi said in an interview with the Ledger" (the clause's subject; the Ledger
interviews; also "Adeyemi told the Ledger in an interview"), "the Ledger interviewed
Adeyemi" / "Adeyemi was interviewed by the Ledger", "Adeyemi spoke to the Ledger" / "the
Ledger spoke to Adeyemi" (a person is the one interviewed, whichever side), "she sat
down with the Ledger" (a pronoun stands for the person named last before it), "Q&A with Vice
President Joe Biden". Where no such words introduce anyone, a Q&A's subject is the
interviewee: the person the text before the first turn names most often (at least twice,
and more often than anyone else), as in a profile whose questions follow ("Actress Diane
Guerrero has become ... Questions and answers have been edited for length").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline.context import Context

__all__ = ["Introduction", "introduction"]

#: Prepositions that introduce the other side of an interview ("spoke to", "talked with").
_WITH = ("with", "to")
#: How a name hangs on a title the parser made the head ("Minister" <- "Omar Reyes").
_NAME_DEPS = frozenset({"appos", "compound", "nmod", "flat"})
#: How far back a pronoun looks for the person it stands for, in tokens.
_PRONOUN_WINDOW = 120


class Introduction(NamedTuple):
    """The interviewee and the interviewer an article introduces (a token of each name), or
    None where it names none."""

    interviewee: Token | None
    interviewer: Token | None


@lru_cache(maxsize=1)
def _cues() -> Mapping[str, frozenset[str]]:
    """``interview_cues.tsv``: lemma -> the ways it introduces the interviewee."""
    table: dict[str, set[str]] = {}
    for _n, (lemma, side) in lexicon._rows("interview_cues.tsv", 2, "lemma\tinterviewee"):
        table.setdefault(lemma, set()).add(side)
    return {k: frozenset(v) for k, v in table.items()}


def introduction(ctx: Context, before: int) -> Introduction:
    """The interviewee and interviewer the text introduces before character ``before`` (the
    first question or answer), the first named of each."""
    doc = ctx.doc
    hi = ctx.token_at(before) if before < len(ctx.text) else len(doc)
    interviewee = interviewer = None
    cues = _cues()
    for t in doc[:hi]:
        sides = cues.get(t.lemma_.lower()) or cues.get(t.lower_)
        if not sides:
            continue
        found = _read(t, sides)
        if found is None:
            continue
        interviewee = interviewee or found.interviewee
        if found.interviewer is not None and not _same(found.interviewer, interviewee):
            interviewer = interviewer or found.interviewer
        if interviewee is not None and interviewer is not None:
            break
    if interviewee is None:
        interviewee = _subject(ctx, hi)
        if interviewer is not None and _same(interviewer, interviewee):
            interviewer = None
    return Introduction(interviewee, interviewer)


def _subject(ctx: Context, hi: int) -> Token | None:
    """The person the text before token ``hi`` names most often, by last name: at least
    twice and more often than anyone else; the last token of the first mention."""
    first: dict[str, Token] = {}
    count: Counter[str] = Counter()
    for e in ctx.doc.ents:
        if e.end > hi:
            break
        if e.label_ != "PERSON":
            continue
        key = e[-1].lower_
        count[key] += 1
        first.setdefault(key, e[-1])
    top = count.most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return first[top[0][0]]


def _same(a: Token, b: Token | None) -> bool:
    """Whether tokens ``a`` and ``b`` name the same person (the same last word): the one
    interviewed is never the interviewer."""
    return b is not None and a.text == b.text


def _read(t: Token, sides: frozenset[str]) -> Introduction | None:
    """What the interview cue ``t`` says, or None where it is no introduction."""
    if "with" in sides and t.pos_ in ("NOUN", "PROPN"):
        other = _object(t)
        subject = _clause_subject(t)
        if subject is not None:  # "Adeyemi said in an interview with the Ledger"
            return Introduction(subject, _named(other) or _told(t))
        if _person(other) is not None:  # "an interview with Ruth Adeyemi"
            poss = next((c for c in t.children if c.dep_ == "poss"), None)
            return Introduction(_person(other), _named(poss))
        return Introduction(None, _named(other))
    if t.pos_ != "VERB":
        return None
    if "object" in sides:
        passive = next((c for c in t.children if c.dep_ == "nsubjpass"), None)
        if passive is not None:  # "Adeyemi was interviewed by the Ledger"
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            return Introduction(_person(passive), _named(by))
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        return Introduction(_person(obj), _named(subj))
    if "subject" in sides and any(c.dep_ == "prep" and c.lower_ in _WITH for c in t.children):
        subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
        other = _object(t)
        if _person(subj) is None and _person(other) is not None:
            return Introduction(_person(other), _named(subj))  # "The Ledger spoke to Adeyemi"
        return Introduction(_person(subj), _named(other))  # "Adeyemi spoke to the Ledger"
    return None


def _object(t: Token) -> Token | None:
    """The object of a "with" or "to" after ``t`` ("interview with X", "spoke to X")."""
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in _WITH:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _clause_subject(t: Token) -> Token | None:
    """The person subject of the clause a noun cue stands in ("X said in an interview")."""
    h = _clause_verb(t)
    if h is None:
        return None
    subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return _person(subj)


def _clause_verb(t: Token) -> Token | None:
    """The verb of the clause a noun cue stands in."""
    h = t
    while h.head.i != h.i and h.pos_ not in ("VERB", "AUX"):
        h = h.head
    return h if h.pos_ in ("VERB", "AUX") else None


def _told(t: Token) -> Token | None:
    """Who the clause of a noun cue tells: "Pryce told the Herald in an interview that ..."
    (the verb's dative, or its object where a clause says what was told)."""
    verb = _clause_verb(t)
    if verb is None:
        return None
    # the clause may hang on the cue: "told the Herald in an interview that ..."
    has_clause = any(c.dep_ == "ccomp" for c in verb.children) or any(
        c.dep_ in ("acl", "ccomp") and any(g.dep_ == "mark" for g in c.children)
        for c in t.children)
    told = next((c for c in verb.children if c.dep_ == "dative" or
                 (c.dep_ == "dobj" and has_clause)), None)
    return _named(told)


def _person(tok: Token | None) -> Token | None:
    """``tok`` where it names a person; for "he" or "she", the person named last before it."""
    if tok is None:
        return None
    if tok.ent_type_ == "PERSON":
        return tok
    # "Transport Minister Omar Reyes" parsed with the title as the head
    named = [c for c in tok.children if c.ent_type_ == "PERSON" and c.dep_ in _NAME_DEPS]
    if named:
        return named[-1]
    gender = lexicon.word_map("pronouns.tsv").get(tok.lower_)
    if gender in ("m", "f"):
        doc = tok.doc
        for j in range(tok.i - 1, max(-1, tok.i - _PRONOUN_WINDOW), -1):
            if doc[j].ent_type_ == "PERSON":
                return doc[j]
    return None


def _named(tok: Token | None) -> Token | None:
    """``tok`` where it names someone (a person, a body, a proper noun), else None."""
    if tok is None:
        return None
    if tok.ent_type_ in ("PERSON", "ORG") or tok.pos_ == "PROPN":
        return tok
    return None
