"""Where a reported complement's content starts and ends (``content_from_complement``): the
complement's subtree cut before its cue, with what the parser hung beside it that belongs to it
(the object of a verb of naming or request, an infinitive after an object, an "as" phrase) and
without what does not (a date before its subject, a second report the parser joined to it)."""

from __future__ import annotations

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline.context import Context
from quotekit.pipeline.cues import can_act
from quotekit.pipeline.statements._adverbial import spoken
from quotekit.pipeline.statements._complement import coordinated_report

__all__ = ["content_from_complement"]


def _object_before(verb: Token, comp: Token, first: int) -> int:
    """Where the content starts when the parser took a reduced relative clause on the verb's
    object for the verb's clause: "cited [disparaging remarks] Trump had made about her" (an
    object that names no one, right before a clause with no "that"); else ``first``."""
    if comp.dep_ == "oprd":
        return _named_object(verb, comp, first, None)
    if comp.dep_ == "xcomp":
        particle = _particle_object(verb)
        if _request(verb) or particle is not None:
            return _named_object(verb, comp, first, particle)
    if comp.dep_ != "ccomp" or any(c.dep_ == "mark" for c in comp.children) or \
            verb.lemma_.lower() in lexicon.words("hearer_verbs.tsv"):
        return first  # ("told the meeting the authority had ...": the one spoken to)
    for child in verb.rights:
        if child.dep_ == "dobj" and child.right_edge.i + 1 == first and not can_act(child):
            return child.left_edge.i
    return first


def _request(verb: Token) -> bool:
    """Whether ``verb`` is a verb of request (family ``request`` of
    ``data/reporting_verbs.tsv``: "urged", "asked", "encouraged")."""
    entry = lexicon.reporting_verbs().get(verb.lemma_.lower())
    return entry is not None and entry.family == "request"


def _named_object(verb: Token, comp: Token, first: int, particle: Token | None) -> int:
    """Where the content of a verb of naming or request starts: at its object, the thing
    named ("called [half of his supporters] “deplorables”", "called [the plan] a mistake"),
    which the words it is called by describe, or the one asked to act ("urged [Congress] to
    act", or ``particle``, the object of its preposition: "appealed to [the government] to
    release funds": what is asked is that they act)."""
    for child in verb.rights:
        if child.dep_ == "dobj" and child.i < comp.i:
            return child.left_edge.i
    if particle is not None and particle.right_edge.i + 1 == first:
        return particle.left_edge.i
    return first


def _particle_object(verb: Token) -> Token | None:
    """The object of a preposition right after ``verb`` ("appealed to [the government]",
    "called for [the minister]"), or None."""
    if verb.i + 1 >= len(verb.doc):
        return None
    prep = verb.doc[verb.i + 1]
    if prep.dep_ != "prep" or prep.head.i != verb.i:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _infinitive_conjunct(comp: Token, child: Token) -> bool:
    """Whether ``child``, a conjunct of the reporting verb after its infinitive complement, is
    one more infinitive under the same "to" (a bare verb with no subject of its own)."""
    return comp.dep_ == "xcomp" and child.dep_ == "conj" and child.tag_ == "VB" and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in child.children)


def _second_that_clause(comp: Token, child: Token) -> bool:
    """Whether ``child``, on the reporting verb after its clause ``comp``, is a second clause
    it reports ("said it could, but that a new pump station would be needed": the parser
    hangs the "that" clause on the verb as a conjunct)."""
    if comp.dep_ != "ccomp":
        return False
    return child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i == child.left_edge.i
        for c in child.children)


def _infinitive_on_object(comp: Token, child: Token, last: int) -> bool:
    """Whether ``child`` is an infinitive right after an object, what the object is asked to do
    ("called for [the secretary] [to release the transcripts]": the parser hangs the
    infinitive on the verb), even where its verb could report ("release")."""
    return comp.dep_ in ("dobj", "pobj") and child.dep_ in ("advcl", "xcomp") and \
        child.tag_ == "VB" and child.left_edge.i == last + 1 and child.left_edge.lower_ == "to"


#: Words opening a clause that can be coordinated with a noun as what was spoken of ("spoke of
#: the legacy of racism, and [how] the fight for justice flowed ...").
_WH_OPENERS = frozenset({"how", "why", "what", "whether"})


def _conjunct_of_object(verb: Token, comp: Token, child: Token) -> bool:
    """Whether ``child``, a conjunct the parser hung on the reporting verb after its object, is
    one more thing said rather than a second verb of the subject: a gerund or bare verb with
    no subject or auxiliary where the reporting verb is a past form ("mentioned refinancing
    loans and [forcing] universities to ...", "promised to meet and in some cases [exceed] his
    goals": no tense is coordinated with "promised"), or a question clause after a noun
    ("spoke of the legacy of racism, and [how] the fight ... flowed")."""
    if child.dep_ != "conj" or comp.dep_ not in ("dobj", "pobj", "xcomp"):
        return False
    cc = next((c for c in child.head.children if c.dep_ == "cc" and c.i < child.i), None)
    if cc is None or cc.lower_ not in ("and", "or"):
        return False  # ("agreed to a moratorium, but when Biden visited ..., he was ...")
    if child.left_edge.lower_ in _WH_OPENERS and child.left_edge.tag_.startswith("W") and \
            comp.dep_ in ("dobj", "pobj") and comp.pos_ in ("NOUN", "PROPN"):
        return True
    own = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in child.children)
    return not own and verb.tag_ in ("VBD", "VBN") and (
        (child.tag_ == "VBG" and comp.dep_ == "dobj") or
        (child.tag_ in ("VB", "VBP") and comp.dep_ == "xcomp"))


