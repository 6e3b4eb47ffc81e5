"""Person names the entity recognizer labels as something else: a name after an honorific
inside a body's name ("the Council Shri Vikram Rathod" tagged ORG), a name after a role noun
("Labour's housing spokesperson Mereana Pōtae" tagged ORG, "winger Ade Okafor" tagged GPE) or
in apposition to a noun of people; and the title the recognizer glued to the front of a
person's name ("Halvorsen Chief Executive| Ingrid Sørlie"). Read by the entity registration
(``_entities.py``)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

import numpy
from spacy.attrs import IS_LOWER, LOWER, POS
from spacy.parts_of_speech import NOUN
from spacy.strings import hash_string  # type: ignore[attr-defined]
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotekit import lexicon
from quotekit.names import name_cased
from quotekit.pipeline.speakers._kinds import person_heads
from quotekit.pipeline.speakers._titles import role_heads, title_words

__all__ = [
    "PLACE_LABELS",
    "after_inner_honorific",
    "after_role_noun",
    "is_role",
    "joined_person_names",
    "name_words",
    "named_person_of_role",
    "names_after_roles",
    "title_prefix",
    "with_names_after_roles",
]


def name_words(tokens: SpacySpan | Sequence[Token]) -> bool:
    """Whether ``tokens`` are two or three proper nouns written as names ("Ade Okafor",
    "Mereana Pōtae"): the length of a person's name the recognizer may mislabel."""
    return len(tokens) in (2, 3) and all(t.pos_ == "PROPN" and name_cased(t.text)
                                         for t in tokens)


def after_inner_honorific(ent: SpacySpan) -> SpacySpan | None:
    """The person's name after an honorific inside a body's name the recognizer ran over a
    title into it ("the Council Shri Vikram Rathod" tagged ORG): the honorific
    (``name_prefixes.tsv``) and the two or three capitalised proper nouns after it, as a
    person's name; else None."""
    prefixes = lexicon.words("name_prefixes.tsv")
    for k in range(1, len(ent) - 2):
        if ent[k].lower_.rstrip(".") in prefixes and ent[k].text[:1].isupper():
            if name_words(ent[k + 1:]):
                return SpacySpan(ent.doc, ent.start + k, ent.end, label="PERSON")
            return None
    return None


#: The recognizer's labels of places, which a person's name after a role may come out with.
PLACE_LABELS = frozenset({"GPE", "LOC"})


def named_person_of_role(ent: SpacySpan) -> bool:
    """Whether a name the recognizer took for a place is a person's: two or three capitalised
    proper nouns right after a lower-case role noun or in apposition to a noun of people
    ("Berg's teammate, winger Ade Okafor," with "Ade Okafor" tagged GPE)."""
    if not after_role_noun(ent):
        root = ent.root
        if not name_words(ent) or root.dep_ != "appos" or \
                root.head.pos_ != "NOUN" or root.head.lemma_.lower() not in person_heads():
            return False
    return not any(t.lower_ in lexicon.words("place_names.tsv") for t in ent)


