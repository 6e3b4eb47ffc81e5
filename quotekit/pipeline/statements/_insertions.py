"""Attributions inserted into the content they report, and content that precedes its cue.

* after: "..., the Foreign Ministry said." (the verb a parataxis or conjunct after the
  content);
* parenthetical: "This campaign, he says, is different.";
* inverted: "The plan, said Smith, is flawed." (the parser often takes the content's first
  words for the verb's subject and the name for the subject of what follows);
* as-clause: "As Clyburn noted, those voters will ..." / "..., as Clyburn noted." / "But as
  Clyburn noted, ...";
* hearers: "told CNN", "assured reporters": a hearer verb's object that names someone is the
  one spoken to (``data/hearer_verbs.tsv``), as is the one after "to" in "shouted to the
  crowd." (``data/audience_nouns.tsv``), so the content lies around the cue.

Each returns character spans (start, end, kind of insertion) for
:mod:`~quotekit.pipeline.statements.reported` to turn into drafts.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline.cues import RELATIVE_PRONOUNS, can_act
from quotekit.pipeline.statements._common import (
    Policy,
    RuleState,
    mention_range,
    trim,
    verb_entry,
)
from quotekit.pipeline.statements._complement import ends_clause
from quotekit.pipeline.statements._withheld import group, names_time

__all__ = ["INSERTION_PUNCT", "after_span", "in_document", "inverted", "parenthetical", "spoken_to"]

#: Tokens that set off an inserted attribution: "This campaign, he says, is different."
INSERTION_PUNCT = (",", "—", "–", "--")

Piece = tuple[int, int, str]

#: Verb families (:data:`quotekit.lexicon.VERB_FAMILIES`) that invert after the content they
#: report ("..., said Smith, ...", "..., writes Jones, ..."); not "called" of naming.
_INVERTING_FAMILIES = frozenset({"speech", "manner", "stance"})


@cache
def _documents() -> frozenset[str]:
    """Noun cues of the document family (``data/noun_cues.tsv``): poll, survey, study, report."""
    return frozenset(cue for _n, (cue, _cls, family)
                     in lexicon._rows("noun_cues.tsv", 3, "cue\tclass\tfamily")
                     if family == "document" and " " not in cue)


def in_document(state: RuleState, noun: Token) -> tuple[int, int] | None:
    """The content a document reports by its place alone: "In the new Post-ABC poll, the
    mogul wins 1 in 3 voters", "Trump leads by 57 to 33 percent in the 50-state poll." (the
    document the object of "in" on the main verb, opening or closing the sentence, and no
    other cue in the clause, which would be the statement: "In a report, the agency found
    ..."). Returns the content's character span, or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" or \
            noun.lemma_.lower() not in _documents():
        return None
    gov, sent = prep.head, noun.sent
    if gov.dep_ != "ROOT" or gov.pos_ not in ("VERB", "AUX"):
        return None
    if prep.i < gov.i and prep.left_edge.i == sent.start:
        first, last = prep.right_edge.i + 1, sent.end - 1
    elif prep.right_edge.i >= sent.end - 2 and prep.i > gov.i:
        first, last = sent.start, prep.i - 1
    else:
        return None
    if any(i in state.cues_by_head and state.cues_by_head[i].kind in ("verb", "according")
           for i in range(first, last + 1)):
        return None
    pieces = _pieces(state, ((first, last),), "in-document")
    return pieces[0][:2] if pieces else None


def spoken_to(verb: Token, lemma: str, comp: Token | None, ctype: str,
              policy: Policy | None) -> Token | None:
    """``comp`` where the verb's complement is the one spoken to, not what was said (a hearer
    object, "told CNN"; an addressee after "to", "shouted to the crowd."), else None."""
    if _hearer(verb, lemma, comp, ctype) or _addressed(lemma, comp, ctype, policy):
        return comp
    return None


