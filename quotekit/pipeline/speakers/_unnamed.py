"""Unnamed sources: "a Treasury source", "three people briefed on the negotiations", "an
official who asked not to be named", "sources". The speaker is the description itself, marked
unnamed (and unresolved), with the body or place it gives as the affiliation: "a Treasury
source" is not the Treasury. The words are data: ``unnamed_sources.tsv``."""

from __future__ import annotations

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import clean_name
from quotekit.pipeline.speakers._bodies import by_body, last_body
from quotekit.pipeline.speakers._model import Answer, Entity, Mention, State, answer
from quotekit.pipeline.speakers._subjects import previous_subject_body
from quotekit.pipeline.speakers._table import Resolver
from quotekit.pipeline.speakers._titles import AFFILIATION_LABELS, ent_at, words_of_title

__all__ = ["description_affiliation", "unnamed_people", "unnamed_source"]

_FILE = "unnamed_sources.tsv"
#: Prepositions after the head that give the affiliation ("officials at the Treasury", "a
#: spokesperson for the agency").
_AFFILIATION_PREPS = frozenset({"at", "in", "from", "within", "inside", "of", "for"})


def _indefinite(src: Token) -> bool:
    """"an official", "two aides", "officials": no definite determiner nor possessor."""
    table = lexicon.word_map(_FILE)
    dets = [c for c in src.children if c.dep_ in ("det", "poss", "nummod", "quantmod")]
    if not dets:
        return src.tag_ in ("NNS", "NNPS")
    return all(c.dep_ == "nummod" or table.get(c.lower_) == "determiner" for c in dets)


def description_affiliation(r: Resolver, m: Mention, src: Token, last: Entity | None) -> str | None:
    """The body or place of the description: before the head ("a Treasury source", "a senior
    White House official") or after it ("officials at the Treasury", "a spokesperson for the
    agency"; "a spokesperson for the firm": the body "the firm" stands for, or ``last``,
    the body that spoke last, as for "the firm said", or the body the sentence before has for
    its subject)."""
    toks = [t for t in m.tokens if t.i < src.i]
    for prep in src.children:
        if prep.dep_ == "prep" and prep.lower_ in _AFFILIATION_PREPS:
            toks.extend(prep.subtree)
    for t in toks:
        if t.ent_type_ in AFFILIATION_LABELS:
            ent = ent_at(t)
            if ent is not None:
                return clean_name(ent.text) or None
    for t in toks:
        if t.dep_ == "pobj" and t.pos_ == "NOUN" and \
                t.lemma_.lower() in lexicon.organization_heads():
            # "a spokesperson for the firm": the body that description stands for
            words = list(r.doc[t.left_edge.i:t.i + 1])
            found = by_body(r, words, t, t.idx) or last_body(words, t, last) or \
                previous_subject_body(r, t, words)
            if found is not None:
                return found.name
    return None


def _named_in_apposition(src: Token) -> bool:
    """Whether a person's name stands in apposition to ``src``, either way round."""
    if src.dep_ == "appos" and src.head.ent_type_ == "PERSON":
        return True
    return any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in src.children)


#: How many paragraphs after an unnamed role the one who "made the remarks" may be named.
_REMARKS_WITHIN = 1


def _remarks_maker(r: Resolver, m: Mention) -> Entity | None:
    """The person a wire lede's unnamed role turns out to be: "..., a Foreign Ministry
    spokesperson said on Tuesday." then "Spokesperson Lin Jianhua made the remarks at a regular
    press briefing": the person titled with the role's noun who is the subject of "made" with
    an object of ``remark_nouns.tsv``, in the same or the next paragraph; else None."""
    role = m.source.lemma_.lower()
    here = r.ctx.paragraph_of(m.start)
    nouns = lexicon.words("remark_nouns.tsv")
    for a, _b, e in r.spans_between(m.end, len(r.text)):
        if r.ctx.paragraph_of(a) > here + _REMARKS_WITHIN:
            return None
        if e.kind != "person" or not any(role in words_of_title(t) for t in e.titles):
            continue
        span = r.doc.char_span(a, _b, alignment_mode="expand")
        verb = span.root.head if span is not None else None
        if verb is not None and span is not None and span.root.dep_ == "nsubj" and \
                verb.lemma_.lower() == "make" and any(
                    c.dep_ == "dobj" and c.lemma_.lower() in nouns for c in verb.children):
            return e
    return None


def unnamed_source(r: Resolver, m: Mention, s: State) -> Answer | None:
    """A description that stands for an unnamed source: the description, marked unnamed."""
    src = m.source
    role = lexicon.word_map(_FILE).get(src.lemma_.lower()) or \
        lexicon.word_map(_FILE).get(src.lower_)
    if src.pos_ != "NOUN" or src.ent_type_ or role not in ("head", "always") or \
            (role == "head" and not _indefinite(src)):
        return None
    after = src.nbor(1) if src.i + 1 < len(src.doc) else None
    if (after is not None and after.ent_type_ == "PERSON") or _named_in_apposition(src):
        return None  # "nuclear expert David Albright", "Mark Kantrowitz, a debt expert, who"
    plural = src.tag_ in ("NNS", "NNPS") or any(
        c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in src.children)
    maker = None if plural else _remarks_maker(r, m)
    if maker is not None:
        return answer(maker, "description")
    # named by the description, a relative pronoun's antecedent too ("an official who ...")
    e = s.unresolved_entity(m.text, m.start, "group" if plural else "person")
    e.unnamed = True
    aff = description_affiliation(r, m, src, s.last)
    if aff and not e.affiliation:
        e.affiliation = aff
    return answer(e, "unnamed")


def unnamed_people(r: Resolver, m: Mention, s: State) -> Answer | None:
    """Members of a people or party in the plural, no one named ("Mexicans often say", "many
    Democrats say", "Some Kenyans told us"): an unnamed group, not the nation or party (the
    recognizer's NORP label on a plural noun that is the whole of the mention's name; not
    "the Europeans", "Senate Republicans", "Democrats and the media"). The group stays in
    view, so a later "they" may take it up."""
    src = m.source
    if src.ent_type_ != "NORP" or src.tag_ not in ("NNPS", "NNS") or \
            not src.text[:1].isupper() or not src.text.endswith("s"):
        return None
    if any(t.i != src.i and (t.ent_type_ or t.pos_ == "PROPN" or t.dep_ in ("cc", "conj") or
                             t.lower_ == "the") for t in m.tokens):
        return None  # "Senate Republicans", "Democrats and the media", "the Europeans"
    e = s.unresolved_entity(m.text, m.start, "group")
    # unnamed, yet a group the article has in view: a later "they" may take it up
    e.unnamed, e.resolved = True, True
    return answer(e, "unnamed")

