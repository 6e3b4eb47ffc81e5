"""Name strategies: a name ("Stephen Biegun", "Biegun", "Lee", "the Foreign Ministry") joins
the entity it names; single names match any part of a full name, so family-name-first names
join too ("Lee" -> "Lee Do-hoon"); a run of capitalised words the recognizer missed becomes a
new person; what nothing resolves stays an unresolved mention."""

from __future__ import annotations

from collections.abc import Sequence

import regex
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import clean_name, honorific_gender, name_cased, name_parts
from quotekit.pipeline.speakers._body_names import without_description_head
from quotekit.pipeline.speakers._entities import add_person, spelled_out, without_nickname
from quotekit.pipeline.speakers._kinds import (
    appositive_kind,
    company_name,
    people_noun,
    person_heads,
)
from quotekit.pipeline.speakers._model import Answer, Entity, Mention, State, answer
from quotekit.pipeline.speakers._pronouns import is_pronoun
from quotekit.pipeline.speakers._table import Resolver
from quotekit.pipeline.speakers._titles import role_heads, title_words, titles_for
from quotekit.pipeline.speakers._unnamed import description_affiliation

__all__ = ["handle_name", "named_entity", "proper_name_run", "proper_noun", "unrecognized_name",
           "unresolved"]


def named_entity(r: Resolver, m: Mention, s: State) -> Answer | None:
    """The entity named at the source, or a person named inside the mention ("the economist
    Ana Ruiz"), or the body whose text a document mention is ("the IMF report"; never
    "Scott's lawyers" -> Scott): "name" where the mention holds the full name."""
    del s
    e = _surname_of_person(r, r.entity_of(m.source), m.start)
    if e is None:
        e = _named_inside(r, m)
    if e is None:
        return None
    if e.kind == "place":
        body = _body_named_for_place(r, m)
        if body is not None:
            return answer(body, "name")
    if e.name.lower() in without_nickname(m.text).lower():
        return answer(e, "name")
    return answer(e, "name-part")


def _body_named_for_place(r: Resolver, m: Mention) -> Entity | None:
    """A body whose name ends in a country or province (``place_names.tsv``) the recognizer
    tagged alone ("Environment Canada says": "Canada" a place): the capitalised words before
    the place, compounds on it, with it; registered as an organisation."""
    src = m.source
    if src.lower_ not in lexicon.words("place_names.tsv"):
        return None
    first = src
    while first.i > m.lo and (t := src.doc[first.i - 1]).dep_ == "compound" and \
            t.head.i == src.i and t.pos_ == "PROPN" and name_cased(t.text) and not t.ent_type_ and \
            t.lower_ not in lexicon.titles():
        first = t
    if first.i == src.i:
        return None
    name = clean_name(src.doc[first.i:src.i + 1].text)
    return r.match_or_register(name, "organization", m.start, first=first.idx)


def _surname_of_person(r: Resolver, e: Entity | None, at: int) -> Entity | None:
    """``e``, or the person named before ``at`` whose name holds ``e``'s one word where the
    recognizer took that word for a body or a place ("According to Iyer" tagged ORG after
    "Prof Suresh Iyer"; not an acronym)."""
    if e is None or e.kind == "person" or len(e.parts) != 1 or e.name.isupper():
        return e
    people = [p for p in r.with_part(e.name) if p.kind == "person" and len(p.parts) > 1 and
              p.resolved and p.first < at]
    return people[0] if len(people) == 1 else e


def _named_inside(r: Resolver, m: Mention) -> Entity | None:
    relational = lexicon.words("relational_heads.tsv")
    head = m.source.lemma_.lower()
    if m.source.lower_ in relational or head in relational:
        return None
    documents = lexicon.words("document_heads.tsv")
    role = head in role_heads() or head in title_words()
    named = [ent for x, y, ent in r.spans_between(m.start, m.end)
             if m.start <= x and y <= m.end and (
                 (ent.kind == "person" and not (role and _modifies(r, x, y, m.source))) or
                 (head in documents and ent.kind == "organization" and
                  _modifies(r, x, y, m.source)))]
    return named[-1] if named else None  # (not "the Clinton campaign manager": the manager)


def _modifies(r: Resolver, start: int, end: int, head: Token) -> bool:
    """Whether the name at ``start:end`` premodifies ``head`` ("the IMF report")."""
    span = r.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and span.root.head.i == head.i and \
        span.root.dep_ in ("compound", "poss", "nmod", "amod")


