"""Titles and affiliations: premodifiers ("spokesman Noh Kyu-duk", "Seoul's First Vice Foreign
Minister Choi Jong-kun"), appositions ("Stephen Biegun, special representative for North
Korea") and descriptions resolved to a person ("the US special envoy")."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

import regex
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotekit import lexicon
from quotekit.names import clean_name, honorific_gender, honorifics, is_courtesy_title
from quotekit.pipeline.context import Context
from quotekit.pipeline.speakers._model import Entity

__all__ = ["AFFILIATION_LABELS", "LETTERS_RE", "affiliation_before", "ent_at", "role_heads",
           "title_from_description", "title_words", "titles_for", "words_of_title"]

#: Entity labels of the words that give a speaker's affiliation ("US", "Seoul's", "UN").
AFFILIATION_LABELS = frozenset({"GPE", "NORP", "ORG"})
LETTERS_RE = regex.compile(r"\p{L}+")
#: Punctuation that ends an apposition title.
_APPOSITION_ENDS = frozenset({",", ";", "(", ")", ".", "—", "–", "--"})
#: The longest apposition read for a title, in tokens.
_APPOSITION_WINDOW = 14
_POSSESSIVES = ("’s", "'s")
#: The marks that set a name off from the role before it ("the spokeswoman, Aisha Khan").
_ROLE_SETS_OFF = frozenset({",", "--", "—", "–"})
#: Labels of a place glued before a role (the recognizer may have made it part of the name).
_PLACE_LABELS = AFFILIATION_LABELS | {"PERSON"}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Every lower-case word of a title (``titles.tsv``) or a role head."""
    words: set[str] = set()
    for key in lexicon.titles():
        words.update(regex.findall(r"[\p{L}.]+", key.lower()))
    words.update(lexicon.title_heads())
    return frozenset(words)


@lru_cache(maxsize=1)
def role_heads() -> frozenset[str]:
    """The role nouns a title or description ends in: the heads of ``titles.tsv``,
    ``role_heads.tsv`` and ``epithet_nouns.tsv`` ("Goalkeeper Kasper Schmeichel")."""
    return frozenset(lexicon.title_heads() | lexicon.words("role_heads.tsv") |
                     lexicon.words("epithet_nouns.tsv"))


def _tokens_text(ctx: Context, first: Token, last: Token) -> str:
    a, b = ctx.chars(first.i, last.i)
    return ctx.text[a:b]


def titles_for(ctx: Context, ent: SpacySpan, entity: Entity) -> None:
    """Give the person named by ``ent`` the titles (and affiliation) around the name."""
    _premodifier_title(ctx, ent, entity)
    _apposition_title(ctx, ent, entity)
    _role_first_title(ctx, ent, entity)
    if not entity.affiliation and ent.start > 0 and ctx.doc[ent.start - 1].tag_ == "POS":
        # "The NDP's Jenny Kwan", "Seoul's Lee": the body or place in the possessive
        entity.affiliation = affiliation_before(ctx, ent.start)


def _role_first_title(ctx: Context, ent: SpacySpan, entity: Entity) -> None:
    """"the State Department inspector general, Steve Linick,": the role the name stands in
    apposition to, set off by a comma, is a title ("inspector general", affiliation "State
    Department"; a possessor: "the company's founder, Tom Kent," -> "founder")."""
    doc = ctx.doc
    role = ent.root.head
    if ent.root.dep_ != "appos" or role.pos_ != "NOUN" or role.i >= ent.start - 1 or \
            doc[ent.start - 1].text not in _ROLE_SETS_OFF or \
            role.lemma_.lower() not in role_heads():
        return
    toks = list(doc[role.left_edge.i:role.i + 1])
    for n, t in enumerate(toks):
        if t.tag_ == "POS" or t.lower_ in _POSSESSIVES:
            toks = toks[n + 1:]
            break
    if toks and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in toks):
        title_from_description(ctx, entity, toks)


