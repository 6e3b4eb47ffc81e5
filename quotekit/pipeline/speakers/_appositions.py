"""Title-first appositions: "The party's education spokeswoman, Aisha Khan, said" is Aisha
Khan speaking, with the title "education spokeswoman" ("Two military analysts, Patrick Megahan
and Chris Harman," a group of the two); a body in the possessive is the affiliation ("The
Podesta Group's CEO, Kimberley Fritts"; "the union's general secretary", "its president": the
body they stand for)."""

from __future__ import annotations

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import clean_name, name_cased
from quotekit.pipeline.speakers._bodies import by_body
from quotekit.pipeline.speakers._entities import add_person
from quotekit.pipeline.speakers._kinds import person_heads
from quotekit.pipeline.speakers._mislabelled import name_words
from quotekit.pipeline.speakers._model import Answer, Entity, Mention, State, answer, group
from quotekit.pipeline.speakers._table import Resolver, given_names
from quotekit.pipeline.speakers._titles import (
    AFFILIATION_LABELS,
    role_heads,
    title_from_description,
    title_words,
)

__all__ = ["body_apposition", "participle_opener", "title_apposition"]

#: The marks that set an apposition off from the role before it.
_SETS_OFF = frozenset({",", "--", "—", "–", "-"})
#: The prepositions of a role's body or place whose name an apposition may follow ("a
#: spokesperson for Oxfam, Jane Doe,"; "A social worker from Stockport Council, Lee Marsden,").
_NAME_PREPOSITIONS = frozenset({"for", "of", "from", "at"})
#: Finite verb tags: no clause may stand between the role and its name.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _named_appositions(r: Resolver, source: Token) -> list[Entity]:
    """The people named in an apposition to ``source`` (and the names joined to it by
    "and")."""
    out: list[Entity] = []
    doc = source.doc
    relative = _relative_clauses(source)
    for child in _apposition_candidates(source):
        left = child.left_edge.i
        while left - 1 > source.i + 1 and _title_word(doc[left - 1]):
            left -= 1  # a title before the name ("the legal officer, Atty. Renato Bautista,")
        # set off by a comma or a dash right after the role: "the spokeswoman, Aisha Khan,"
        if child.dep_ != "appos" or not _names_person(r, child) or left <= source.i + 1 or \
                doc[left - 1].text not in _SETS_OFF or \
                any(t.tag_ in _FINITE and t.dep_ != "case" and t.i not in relative
                    for t in doc[source.i:left]):
            continue
        for t in [child, *(c for c in child.conjuncts if c.ent_type_ == "PERSON")]:
            e = r.entity_of(t)
            if e is not None and e.kind == "person" and e not in out:
                out.append(e)
    return out


def _title_word(t: Token) -> bool:
    """Whether ``t`` is a title or an honorific ("Atty.", "Dr", "Senator")."""
    low = t.lower_
    return low in lexicon.titles() or low.rstrip(".") in lexicon.words("name_prefixes.tsv") or \
        (t.is_title and low in title_words())


def _relative_clauses(source: Token) -> set[int]:
    """The token indices of the relative clauses on ``source`` itself: their verbs are no
    clause between the role and its name ("A carer who had visited him twice a week, Sandra
    Oyelaran, said")."""
    return {t.i for c in source.children if c.dep_ == "relcl" and c.i > source.i
            for t in c.subtree}


def _apposition_candidates(source: Token) -> list[Token]:
    """The role's children, and those of a name in its "for", "of", "from" or "at" phrase: a
    name right after another name stands in apposition to the role, wherever the parser hung
    it ("Independent TD for Kerry South, Brendan O'Shea,"; "A social worker from Stockport
    Council, Lee Marsden,"; not "a lawyer for his wife, Mary,")."""
    out = list(source.children)
    for prep in source.children:
        if prep.dep_ == "prep" and prep.lower_ in _NAME_PREPOSITIONS:
            out.extend(c for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"
                       for c in p.children)
    return out