def _hearer(verb: Token, lemma: str, comp: Token | None, ctype: str) -> bool:
    """Whether ``comp``, the direct object of ``verb``, is the one spoken to ("told CNN", "told
    the crowd in Dayton": a person, body or audience, ``data/audience_nouns.tsv``), with
    nothing after it that says what about ("reminded voters of ...", "warned China against
    ..." keep their object: the content runs on from it; a time or place does not: "told AFP
    in an interview"). An audience, or a hearer before a time or place, followed by a verb
    ("told his supporters at a rally to go ...": a clause the parser hung elsewhere) keeps
    its object too."""
    if ctype != "dobj" or comp is None or \
            lemma.split()[0] not in lexicon.words("hearer_verbs.tsv") or \
            any(c.i > comp.i and (c.dep_ in ("ccomp", "xcomp") or (
                c.dep_ == "prep" and c.lower_ in lexicon.words("content_prepositions.tsv") and
                not names_time(c))) for c in verb.children):
        return False
    audience = comp.lemma_.lower() in lexicon.words("audience_nouns.tsv")
    if any(c.dep_ == "prep" and c.lower_ in _ABOUT and (c.lower_ != "of" or not audience)
           for c in comp.rights):
        return False  # ("reminded voters of ..."; but "told the class of 2014")
    if (audience or any(c.dep_ == "prep" and c.i > comp.i for c in verb.children)) and any(
            t.i > comp.i and t.pos_ in ("VERB", "AUX") for t in verb.subtree):
        return False  # "told his supporters at a rally to go ...": the parser lost the clause
    # a proper noun the recognizer left untagged is a name too ("told the Ledger")
    return audience or can_act(comp) or comp.pos_ == "PROPN" or \
        comp.lemma_.lower() in lexicon.words("organization_heads.tsv")


#: Prepositions on a hearer that say what it was told about ("warned China against ...").
_ABOUT = frozenset({"of", "about", "against", "on"})


def _addressed(lemma: str, comp: Token | None, ctype: str, policy: Policy | None) -> bool:
    """Whether ``comp`` is the one a verb of speaking the cue policy never saw with "to" speaks
    to, with nothing after it: "shouted to the crowd.", "whispered to her aides." (someone
    who can hear is no content; "referred to the plan", "complained to X about Y" and the
    learned pairs keep theirs)."""
    if ctype != "prep-to" or comp is None or not (
            can_act(comp) or comp.lemma_.lower() in lexicon.words("audience_nouns.tsv")) or \
            (policy is not None and (lemma, ctype) in policy):
        return False
    entry = verb_entry(lemma)
    prep = comp.head
    return entry is not None and entry.family in ("speech", "manner") and not any(
        c.dep_ in ("prep", "ccomp", "xcomp", "dobj") and c.i > prep.i
        for c in prep.head.children) and \
        not any(c.dep_ in ("ccomp", "acl", "relcl", "prep") for c in comp.rights)


def after_span(state: RuleState, head: Token, source: Token,
               heard: Token | None = None) -> tuple[int, int] | None:
    """", the Foreign Ministry said." attached as parataxis: the content is what precedes
    (``heard``: a hearer object the verb may keep: "..., Carter told a Senate panel.")."""
    if not (source.head.i == head.i and source.i < head.i and ends_clause(head, heard)):
        return None
    doc = state.ctx.doc
    first = head.sent.start
    last = mention_range(source)[0] - 1
    if last <= first or doc[last].text not in INSERTION_PUNCT or not (
            (head.dep_ in ("parataxis", "ccomp", "conj") and head.head.i < source.i) or
            _fronted_fragment(head, source, last)):
        return None
    while last > first and doc[last].is_punct:
        last -= 1
    return state.ctx.chars(first, last) if last > first else None


#: Dependencies of the words a fragment of speech before "..., he said." hangs on the verb by
#: ("People like Scott, he said.", "Not him, she said.", "Yes, she said."); not a preposition's
#: phrase ("In an interview, he said."), which only says where or when.
_FRAGMENT_DEPS = frozenset({"dep", "npadvmod", "advmod", "intj", "neg"})


def _fronted_fragment(verb: Token, source: Token, comma: int) -> bool:
    """Whether the main verb ``verb`` reports a fragment that opens its sentence ("People
    like Scott, he said.", "Not him, she said."): every word before ``comma``, the mark that
    ends right before its subject ``source``, hangs on the verb through
    :data:`_FRAGMENT_DEPS` (or as a second subject: "People like Scott" beside "he"), and no
    date or time ("Three years later, he said." says when), nor an adverb of place or time
    with its phrase ("Back at her headquarters, aides cheered", "Days after the arrest, ...")."""
    if verb.dep_ != "ROOT":
        return False
    lefts = [c for c in verb.lefts if c.i < comma and not c.is_punct]
    return bool(lefts) and lefts[0].left_edge.i == verb.sent.start and all(
        (c.dep_ in _FRAGMENT_DEPS or (c.dep_ == "nsubj" and c.i != source.i)) and
        c.right_edge.i < comma and
        not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree) and
        not (c.dep_ in ("advmod", "npadvmod") and any(g.dep_ == "prep" for g in c.children))
        for c in lefts)


