"""Cues: the words that mark speech as reported.

Given a parsed spaCy ``Doc`` and which tokens lie inside quotation marks, find

* reporting verbs ("said", "told", "stressed", "called for", "expressed hope") by lemma, from
  the package's word list (:mod:`quotekit.lexicon`);
* "according to" phrases;
* noun cues that stand for a verb ("in a statement", "his argument: ...").

Colon cues ("Caddell continued:", headlines "US envoy: ...") are found by
:mod:`quotekit.pipeline.statements`, which sees paragraph structure.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import lru_cache
from types import MappingProxyType
from typing import Literal

import attrs
import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Token

from quotekit import lexicon

__all__ = ["CueMatch", "agent_object", "by_agent", "can_act", "find_cues", "glued_subject",
           "reduced_passive_agent", "subject_of"]

CueKind = Literal["verb", "according", "noun", "adjective"]

#: Dependency labels of particles that belong to a phrasal reporting verb ("point out").
PHRASAL_PARTS = frozenset({"prt"})
#: Relative pronouns ("Biegun, who said ..."), from ``data/relative_pronouns.tsv``.
RELATIVE_PRONOUNS = lexicon.words("relative_pronouns.tsv")
#: Entity types of those who can speak or act.
_AGENT_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: Adjectives that report a stance with a clause ("is confident that ..."), from
#: ``data/stance_adjectives.tsv``.
STANCE_ADJECTIVES = lexicon.words("stance_adjectives.tsv")


@lru_cache(maxsize=1)
def _phrasal_preps() -> Mapping[str, frozenset[str]]:
    """``{verb lemma: prepositions bound to it}`` from ``data/phrasal_verbs.tsv`` ("call" ->
    {"for", "on"}): "called for" is one cue even where the parser hangs "for" elsewhere."""
    table: dict[str, set[str]] = {}
    for _n, (verb, prep) in lexicon._rows("phrasal_verbs.tsv", 2, "verb\tpreposition"):
        table.setdefault(verb, set()).add(prep)
    return MappingProxyType({verb: frozenset(preps) for verb, preps in table.items()})


@attrs.frozen(slots=True)
class CueMatch:
    """A cue found in a Doc.

    Attributes:
        start: Index of the cue's first token.
        end: Index just past its last token.
        head: Index of the token that governs the reported content (the verb, "according").
        lemma: Base form of the cue ("say", "call for", "according to").
        kind: ``"verb"``, ``"according"``, ``"noun"`` ("his claim that") or ``"adjective"``
            ("is confident that").
    """

    start: int
    end: int
    head: int
    lemma: str
    kind: CueKind


def _phrasal(token: Token) -> tuple[int, str]:
    """Extend a verb over its particle ("point out") or bound preposition ("call for")."""
    end = token.i + 1
    lemma = token.lemma_.lower()
    doc = token.doc
    preps = _phrasal_preps().get(lemma)
    if preps and end < len(doc) and doc[end].lower_ in preps:
        # "called for": bound even where the parser hangs "for" on the clause that follows
        return end + 1, f"{lemma} {doc[end].lower_}"
    for child in token.rights:
        if child.dep_ in PHRASAL_PARTS and child.i == end:
            return child.i + 1, f"{lemma} {child.lower_}"
    return end, lemma


_ACCORDING = hash_string("according")


@lru_cache(maxsize=1)
def _wanted_hashes() -> numpy.ndarray:
    """String-store hashes of every reporting verb, cue noun and stance adjective lemma (hashes
    are the same in every vocab)."""
    verbs = lexicon.reporting_verbs()
    words = {v for v in verbs if " " not in v} | {n for n in lexicon.noun_cues() if " " not in n}
    words |= {v.split()[0] for v in verbs if " " in v}  # "go" of "go on", read with its particle
    words |= STANCE_ADJECTIVES
    return numpy.array(sorted(hash_string(w) for w in words), dtype=numpy.uint64)




def find_cues(doc: Doc, quoted: Sequence[bool]) -> Iterator[CueMatch]:
    """Yield the cues of ``doc`` outside quotation marks, in text order.

    Args:
        doc: A parsed Doc (tagger, lemmatizer and parser are read).
        quoted: For each token index, True where the token lies inside a quotation.
    """
    if not len(doc):
        return
    verbs = lexicon.reporting_verbs()
    nouns = lexicon.noun_cues()
    wanted = _wanted_hashes()
    arr = doc.to_array([LEMMA, LOWER])
    hits = numpy.nonzero(numpy.isin(arr[:, 0], wanted) | (arr[:, 1] == _ACCORDING))[0]
    for i in hits.tolist():
        if quoted[i]:
            continue
        token = doc[i]
        lower = token.lower_
        if token.pos_ == "NOUN" and _verb_tagged_noun(token, verbs):
            yield CueMatch(token.i, token.i + 1, token.i, token.lemma_.lower(), "verb")
            continue
        if token.pos_ == "NOUN":
            lemma = token.lemma_.lower()
            if lemma in nouns or lower in nouns:
                yield CueMatch(token.i, token.i + 1, token.i, lemma, "noun")
            continue
        if token.pos_ == "ADJ":
            if any(c.dep_ == "ccomp" for c in token.children):
                yield CueMatch(token.i, token.i + 1, token.i, token.lemma_.lower(), "adjective")
            continue
        if lower == "according":
            nxt = token.nbor(1) if token.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ == "to":
                yield CueMatch(token.i, token.i + 2, token.i, "according to", "according")
            continue
        if token.pos_ not in ("VERB", "AUX") and token.tag_ not in ("VBD", "VBZ", "VBP", "VBG",
                                                                   "VBN", "VB"):
            continue
        lemma = token.lemma_.lower()
        if lemma not in verbs and _phrasal(token)[1] not in verbs:
            continue  # ("went" is a cue only with its particle: "she went on")
        if token.dep_ in ("aux", "auxpass") or (
                token.dep_ in ("amod", "compound", "nmod") and token.tag_ not in ("VBD", "VBZ")):
            continue  # "the stalled talks"; but a finite "tweeted" misparsed as a modifier counts
        end, full = _phrasal(token)
        yield CueMatch(token.i, end, token.i, full, "verb")


def _verb_tagged_noun(token: Token, verbs: Mapping[str, object]) -> bool:
    """Whether the tagger called a reporting verb a noun where the parser gave it a subject
    and a clause ("But Trump claims that he should be the exception": "claims" tagged NNS),
    or a clause and its subject glued on as a compound ("Maplebrook's recall notice states
    that ...", :func:`glued_subject`)."""
    deps = {child.dep_ for child in token.children}
    glued = token.dep_ == "ROOT" and token.i > 0 and glued_subject(token, token.nbor(-1))
    return token.lemma_.lower() in verbs and "ccomp" in deps and (
        glued or ("nsubj" in deps and token.dep_ in ("ROOT", "ccomp", "conj")))


def glued_subject(verb: Token, t: Token) -> bool:
    """Whether the noun ``t`` right before ``verb`` is its subject the parser made a compound
    on it, as if a plural noun ("The recall notice [states] that ..."), before its clause."""
    return t.dep_ == "compound" and t.head.i == verb.i and t.pos_ in ("NOUN", "PROPN") and \
        any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _object_taken_for_subject(verb: Token, subject: Token) -> bool:
    """Whether the parser took a verb's object for the subject of a participle right after it:
    "Biegun visited Seoul expressing Washington's resolve" (Seoul is what Biegun visited; the
    participle is Biegun's). A subject set off by a comma ("He left, his voice trembling") or
    a governing verb with an object of its own is the participle's own."""
    head = verb.head
    return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i != verb.i
            and subject.i == head.i + 1 and subject.i < verb.i
            and not any(c.dep_ in ("dobj", "obj") for c in head.children)
            and any(c.dep_ == "nsubj" for c in head.children))


