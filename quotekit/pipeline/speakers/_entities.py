"""Registering the article's entities from the entity recognizer (and the names it missed):
names cleaned, mentions joined, titles and gender read."""

from __future__ import annotations

import regex
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import (
    NICKNAME_RE,
    clean_name,
    honorific_gender,
    initials,
    name_cased,
    name_parts,
)
from quotekit.pipeline.speakers._body_names import (
    body_extent,
    body_start,
    longer_form,
    without_company_head,
)
from quotekit.pipeline.speakers._headlines import KnownNames, headline_name
from quotekit.pipeline.speakers._kinds import (
    KINDS,
    KindEvidence,
    company_name,
    kind_of,
    legal_form,
    plural_body,
)
from quotekit.pipeline.speakers._mislabelled import (
    PLACE_LABELS,
    after_inner_honorific,
    after_role_noun,
    is_role,
    joined_person_names,
    name_words,
    named_person_of_role,
    title_prefix,
    with_names_after_roles,
)
from quotekit.pipeline.speakers._model import Entity
from quotekit.pipeline.speakers._table import Resolver, given_names
from quotekit.pipeline.speakers._titles import role_heads, title_words, titles_for
from quotekit.pipeline.statements._furniture import dateline_end

__all__ = ["NAME_LABELS", "add_person", "build_entities", "spelled_out", "without_nickname"]

NAME_LABELS = frozenset(KINDS)
_UPPER_RE = regex.compile(r"\p{Lu}")
#: A hyphenated given name right after a name ("Lee| Do-hoon", "Moon Jae|-in").
_GIVEN_NAME_RE = regex.compile(r"(?:\s\p{Lu}\p{Ll}+)?-\p{L}\p{Ll}*|\s\p{Lu}\p{Ll}+-\p{L}\p{Ll}*")


def _outside_datelines(r: Resolver, ents: list[SpacySpan]) -> list[SpacySpan]:
    """The entities with any part in a wire dateline cut off ("CLEVELAND - Donald Trump" is
    Donald Trump; "LONDON (AP) —" names no speaker)."""
    out = []
    for ent in ents:
        end = dateline_end(r.ctx, r.ctx.paragraph_of(ent.start_char))
        if end < 0 or ent.start_char >= end:
            out.append(ent)
            continue
        first = r.ctx.token_at(end)
        if first < ent.end:
            out.append(SpacySpan(r.doc, first, ent.end, label=ent.label_))
    return out


#: A clock time ("10:42", "9.15") right before a time zone's letters.
_CLOCK_RE = regex.compile(r"\d{1,2}[:.]\d{2}")


def _after_clock(ent: SpacySpan) -> bool:
    """Whether ``ent`` opens with a time zone's capitals right after a clock time: a live
    page's time stamp the recognizer ran into the heading after it ("10:42 GMT Red warning
    extended", "09:15 BST Ferries cancelled") names no one."""
    first = ent[0]
    return first.i > 0 and first.is_upper and first.is_alpha and len(first) <= 4 and \
        _CLOCK_RE.fullmatch(ent.doc[first.i - 1].text) is not None


def _lone_title(ent: SpacySpan) -> bool:
    """Whether ``ent`` is one word that is a title with a role, after "the": the recognizer's
    name for "the Taoiseach", "the Chancellor" is an office, which the descriptions resolve."""
    entry = lexicon.titles().get(ent.text.lower())
    return len(ent) == 1 and entry is not None and entry.head is not None and \
        ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"


def _before_title(ent: SpacySpan) -> SpacySpan:
    """A body's name the recognizer ran over a comma into the portfolio of a title after it
    ("an interview with The Observer, Health| Secretary Ruth Adeyemi"): cut at that comma."""
    doc = ent.doc
    if ent.label_ == "PERSON" or ent.end >= len(doc) or doc[ent.end].lower_ not in role_heads():
        return ent
    commas = [t.i for t in ent if t.text == ","]
    if not commas or commas[-1] == ent.start:
        return ent
    return SpacySpan(doc, ent.start, commas[-1], label=ent.label_)


