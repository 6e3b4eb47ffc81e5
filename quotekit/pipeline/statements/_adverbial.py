"""Clauses a verb of speech reports that the parser hung on it as something else: an
adverbial ("said after the convention [he would ...]", "tweeted in the early hours [that ...]",
"asked workers [if ...]") or an interjection ("said [yes]")."""

from __future__ import annotations

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline.statements._withheld import group

__all__ = ["WH_TAGS", "adverbial_clause", "answer", "opens_that_adverbial", "spoken"]

#: Tags of relative and question words.
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def spoken(lemma: str) -> bool:
    """Whether ``lemma`` is a verb of speech or writing (a participle of knowing or focusing
    keeps its phrase: "a city known for its transparency", "a campaign focused on pay")."""
    return lexicon.cue_class(lemma) in lexicon.SCOPES["speech"]


def adverbial_clause(verb: Token, lemma: str) -> Token | None:
    """The clause ``verb`` reports that the parser took for an adverbial: an "if" clause of a
    verb of asking, a clause behind a phrase of time, a "that" clause read as an adverb."""
    return _asked_if(verb, lemma) or _unmarked_clause(verb, lemma) or \
        _that_adverbial(verb, lemma)


def _asked_if(verb: Token, lemma: str) -> Token | None:
    """The question a verb of asking reports, where the parser hung its "if" clause on the verb
    as an adverbial ("asked workers [if they planned to attend]"; the ``question`` group of
    ``data/non_statements.tsv``): the clause after the verb opened by "if" or "whether"."""
    if lemma.split()[0] not in group("question"):
        return None
    return next((c for c in verb.rights if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)), None)


def _unmarked_clause(verb: Token, lemma: str) -> Token | None:
    """The clause a verb of speech or writing reports where the parser took it for an adverbial
    because a phrase of time comes between ("Trump said after the convention [he would not
    accept ...]"): a finite clause after the verb with a subject of its own, no conjunction
    nor "when", "where" or relative word before its verb (which make it no report), on a
    verb with no object or infinitive of its own."""
    if not spoken(lemma) or any(c.dep_ in ("dobj", "obj", "xcomp", "oprd", "dative")
                                 for c in verb.children):
        return None  # ("said it when he arrived"; "called on X to invest ...")
    return next((c for c in verb.rights if c.dep_ == "advcl" and
                 not any(m.dep_ == "mark" or m.tag_ in WH_TAGS
                         for m in c.subtree if m.i <= c.i) and
                 any(m.dep_ in ("nsubj", "nsubjpass") for m in c.children) and
                 (c.tag_ in ("VBD", "VBZ", "VBP") or
                  any(a.dep_ in ("aux", "auxpass") and a.tag_ in ("MD", "VBD", "VBZ", "VBP")
                      for a in c.children))), None)


def _that_adverbial(verb: Token, lemma: str) -> Token | None:
    """The "that" clause a verb of speech or writing reports where the parser took it for an
    adverbial, "that" for an adverb ("Trump tweeted in the early morning hours [that Machado
    was “disgusting”]"): a clause after the verb opened by "that", with a subject of its own,
    on a verb with no object."""
    if not spoken(lemma) or any(c.dep_ == "dobj" for c in verb.children):
        return None  # ("repeated his contention that ...": the noun's clause)
    return next((c for c in verb.rights if opens_that_adverbial(c)), None)


def opens_that_adverbial(clause: Token) -> bool:
    """Whether ``clause`` is an adverbial clause opened by "that" with a subject of its own:
    what the parser makes of a reported "that" clause it reads "that" in as an adverb."""
    return clause.dep_ == "advcl" and clause.left_edge.lower_ == "that" and \
        clause.left_edge.head.i == clause.i and \
        any(m.dep_ in ("nsubj", "nsubjpass") for m in clause.children)


#: The answers a verb of saying can report by themselves ("46 percent of voters said yes").
_ANSWERS = frozenset({"yes", "no"})


def answer(verb: Token, lemma: str) -> Token | None:
    """"Yes" or "no" right after a verb of speech, the parser's interjection: what was said
    ("46 percent of voters said yes", "She said no."); not "said no to the plan"."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is None or nxt.head.i != verb.i or nxt.dep_ != "intj" or \
            nxt.lower_ not in _ANSWERS or not spoken(lemma):
        return None
    after = verb.doc[nxt.i + 1] if nxt.i + 1 < len(verb.doc) else None
    return None if after is not None and after.dep_ == "prep" else nxt
