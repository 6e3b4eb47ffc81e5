"""Description strategies: "the envoy" goes to the person whose title holds its head noun or
a synonym (the special representative), "the ministry" to the body whose name holds it
("Foreign Ministry"), "the nominee" to the person the article is about."""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from functools import partial

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import initials
from quotekit.pipeline.cues import agent_object
from quotekit.pipeline.speakers._bodies import (
    body_before_person,
    by_body,
    content_subject_body,
    last_body,
    org_named,
    same_description_before,
)
from quotekit.pipeline.speakers._ledes import NAMED_WITHIN, lede, lede_office, named_next
from quotekit.pipeline.speakers._model import Answer, Entity, Mention, State, answer, group
from quotekit.pipeline.speakers._subjects import previous_subject_body
from quotekit.pipeline.speakers._table import Resolver
from quotekit.pipeline.speakers._titles import (
    LETTERS_RE,
    role_heads,
    title_from_description,
    words_of_title,
)

__all__ = ["by_description", "by_role", "description", "is_plural"]


def is_plural(m: Mention) -> bool:
    """Whether the mention is a plural common noun ("the envoys"; not "Democrats")."""
    return m.source.tag_ in ("NNS", "NNPS") and m.source.ent_type_ not in ("NORP", "ORG", "GPE")


def description(r: Resolver, m: Mention, s: State) -> Answer | None:
    """A singular description naming a role or a body, or the body that spoke last ("the
    company"); a person's description adds its title ("the US special envoy")."""
    if is_plural(m):
        return None
    e = _introduced_role(r, m, s) or by_description(r, m.tokens, m.start, m.source) or \
        _author(r, m) or _issuer(r, m, s) or last_body(m.tokens, m.source, s.last) or \
        content_subject_body(r, m) or same_description_before(r, m, s) or \
        body_before_person(r, m, s) or previous_subject_body(r, m.source, m.tokens)
    if e is None:
        return None
    title_from_description(r.ctx, e, m.tokens)
    return answer(e, "description")


#: How many tokens back "the spokesperson" looks for "a spokesperson for X" who spoke.
_INTRODUCED_WINDOW = 150


def _introduced_role(r: Resolver, m: Mention, s: State) -> Entity | None:
    """"the spokesperson" after "a spokesperson for the association said ...": the speaker
    that unnamed role introduced (the association, or the unnamed spokesperson), where no one
    titled so is named since ("Kirsten Bégin, a spokesperson for the alliance," earlier
    is another)."""
    src = m.source
    if src.pos_ != "NOUN" or src.tag_ != "NN" or not m.tokens or m.tokens[0].lower_ != "the" \
            or src.lemma_.lower() not in role_heads():
        return None
    lemma = src.lemma_.lower()
    for t in reversed(src.doc[max(0, src.i - _INTRODUCED_WINDOW):m.tokens[0].i]):
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            return None  # the nearest such role is named or definite: the usual paths
        found = next((s.sources[x.i] for x in t.subtree if x.i in s.sources), None)
        if found is None:
            return None
        syn = lexicon.role_synonyms(lemma) | {lemma}
        named = [e for _a, _b, e in r.spans_between(t.idx, m.start)
                 if _person_titled(syn, frozenset(), e)]
        return None if named else found
    return None


#: Prepositions that give a text's author ("a report from the inspector general").
_AUTHOR_PREPS = frozenset({"from", "by"})


def _author(r: Resolver, m: Mention) -> Entity | None:
    """"The report says": the author its own phrase or (for "the report") an earlier phrase
    with the same noun gives, by "from" or "by" on the noun itself ("a report from the State
    Department's inspector general"; not "the transcript published by the Post")."""
    head = m.source
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or lemma not in lexicon.words("document_heads.tsv"):
        return None
    named = any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in head.children)
    definite = bool(m.tokens) and m.tokens[0].lower_ in ("the", "this", "that")
    stop = -1 if definite and not named else head.i - 1  # ("the Monmouth poll": its own)
    for i in range(head.i, stop, -1):
        t = head.doc[i]
        if t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
            continue
        agent = _set_off_agent(t) if t.i == head.i else None
        found = r.entity_of(agent) if agent is not None else None
        if found is not None:
            return found  # "According to the report, published by the IFS,"
        for prep in t.children:
            if prep.dep_ != "prep" or prep.lower_ not in _AUTHOR_PREPS:
                continue
            for by in prep.children:
                if by.dep_ == "pobj":
                    found = r.entity_of(by) or by_description(
                        r, list(head.doc[by.left_edge.i:by.i + 1]), by.idx, by)
                    if found is not None:
                        return _with_coauthors(r, found, by)
    return None


#: How many tokens back "the statement said" looks for the statement's issuer.
_ISSUED_WINDOW = 200