@lru_cache(maxsize=1)
def _person_heads() -> frozenset[str]:
    """Nouns that name people: person nouns, roles, titles and unnamed sources' heads."""
    unnamed = {w for w, kind in lexicon.word_map("unnamed_sources.tsv").items()
               if kind in ("head", "always")}
    return (lexicon.words("person_nouns.tsv") | lexicon.words("role_heads.tsv")
            | lexicon.title_heads() | unnamed)


def can_act(token: Token) -> bool:
    """Whether ``token`` names someone who can speak (or be spoken to): a person, organisation
    or people by the recognizer, a personal pronoun, or a noun that names people."""
    if token.ent_type_ in _AGENT_ENTS:
        return True
    if token.pos_ == "PRON":
        return lexicon.word_map("pronouns.tsv").get(token.lower_) in ("m", "f", "plural")
    return token.lemma_.lower() in _person_heads()


def _object_controller(verb: Token) -> Token | None:
    """The object of the verb that governs the infinitive ``verb``, where it is the one who
    acts: "urged the doctors to ask ..." (object control). None elsewhere ("used the speech
    to say" has no person for object)."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i:
        return None
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
    return obj if obj is not None and can_act(obj) else None


def _governor_of_thing(noun: Token) -> Token | None:
    """The verb that governs ``noun`` where a participle or infinitive on it is not the noun's
    doing: a common noun that names no one ("missed an opportunity to remind ...",
    "established a policy urging ...", "in effect daring him ..."), the object or attribute
    of a verb or the object of a preposition on one. None for a noun that can act."""
    if noun.pos_ != "NOUN" or can_act(noun):
        return None
    gov = noun.head
    if noun.dep_ == "pobj" and gov.dep_ == "prep":
        gov = gov.head
    elif noun.dep_ not in ("dobj", "obj", "attr", "oprd"):
        return None
    return gov if gov.pos_ in ("VERB", "AUX") and gov.i != noun.i else None


def _beside_nearer_subject(verb: Token, subject: Token) -> bool:
    """Whether the parser gave ``verb`` another subject nearer to it than ``subject``, a
    relative "that"/"which" or a heading run into the sentence: in "the reasons that Trump
    refuses to ...", "that" is what Trump refuses; in "THE BORROWING Back when he wrote his
    book, Mr. McKinley said ...", McKinley said it."""
    doc = verb.doc
    return any(c.dep_ == "nsubj" and c.i != subject.i and
               (subject.i < c.i < verb.i or verb.i < c.i < subject.i) and
               # not a piece of one hyphenated word ("His ex-wife")
               any(t.whitespace_ for t in doc[min(c.i, subject.i):max(c.i, subject.i)]) and
               not _apposition_taken_for_subject(subject, c)
               for c in verb.children)