def proper_noun(r: Resolver, m: Mention, s: State) -> Answer | None:
    """A proper noun that is a part of a person's name ("Biegun"); where several people
    share it and nothing tells them apart, an unresolved mention ("name:ambiguous"); else
    the one body it names ("the Post" -> "Washington Post", "IMF"). A capitalised word inside
    a sentence the tagger called a common noun counts ("Sinha said", tagged a plural noun), as
    do capitals it called a pronoun where they name a body ("WHO says"); never a title after
    "the" ("the Kerry TD": a description, whatever its proper noun names)."""
    src = m.source
    if src.pos_ != "PROPN" and not (src.pos_ == "NOUN" and src.is_title and
                                    not src.is_sent_start) and \
            not (src.is_upper and len(src) > 1 and not is_pronoun(src)):
        return None  # (capitals the tagger took for a pronoun: the headline's "WHO says")
    if m.tokens and m.tokens[0].lower_ == "the" and src.lower_ in lexicon.titles():
        return None  # a title with "the" is a description ("the Kerry TD"), not a name
    names = list(dict.fromkeys([clean_name(m.text), _name_at(m)]))
    for name in names:
        e = r.match(name, "person", m.start)
        if e is not None:
            _fuller(r, e, name)
            name_only = _name_span(m, title_words())  # "Liberal MPP Stéphane Gauthier"
            if _fuller(r, e, clean_name(name_only.text)):  # (only "Gauthier" tagged)
                titles_for(r.ctx, name_only, e)
            return answer(e, "name-part", "name-part:proper-noun")
        if r.ambiguous:
            return answer(r.unresolved(m, s, "person"), "name:ambiguous")
    name = clean_name(m.text)
    e = r.match(name, "organization", m.start)  # "the Post": "Washington Post"
    if e is not None and spelled_out(e.name, name):
        r.rename_keeping(e, name)  # "MSF" -> "Médecins Sans Frontières"
        return answer(e, "name")
    return answer(e, "name-part", "name-part:proper-noun") if e is not None else None


def _fuller(r: Resolver, e: Entity, name: str) -> bool:
    """Name ``e`` by ``name`` where that is the same name in full: more capitalised words,
    none a title, holding all of ``e``'s ("Fashola-Adeyemi" named "Tunde Fashola-Adeyemi"
    where the recognizer missed the full name); whether it did."""
    parts = name_parts(name)
    words = title_words()
    if len(parts) > len(e.parts) and len(parts) <= 3 and set(e.parts) <= set(parts) and \
            all(p[:1].isupper() and p.lower() not in words for p in parts):
        r.rename_keeping(e, name)
        return True
    return False


def _glued_hyphen(t: Token) -> bool:
    """A hyphen with no space either side, inside a name ("Fashola-Adeyemi")."""
    return t.text == "-" and not t.whitespace_ and t.i > 0 and \
        not t.doc[t.i - 1].whitespace_


def _name_at(m: Mention) -> str:
    """The proper nouns of the mention that end at its source ("Last week Stumpf" ->
    "Stumpf"), hyphenated ones whole ("Tunde Fashola-Adeyemi")."""
    return clean_name(_name_span(m).text)


def _name_span(m: Mention, titles: frozenset[str] | set[str] = frozenset()) -> SpacySpan:
    """The tokens of :func:`_name_at`; with ``titles``, up to a title word ("Liberal MPP
    Stéphane Gauthier" -> "Stéphane Gauthier")."""
    i = m.source.i
    while i > m.lo and ((m.tokens[i - 1 - m.lo].pos_ == "PROPN" and
                         m.tokens[i - 1 - m.lo].lower_ not in titles) or (
            i - 1 > m.lo and _glued_hyphen(m.tokens[i - 1 - m.lo]))):
        i -= 1
    return m.source.doc[i:m.source.i + 1]


#: A social-media handle: "@nycsouthpaw", "@UN_News".
_HANDLE_RE = regex.compile(r"@[\p{L}\p{N}_]{1,50}")


def handle_name(r: Resolver, m: Mention, s: State) -> Answer | None:
    """A mention holding a social-media handle ("one Twitter user @nycsouthpaw") is the
    handle's owner, named by the handle; the words before it give the title where their head
    is a person noun ("Twitter user")."""
    del s
    at = next((t for t in m.tokens if _HANDLE_RE.fullmatch(t.text)), None)
    if at is None:
        return None
    before = [t for t in m.tokens if t.i < at.i and t.pos_ not in ("DET", "NUM", "PRON")]
    person = bool(before) and before[-1].lemma_.lower() in lexicon.words("person_nouns.tsv")
    entity = r.match(at.text, "person", at.idx)
    if entity is None:
        entity = Entity(kind="person" if person else "unknown", name=at.text,
                        parts=name_parts(at.text), first=at.idx)
        r.register(entity)
    if person and entity.kind == "person":
        entity.add_title(r.text[before[0].idx:before[-1].idx + len(before[-1])])
    return answer(entity, "name")


def unrecognized_name(r: Resolver, m: Mention, s: State) -> Answer | None:
    """Two or three capitalised proper nouns the recognizer missed: a new person."""
    del s
    run = proper_name_run(m.tokens)
    return answer(add_person(r, run), "name-unrecognized") if run is not None else None


def _name_word(toks: Sequence[Token], j: int, words: frozenset[str] | set[str]) -> int:
    """How many tokens from ``toks[j]`` make one capitalised name word that is no title: a
    proper noun, or proper nouns joined by hyphens with no space ("Fashola-Adeyemi"); 0 for
    none."""
    n = 0
    while j + n < len(toks):
        t = toks[j + n]
        if t.pos_ != "PROPN" or not name_cased(t.text) or t.lower_ in words or t.ent_type_:
            return 0
        n += 1
        if j + n + 1 < len(toks) and _glued_hyphen(toks[j + n]):
            n += 1  # the hyphen; the next part must be a name word too
            continue
        return n
    return 0