def build_entities(r: Resolver) -> None:
    """Register every person, body, place and group the entity recognizer names (none in a
    dateline; a name with a quoted nickname first: Earvin “Magic” Johnson is Earvin Johnson,
    alias Magic)."""
    found = [_add_nicknamed(r, m) for m in NICKNAME_RE.finditer(r.text)]
    nicknamed = [span for span in found if span is not None]
    # "Prof Suresh Iyer" tagged ORG, "MNA Sophie Lachance" tagged PRODUCT are a person's
    # name: its words are evidence for "Iyer"
    titled = with_names_after_roles([_titled_person(_before_title(e)) for e in r.doc.ents])
    ents = _outside_datelines(r, [e for e in titled if e.label_ in NAME_LABELS and not any(
        a < e.end_char and e.start_char < b for a, b in nicknamed) and not _after_clock(e)
        and not _lone_title(e)])
    ents = joined_person_names(ents)
    known = KnownNames(r.ctx, (e for e in ents if e.label_ == "PERSON"))
    ents = [without_company_head(headline_name(e, known) or e) for e in ents]
    evidence = KindEvidence(r.ctx, ents)
    for ent in ents:
        _add_entity(r, ent, evidence)


def without_nickname(text: str) -> str:
    """``text`` with a quoted nickname inside a name left out ("Earvin “Magic” Johnson" ->
    "Earvin Johnson")."""
    return NICKNAME_RE.sub(lambda m: f"{m['given']} {m['surname']}", text)


def _add_nicknamed(r: Resolver, m: regex.Match[str]) -> tuple[int, int] | None:
    """Register the person of a name with a quoted nickname; the span it covers, or None
    where the words are not a proper name."""
    span = r.doc.char_span(m.start(), m.end(), alignment_mode="expand")
    if span is None or span[0].ent_type_ != "PERSON" or span[-1].pos_ != "PROPN" or \
            span[-1].is_stop or span[0].text != m["given"] or \
            any(t.ent_type_ not in ("", "PERSON", "WORK_OF_ART", "PRODUCT", "ORG") for t in span):
        return None  # (not a headline's "Clinton ‘A Disgrace’ Over")
    name = f"{m['given']} {m['surname']}"
    entity = r.match_or_register(name, "person", m.start())
    entity.add_mention("", span.start_char, span.end_char)
    entity.add_mention(m["nick"], m.start("nick"), m.end("nick"))
    r.add_span(span.start_char, span.end_char, entity)
    titles_for(r.ctx, span, entity)
    _gender_for(r, span, entity)
    return span.start_char, span.end_char


def _person_extent(r: Resolver, ent: SpacySpan) -> tuple[SpacySpan, int]:
    """A person's name without a title-case headline verb ("Obama Says ...") or what follows
    a colon ("Luciana Lopez: Saying" read as one name) or an opening bracket (a constituency:
    "Ms Jolene Ong (Marine Parade" read as one name), and its end
    character with a hyphenated given name the tokenizer split ("Lee Do-hoon")."""
    for t in ent[1:]:
        if t.text in (":", "(") or (t.tag_ in ("VBZ", "VBD") and
                             t.lemma_.lower() in lexicon.reporting_verbs()):
            ent = SpacySpan(r.doc, ent.start, t.i, label=ent.label_)
            break
    ent = SpacySpan(r.doc, ent.start - _particle_given(ent), ent.end + _particle_surname(ent),
                    label=ent.label_)
    m = _GIVEN_NAME_RE.match(r.text, ent.end_char)
    ent = SpacySpan(r.doc, ent.start + max(title_prefix(ent), _possessor_prefix(ent)),
                    ent.end, label=ent.label_)
    ent = SpacySpan(r.doc, ent.start - _given_names_before(ent), ent.end, label=ent.label_)
    return ent, m.end() if m else ent.end_char


def _particle_surname(ent: SpacySpan) -> int:
    """How many tokens after a person's name the recognizer left out of it: lower-case
    particles and the capitalised word after them ("Erik| ten Hag", "Ursula| von der Leyen";
    ``data/name_particles.tsv``)."""
    doc, particles = ent.doc, lexicon.words("name_particles.tsv")
    i = ent.end
    while i < len(doc) and doc[i].text in particles and not doc[i].is_sent_start:
        i += 1
    # a particle crossed, or the name ends with one ("Ursula von der" tagged apart from "Leyen")
    crossed = i > ent.end or (len(ent) > 1 and ent[-1].text in particles)
    if not crossed or i >= len(doc) or not name_cased(doc[i].text) or \
            doc[i].pos_ not in ("PROPN", "NOUN"):
        return 0
    # a double surname after the particle ("Borja| del Pozo Cruz"): the capitalised word
    # the parser joins as a compound to the untagged proper noun after it
    while i + 1 < len(doc) and doc[i].dep_ == "compound" and doc[i].head.i == i + 1 and \
            doc[i + 1].pos_ == "PROPN" and name_cased(doc[i + 1].text) and \
            not doc[i + 1].ent_type_ and doc[i + 1].lower_ not in title_words():
        i += 1
    return i + 1 - ent.end