def _apposition_taken_for_subject(name: Token, other: Token) -> bool:
    """Whether ``other``, a second subject after the name ``name``, is the name's apposition
    set off by commas: "Ban Ki-moon, the secretary general of the United Nations, vowed"
    (the parser gave "vowed" both)."""
    doc = name.doc
    return name.ent_type_ == "PERSON" and name.i < other.i and other.pos_ == "NOUN" and \
        doc[name.i + 1].text == "," and other.left_edge.i == name.i + 2 and \
        "," in (doc[other.right_edge.i].text, doc[other.right_edge.i + 1].text)


def reduced_passive_agent(verb: Token) -> Token | None:
    """The "by" agent of a past participle on a noun, where the parser hung "by" on the
    participle or on its prepositional object: "National Guard members, called to service by
    the governor" (the governor calls). None elsewhere."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN":
        return None
    heads = [verb] + [p for c in verb.children if c.dep_ == "prep"
                      for p in c.children if p.dep_ == "pobj"]
    return next((obj for head in heads for c in head.children
                 if _is_by(c) and (obj := _actor_of(c)) is not None), None)


def agent_object(verb: Token) -> Token | None:
    """The object of a passive verb's "by" agent, as the parser gives it ("Asked by Mr Pryce
    whether ...", "a statement released by the mayor"), whoever it names; None without one."""
    return next((p for a in verb.children if a.dep_ == "agent" for p in a.children
                 if p.dep_ == "pobj"), None)


def by_agent(noun: Token) -> Token | None:
    """Who makes what the common noun ``noun`` names, given after "by": "a decision by the
    FBI", "a 2014 study by Harvard" (where it names someone who can act). None elsewhere."""
    if noun.pos_ != "NOUN":
        return None
    by = next((c for c in noun.rights if _is_by(c)), None)
    return _actor_of(by) if by is not None else None


def _is_by(t: Token) -> bool:
    """Whether ``t`` is a "by" phrase's preposition."""
    return t.dep_ in ("prep", "agent") and t.lower_ == "by"


def _actor_of(by: Token) -> Token | None:
    """The object of the "by" phrase ``by`` where it names someone who can act."""
    obj = next((p for p in by.children if p.dep_ == "pobj"), None)
    return obj if obj is not None and can_act(obj) else None