def proper_name_run(toks: Sequence[Token]) -> SpacySpan | None:
    """The last run of two or three capitalised proper nouns in ``toks`` that is no title
    (a hyphenated surname is one: "Tunde Fashola-Adeyemi")."""
    words = title_words()
    best = None
    i = 0
    while i < len(toks):
        j, count = i, 0
        while (n := _name_word(toks, j, words)) > 0:
            j, count = j + n, count + 1
        if 2 <= count <= 3:
            best = toks[i].doc[toks[i].i:toks[j - 1].i + 1]
        elif count > 3:
            best = _after_prefix(toks[i:j]) or best
        i = max(j, i + 1)
    return best


def _after_prefix(run: Sequence[Token]) -> SpacySpan | None:
    """The two or three name words after an honorific inside a longer run of capitalised
    words ("the Assembly Shri| Mahendra Solanki": ``name_prefixes.tsv``), else None."""
    prefixes = lexicon.words("name_prefixes.tsv")
    for k in range(len(run) - 1, -1, -1):
        if run[k].lower_.rstrip(".") in prefixes:
            rest = len(run) - k - 1
            return run[0].doc[run[k].i + 1:run[-1].i + 1] if 2 <= rest <= 3 else None
    return None


def _no_name(text: str) -> bool:
    """A mention that is never a speaker's name: "I", "you", a transcript label ("Q", "A")."""
    low = clean_name(text).lower()
    return low in lexicon.words("transcript_labels.tsv") or \
        lexicon.word_map("pronouns.tsv").get(low) == "self"


def unresolved(r: Resolver, m: Mention, s: State) -> Answer:
    """The last strategy: an unresolved mention, a group for a plural noun, a body for an
    organisation head ("the ministry"), a person where the words show one (a role, a title, an
    honorific, the recognizer's person label: "the spokeswoman"), else of unknown kind ("the
    recipe", "the iPhone review": a kind comes from evidence, never by default); no speaker for
    words that are no name ("I", "Q")."""
    if _no_name(m.text):
        return answer(None, "unresolved")
    named = _named_by_apposition(r, m)
    if named is not None:
        return answer(named, "name-unrecognized")
    kind = "unknown"
    if m.source.tag_ in ("NNS", "NNPS") or people_noun(m.source.lower_):
        kind = "group"  # (also "Neighbours" the tagger took for a name)
    elif m.source.lemma_.lower() in lexicon.organization_heads():
        kind = "organization"
    elif _shows_person(m):
        kind = "person"
    else:
        kind = appositive_kind(m.source) or kind
    company = _company_named(m)
    entity = r.unresolved(m, s, kind) if company is None else \
        s.unresolved_entity(company.text, company.start_char, kind)
    if kind == "person" and not entity.affiliation:
        # "a spokeswoman for Acme Corp": the body the description names is the affiliation
        entity.affiliation = description_affiliation(r, m, m.source, s.last)
    return answer(entity, "unresolved")


def _named_by_apposition(r: Resolver, m: Mention) -> Entity | None:
    """A proper name the recognizer missed that an apposition shows a body or a person
    ("NW Natural, the region's gas utility, said"): registered as a name of that kind."""
    kind = appositive_kind(m.source)
    toks = [t for t in m.tokens if t.lower_ != "the"]
    if kind is None or not toks or m.source.pos_ != "PROPN" or \
            any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in toks):
        return None
    return add_person(r, m.source.doc[toks[0].i:toks[-1].i + 1], kind)


def _company_named(m: Mention) -> SpacySpan | None:
    """A company's name the recognizer missed, capitalised words ending in a company word
    (``company_words.tsv``), without a description head opening the sentence before it
    ("Brokerage| Sharma Kapadia Securities said"); None where the mention is no such name or
    holds no such head."""
    toks = [t for t in m.tokens if t.lower_ != "the"]
    if len(toks) < 3 or m.source.pos_ != "PROPN" or \
            any(not name_cased(t.text) for t in toks) or toks[-1].i - toks[0].i != len(toks) - 1:
        return None
    span = m.source.doc[toks[0].i:toks[-1].i + 1]
    cut = without_description_head(span)
    return cut if len(cut) < len(span) and company_name(cut.text) else None


def _shows_person(m: Mention) -> bool:
    """Whether the mention's words show a person: a role head or title word ("the envoy",
    "the real estate tycoon"), a person noun ("the old man", ``person_nouns.tsv``), a
    relation ("his ex-wife"), an honorific, or the recognizer's person label."""
    heads, words = person_heads(), title_words()
    return any(t.ent_type_ == "PERSON" or honorific_gender(t.lower_) is not None or
               (t.pos_ in ("NOUN", "PROPN") and (t.lemma_.lower() in heads or
                                                 t.lower_ in words)) for t in m.tokens)
