"""Bodies behind descriptions: "the bank" is the body the article names that fits the noun;
"the Trump campaign" is a body of its own, named after its person.

A description whose head is an organisation noun (``organization_heads.tsv``) resolves, in
order, to the nearest body whose name holds the noun ("the ministry" -> "Foreign Ministry");
to the body its own phrase names ("the Times newspaper") or, for a definite description, an
earlier phrase with the same noun ("the RT America television network" ... "the network");
to the body whose name is headed by a synonym of the noun (``organization_synonyms.tsv``:
"the union" -> "Association of Flight Attendants"; an indefinite description only to one
named in the next two sentences); and, for "the" and the noun alone ("the bank"), to the body
the article is about where nothing in its name says it is another kind of body ("Wells
Fargo"), or else (:func:`last_body`) to the body that spoke last ("Acme Ltd. announced ...
The company said"). A noun that also names a text ("paper": ``document_heads.tsv``) takes only a
phrase's name; a description with a possessive pronoun ("his campaign") only a name holding
the noun. Nothing else: a body the article never names stays unresolved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from functools import partial

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import clean_name, name_parts
from quotekit.pipeline.speakers._model import Answer, Entity, Mention, State, answer
from quotekit.pipeline.speakers._table import Resolver, given_names

__all__ = ["UNNAMED_CLASSES", "body_before_person", "body_class", "by_body", "last_body",
           "local_body", "org_named", "person_body", "same_description_before", "unit_body"]

#: Determiners of a definite description ("the bank", "this network").
_DEFINITE = frozenset({"the", "this", "that"})
#: Classes of organisation nouns whose body the article rarely names ("the campaign", "the
#: team"): no description of them goes to the body the article is about.
UNNAMED_CLASSES = frozenset({"party", "other"})
#: Dependencies of a name that names the body of the noun it hangs on ("the RT network",
#: "Trump's campaign").
_NAMING_DEPS = frozenset({"compound", "poss", "nmod", "appos"})


def _words(e: Entity) -> str:
    return f" {' '.join(w.lower() for w in name_parts(e.name))} "


def org_named(words: Set[str], e: Entity) -> bool:
    """A body whose name holds one of ``words`` ("the ministry" -> "Foreign Ministry"; an
    unresolved mention only with more than that word: not "Company" of a headline's "Company
    says ...")."""
    name = _words(e)
    return e.kind == "organization" and any(
        f" {w} " in name and (e.resolved or name != f" {w} ") for w in words)


def _named_of_class(noun: str, e: Entity) -> bool:
    """A body whose name holds ``noun`` (:func:`org_named`) and says it is no other kind of
    body than the noun's class (``organization_heads.tsv``): "the company" is not the
    "National Company Law Tribunal" (a judicial body), "the ministry" is the "Foreign
    Ministry"."""
    if not org_named({noun}, e):
        return False
    cls = lexicon.organization_classes().get(noun)
    return cls is None or body_class(e) in (None, cls, *_ALSO.get(cls, ()))


def _org_headed(words: Set[str], e: Entity) -> bool:
    """A body whose name ends in one of ``words`` or has it before its "of" ("National Club
    Association", "Association of Flight Attendants"; not "Boeing Business Jet")."""
    if e.kind != "organization":
        return False
    name = _words(e).split(" of ")[0].rstrip()
    return any(name.endswith(f" {w}") for w in words)


def body_class(e: Entity) -> str | None:
    """The class of body the name says ``e`` is ("Foreign Ministry": government; "Quinn
    Motors": corporate, by ``company_words.tsv``), or None."""
    classes = lexicon.organization_classes()
    words = name_parts(e.name.lower())
    found = None
    for n, w in enumerate(words):
        pair = " ".join(words[n:n + 2])
        found = classes.get(pair) or classes.get(w) or found
    if found is None and words:
        found = lexicon.word_map("company_words.tsv").get(words[-1])
    return found


def by_body(r: Resolver, tokens: Sequence[Token], head: Token, at: int) -> Entity | None:
    """The body the description ``tokens`` with the organisation noun ``head`` stands for
    (see the module docstring), or None."""
    noun = _noun(head)
    if head.tag_ in ("NNS", "NNPS"):
        return None  # "Groups representing colleges": no one body
    if not lexicon.words("document_heads.tsv") & {noun, head.lemma_.lower()}:
        found = r.nearest(at, partial(_named_of_class, noun))
        if found is not None:
            return found
    if any(t.dep_ == "poss" and t.pos_ == "PRON" for t in tokens):
        return None  # "his campaign", "their school": a body of someone's
    definite = bool(tokens) and tokens[0].lower_ in _DEFINITE
    found = _named_before(r, head, noun, definite)
    if found is not None or noun in lexicon.words("document_heads.tsv"):
        return found
    synonyms = partial(_org_headed, lexicon.organization_synonyms(noun) - {noun})
    found = r.nearest(at, synonyms) if definite else _named_soon(r, at, synonyms)
    if found is not None:
        return found
    cls = lexicon.organization_classes().get(noun)
    if cls in UNNAMED_CLASSES or not _bare(tokens, head, noun):
        return None
    about = r.dominant("organization", at)
    return about if about is not None and body_class(about) in (None, cls) else None


#: Classes of body a noun of another class may also describe: an agency, an office, a
#: commission of the UN or the EU is an international body ("the World Health Organization
#: said ... the agency said").
_ALSO = {"government": ("international",)}


def last_body(tokens: Sequence[Token], head: Token, last: Entity | None) -> Entity | None:
    """``last``, the speaker of the statement before, for "the" and an organisation noun alone
    that nothing else resolved ("Acme Ltd. today announced ... The company said"), or with
    only an "of" phrase after it ("Harlan Foods said ... The maker of Sunfield cereals
    said"), where it is a body and nothing in its name says it is another kind of body than
    the noun."""
    noun = _noun(head)
    cls = lexicon.organization_classes().get(noun)
    if last is None or last.kind != "organization" or cls is None or \
            cls in UNNAMED_CLASSES or head.tag_ in ("NNS", "NNPS") or \
            noun in lexicon.words("document_heads.tsv") or \
            not (_bare(tokens, head, noun) or _of_described(tokens, head, noun) or
                 _bare(_without_modifiers(tokens, head), head, noun)):
        return None
    return last if body_class(last) in (None, cls, *_ALSO.get(cls, ())) else None


def body_before_person(r: Resolver, m: Mention, s: State) -> Entity | None:
    """The body that spoke the statement before last, where a person spoke the one between
    ("Acme Kids said ... “...,” chief executive Ana Ruiz said. The company said ..."): as
    :func:`last_body`, where no other body was named since its last mention."""
    if len(s.answers) < 2:
        return None
    person, before = s.answers[-1].entity, s.answers[-2].entity
    if person is None or person.kind != "person" or before is None:
        return None
    found = last_body(m.tokens, m.source, before)
    if found is None:
        return None
    seen = [a for a, _b in found.mentions if a < m.start]
    if not seen or any(o is not found and o.kind == "organization"
                       for _a, _b, o in r.spans_between(max(seen) + 1, m.start)):
        return None
    return found


def same_description_before(r: Resolver, m: Mention, s: State) -> Entity | None:
    """The body an earlier "the" and the same organisation noun alone stood for as a speaker
    ("The company said ..." twice in an article: Vardhan Cements both times), where no other
    body whose name says it is of the noun's class was named in between."""
    head = m.source
    noun = _noun(head)
    cls = lexicon.organization_classes().get(noun)
    if head.pos_ != "NOUN" or head.tag_ in ("NNS", "NNPS") or cls is None or \
            cls in UNNAMED_CLASSES or not _bare(m.tokens, head, noun):
        return None
    for i in sorted((i for i in s.sources if i < head.i), reverse=True):
        t, e = head.doc[i], s.sources[i]
        if t.pos_ != "NOUN" or _noun(t) != noun or e.kind != "organization" or not e.resolved or \
                t.i == 0 or head.doc[t.i - 1].lower_ != "the":
            continue
        between = r.spans_between(t.idx, m.start)
        if any(o is not e and o.kind == "organization" and body_class(o) == cls
               for _a, _b, o in between):
            return None
        return e
    return None


def _named_soon(r: Resolver, at: int, ok: Callable[[Entity], bool]) -> Entity | None:
    """The first entity passing ``ok`` named after ``at`` in the next two sentences ("A
    union representing flight attendants endorsed ... the Association of Flight
    Attendants called ...")."""
    here = r.sent_index(at)
    last = r.ctx.sent_starts[here + 3] if here + 3 < len(r.ctx.sent_starts) else len(r.text)
    return next((e for _a, _b, e in r.spans_between(at, last) if ok(e)), None)


def _noun(head: Token) -> str:
    """The organisation noun of ``head``, with a compound before it where the two make one
    ("news service", "think tank")."""
    lemma = head.lemma_.lower()
    before = head.doc[head.i - 1] if head.i > 0 else None
    if before is not None and before.head.i == head.i and \
            f"{before.lemma_.lower()} {lemma}" in lexicon.organization_heads():
        return f"{before.lemma_.lower()} {lemma}"
    return lemma


def _bare(tokens: Sequence[Token], head: Token, noun: str) -> bool:
    """Whether the description is "the" and the noun alone ("the bank", "the bank's"; not
    "the Russian government")."""
    words = len(noun.split())
    rest = [t for t in tokens if t.i < head.i - words + 1 or t.i > head.i]
    return bool(rest) and rest[0].lower_ in _DEFINITE and \
        all(t.tag_ == "POS" or t.lower_ in _DEFINITE for t in rest)


def _of_described(tokens: Sequence[Token], head: Token, noun: str) -> bool:
    """Whether the description is "the", the noun and a phrase of nouns opening with "of" on
    it, nothing else ("the maker of Sunfield cereals and Crisp Co. snacks"; not "the bank's
    chief", "the maker of the drones that hit ...")."""
    words = len(noun.split())
    before = [t for t in tokens if t.i < head.i - words + 1]
    after = [t for t in tokens if t.i > head.i]
    return len(before) == 1 and before[0].lower_ == "the" and bool(after) and \
        after[0].dep_ == "prep" and after[0].lower_ == "of" and after[0].head.i == head.i and \
        not any(t.pos_ in ("VERB", "AUX", "PRON") or t.is_punct for t in after)


def _named_before(r: Resolver, head: Token, lemma: str, earlier: bool) -> Entity | None:
    """The body the description's own phrase or (where ``earlier``) an earlier one with the
    noun ``lemma`` names, nearest first: "the Times newspaper", "the RT America television network",
    "Wells Fargo, the bank,", "carmaker Hallberg Motoren Werke" (never a person nor a place:
    "Trump's campaign", "a Texas company")."""
    doc = head.doc
    for i in range(head.i, -1 if earlier else head.i - 1, -1):
        t = doc[i]
        if t.pos_ != "NOUN" or _noun(t) != lemma:
            continue
        names = [c for c in t.children if c.dep_ in _NAMING_DEPS and c.pos_ == "PROPN"]
        if t.dep_ in ("appos", "compound") and t.head.pos_ == "PROPN":
            names.append(t.head)  # (and "carmaker Hallberg Motoren Werke")
        for name in names:
            e = _entity_named(r, name)
            if e is not None and e.kind == "organization":
                return e
    return None


def _entity_named(r: Resolver, name: Token) -> Entity | None:
    """The entity of the proper noun ``name`` (with its compounds: "RT America")."""
    e = r.entity_of(name)
    if e is not None:
        return e
    run = [c for c in name.children if c.dep_ == "compound" and c.pos_ == "PROPN" and
           c.i < name.i]
    first = run[0].i if run else name.i
    text = clean_name(name.doc[first:name.i + 1].text)
    return r.match(text, "organization", name.idx) if text else None


#: Entity labels of a place or people that names a local body ("Charlotte-Mecklenburg
#: police", "Kenyan police").
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
#: How many tokens before the noun a place's name may take ("Charlotte - Mecklenburg").
_PLACE_REACH = 4


def _place_before(r: Resolver, t: Token) -> str | None:
    """The name "<place> <noun>" where a place's name stands right before token ``t`` (title
    case words and glued hyphens, one at least tagged a place or people), else None."""
    doc, k = r.doc, t.i
    while k > 0 and t.i - k < _PLACE_REACH:
        b = doc[k - 1]
        glued = b.text in ("-", "‐") and not b.whitespace_ and k > 1 and \
            not doc[k - 2].whitespace_
        if not (glued or (b.is_title and b.pos_ == "PROPN")):
            break
        k -= 1
    if k == t.i or not any(x.ent_type_ in _PLACE_LABELS for x in doc[k:t.i]) or \
            doc[k].text in ("-", "‐"):
        return None
    return clean_name(r.text[doc[k].idx:t.idx + len(t)])


def local_body(r: Resolver, m: Mention, s: State) -> Answer | None:
    """A bare organisation noun ("police said", "according to police") is the one local body
    the article names by a place and that noun ("Charlotte-Mecklenburg police chief Kerr
    Putney" -> "Charlotte-Mecklenburg police"); none where it names two or none."""
    del s
    src = m.source
    if len(m.tokens) != 1 or src.ent_type_ or src.lemma_.lower() not in \
            lexicon.organization_heads():
        return None
    names = {n.lower(): n for t in r.doc if t.lower_ == src.lower_
             for n in [_place_before(r, t)] if n}
    if len(names) != 1:
        return None
    name = next(iter(names.values()))
    e = r.match_or_register(name, "organization", m.start)
    return answer(e, "description")


def person_body(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"The Trump campaign", "Trump's team": a body of a person (``person_bodies.tsv``) is
    a body of its own, named by the person's family name and the noun ("Trump campaign"),
    not the person."""
    del s
    head = m.source
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or head.tag_ in ("NNS", "NNPS") or \
            lemma not in lexicon.words("person_bodies.tsv"):
        return None
    person, word = None, ""
    for c in head.children:
        if c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and m.lo <= c.i:
            word = clean_name(c.text)
            person = r.entity_of(c) or r.match(word, "person", c.idx)
    if person is None or person.kind != "person" or not person.parts or not word:
        return None
    if word in person.parts[:-1] and word.lower() in given_names():
        word = person.parts[-1]  # "Bernie's campaign": the Sanders campaign
    name = f"{word} {lemma}"
    e = r.match_or_register(name, "organization", m.start)
    return answer(e, "description")


def unit_body(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"The U.N. human rights office": a unit of a body (``body_units.tsv``) the body's name
    and a common noun or an adjective premodify is a body of its own, named by the words from
    the body's name to the noun ("U.N. human rights office"), not the body it belongs to."""
    del s
    head = m.source
    if head.pos_ != "NOUN" or head.tag_ in ("NNS", "NNPS") or \
            head.lemma_.lower() not in lexicon.words("body_units.tsv"):
        return None
    mods = [c for c in head.children if c.i < head.i and m.lo <= c.left_edge.i]
    names = [c for c in mods if c.dep_ in _NAMING_DEPS and c.pos_ == "PROPN"]
    if len(names) != 1 or not any(
            c.i > names[0].i and c.pos_ in ("NOUN", "ADJ") and c.dep_ in ("compound", "amod")
            for c in mods):
        return None  # (not "the U.N. office": the U.N. itself)
    body = _entity_named(r, names[0])
    if body is None or body.kind != "organization":
        return None
    first = names[0].left_edge
    words = [t.text for t in head.doc[first.i:head.i + 1] if t.dep_ != "case"]
    name = clean_name(" ".join(words))
    e = r.match_or_register(name, "organization", m.start)
    r.add_span(head.idx, head.idx + len(head), e)  # ("the office" after it is the unit)
    return answer(e, "description")


def content_subject_body(r: Resolver, m: Mention) -> Entity | None:
    """"Eskom could return to load shedding, the utility said": a bare "the" and a body's noun
    (or with lower-case adjectives only: "the Oslo-listed company") that nothing else
    resolved is the body its content's subject names, a capitalised name the recognizer
    tagged no person, place or people (or a person, where the article's evidence makes that
    name a body: "Hallberg Motoren Werke will cut ..., the company said")."""
    head = m.source
    noun = _noun(head)
    cls = lexicon.organization_classes().get(noun)
    if head.pos_ != "NOUN" or head.tag_ in ("NNS", "NNPS") or cls is None or \
            cls in UNNAMED_CLASSES or not (_bare(m.tokens, head, noun) or
                                            _bare(_without_modifiers(m.tokens, head), head, noun)):
        return None
    ctx = r.ctx
    first, last = ctx.token_at(m.draft.start), ctx.token_at(max(m.draft.start, m.draft.end - 1))
    roots = [t for t in r.doc[first:last + 1] if not first <= t.head.i <= last or t.head.i == t.i]
    subj = next((c for t in roots[:1] for c in t.children if c.dep_ == "nsubj"), None)
    if subj is None or not _proper(subj) or subj.ent_type_ not in ("", "ORG", "PERSON") or \
            subj.lower_ in given_names():
        return None
    tagged_person = subj.ent_type_ == "PERSON"
    run = [c for c in subj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    lo = run[0].i if run and all(c.is_title for c in run) else subj.i
    name = clean_name(r.text[r.doc[lo].idx:subj.idx + len(subj)])
    if not name:
        return None
    e = r.match(name, "organization", m.start) or r.match(name, "person", m.start)
    if tagged_person:
        return e if e is not None and e.kind == "organization" else None
    if e is None:
        e = Entity(kind="organization", name=name, parts=name_parts(name), first=subj.idx)
        r.register(e)
    elif e.kind == "person" and len(e.parts) == 1 and not e.titles:
        e.kind = "organization"  # one word the recognizer called a person here and there
    return e if e.kind == "organization" else None


def _without_modifiers(tokens: Sequence[Token], head: Token) -> list[Token]:
    """``tokens`` without the lower-case adjectives and participles on ``head`` and their
    words ("the Oslo-listed company" -> "the company"); ``tokens`` as they are where any
    other word stands before the noun."""
    dropped = {t.i for c in head.children if c.dep_ == "amod" and c.is_lower and c.i < head.i
               for t in c.subtree}
    if dropped:  # and the places of a location epithet: "the Austin, Texas-based company"
        dropped |= {t.i for c in head.children if c.i < head.i and c.ent_type_ in
                    ("GPE", "LOC") and c.dep_ in ("nmod", "compound") for t in c.subtree}
        dropped |= {t.i for t in tokens if t.text == "," and t.i - 1 in dropped}
    return [t for t in tokens if t.i not in dropped]


def _proper(t: Token) -> bool:
    """Whether ``t`` is a capitalised name: tagged a proper noun, or a word the article
    writes capitalised inside a sentence and never in lower case ("Eskom" tagged a noun)."""
    if not t.is_title or t.pos_ not in ("PROPN", "NOUN"):
        return False
    if t.pos_ == "PROPN":
        return True
    same = [w for w in t.doc if w.lower_ == t.lower_]
    return any(not w.is_sent_start for w in same) and all(w.is_title for w in same)