def _issuer(r: Resolver, m: Mention, s: State) -> Entity | None:
    """"the statement said", "the letter says": the one who made that text, where the
    article said so before with the same noun: the subject of the verb it was said in
    ("Skyway Airways said in a statement ..."), of the verb that made it ("The ministry
    issued a statement ...", "released a letter"), its possessor ("the mayor's letter") or
    the agent of its making ("a statement issued by the ministry")."""
    head = m.source
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ != "NN" or \
            lemma not in lexicon.words("document_heads.tsv") or not m.tokens or \
            m.tokens[0].lower_ not in ("the", "this", "that") or \
            any(c.dep_ in ("compound", "poss", "prep") for c in head.children):
        return None  # (its own maker, if any, is _author's: "the Monmouth poll")
    doc = head.doc
    for t in reversed(doc[max(0, head.i - _ISSUED_WINDOW):m.tokens[0].i]):
        if t.pos_ == "NOUN" and t.lemma_.lower() == lemma:
            return _maker(r, s, t)
    return None


def _maker(r: Resolver, s: State, noun: Token) -> Entity | None:
    """Who made the text ``noun`` names, by the words around it (see :func:`_issuer`): its
    possessor, the agent of its making ("a statement released by"), the subject of the verb
    it was said in or that made it, else the agent of a participle set off after it ("the
    report, published by the IFS,")."""
    for c in noun.children:
        if c.dep_ == "poss":
            return s.sources.get(c.i) or r.entity_of(c)
        by = agent_object(c) if c.dep_ == "acl" and c.tag_ == "VBN" else None
        if by is not None:
            return _one(r, s, by)
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "said in a statement"
    if noun.dep_ == "dobj" or verb is not noun.head:
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return _one(r, s, subj)
    agent = _set_off_agent(noun)
    return _one(r, s, agent) if agent is not None else None


def _one(r: Resolver, s: State, t: Token) -> Entity | None:
    """The speaker or entity ``t`` stands for: the speaker resolved at it, the entity named
    over it, or the one its words describe; else, for a body or a role ("the mayor's
    office"), that description as written, unresolved."""
    found = s.sources.get(t.i) or r.entity_of(t)
    if found is not None or t.pos_ != "NOUN":
        return found
    words = list(t.doc[t.left_edge.i:t.i + 1])
    found = by_description(r, words, t.idx, t)
    lemma = t.lemma_.lower()
    body = lemma in lexicon.organization_heads()
    if found is None and (body or lemma in role_heads()):
        a, b = words[0].idx, t.idx + len(t.text)
        found = s.unresolved_entity(r.text[a:b], a, "organization" if body else "person")
    return found


def _set_off_agent(noun: Token) -> Token | None:
    """The agent of a participle set off by a comma right after ``noun``, which the parser
    may hang on the main verb ("According to the report, published by the Institute for
    Fiscal Studies, wages ...": the institute)."""
    doc = noun.doc
    if noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return None
    verb = doc[noun.i + 2]
    if verb.tag_ != "VBN" or verb.left_edge.i != verb.i:
        return None
    return agent_object(verb)


def _with_coauthors(r: Resolver, found: Entity, by: Token) -> Entity:
    """The author ``found`` at ``by`` with the bodies and people joined to it by "and": "a
    study by Harvard and the University of California at Berkeley" is a group of the two."""
    members = [found]
    for t in by.conjuncts:
        e = r.entity_of(t)
        if e is None or e.kind == "group" or e in members:
            return found
        members.append(e)
    return group(members, by.idx) if len(members) > 1 else found


def _person_titled(words: Set[str], bodies: Set[str], e: Entity,
                   places: Set[str] = frozenset(), phrases: bool = False,
                   qualifiers: Set[str] = frozenset()) -> bool:
    """A person with a title holding one of ``words`` and every word of ``bodies`` ("the
    envoy" -> "special envoy"; "the campaign manager" -> "campaign manager"), and, where the
    description names ``places`` ("the Vermont senator"), with each in the title or the
    affiliation ("New Jersey Gov. Chris Christie" is "the New Jersey governor"). With
    ``phrases`` (a definite description), a synonym of several words counts where the title
    holds them all ("the government's top spokesman" -> "Chief Cabinet Secretary"); without,
    only one word ("a Twitter spokesman" is no "White House press secretary"). A title with
    one of ``qualifiers`` is another office ("the head" is no "deputy chief executive")."""
    if e.kind != "person":
        return False
    where = set(LETTERS_RE.findall((e.affiliation or "").lower()))
    for title in e.titles:
        found = words_of_title(title)
        if found & qualifiers:
            continue
        if (found & words or (phrases and any(
                " " in w and frozenset(w.split()) <= found for w in words))) and \
                bodies <= found and places <= found | where:
            return True
    return False