def _names_person(r: Resolver, t: Token) -> bool:
    """Whether ``t`` names a person: the recognizer says so, or the article's entity there is
    a person, or a name of two or more words the recognizer called an organisation stands in
    apposition to a person's role ("The Environment Secretary, Thérèse Coffey,": the role is
    the evidence, and the entity becomes a person), as does one it called a place ("The mayor
    of Vénissieux, Karim Benali," tagged GPE), and a one-word name after a family tie ("Her
    husband, Sunil," tagged GPE)."""
    if t.ent_type_ == "PERSON":
        return True
    e = r.entity_of(t)
    if e is None and t.pos_ == "PROPN" and t.head.lemma_.lower() in role_heads():
        e = _unrecognized_after_title(r, t)
    if t.pos_ != "PROPN" or e is None:
        return False
    role = t.head.lemma_.lower()
    if e.kind in ("organization", "place") and ((
            role in role_heads() and len(e.parts) >= 2 and
            not any(p.lower() in lexicon.organization_heads() for p in e.parts)) or
            (role in lexicon.word_map("family_relations.tsv") and len(e.parts) == 1)):
        e.kind = "person"
    return e.kind == "person"


def _unrecognized_after_title(r: Resolver, t: Token) -> Entity | None:
    """A person's name the recognizer missed, in apposition to a role, after a title
    ("The command's spokesperson, SP Musa Adamu,"): the two or three untagged capitalised
    proper nouns ending at ``t`` after title words, registered as a person; else None."""
    words = title_words() | lexicon.words("name_prefixes.tsv")
    skip = words | {"the"}
    toks = list(t.doc[t.left_edge.i:t.i + 1])
    while toks and toks[0].lower_.rstrip(".") in skip:
        toks = toks[1:]
    if not name_words(toks) or any(w.ent_type_ or w.lower_ in words for w in toks):
        return None
    return add_person(r, t.doc[toks[0].i:t.i + 1], "person")


def title_apposition(r: Resolver, m: Mention, s: State) -> Answer | None:
    """A role noun with a person's name in apposition: the person (a group for several),
    the role as their title."""
    del s
    src = m.source
    tokens = m.tokens
    displaced = _displaced_role(r, src)
    if displaced is not None:  # "Announcing the result in Ado-Ora, the returning officer, ..."
        src, tokens = displaced, list(src.doc[displaced.left_edge.i:displaced.i + 1])
    if src.pos_ not in ("NOUN", "PROPN") or (src.ent_type_ and src.lower_ not in lexicon.titles())\
            or (src.is_upper and src.is_sent_start):
        return None  # (nor a headline's label: "EXCLUSIVE – Roger Stone:"; a title the
        # recognizer took for a body stays a role: "the Tánaiste, Orla Quinlivan,")
    people = _named_appositions(r, src) or _set_off_person(r, m) or _portfolio_person(r, src)
    if not people:
        return None
    role = [t for t in tokens if t.i <= src.i]
    owner: list[Token] = []
    for n, t in enumerate(role):
        if t.tag_ == "POS" or t.dep_ == "case":
            owner, role = role[:n], role[n + 1:]
    if not owner and role and role[0].lower_ in _BODY_PRONOUNS:
        owner, role = role[:1], role[1:]  # "Its president, Jason Brandt,"
    affiliation = _owner(r, owner, m.start)
    for person in people:
        title_from_description(r.ctx, person, role)
        if affiliation and not person.affiliation:
            person.affiliation = affiliation
    if len(people) == 1:
        return answer(people[0], "apposition")
    g = group(people, m.start)
    g.add_mention(m.text, m.start, m.end)
    return answer(g, "apposition")