def _pictured(verb: Token) -> Token | None:
    """The one shown doing ``verb`` in a picture of them: a participle right after "footage of
    X", "a video of X", where X names someone, is X's ("The ad uses footage of Hillary Clinton
    asking, ...", which the parser hangs on "uses"). None elsewhere."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("xcomp", "advcl", "acl") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "pobj" or before.head.lower_ != "of" or not can_act(before):
        return None
    picture = before.head.head
    return before if picture.pos_ == "NOUN" and not can_act(picture) else None


def _apposition_on_opening_phrase(verb: Token) -> Token | None:
    """The apposition that the parser hung on the last noun of an opening phrase, where the
    main verb after it has no subject: "In a post on X, its director, Rhian Fowler, wrote:"
    ("director" parsed as an apposition of "X"), also without the comma before the verb ("In
    a post on Instagram, the singer Cassidy Hale shared ...", where it ends with a person's
    name). The noun must name someone who can speak, follow a comma and end right before the
    verb (or its comma)."""
    if verb.dep_ != "ROOT" or any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass",
                                             "expl") for c in verb.children):
        return None
    doc = verb.doc
    last = verb.i - 1
    if last > verb.sent.start and doc[last].text == ",":
        last -= 1
    elif doc[last].ent_type_ != "PERSON":
        return None  # without the comma, only a person's name ("a spokesperson for the
        # Association of Manitoba said" is left to the speaker stage's reading)
    if last <= verb.sent.start:
        return None
    for opening in verb.lefts:
        if opening.dep_ not in ("prep", "advcl", "npadvmod") or opening.right_edge.i != last:
            continue
        for t in opening.subtree:
            if t.dep_ == "appos" and t.head.i < t.i and t.left_edge.i > opening.i and \
                    doc[t.left_edge.i - 1].text == "," and t.right_edge.i == last and \
                    t.pos_ in ("NOUN", "PROPN") and can_act(t):
                return t
    return None


def subject_of(verb: Token) -> Token | None:
    """Find who performs ``verb``: its subject, or the subject it shares with a governing verb.

    Follows conjoined verbs ("X congratulated Y and expressed hope"), participles ("..., saying
    ..."), open complements ("vowed to say"; "urged the nurses to ask": the object, where it
    names people), relative clauses ("Biegun, who said ...") and adjectives ("was quick to
    point out": the copula's subject); a clause on a noun that names
    no one is the governing verb's subject's ("missed a chance to thank ...").
    Returns None for agentless passives ("he is said to be"). A main verb with no subject
    takes the apposition the parser hung on an opening phrase ("In a post on X, its director,
    Rhian Fowler, wrote").
    """
    token = verb
    for _ in range(6):
        agent: Token | None = None
        passive = False
        for child in token.children:
            if child.dep_ in ("nsubj", "csubj") and not _object_taken_for_subject(token, child) \
                    and not _beside_nearer_subject(token, child):
                return child  # a relative "who" too: the speaker resolver finds its antecedent
            if child.dep_ == "agent":
                agent = next((p for p in child.children if p.dep_ == "pobj"), None)
            elif child.dep_ == "nsubjpass":
                passive = True
        if agent is not None:
            return agent  # "was first reported by MSNBC"
        if passive:
            # "X is said to ..." is a report without a source; "X was quoted as saying" too.
            return None
        if token.dep_ == "relcl" and token.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return token.head
        if token.dep_ == "pcomp" and token.head.dep_ == "prep":
            token = token.head.head  # "began by talking about ...", "has taken to urging"
            continue
        controller = _object_controller(token)
        # "pushed the doctors to ask": the doctors ask; where the governing verb has no one
        # doing it ("is expected to capture delegates to claim"), neither does the infinitive
        if controller is not None and subject_of(token.head) is not None:
            return controller
        shown = _pictured(token) or reduced_passive_agent(token)
        if shown is not None:
            return shown
        if token.dep_ == "acomp" and token.i != verb.i:
            return _predicative_subject(token)
        if token.dep_ in ("conj", "xcomp", "advcl", "acl") and token.head.i != token.i:
            if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
                return _clause_on_noun(token.head)
            token = token.head
            continue
        # a second report shares the speaker hung on the opening phrase ("..., the singer
        # Cassidy Hale shared a photograph and wrote that ...")
        return _apposition_on_opening_phrase(token) if token is verb or \
            (verb.dep_ == "conj" and verb.head is token) else None
    return None


def _predicative_subject(adjective: Token) -> Token | None:
    """Who is the adjective an infinitive hangs on: "Sexton was quick to point out ...",
    "Democrats are more likely to say ..." (the subject of the copula: a noun, or a personal
    pronoun). None for "it is hard to say" and a clause for subject."""
    if adjective.pos_ != "ADJ" or adjective.head.pos_ not in ("AUX", "VERB"):
        return None
    subject = next((c for c in adjective.head.children if c.dep_ == "nsubj"), None)
    if subject is None or (subject.pos_ == "PRON" and not can_act(subject)):
        return None  # "it is hard to say": no one
    return subject


def _clause_on_noun(noun: Token) -> Token:
    """Who does a clause on ``noun``: the one "by" whom it is made ("This decision by the FBI
    to not recommend charges"), the governing verb's subject where the noun names no one
    ("missed a chance to thank ..."), else the noun."""
    maker = by_agent(noun)
    if maker is not None:
        return maker
    gov = _governor_of_thing(noun)
    agent = subject_of(gov) if gov is not None else None
    return agent if agent is not None else noun