def _premodifier_tokens(doc: Doc, start: int) -> list[Token]:
    """The title words right before token ``start`` ("First Vice Foreign Minister")."""
    words = title_words()
    i = start - 1
    out: list[Token] = []
    while i >= 0:
        t = doc[i]
        low = t.lower_
        if _glued_hyphen(doc, i) and out:
            out.insert(0, t)  # "Co-author Professor", "ex-Minister"
            i -= 1
            continue
        if t.is_punct or t.pos_ in ("DET", "PRON", "PART") or low in _POSSESSIVES:
            break
        if t.ent_type_ in AFFILIATION_LABELS and low not in words:
            break
        if t.pos_ == "CCONJ" and i > 0 and doc[i - 1].ent_type_ == "PERSON":
            break  # another's name before ("Mr. Kerry and Mr. Xi", "Trump and Sen. Cruz")
        if not (low in words or (t.is_title and t.pos_ in ("PROPN", "NOUN", "ADJ")) or
                _portfolio(t, out)):
            break
        out.insert(0, t)
        i -= 1
    connectors = lexicon.words("title_connectors.tsv")
    if out and out[-1].lower_ in connectors:
        return []  # "CEO of Greenfield Energy": the name is the body, not the holder
    while out and (out[0].lower_ in connectors or (
            out[0].is_lower and out[0].pos_ in _FUNCTION_POS)):
        out.pop(0)  # (no title opens with "at", "under" or "and": "at Mr. Trump's rally")
    return out


#: Parts of speech of words that open no title (lower-case: "Under Secretary" does).
_FUNCTION_POS = frozenset({"ADP", "CCONJ", "SCONJ"})