def by_description(r: Resolver, tokens: Sequence[Token], at: int,
                   head: Token | None = None) -> Entity | None:
    """The entity a description at ``at`` stands for: its head noun ``head`` first (where
    given), then its other nouns from the last back. An organisation noun gives a body (the
    head's by :func:`~quotekit.pipeline.speakers._bodies.by_body`, another noun's only where
    a body's name holds it: "the Vatican spokesman"), a role noun the person titled so (or
    with a synonym) or, for "the nominee", the person the article is about; a role noun that
    possesses the head names no one ("the Sheriff's Office", "the governor's aide")."""
    org_heads = lexicon.organization_heads()
    heads = role_heads()
    nouns = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")]
    order = [t for t in nouns if head is not None and t.i == head.i] + \
        [t for t in reversed(nouns) if head is None or t.i != head.i]
    for t in order:
        lemma = t.lemma_.lower()
        if lemma in org_heads:
            if head is not None and t.i == head.i:
                found = by_body(r, tokens, t, at)
            elif t.tag_ not in ("NNS", "NNPS"):
                found = r.nearest(at, partial(org_named, {lemma}))
            else:
                found = None  # ("Groups representing universities")
            if found:
                return found
        if lemma in heads and not _possessor(t, head):
            # (a possessor is not the one described: "the Sheriff's Office" is no sheriff)
            lone = head is not None and t.i == head.i and _office(t, tokens)
            found = _by_role_head(r, tokens, lemma, at, lone)
            if found:
                return found
    return None


def _possessor(t: Token, head: Token | None) -> bool:
    """Whether ``t`` lies in the possessor of the description's head: "the prime minister's
    official spokesman" is the spokesman, no minister; or is a possessor itself, marked "'s"
    ("the Sheriff's Office")."""
    if head is None or t.i == head.i:
        return False
    if any(c.dep_ == "case" for c in t.children):
        return True
    while t.i != t.head.i and t.i != head.i:
        if t.dep_ == "poss" and t.head.i == head.i:
            return True
        t = t.head
    return False


def _by_role_head(r: Resolver, tokens: Sequence[Token], lemma: str,
                  at: int, lone: bool = False) -> Entity | None:
    """The person titled ``lemma`` (or a synonym) named nearest ``at``; else, for "the
    nominee", the person the article is about. A body noun before the role must be in the
    title too ("the band leader" is no "former president"), and then the person the article
    is about is not asked. A ``lone`` role (the mention's singular head) no one has yet is
    the person named next where it is in the lede or opens a paragraph, with no one named
    before it there: a lede may describe before it names (:func:`_named_next`; not "The
    30-year veteran said" after a name)."""
    syn = lexicon.role_synonyms(lemma) | {lemma}
    nouns = {t.lemma_.lower() for t in tokens if t.dep_ == "compound" and
             t.pos_ == "NOUN" and t.lemma_.lower() in lexicon.organization_heads()}
    places = {w for t in tokens if t.ent_type_ in ("GPE", "NORP") and t.lower_ not in syn
              for w in LETTERS_RE.findall(t.lower_)}
    definite = bool(tokens) and (tokens[0].lower_ == "the" or tokens[0].dep_ == "poss")
    said = {w for t in tokens for w in LETTERS_RE.findall(t.lower_)}
    qualifiers = lexicon.words("rank_qualifiers.tsv") - said
    body = _of_body(tokens, lemma)
    found = r.nearest(at, _of(body, partial(_person_titled, syn, nouns, places=frozenset(places),
                                            phrases=definite, qualifiers=qualifiers)))
    if found is None and places and r.ctx.paragraph_of(at) <= lede(r):
        # a lede describes loosely: "A New York judge" is "Manhattan ... Justice Frank Nervo"
        found = r.nearest(at, _of(body, partial(_person_titled, syn, nouns,
                                                qualifiers=qualifiers)))
    end = tokens[-1].idx + len(tokens[-1]) if tokens else at
    if found is not None and not _named_before(found, end) and \
            r.ctx.paragraph_of(at) > lede(r) and not _same_office(found, tokens):
        found = None  # only a lede describes loosely before it names: after it, "The
        # opposition leader said" is no "Green Party leader Tone Vik" named later
    if found:
        return found
    if tokens and tokens[0].lower_ == "the" and tokens[-1].tag_ == "NN" and not nouns:
        # "the nominee", "the president": the person the article is about
        found = r.dominant("person", at)
    if found or not lone:
        return found
    here = r.ctx.paragraph_of(at)
    start = r.ctx.paragraphs[here][0]
    if (here <= lede(r) or r.ctx.sent_starts[r.sent_index(at)] <= start) and \
            not any(e.kind == "person" for _a, _b, e in r.spans_between(start, at)):
        # (a lede, or a live blog item's first sentence: the name in its own paragraph)
        found = named_next(r, at, NAMED_WITHIN if here <= lede(r) else 0)
    return found or lede_office(r, lemma, at)