def after_role_noun(ent: SpacySpan) -> bool:
    """Whether ``ent`` is two or three capitalised words right after a lower-case role noun
    ("Labour's housing spokesperson| Mereana Pōtae" tagged ORG), none a body's noun."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.is_lower and before.lower_ in role_heads() and \
        name_words(ent) and not any(t.lower_ in lexicon.organization_heads() for t in ent)


#: The recognizer's labels a word of a person's name after a role noun may come out with.
_NAME_RUN_LABELS = frozenset({"", "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT",
                              "WORK_OF_ART"})


@lru_cache(maxsize=1)
def _role_hashes() -> frozenset[int]:
    """String-store hashes of the role nouns (:func:`role_heads`), to find them in a Doc's
    ``LOWER`` array (hashes are the same in every vocab)."""
    return frozenset(hash_string(w) for w in role_heads())


def names_after_roles(doc: Doc) -> list[SpacySpan]:
    """The person's names right after a lower-case role noun that the recognizer missed or
    cut ("head coach Emeka Okonkwo" with only "Okonkwo" tagged ORG, "Kaveri chairperson
    Meenakshi Raghunathan" untagged): the title words (``titles.tsv``, role heads) end at the
    role noun, and the two or three capitalised proper nouns after it that are no title
    word, body noun nor place make the name. Runs the recognizer already tagged as one
    person, or whose tags reach outside the run, are left as they are."""
    words, out = title_words(), []
    bodies, places = lexicon.organization_heads(), lexicon.words("place_names.tsv")
    arr = doc.to_array([IS_LOWER, POS, LOWER])
    # (the role nouns found from the token arrays: no Token object for every other word)
    nouns = numpy.nonzero((arr[:, 0] == 1) & (arr[:, 1] == NOUN))[0].tolist()
    roles = _role_hashes()
    for i in (i for i, lower in zip(nouns, arr[nouns, 2].tolist(), strict=True) if lower in roles):
        role = doc[i]
        end = role.i + 1
        while end < len(doc) and end - role.i <= 4 and doc[end].pos_ == "PROPN" and \
                name_cased(doc[end].text) and not doc[end].is_sent_start and \
                doc[end].lower_ not in words and doc[end].lower_ not in bodies and \
                doc[end].lower_ not in places and doc[end].ent_type_ in _NAME_RUN_LABELS:
            end += 1
        run = doc[role.i + 1:end]
        if not name_words(run) or any(_outside(t, run) for t in run) or \
                (run[0].ent_iob_ == "B" and run[0].ent_type_ == "PERSON" and
                 all(t.ent_type_ == "PERSON" for t in run)):
            continue
        out.append(SpacySpan(doc, run.start, run.end, label="PERSON"))
    return out


def _outside(t: Token, run: SpacySpan) -> bool:
    """Whether the recognizer's entity at ``t`` reaches outside ``run``."""
    if not t.ent_type_:
        return False
    # (the entity's bounds read from the IOB tags, as ``doc.ents`` reads them: an "I" tag
    # continues the entity before it)
    doc, start, end = t.doc, t.i, t.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return start < run.start or end > run.end


#: The most words a person's name joined from two pieces may have ("José Antonio Salazar
#: Vílchez").
_JOINED_WORDS = 5


def joined_person_names(ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with a person's name the recognizer tagged in two pieces joined into one
    ("José Antonio| Salazar |Vílchez": two given names and a double surname, with "Salazar"
    untagged): two person names with nothing or one or two untagged capitalised proper nouns
    between them, each word a compound of the next, five words at most; also two one-word
    names of any label around a capitalised particle ("Fergal| Ó |Dálaigh" tagged GPE and
    ORG: :func:`_over_particle`)."""
    out: list[SpacySpan] = []
    for ent in ents:
        prev = out[-1] if out else None
        if prev is not None and ((prev.label_ == "PERSON" and ent.label_ == "PERSON" and
                                  _one_name(prev.doc[prev.start:ent.end], ent.start - prev.end))
                                 or _over_particle(prev, ent)):
            out[-1] = SpacySpan(ent.doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


def _one_name(span: SpacySpan, gap: int) -> bool:
    """Whether ``span`` reads as one person's name: at most five capitalised proper nouns
    (``gap`` of them untagged in the middle, no title word), each a compound of the next."""
    words = title_words()
    return 0 <= gap <= 2 and len(span) <= _JOINED_WORDS and \
        all(t.pos_ == "PROPN" and name_cased(t.text) and t.lower_ not in words and
            not (t.i > span.start and t.is_sent_start) for t in span) and \
        all(t.dep_ == "compound" and t.head.i > t.i for t in span[:-1])


def with_names_after_roles(ents: list[SpacySpan]) -> list[SpacySpan]:
    """``ents`` with the person's names after a lower-case role noun the recognizer missed or
    cut (:func:`names_after_roles`) in place of the
    entities they overlap, in text order."""
    if not ents:
        return ents
    found = names_after_roles(ents[0].doc)
    if not found:
        return ents
    kept = [e for e in ents if not any(e.start < n.end and n.start < e.end for n in found)]
    return sorted(kept + found, key=lambda e: e.start)


#: The recognizer's labels a one-word piece of a person's name may come out with.
_PIECE_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP"})


def _over_particle(first: SpacySpan, last: SpacySpan) -> bool:
    """Whether ``first`` and ``last``, one word each, are a given name and a surname on
    either side of one capitalised particle (``name_particles.tsv``: "Fergal Ó Dálaigh"),
    each word a compound of the next."""
    doc = first.doc
    if len(first) != 1 or len(last) != 1 or last.start - first.end != 1 or \
            first.label_ not in _PIECE_LABELS or last.label_ not in _PIECE_LABELS:
        return False
    particle = doc[first.end]
    span = doc[first.start:last.end]
    return particle.lower_ in lexicon.words("name_particles.tsv") and \
        particle.text[:1].isupper() and not particle.ent_type_ and \
        all(t.pos_ == "PROPN" and t.text[:1].isupper() and not (t.i > span.start and
                                                                t.is_sent_start)
            for t in span) and all(t.dep_ == "compound" and t.head.i > t.i for t in span[:-1])


def is_role(t: Token) -> bool:
    """Whether ``t`` is a role noun or a title (``titles.tsv``, abbreviated or not)."""
    low = t.lower_
    return low in role_heads() or low in lexicon.titles() or low.rstrip(".") in lexicon.titles()


def _abbreviated(t: Token) -> bool:
    """Whether ``t`` is a title's abbreviation ("Sen.", "Cllr": its role noun is longer)."""
    entry = lexicon.titles().get(t.lower_)
    return entry is not None and entry.head is not None and len(entry.head) > len(t.lower_)


def _name_hyphen(t: Token) -> bool:
    """Whether ``t`` is a hyphen the tokenizer split out of a hyphenated name, glued to the
    words on both sides ("Feldstein|-|Cole")."""
    doc = t.doc
    return t.text in _HYPHENS and not t.whitespace_ and 0 < t.i < len(doc) - 1 and \
        not doc[t.i - 1].whitespace_ and name_cased(doc[t.i + 1].text)


#: The hyphens a hyphenated name is written with.
_HYPHENS = frozenset({"-", "‐", "–"})


def title_prefix(ent: SpacySpan) -> int:
    """How many tokens at the front of a person's name are a title the recognizer glued to
    it: "Organiser Helen Marsh", "Alderman Joe Rizzo", "Ottawa coach Luc Girard" (a place
    before a lower-case role noun), "Halvorsen Chief Executive Ingrid Sørlie" (a company
    before a capitalised title). Title words up to a role noun or title (``titles.tsv``)
    are cut where two capitalised name words remain ("Dean Baquet" keeps its "Dean"), or one
    after an abbreviated title ("Cllr Naz", "Sen. Warren")."""
    words = title_words()
    cut = 0
    for n, t in enumerate(ent[:-1]):
        if is_role(t) and (n < len(ent) - 2 or _abbreviated(t)):
            cut = n + 1
        elif n < len(ent) - 2 and (t.lower_ in words or
                                   (n == 0 and name_cased(t.text) and
                                    (not name_cased(ent[1].text) or ent[1].lower_ in words))):
            continue
        else:
            break
    rest = ent[cut:]
    if cut and not all(name_cased(t.text) or t.is_upper or _name_hyphen(t) for t in rest):
        return 0
    return cut