def _portfolio_person(r: Resolver, source: Token) -> list[Entity]:
    """The person named at the end of a title's "for"/"of" phrase, right before the verb
    the title is the subject of, where the parser took the name into the phrase ("Minister
    for Housing Declan Furlong said": "Furlong" the object of "for"; "Labour TD for Dublin
    Bay South Aoife Kinsella said", a given name before a one-word name taken into it,
    ``given_names.tsv``); the title must be one (``titles.tsv``); else no one."""
    doc = source.doc
    if source.lower_ not in lexicon.titles() or source.dep_ not in ("nsubj", "nsubjpass"):
        return []
    for prep in source.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("for", "of") or prep.i < source.i:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.right_edge.i != pobj.i or pobj.i + 1 >= len(doc) or \
                _after_adverbs(doc[pobj.i + 1], source.head) != source.head.i or \
                pobj.ent_type_ != "PERSON":
            continue
        e = r.entity_of(pobj)
        if e is None or e.kind != "person":
            continue
        given = doc[pobj.i - 1]
        if len(e.parts) == 1 and e.parts[0] == pobj.text and not given.ent_type_ and \
                given.lower_ in given_names() and name_cased(given.text):
            r.rename(e, f"{given.text} {e.name}")  # the given name the recognizer left out
        return [e]
    return []


def _after_adverbs(t: Token, verb: Token) -> int:
    """The index of the first token from ``t`` on past an adverb or bare noun phrase the
    verb governs ("Minister for Planning Abdul Mannan Khasru| today| said"); ``t``'s own
    index where it begins none."""
    if t.i < verb.i and t.head.i == verb.i and t.dep_ in ("advmod", "npadvmod") and \
            t.left_edge.i == t.i:
        return t.right_edge.i + 1
    return t.i


def _set_off_person(r: Resolver, m: Mention) -> list[Entity]:
    """The person named right after the mention, set off by commas or dashes, where the
    parser hung the name elsewhere ("Her co-star, Daniel Achterberg, says": the tokenizer split
    "co-star" and the name came out as a modifier of "star"): the mention's last word (its
    hyphenated pieces joined) must be a noun of people and hold the mention's head (not "a
    lawyer for his wife, Mary Cole,"); else no one."""
    doc = r.doc
    if not m.tokens or m.hi + 2 >= len(doc) or doc[m.hi].text not in _SETS_OFF:
        return []
    first = m.hi - 1
    while first > m.lo and not doc[first - 1].whitespace_ and doc[first - 1].text != ",":
        first -= 1
    word = "".join(t.text for t in doc[first:m.hi]).lower()
    if doc[m.hi - 1].pos_ != "NOUN" or m.source.i < first or \
            not {word, doc[m.hi - 1].lemma_.lower()} & (person_heads() | _relations()):
        return []
    name = doc[m.hi + 1]
    end = name.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    e = r.entity_of(name)
    if name.ent_iob_ != "B" or name.ent_type_ != "PERSON" or end >= len(doc) or \
            doc[end].text not in _SETS_OFF or e is None or e.kind != "person":
        return []
    return [e]


def _relations() -> frozenset[str]:
    """The nouns of family ties (``family_relations.tsv``)."""
    return frozenset(lexicon.word_map("family_relations.tsv"))


def _displaced_role(r: Resolver, src: Token) -> Token | None:
    """The role noun the parser hung in apposition on a place or body that is the object of
    a preposition, where the role has a person named in apposition to it ("Announcing the
    result in Ado-Ora, the returning officer, Prof. Halima Bako-Sule, said": the mention
    found is "Ado-Ora", the source is the officer); also inside a participle the parser took
    for the subject ("Announcing ..." as the mention). Else None."""
    objects = [src] if src.pos_ != "VERB" or src.dep_ != "csubj" else \
        [t for t in src.subtree if t.dep_ == "pobj"]
    for obj in objects:
        if obj.dep_ != "pobj" or (obj.pos_ != "PROPN" and
                                  obj.ent_type_ not in ("GPE", "LOC", "ORG", "FAC")):
            continue
        for child in obj.children:
            if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > obj.i and \
                    child.lemma_.lower() in role_heads() and _named_appositions(r, child):
                return child
    return None