def _portfolio(t: Token, title: list[Token]) -> bool:
    """A lower-case noun naming a portfolio before a title's role ("housing critic",
    "immigration critic"): a compound on the role, which is a title word, with no words of
    its own but a body's or place's name (the affiliation: "Greens housing spokesman"; not
    the cut "estate" of "real estate mogul" nor "time" of "long-time aide")."""
    return bool(title) and t.pos_ == "NOUN" and t.is_lower and t.dep_ == "compound" and \
        t.head.i == title[0].i and title[0].lower_ in role_heads() and \
        all(c.ent_type_ in AFFILIATION_LABELS for c in t.lefts) and \
        not (t.i > 0 and _glued_hyphen(t.doc, t.i - 1))


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a hyphen glued to the words on both sides ("Co-author")."""
    t = doc[i]
    return t.text in ("-", "‐") and i > 0 and not t.whitespace_ and not doc[i - 1].whitespace_ \
        and doc[i - 1].is_alpha


#: Title words that qualify the role after them, never a title of their own before it.
_QUALIFIERS = frozenset({"deputy", "vice", "acting", "assistant", "associate", "interim"})


def _stacked(toks: list[Token]) -> list[tuple[Token, Token]]:
    """The titles of premodifier words: two where they are two titles one after the other
    and not one ("Deputy Mayor Cllr" -> "Deputy Mayor", "Cllr"; "Lt Col" is one) or end in
    a role and an abbreviated title ("Council leader Cllr"), else all of them as one."""
    titles = lexicon.titles()

    def is_title(ts: list[Token]) -> bool:  # (as written: "co-author", "lt col")
        return " ".join("".join(t.text_with_ws for t in ts).lower().split()) in titles

    if not is_title(toks):
        for n in range(1, len(toks)):
            if n == 1 and toks[0].lower_ in _QUALIFIERS:
                continue  # "deputy president" is one title, not "deputy" and "president"
            if is_title(toks[:n]) and is_title(toks[n:]):
                return [(toks[0], toks[n - 1]), (toks[n], toks[-1])]
        last = titles.get(toks[-1].lower_)
        if len(toks) > 1 and last is not None and last.head is not None and \
                len(last.head) > len(toks[-1].lower_) and toks[-2].lower_ in role_heads():
            # an abbreviated title after a role ("Council leader Cllr"): two
            return [(toks[0], toks[-2]), (toks[-1], toks[-1])]
    return [(toks[0], toks[-1])]


def _honorific_apart(ctx: Context, toks: list[Token],
                     entity: Entity) -> tuple[list[Token], Token | None]:
    """The title words before an honorific that ends them ("Labour leader Sir Keir
    Starmer"), and that honorific where ``honorifics.tsv`` keeps it as a title ("Sir"); its
    gender is the speaker's."""
    if len(toks) < 2 or toks[-1].lower_ not in honorifics():
        return toks, None
    h = honorifics()[toks[-1].lower_]
    if h.gender:
        entity.gender = entity.gender or h.gender
        a, b = ctx.chars(toks[-1].i, toks[-1].i)
        entity.said_gender[(a, b)] = h.gender
    return toks[:-1], toks[-1] if h.title else None


def _premodifier_title(ctx: Context, ent: SpacySpan, entity: Entity) -> None:
    """"spokesman Noh", "Seoul's First Vice Foreign Minister Choi"."""
    toks = _premodifier_tokens(ctx.doc, ent.start)
    titles = lexicon.titles()
    if not toks or not (any(t.lower_ in role_heads() or t.lower_ in titles  # "Gov.", "Sen."
                                or t.lower_.rstrip(".") in titles for t in toks)
                            or " ".join(t.lower_ for t in toks) in titles):  # "Lt. Col."
        return
    place = None
    # a place the recognizer glued into the name before a lower-case role ("Ottawa coach")
    if len(toks) > 1 and toks[0].is_title and toks[1].is_lower and \
            toks[0].ent_type_ in _PLACE_LABELS and toks[0].lower_ not in title_words():
        place, toks = toks[0], toks[1:]
    body = None
    # a body's lower-case noun before a title is the affiliation ("Toronto police Const.")
    if len(toks) > 1 and toks[0].is_lower and toks[0].lower_ in lexicon.organization_heads() \
            and " ".join(t.lower_ for t in toks) not in titles and toks[1].lower_ in titles:
        body, toks = toks[0], toks[1:]
    toks, honorific = _honorific_apart(ctx, toks, entity)
    if toks[-1].lower_ in lexicon.words("title_connectors.tsv") or toks[-1].pos_ == "ADP":
        return  # "chairman of Mrs. Clinton's campaign": a title of the body, not hers
    title = _tokens_text(ctx, toks[0], toks[-1])
    if not is_courtesy_title(title):
        for first, last in _stacked(toks):  # "Deputy Mayor Cllr": two titles
            entity.add_title(_tokens_text(ctx, first, last))
        if honorific is not None:
            entity.add_title(honorific.text)
    else:
        g = honorific_gender(title.lower())
        entity.gender = entity.gender or g
        if g:
            a, b = ctx.chars(toks[0].i, toks[-1].i)
            entity.said_gender[(a, b)] = g
    aff = place.text if place is not None else affiliation_before(
        ctx, toks[0].i if body is None else body.i)
    if body is not None:
        aff = f"{aff} {body.text}" if aff else None
    if aff and not entity.affiliation:
        entity.affiliation = aff


def _apposition_tokens(doc: Doc, end: int) -> list[Token]:
    """The words after ", " at token ``end`` up to the end of the apposition (determiners
    dropped from its front), never past a line break (a byline's "By Claire Donnelly, Crime
    Correspondent" ends there: the lede below is no part of her title)."""
    j = k = end + 1
    stops = lexicon.words("apposition_stops.tsv")
    while k < len(doc) and k < j + _APPOSITION_WINDOW:
        t = doc[k]
        if t.text in _APPOSITION_ENDS or t.lower_ in stops or (t.is_space and "\n" in t.text):
            break
        if t.pos_ == "VERB" and t.tag_ not in ("VBN", "VBG"):
            break
        k += 1
    seg = list(doc[j:k])
    while seg and seg[0].pos_ in ("DET",):
        seg = seg[1:]
    return seg


def _possessor(ctx: Context, seg: list[Token]) -> tuple[str | None, list[Token]]:
    """"the State Department's director for Korea policy": the possessor and the rest
    (nothing where a role head comes first: "president of the growers' union")."""
    heads = role_heads()
    for n, t in enumerate(seg):
        if t.lower_ in heads:
            break
        if t.tag_ == "POS" or t.lower_ in _POSSESSIVES:
            return ctx.text[seg[0].idx:t.idx].strip(), seg[n + 1:]
    return None, seg


def _apposition_title(ctx: Context, ent: SpacySpan, entity: Entity) -> None:
    """"Stephen Biegun, special representative for North Korea,"."""
    doc = ctx.doc
    at = ent.end
    if not (at + 1 < len(doc) and doc[at].text == ","):
        return
    if at + 3 < len(doc) and doc[at + 1].like_num and doc[at + 2].text == ",":
        at += 2  # "Okafor, 61, a former central bank governor,": past the age
    aff, seg = _possessor(ctx, _apposition_tokens(doc, at))
    heads = role_heads()
    if not seg or not any(t.lower_ in heads for t in seg) or \
            seg[0].pos_ in ("NUM", "ADP", "ADV", "VERB") or \
            any(t.ent_type_ == "PERSON" for t in seg[:2]) or \
            any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in heads for t in seg):
        return  # (not "At a briefing in Chelsea, the mayor said": a new clause's subject)
    seg, body = _at_body(ctx, seg)
    aff = aff or body
    # leading nationality / place words are the affiliation
    words = title_words()
    while len(seg) > 1 and seg[0].ent_type_ in AFFILIATION_LABELS and seg[0].lower_ not in words:
        aff = aff or seg[0].text
        seg = seg[1:]
    entity.add_title(_tokens_text(ctx, seg[0], seg[-1]))
    if aff and not entity.affiliation:
        entity.affiliation = clean_name(aff)