def _pieces(state: RuleState, bounds: tuple[tuple[int, int], ...], kind: str) -> list[Piece]:
    """The trimmed character spans of token ranges ``bounds`` (inclusive), each over 1 char."""
    out = []
    for lo, hi in bounds:
        if hi >= lo:
            a, b = trim(state.ctx.text, *state.ctx.chars(lo, hi))
            if b - a > 1:
                out.append((a, b, kind))
    return out


def _opens_sentence(verb: Token) -> bool:
    """Whether only a conjunction or an adverb of the main clause comes before the clause of
    ``verb`` in its sentence: "But as Clyburn noted, ...", "And, as Menendez pointed out, ..."."""
    return all(t.is_punct or (t.dep_ in ("cc", "advmod") and t.head.i == verb.head.i)
               for t in verb.doc[verb.sent.start:verb.left_edge.i])


def _as_clause(state: RuleState, verb: Token) -> list[Piece]:
    """"As Clyburn noted, those voters will ..." / "..., as Clyburn noted."."""
    sent = verb.sent
    main = verb.head
    if main.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_PRONOUNS
                                    for c in main.children):
        return []  # a relative clause reports nothing ("a resident who gave her name only as
        # Nadia told AFP": the parser's "as" clause of "gave")
    lo, hi = verb.left_edge.i, verb.right_edge.i
    if lo > sent.start and hi < sent.end - 2 and main.i > hi and not _opens_sentence(verb):
        return []
    if hi < main.i:  # "As X noted, CONTENT"
        first, last = hi + 1, main.right_edge.i
    else:  # "CONTENT, as X noted"
        first, last = main.left_edge.i, lo - 1
    first, last = max(first, sent.start), min(last, sent.end - 1)
    if last - first < 2:
        return []
    return _pieces(state, ((first, last),), "as-clause")


def parenthetical(state: RuleState, verb: Token, source: Token) -> list[Piece]:
    """Content around an inserted attribution: "This campaign, he says, is different." and
    "As Clyburn noted, those voters will ..." / "..., as Clyburn noted."

    Returns the content pieces as (start char, end char, kind of insertion).
    """
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        return _as_clause(state, verb)
    if verb.dep_ == "ROOT":
        return _split_subject(state, verb, source)
    if source.i > verb.i or not (verb.dep_ == "parataxis" or
                                 (verb.dep_ == "ccomp" and verb.head.i > verb.i)):
        return []  # (a clause taken for the complement of what follows it: "X told Y, ...")
    doc, sent = state.ctx.doc, verb.sent
    before = mention_range(source)[0] - 1
    after = max([verb.i, *(c.right_edge.i for c in verb.rights if c.dep_ not in ("punct",))]) + 1
    if before <= sent.start or after >= sent.end - 1:
        return []
    if doc[before].text not in INSERTION_PUNCT or doc[after].text not in INSERTION_PUNCT:
        return []
    if _writers_aside(verb.head, after + 1):
        return _pieces(state, ((sent.start, before - 1),), "parenthetical")
    pieces = _pieces(state, ((sent.start, before - 1), (after + 1, sent.end - 1)),
                     "parenthetical")
    return pieces if len(pieces) == 2 else []


def _writers_aside(main: Token, i: int) -> bool:
    """Whether the words from token ``i`` to the end of the sentence are a clause the writer
    adds after the inserted attribution, on the content's main verb ``main`` and opened by a
    conjunction of the group ``aside`` ("..., three people familiar with the matter said, as
    the Norwegian group looks to focus on car carriers."): no part of what was said."""
    doc, sent = main.doc, main.sent
    clause = next((c for c in main.rights if c.dep_ == "advcl" and c.left_edge.i == i), None)
    if clause is None or doc[i].lower_ not in group("aside") or \
            not any(c.dep_ == "mark" and c.i == i for c in clause.children):
        return False
    return all(t.is_punct or t.is_space for t in doc[clause.right_edge.i + 1:sent.end])