def _of_body(tokens: Sequence[Token], lemma: str) -> tuple[str, str] | None:
    """The body the role ``lemma`` of a description is "of" ("the head of the Federal
    Aviation Administration", "the head of the processors' association"): its noun and, for
    a name, its initials ("administration", "FAA"); None where there is no such phrase."""
    role = next((t for t in tokens if t.lemma_.lower() == lemma), None)
    for prep in role.children if role is not None else ():
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (obj.ent_type_ == "ORG" or
                                       obj.lemma_.lower() in lexicon.organization_heads()):
                ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end), None)
                return obj.lower_, initials(ent.text) if ent is not None else ""
    return None


def _of(body: tuple[str, str] | None,
        ok: Callable[[Entity], bool]) -> Callable[[Entity], bool]:
    """``ok``, and where the description names the ``body`` its role is of, a title or an
    affiliation that holds the body's noun or initials (:func:`_of_body`)."""
    if body is None:
        return ok
    noun, letters = body

    def fits(e: Entity) -> bool:
        """Whether ``e`` passes ``ok`` and is of the body."""
        words = {w for t in [*e.titles, e.affiliation or ""] for w in LETTERS_RE.findall(t)}
        return ok(e) and (noun in {w.lower() for w in words} or (bool(letters) and
                                                                 letters in words))
    return fits


def _same_office(e: Entity, tokens: Sequence[Token]) -> bool:
    """Whether a title of ``e`` holds every noun of the description ``tokens`` and no rank
    qualifier (``rank_qualifiers.tsv``) it lacks: "area coroner" is "the coroner";
    "Deputy opposition leader" and "Green Party leader" are not "the opposition leader"."""
    nouns = {w for t in tokens if t.pos_ in ("NOUN", "PROPN") and not _possessor(t, tokens[-1])
             for w in LETTERS_RE.findall(t.lower_)}
    qualifiers = lexicon.words("rank_qualifiers.tsv") - nouns
    for title in e.titles:
        found = words_of_title(title)
        if nouns and nouns <= found and not found & qualifiers:
            return True
    return False


def _named_before(e: Entity, at: int) -> bool:
    """Whether ``e`` is mentioned before character ``at`` (the end of the description: its
    own words may name them)."""
    return any(a < at for a, _b in e.mentions)


#: Title categories (``titles.tsv``) of an office a lede may describe before it names.
_OFFICES = frozenset({"government", "diplomatic", "legislative", "judicial", "military",
                      "party", "corporate", "media", "academic", "religious"})


def _office(t: Token, tokens: Sequence[Token]) -> bool:
    """Whether ``t``, a description's head, is a definite singular office with no name in
    apposition: "Nigeria's trade minister", "the minister" (not "a friend", "his former
    business partner, Lawrence B. Cummings,")."""
    entry = lexicon.titles().get(t.lemma_.lower())
    if not tokens or t.tag_ not in ("NN", "NNP") or entry is None or \
            entry.category not in _OFFICES or \
            any(c.dep_ == "appos" for c in t.children):
        return False
    doc, end = t.doc, tokens[-1].i + 1
    if (end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "PERSON") or \
            any(x.ent_type_ == "PERSON" for x in t.subtree if x.i > t.i):
        return False  # the name follows in apposition ("partner at Lenox, Lawrence Cummings")
    return tokens[0].lower_ == "the" or any(c.dep_ == "poss" for c in t.children)


def by_role(r: Resolver, tokens: Sequence[Token], at: int) -> list[Entity]:
    """The people whose titles hold the description's head noun (or a synonym), nearest
    ``at`` first."""
    heads = [t for t in tokens if t.pos_ in ("NOUN", "PROPN") and
             t.lemma_.lower() in role_heads()]
    if not heads:
        return []
    syn = lexicon.role_synonyms(heads[-1].lemma_.lower()) | {heads[-1].lemma_.lower()}
    # each person once, at the mention nearest ``at`` (the earlier one on a tie)
    nearest: dict[int, tuple[int, int, Entity]] = {}
    for idx, (a, _b, e) in enumerate(r.ent_spans):
        if e.kind == "person":
            key = (abs(a - at), idx)
            if id(e) not in nearest or key < nearest[id(e)][:2]:
                nearest[id(e)] = (*key, e)
    return [e for _d, _i, e in sorted(nearest.values(), key=lambda x: x[:2])
            if _person_titled(syn, frozenset(), e)]
