"""Person names the entity recognizer labels as something else: a name after an honorific
inside a body's name ("the Council Shri Vikram Rathod" tagged ORG), a name after a role noun
("Labour's housing spokesperson Mereana Pōtae" tagged ORG, "winger Ade Okafor" tagged GPE) or
in apposition to a noun of people. Read by the entity registration (``_entities.py``)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import name_cased
from quotekit.pipeline.speakers._kinds import person_heads
from quotekit.pipeline.speakers._titles import role_heads

__all__ = ["PLACE_LABELS", "after_inner_honorific", "after_role_noun", "name_words",
           "named_person_of_role"]


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
