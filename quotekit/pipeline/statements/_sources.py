"""Who reports with a reporting verb: its subject, or the speaker the parser lost.

:func:`verb_source` is the source of a verb cue
(:func:`~quotekit.pipeline.statements.reported.verb`): the verb's subject (or that of the verb
whose second report it is), else a name right before a main verb the parser left without one
("Alarmed by the unrest, Senator Harry Reid, the minority leader, said ..."), else the one
told in "The jury was told ..."; a subject inside a quotation gives way to the name outside
it, and a name the parser hung as an apposition on the noun before an inserted attribution
is the speaker. None for a reduced passive with an infinitive ("a man said to be armed").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from quotekit.pipeline.cues import (
    agent_object,
    can_act,
    glued_subject,
    reduced_passive_agent,
    subject_of,
)
from quotekit.pipeline.statements._common import RuleState, mention_range
from quotekit.pipeline.statements._complement import coordinated_report, participle
from quotekit.pipeline.statements._insertions import INSERTION_PUNCT
from quotekit.pipeline.statements._withheld import asked_one

__all__ = ["verb_source"]


def _unquoted_source(state: RuleState, head: Token, source: Token) -> Token:
    """The source of a reporting verb outside quotation marks whose parsed subject lies inside
    one ("“... Michigan, Ohio,” Mr. Trump said": the parser took a quoted word for the
    subject): the nearest noun or pronoun before the verb and after the quotation (the name an
    apposition describes, the head of a compound name); the parsed subject where there is none.
    """
    ctx = state.ctx
    if not ctx.quoted[source.i] or ctx.quoted[head.i]:
        return source
    for i in range(head.i - 1, head.sent.start - 1, -1):
        if ctx.quoted[i]:
            break
        t = ctx.doc[i]
        if t.pos_ in ("PROPN", "NOUN", "PRON"):
            return _named_head(t, ctx.quoted)  # "Flynn, a top Trump surrogate, said"
    return source


def _named_head(t: Token, quoted: Sequence[bool] | None = None) -> Token:
    """The head of the name ``t`` ends: the name an apposition describes (one outside quotation
    marks, with ``quoted``), then the head of a compound name ("Reid, the minority leader,"
    -> Reid)."""
    while t.dep_ == "appos" and t.head.i < t.i and (quoted is None or not quoted[t.head.i]):
        t = t.head
    while t.dep_ in ("compound", "flat") and t.head.i > t.i:
        t = t.head
    return t


def _reduced_passive_infinitive(verb: Token, ctype: str) -> bool:
    """Whether ``verb`` is a passive participle on a noun with a "to" infinitive and no "by"
    agent ("models judged to pose a risk", "a man said to be armed"): the noun is what is
    reported on, not who reports, as in "he is said to be"; no statement."""
    return ctype == "xcomp" and verb.dep_ == "acl" and participle(verb) and \
        agent_object(verb) is None and reduced_passive_agent(verb) is None


def _before_participle(verb: Token, i: int) -> int:
    """The last word before token ``i`` (punctuation skipped) and before a participle's phrase
    on ``verb`` set off by commas that ends there ("Bouchard, [speaking in French], said":
    "French" is no speaker)."""
    while i > verb.sent.start and verb.doc[i].is_punct:
        i -= 1
    for c in verb.lefts:
        if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and \
                c.left_edge.i <= i <= c.right_edge.i and c.left_edge.i > verb.sent.start and \
                verb.doc[c.left_edge.i - 1].is_punct:
            return _before_participle(verb, c.left_edge.i - 1)
    return i


def _subject_missed(verb: Token) -> Token | None:
    """The speaker right before a main reporting verb the parser left without a subject
    ("Alarmed by the unrest in Nevada, Senator Harry Reid, the minority leader, said ...",
    where the name was taken for a conjunct of "Nevada"): the name or noun of people that
    ends just before the verb, its apposition skipped. None for passives ("is said to")."""
    if verb.dep_ != "ROOT" or any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "auxpass", "expl") for c in verb.children):
        return None
    i = _before_participle(verb, verb.i - 1)
    if glued_subject(verb, verb.doc[i]):
        return verb.doc[i]  # "The recall notice states that ...": "notice" hung on "states"
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    t = _named_head(verb.doc[i])  # "Reid, the minority leader, said"
    while t.dep_ == "conj" and t.head.i < t.i and t.head.pos_ == "PROPN" and \
            any(c.dep_ == "cc" for c in t.head.children):
        t = t.head  # "..., Obama and Clinton call them": the pair
    return t if t.i < verb.i and (t.pos_ == "PROPN" or can_act(t) or _named_elsewhere(t)) and \
        t.ent_type_ not in ("DATE", "TIME", "GPE") else None


def _inserted_name(verb: Token, subject: Token) -> Token:
    """The speaker of a verb inserted between commas where the parser took the noun before
    the first comma for the subject and the name for its apposition ("To understand the real
    Dred Scott, Chief Justice Roberts said, one should visit this museum.": Roberts, and "the
    real Dred Scott" stays in the content): the apposition that ends right before the verb,
    where the subject's own phrase does not open the sentence or follow a comma."""
    doc = verb.doc
    if verb.dep_ != "parataxis" or subject.i > verb.i or verb.i + 1 >= verb.sent.end or \
            doc[verb.i + 1].text not in INSERTION_PUNCT:
        return subject
    name = next((c for c in subject.rights if c.dep_ == "appos" and c.i == verb.i - 1 and
                 (c.pos_ == "PROPN" or can_act(c))), None)
    first = mention_range(subject)[0]
    if name is None or first == verb.sent.start or doc[first - 1].text in INSERTION_PUNCT:
        return subject
    opening = mention_range(name)[0]
    return name if doc[opening - 1].text in INSERTION_PUNCT else subject


def _one_told(verb: Token, lemma: str, ctype: str) -> Token | None:
    """The one told in "The jury was told the knife was never found" (a verb of the group
    ``question``, passive, with a clause): the statement is kept, with no source (what they
    heard is not theirs; who told them is not named). Not a request ("Anyone with information
    is asked to call ...", "was asked to speak")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return subject if subject is not None and ctype == "ccomp" and asked_one(verb, lemma) \
        else None


def _participle_opening(verb: Token, subject: Token) -> Token:
    """The speaker where the parser took a participle's phrase that opens the sentence for
    the verb's clausal subject and the name after its comma for part of that phrase
    ("Presenting the package in Brussels, Commission Vice-President Tomas Varhola said ...":
    Varhola, not "Presenting"): the name or noun of people that ends right before the verb."""
    doc = verb.doc
    last = doc[verb.i - 1]
    if subject.tag_ != "VBG" or subject.left_edge.i != verb.sent.start or \
            not (last.pos_ == "PROPN" or can_act(last)):
        return subject
    first = mention_range(last)[0]
    if first <= subject.i or doc[first - 1].text != ",":
        return subject
    return last


def _named_elsewhere(t: Token) -> bool:
    """A capitalised word the tagger got wrong here that is a proper noun elsewhere in the
    article ("Bouchard, speaking in French, said", "Bouchard" tagged an adverb)."""
    return t.is_title and any(o.pos_ == "PROPN" and o.text == t.text and o.i != t.i
                              for o in t.doc)


def verb_source(state: RuleState, head: Token, lemma: str, ctype: str) -> Token | None:
    """Who reports with the verb ``head`` (complement kind ``ctype``): its subject, or that of
    the verb whose second report it is ("said ..., and called on X to ..."); None for a
    passive participle on a noun with an infinitive ("Models judged to pose “systemic
    risk”", as "is said to be": no source, no statement)."""
    if _reduced_passive_infinitive(head, ctype):
        return None
    first = coordinated_report(head)
    source = subject_of(first if first is not None else head)
    if source is not None and source.dep_ == "csubj":
        source = _participle_opening(head, source)
    if source is None:
        source = _subject_missed(head) or _one_told(head, lemma, ctype)
    if source is not None:
        source = _inserted_name(head, _unquoted_source(state, head, source))
    return source