def _particle_given(ent: SpacySpan) -> int:
    """How many tokens before a person's name the recognizer left out of it: a capitalised
    given name and the particles after it ("Ursula von der| Leyen")."""
    doc, particles = ent.doc, lexicon.words("name_particles.tsv")
    i = ent.start
    while i > 0 and doc[i - 1].text in particles and not doc[i].is_sent_start:
        i -= 1
    if i == ent.start and len(ent) > 1 and ent[0].lower_ in particles and ent[0].is_title:
        # a capitalised particle opening the name ("Marites| Dela Cruz")
        prev = doc[i - 1] if i > 0 else None
        ok = prev is not None and not ent[0].is_sent_start and name_cased(prev.text) and \
            prev.pos_ == "PROPN" and prev.ent_type_ == "" and prev.lower_ not in title_words()
        return 1 if ok else 0
    if i == ent.start or i == 0 or doc[i].is_sent_start or not name_cased(doc[i - 1].text) or \
            doc[i - 1].pos_ != "PROPN":
        return 0
    return ent.start - i + 1


def _possessor_prefix(ent: SpacySpan) -> int:
    """How many tokens at the front of a person's name are a possessor the recognizer glued
    to it ("Breitbart’s| Joel Pollak", "Reuters’| Ann Lee"): up to a possessive ending
    followed by two capitalised name words (the possessor is then the affiliation)."""
    for n, t in enumerate(ent[1:-2], start=1):
        if _is_possessive(t):
            rest = ent[n + 1:]
            if all(name_cased(w.text) and w.pos_ == "PROPN" for w in rest):
                return n + 1
            return 0
    return 0


def _given_names_before(ent: SpacySpan) -> int:
    """How many capitalised words right before a person's name are given names the
    recognizer left out, where a title stands before them ("Saudi Prince Alwaleed| Bin
    Talal"), or one the parser made part of the name set off by a comma after a description
    ("its director, Carys| Pemberton,")."""
    doc = ent.doc
    words = title_words()
    for n in (1, 2):
        i = ent.start - n
        t = doc[i] if i >= 1 else None
        if t is None or not (t.pos_ == "PROPN" and name_cased(t.text) and t.lower_ not in words and
                             (t.ent_type_ in ("", ent.label_) or _lone_tag(t))):
            return 0
        if is_role(doc[i - 1]) or _ends_portfolio(doc[i - 1]):
            return n
        if n == 1 and doc[i - 1].text in _SET_OFF and t.dep_ == "compound" and \
                ent.start <= t.head.i < ent.end and t.ent_type_ == "" and t.tag_ == "NNP" \
                and t.lemma_.lower() not in words:
            return 1  # "Its operations director, Carys| Pemberton, told us"
    return 0


#: Marks that set a name off after a description ("its director, Carys Pemberton,").
_SET_OFF = frozenset({",", "—", "–", "("})


def _lone_tag(t: Token) -> bool:
    """Whether ``t`` is a one-word entity of its own right before the name ("SMRT chief
    executive Ngien| Hoon Ping", "Ngien" tagged ORG): a family name written first."""
    return t.ent_iob_ == "B" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_iob_ != "I"


def _ends_portfolio(t: Token) -> bool:
    """Whether ``t`` ends a title's portfolio ("Minister of State for Transport| Amy Khor|
    Li Mei"): the object of "for" or "of" on a title."""
    return t.dep_ == "pobj" and t.head.lower_ in ("for", "of") and is_role(t.head.head)


#: The recognizer's labels that a title and a name may come out with.
_MISTAKEN_LABELS = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT", "LAW"})