#: Prepositions after a title that name where its holder works ("a professor of medicine at
#: Stanford University", "an analyst with Eurasia Group").
_AT = frozenset({"at", "with"})


def _at_body(ctx: Context, seg: list[Token]) -> tuple[list[Token], str | None]:
    """"marine biologist at the University of Exeter", "professor of medicine at Stanford
    University", "an analyst with Eurasia Group", "global head of macro at ING": the title
    before "at" or "with", the body or place after it as the affiliation (a title such as
    "representative for North Korea" keeps its words)."""
    heads = role_heads()
    for n, t in enumerate(seg):
        if not n or t.lower_ not in _AT or not any(x.lower_ in heads for x in seg[:n]):
            continue
        body = _named_body(seg[n + 1:])
        if body:
            return seg[:n], clean_name(_tokens_text(ctx, body[0], body[-1])) or None
    return seg, None


def _named_body(seg: list[Token]) -> list[Token]:
    """The name of a body or place that opens ``seg`` (after "the" and lower-case adjectives:
    "the libertarian Cato Institute"): the recognizer's name there ("Seton Hall University",
    "Bailey & Glasser"), else the noun phrase of a proper noun or of a body's noun a name
    modifies ("ING", "the Clinton campaign"), up to a comma, a possessive or a place's "in"
    or "at"; none where the phrase is no name ("at the time")."""
    toks = list(seg)
    while toks and toks[0].is_lower and toks[0].pos_ in ("DET", "ADJ", "PROPN"):
        toks.pop(0)  # ("the libertarian Cato Institute", "libertarian" tagged PROPN)
    if not toks or not toks[0].text[:1].isupper():
        return []
    ent = ent_at(toks[0])
    if ent is not None and ent.label_ in AFFILIATION_LABELS:
        return [x for x in toks if x.i < ent.end]
    head = toks[0]
    inside = {x.i for x in toks}
    while head.head.i != head.i and head.head.i in inside and \
            head.dep_ in ("compound", "amod", "nmod"):
        head = head.head  # up to the phrase's head noun
    if head.pos_ != "PROPN" and not (head.lemma_.lower() in lexicon.organization_heads() and
                                      toks[0].pos_ == "PROPN"):
        return []
    out = []
    for x in toks:
        if x.i > head.right_edge.i or x.text in (",", ";", "(") or x.tag_ == "POS" or \
                x.lower_ in ("in", "at") or (x.dep_ == "cc" and x.head.i == head.i):
            break  # (not "Yale and author of ...", "... in London")
        out.append(x)
    while out and not out[-1].text[:1].isalnum():
        out.pop()
    return out