#: Possessive pronouns that stand for a body ("Its president, Jason Brandt,").
_BODY_PRONOUNS = frozenset({"its", "their"})


def _owner(r: Resolver, owner: list[Token], at: int) -> str | None:
    """The body or place a role's possessor names: a name ("The Podesta Group's CEO"), a
    body's description ("the union's general secretary": the union it stands for) or "its"
    (the body named last before, within the sentence before)."""
    if not owner:
        return None
    head = owner[-1]
    if head.ent_type_ in AFFILIATION_LABELS:
        a, b = r.ctx.chars(owner[0].i, head.i)
        return clean_name(r.text[a:b])
    found = None
    if head.lower_ in _BODY_PRONOUNS and len(owner) == 1:
        here = r.sent_index(at)
        since = r.ctx.sent_starts[max(0, here - 1)]
        bodies = [e for _a, _b, e in r.spans_between(since, at) if e.kind == "organization"]
        found = bodies[-1] if bodies else None
    elif head.pos_ == "NOUN" and head.lemma_.lower() in lexicon.organization_heads():
        found = by_body(r, owner, head, head.idx)
    return found.name if found is not None else None


def body_apposition(r: Resolver, m: Mention, s: State) -> Answer | None:
    """A description of a body with the body's name in apposition: "a super PAC supporting
    Mrs. Clinton's candidacy, Priorities USA Action, may start ..." is Priorities USA Action
    (the description is indefinite or headed by a common noun: no name of its own); also the
    name right after the noun ("Transport operator TCL said")."""
    del s
    src = m.source
    if src.ent_type_ == "PERSON" or src.pos_ not in ("NOUN", "PROPN") or not (
            src.pos_ == "NOUN" or any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                      for c in src.children)):
        return None
    doc = src.doc
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in src.children):
        return None  # "Scott's niece, state Del. Marcia Price (D-Newport News)": the person's
    for child in src.children:
        left = child.left_edge.i
        if child.dep_ != "appos" or child.ent_type_ != "ORG" or left < src.i + 1 or \
                (left > src.i + 1 and doc[left - 1].text not in _SETS_OFF) or \
                any(c.dep_ == "conj" for c in child.children) or \
                any(t.text in "()" or (t.tag_ in _FINITE and t.dep_ != "case")
                    for t in doc[src.i:child.right_edge.i + 1]):
            continue  # (not a list: "Four casinos — Bally's, Caesars, ... —")
        e = r.entity_of(child)
        if e is not None and e.kind == "organization":
            return answer(e, "apposition")
    return None


def participle_opener(r: Resolver, m: Mention, s: State) -> Answer | None:
    """"Reacting, the bank's director of communications, Mrs. Ada Obi, said", "Outside court,
    the owner's son, Vikram Sandhu, said": an opening participle or adverbial phrase that the
    parser made the subject, the speaker set off after it (the first person named in its
    phrase after the comma, else the first body); None for any other mention."""
    src = m.source
    doc = src.doc
    first = doc[src.left_edge.i]
    participle = src.tag_ == "VBG" or (src.tag_ == "NN" and src.lower_.endswith("ing"))
    # (the tagger may call it a noun: "Reacting" NN)
    adverbial = first.i < src.i and first.pos_ in ("ADJ", "ADV", "ADP") and \
        any(c.dep_ == "appos" for c in src.children)
    if not (participle or adverbial) or src.ent_type_ or src.i + 1 >= len(doc) or \
            doc[src.i + 1].text != "," or not first.is_sent_start:
        return None
    found = [e for e in (r.entity_of(t) for t in src.subtree if t.i > src.i + 1)
             if e is not None and e.kind in ("person", "organization")]
    people = [e for e in found if e.kind == "person"]
    best = people[0] if people else found[0] if found else None
    return None if best is None else answer(best, "apposition")