def _titled_person(ent: SpacySpan) -> SpacySpan:
    """A title and a person's name the recognizer took together for a body or a thing
    ("Labour MP Clive Betts", "Ottawa coach Luc Girard" tagged ORG, "MNA Sophie Lachance"
    tagged PRODUCT) as the person's; ``ent`` otherwise."""
    if ent.label_ in PLACE_LABELS and named_person_of_role(ent):
        return SpacySpan(ent.doc, ent.start, ent.end, label="PERSON")
    if ent.label_ not in _MISTAKEN_LABELS:
        return ent
    after = after_inner_honorific(ent)
    if after is not None:
        return after
    cut = title_prefix(ent)
    if cut and name_words(ent[cut:]):
        return SpacySpan(ent.doc, ent.start, ent.end, label="PERSON")
    if after_role_noun(ent):
        return SpacySpan(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _add_entity(r: Resolver, ent: SpacySpan, evidence: KindEvidence) -> None:
    ent = _titled_person(ent)
    acronym = None
    if ent.label_ == "ORG":
        ent, acronym = body_extent(body_start(ent))
    end_char, glued = ent.end_char, ent.start
    if ent.label_ == "PERSON":
        ent, end_char = _person_extent(r, ent)
    name = clean_name(r.text[ent.start_char:end_char])
    if not name or not _UPPER_RE.search(name) or evidence.common_noun(ent):
        return
    kind = kind_of(ent, name, evidence)
    entity = r.match(name, kind, ent.start_char, bodies=False)
    if entity is not None and _other_gender(entity, name):
        entity = None  # "Michelle Obama" is not the "Mr. Obama" named before
    if entity is None and r.ambiguous:
        # a surname two people share, with nothing to tell them apart here
        entity = Entity(kind=kind, name=name, parts=name_parts(name), first=ent.start_char,
                        resolved=False)
    elif entity is None:
        entity = Entity(kind=kind, name=name, parts=name_parts(name), first=ent.start_char)
        r.register(entity)
    elif (kind == "person" and len(name_parts(name)) > len(entity.parts)) or \
            (kind == "organization" and (spelled_out(entity.name, name) or
                                         longer_form(name, entity.parts))):
        r.rename_keeping(entity, name)  # ("DMRC" first, then "Delhi Metro Rail Corporation";
        # a headline's "Hallberg", then "Hallberg Motoren Werke")
    entity.add_mention(name if name != entity.name else "", ent.start_char, end_char)
    r.add_span(ent.start_char, end_char, entity)
    if acronym is not None:  # "(OCHA)": a later "according to OCHA" is the same body
        entity.add_mention(acronym.text, acronym.idx, acronym.idx + len(acronym))
        r.add_span(acronym.idx, acronym.idx + len(acronym), entity)
    if entity.kind == "person":
        titles_for(r.ctx, ent, entity)
        _gender_for(r, ent, entity)
        pos = r.doc[ent.start - 1]
        if glued < pos.i and not entity.affiliation and _is_possessive(pos):
            entity.affiliation = clean_name(r.text[r.doc[glued].idx:pos.idx])


def spelled_out(short: str, name: str) -> bool:
    """Whether ``name`` spells out the acronym ``short`` ("Delhi Metro Rail Corporation" for
    "DMRC")."""
    return short.isupper() and " " not in short and " " in name and initials(name) == short


def _is_possessive(t: Token) -> bool:
    return t.tag_ == "POS" or (t.dep_ == "case" and t.lower_ in ("'s", "’s", "'", "’"))


def _other_gender(entity: Entity, name: str) -> bool:
    """Whether the given name of ``name`` is of the other gender than the person ``entity``
    is known to be ("Michelle Obama" after "Mr. Obama")."""
    parts = name_parts(name)
    if entity.kind != "person" or len(parts) < 2 or parts[0] in entity.parts:
        return False
    g = given_names().get(parts[0].lower())
    return g is not None and entity.gender in ("m", "f") and entity.gender != g


def _gender_for(r: Resolver, ent: SpacySpan, entity: Entity) -> None:
    """Gender from an honorific before the name ("Mrs. Clinton") or a known given name."""
    if ent.start > 0:
        g = honorific_gender(r.doc[ent.start - 1].lower_)
        if g:
            t = r.doc[ent.start - 1]
            entity.said_gender[(t.idx, t.idx + len(t))] = g
            entity.gender = entity.gender or g
            if entity.gender != g:
                entity.gender = "?"  # conflicting evidence: agree with nothing for sure
            return
    if entity.gender is None:
        entity.gender = given_names().get(entity.parts[0].lower())


def add_person(r: Resolver, span: SpacySpan, kind: str | None = None) -> Entity:
    """Register a name the entity recognizer missed ("the economist Ana Ruiz"; a body the
    organisation list names, "Downing Street", a legal form or a company word ends, "Acme
    Pvt. Ltd.", "Quinn Motors"), as a person unless ``kind`` or the name says otherwise."""
    name = clean_name(span.text)
    kind = kind or ("organization" if legal_form(span) or company_name(name) or plural_body(name) or
                    " ".join(name.lower().split()) in lexicon.organization_heads()
                    else "person")
    entity = r.match(name, kind, span.start_char)
    if entity is None:
        entity = Entity(kind=kind, name=name, parts=name_parts(name), first=span.start_char)
        r.register(entity)
    elif len(name_parts(name)) > len(entity.parts):
        r.rename(entity, name)
    entity.add_mention(name if name != entity.name else "", span.start_char, span.end_char)
    r.add_span(span.start_char, span.end_char, entity)
    if entity.kind == "person":
        titles_for(r.ctx, span, entity)
    return entity