def ent_at(t: Token) -> SpacySpan | None:
    """The recognizer's name that ``t`` is a word of, or None (read off the tokens' IOB
    marks: no walk over the document's names)."""
    if not t.ent_type_:
        return None
    doc, start, end = t.doc, t.i, t.i + 1
    while doc[start].ent_iob_ == "I" and start > 0:
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return SpacySpan(doc, start, end, label=t.ent_type_)


def _known_body(ctx: Context, t: Token) -> bool:
    """Whether ``t``, which the recognizer left untagged here, is a one-word name it tags a
    body or a place elsewhere in the article ("ECB President Christine Lagarde" after "The
    ECB said")."""
    return t.pos_ == "PROPN" and not t.ent_type_ and t.text in _one_word_bodies(ctx.doc)


@lru_cache(maxsize=1)  # (the latest document only, no more kept alive)
def _one_word_bodies(doc: Doc) -> frozenset[str]:
    """The one-word names a document's recognizer tags a body or a place (once per
    document)."""
    return frozenset(e.text for e in doc.ents if len(e) == 1 and e.label_ in AFFILIATION_LABELS)


def affiliation_before(ctx: Context, i: int) -> str | None:
    """The place or body right before token ``i`` (a possessive allowed: "Seoul's")."""
    doc = ctx.doc
    j = i - 1
    if j >= 0 and doc[j].lower_ in _POSSESSIVES:
        j -= 1
    if j >= 0 and not doc[j].is_punct and (
            doc[j].ent_type_ in AFFILIATION_LABELS or _known_body(ctx, doc[j])):
        k = j
        while k > 0 and doc[k - 1].ent_type_ == doc[j].ent_type_ and \
                doc[k - 1].ent_iob_ != "O" and doc[k].ent_iob_ != "B":
            k -= 1
        return clean_name(_tokens_text(ctx, doc[k], doc[j]))
    return None


@lru_cache(maxsize=1024)
def words_of_title(title: str) -> frozenset[str]:
    """The words of a title with the role noun each abbreviation stands for (``titles.tsv``:
    "New Jersey Gov." -> new, jersey, gov, governor; "Lt. Col." -> colonel)."""
    low = title.lower()
    titles = lexicon.titles()
    found = set(LETTERS_RE.findall(low))
    words = low.split()
    for key in (low, *words, *(f"{a} {b}" for a, b in pairwise(words))):
        entry = titles.get(key)
        if entry is not None and entry.head is not None:
            found.update(LETTERS_RE.findall(entry.head))
    return frozenset(found)


def title_from_description(ctx: Context, e: Entity, toks: Sequence[Token]) -> None:
    """"the US special envoy" resolved to a person: "special envoy" is a title, "US" the
    affiliation."""
    if e.kind != "person":
        return
    seg = [t for t in toks if t.pos_ not in ("DET", "PRON") and t.tag_ != "POS"]
    aff = []
    while seg and seg[0].ent_type_ in AFFILIATION_LABELS and seg[0].lower_ not in title_words():
        aff.append(seg.pop(0))
    if not seg or seg[-1].lemma_.lower() not in role_heads():
        return
    if any(t.ent_type_ == "PERSON" for t in seg):
        return
    title = _tokens_text(ctx, seg[0], seg[-1])
    words = set(LETTERS_RE.findall(title.lower()))
    if any(words <= words_of_title(t) for t in e.titles):
        return  # "the minister" adds nothing to "Economy Minister", "the governor" to "Gov."
    e.add_title(title)
    if aff and not e.affiliation:
        e.affiliation = clean_name(_tokens_text(ctx, aff[0], aff[-1]))