def _participle_of_content(child: Token) -> bool:
    """Whether ``child``, a participle the parser hung on the reporting verb after its
    content, goes on with the content though its verb can report something: one of no speech
    or writing ("insisted it was a temporary dip, [reflecting] restlessness ..."); a verb of
    speech or writing is a second report ("said X, adding Y")."""
    return child.dep_ == "advcl" and child.tag_ == "VBG" and not spoken(child.lemma_.lower())


def _next_conjunct(cc: Token) -> Token:
    """The conjunct the conjunction ``cc`` introduces (a sibling after it), else ``cc``."""
    return next((c for c in cc.head.rights if c.i > cc.i and c.dep_ == "conj"), cc)


def _as_phrase(comp: Token, child: Token, last: int) -> bool:
    """Whether ``child``, right after an object, is what the object is described as
    ("portrayed Sanders [as focused on economic issues]", "described the dinner [as Washington
    celebrating itself]"), even where it holds a reporting verb."""
    return comp.dep_ == "dobj" and child.left_edge.i == last + 1 and (
        child.lower_ == "as" or any(c.dep_ == "mark" and c.lower_ == "as"
                                    and c.i == child.left_edge.i for c in child.children))


def _after_leading_date(comp: Token, first: int) -> int:
    """Where a clause starts once a date the parser hung on it before its subject is left to
    the verb ("said [on Monday] it would cut 9,000 jobs" -> "it would cut ...")."""
    subject = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return first
    for child in comp.children:
        if child.i >= subject.i:
            break
        if child.left_edge.i == first and child.dep_ in ("prep", "npadvmod") and all(
                t.ent_type_ in ("DATE", "TIME") or t.pos_ in ("ADP", "DET", "PUNCT")
                for t in child.subtree) and any(t.ent_type_ for t in child.subtree):
            first = child.right_edge.i + 1
    return first


#: The verbs a clause split in two by the parser ends in: an auxiliary left on its own.
_AUXILIARY_LEMMAS = frozenset({"do", "be", "have", "will", "would", "can", "could", "may",
                               "might", "shall", "should", "must"})


def _split_clause(comp: Token, child: Token, last: int) -> bool:
    """Whether ``child``, a second clause on the reporting verb that starts where the content
    ends (a negation between), is the rest of one clause the parser cut in two: "say they
    don't yet know ..." read as "say [they do] [n't yet know ...]"; the first piece is a bare
    auxiliary."""
    doc = comp.doc
    return child.dep_ == "ccomp" and child.left_edge.i > last and \
        all(doc[i].lemma_.lower() == "not" for i in range(last + 1, child.left_edge.i)) and \
        comp.lemma_.lower() in _AUXILIARY_LEMMAS and \
        not any(c.dep_ in ("dobj", "attr", "acomp", "xcomp", "ccomp") for c in comp.children)


def content_from_complement(ctx: Context, comp: Token, verb: Token,
                            cue_end: int) -> tuple[int, int]:
    """Char range of a complement subtree, cut before the cue when it surrounds it.

    A complement after the cue runs on over the cue's later modifiers ("called for talks, in
    order to ..."), stopping at a conjoined clause or another cue.
    """
    first, last = comp.left_edge.i, comp.right_edge.i
    if comp.i > verb.i:
        first = max(_object_before(verb, comp, first), cue_end)
        first = _after_leading_date(comp, first)
        for child in verb.rights:
            if child.i <= last:
                continue
            if child.dep_ == "cc" and (
                    _second_that_clause(comp, conjunct := _next_conjunct(child)) or
                    _conjunct_of_object(verb, comp, conjunct)):
                continue  # its "and"/"but": what comes after it is said too
            if _split_clause(comp, child, last) or \
                    _infinitive_conjunct(comp, child) or _as_phrase(comp, child, last) or \
                    _infinitive_on_object(comp, child, last) or \
                    _conjunct_of_object(verb, comp, child) or \
                    _second_that_clause(comp, child):
                # "urged them to ax X, replace Y and open Z"; "portrayed him as focused on Z"
                last = child.right_edge.i
                continue
            if child.dep_ in ("cc", "conj", "parataxis") or child.lower_ == "according" or \
                    (child.lemma_.lower() in lexicon.reporting_verbs() and
                     not _participle_of_content(child)):
                break
            if child.dep_ != "punct":
                last = child.right_edge.i
        second = next((c for c in comp.rights if not ctx.quoted[c.i] and
                       (reporter := coordinated_report(c)) is not None and
                       reporter.i == verb.i),
                      None)
        if second is not None:  # "said the code had been watered down, and called on ...":
            last = min(last, second.i - 2)  # the second report is none of the first
    elif last >= verb.i:
        last = verb.i - 1
    # subject of the cue never belongs to its content
    return ctx.chars(first, max(first, last))