def _split_subject(state: RuleState, verb: Token, source: Token) -> list[Piece]:
    """"This sort of opining, CNN claimed, violates its code.": an inserted attribution the
    parser made the main verb, the content's subject hung on it before its own subject's
    comma and the content's predicate a conjunct after a comma, with no "and" and no subject
    of its own. Returns the two pieces around the insertion, or nothing."""
    doc, sent = state.ctx.doc, verb.sent
    rest = next((c for c in verb.rights if c.dep_ == "conj"), None)
    if rest is None or source.i > verb.i or source.head.i != verb.i or \
            rest.pos_ not in ("VERB", "AUX") or rest.tag_ not in ("VBD", "VBZ", "VBP", "MD") or \
            any(c.dep_ in ("cc", "preconj") and c.i < rest.i for c in verb.rights) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in rest.children):
        return []
    before, after = mention_range(source)[0] - 1, rest.left_edge.i - 1
    if before <= sent.start or after <= verb.i or doc[before].text not in INSERTION_PUNCT or \
            doc[after].text not in INSERTION_PUNCT:
        return []
    lefts = [c for c in verb.lefts if c.i < before and not c.is_punct]
    if not lefts or lefts[0].left_edge.i != sent.start or \
            any(c.dep_ not in ("npadvmod", "dep") for c in lefts):
        return []
    pieces = _pieces(state, ((sent.start, before - 1), (after + 1, sent.end - 1)),
                     "parenthetical")
    return pieces if len(pieces) == 2 else []


def _names_person(noun: Token) -> bool:
    """Whether a noun of people names one by example: "hydrologists like Mira Halvorsen"."""
    return noun.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "prep" and c.lower_ == "like" and
        any(o.ent_type_ == "PERSON" for o in c.children) for c in noun.children)


def inverted(state: RuleState, verb: Token) -> tuple[Token, list[Piece]] | None:
    """"The plan, said Smith, is flawed.": the source named right after a verb set off by
    commas, and the content on both sides; or the source closing the sentence, the content
    before it, where the parser gave the verb no clause to report. Returns the source and the
    pieces, or None.

    The verb is a finite verb of speech or writing with no subject before it that can speak
    (the parser often takes the content's first words for its subject); the name (a proper
    noun or a noun of people, with its apposition: "said Michael Kofman, an expert on
    Russia,") ends at a comma with more of the sentence after it.
    """
    doc, sent = state.ctx.doc, verb.sent
    if verb.i - 1 <= sent.start or verb.i + 2 >= sent.end or \
            doc[verb.i - 1].text not in INSERTION_PUNCT or state.ctx.quoted[verb.i] or \
            verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # a finite verb: not "The program, called EB-5, allows ..."
    entry = lexicon.reporting_verbs().get(verb.lemma_.lower())
    if entry is None or entry.cls not in lexicon.SCOPES["speech"] or \
            entry.family not in _INVERTING_FAMILIES:
        return None
    if any(c.dep_ == "nsubj" and c.i < verb.i and can_act(c) for c in verb.children):
        return None  # "Lewandowski, a former manager, said the member, Manafort, should ..."
    name = doc[verb.i + 1]
    while name.dep_ in ("compound", "flat", "det", "amod") and name.head.i > name.i:
        name = name.head
    if not (name.pos_ == "PROPN" or can_act(name) or _names_person(name)) or \
            name.left_edge.i != verb.i + 1 or name.ent_type_ in ("DATE", "TIME"):
        return None
    end = name.right_edge.i
    while end > name.i and doc[end].is_punct:
        end -= 1
    if end + 2 >= sent.end - 1 and all(t.is_punct or t.is_space for t in doc[end + 1:sent.end]):
        # "The rejection signals “the end” for the EU, said Geert Wilders, founder of ...":
        # the name closes the sentence; where the parser found no clause for the verb to
        # report, the content is all before it
        if any(c.dep_ in ("ccomp", "csubj", "dobj", "xcomp") for c in verb.children):
            return None
        pieces = _pieces(state, ((sent.start, verb.i - 2),), "after")
        return (name, pieces) if pieces else None
    if end + 2 >= sent.end - 1 or doc[end + 1].text not in INSERTION_PUNCT or \
            any(c.dep_ in ("ccomp", "dobj") and c.i > verb.i for c in verb.children
                if c.i <= end):
        return None
    pieces = _pieces(state, ((sent.start, verb.i - 2), (end + 2, sent.end - 1)), "parenthetical")
    return (name, pieces) if len(pieces) == 2 else None
