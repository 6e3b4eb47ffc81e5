"""A body's description that stands for the subject of the sentence before it: "Ferry operator
Celtic Link has cancelled all sailings. A spokesperson for the company said ...", "Health
Canada is warning parents ... In a recall notice, the federal regulator said ...", where the
recognizer missed the name (or tagged a part of it a place)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from quotekit import lexicon
from quotekit.names import clean_name, name_cased, name_parts
from quotekit.pipeline.speakers._bodies import UNNAMED_CLASSES
from quotekit.pipeline.speakers._model import Entity
from quotekit.pipeline.speakers._table import Resolver, given_names

__all__ = ["previous_subject_body"]

#: The recognizer's labels a missed body's last word may carry ("Health| Canada" GPE).
_SUBJECT_LABELS = frozenset({"", "ORG", "GPE"})


def previous_subject_body(r: Resolver, head: Token, tokens: Sequence[Token]) -> Entity | None:
    """The body the sentence right before names as its subject, for a description of
    ``tokens`` that is "the", lower-case adjectives and the organisation noun ``head``
    alone ("the company", "the federal regulator"): a run of capitalised proper nouns, none
    a given name nor a person's name, the recognizer's body, a name it missed (a place's
    name only inside a longer name: "Health Canada"), or a name the article's evidence makes
    a body ("Ferry operator Firth Link" tagged a person); None otherwise."""
    cls = lexicon.organization_classes().get(head.lemma_.lower())
    if head.pos_ != "NOUN" or head.tag_ != "NN" or cls is None or cls in UNNAMED_CLASSES or \
            not tokens or tokens[0].lower_ != "the" or any(
                t.i not in (tokens[0].i, head.i) and not (t.dep_ == "amod" and t.is_lower)
                for t in tokens) or head.sent.start == 0:
        return None
    before = head.doc[head.sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or subj.ent_type_ not in (*_SUBJECT_LABELS, "PERSON"):
        return None
    doc, i = subj.doc, subj.i
    while i > before.start and doc[i - 1].dep_ == "compound" and doc[i - 1].pos_ == "PROPN" \
            and i - 1 < doc[i - 1].head.i <= subj.i:
        i -= 1  # the proper nouns before it, chained ("Tax| Policy| Center")
    words = list(doc[i:subj.i + 1])
    if any(not name_cased(t.text) or t.lower_ in given_names() for t in words) or \
            (subj.ent_type_ == "GPE" and len(words) < 2):
        return None
    name = clean_name(r.text[words[0].idx:subj.idx + len(subj)])
    person = r.match(name, "person", subj.idx)
    if not name or (person is not None and person.kind == "person") or \
            (subj.ent_type_ == "PERSON" and (person is None or person.kind != "organization")):
        return None  # (a name tagged a person only where the article's evidence makes it a body)
    e = r.match(name, "organization", subj.idx)
    if e is None:
        e = Entity(kind="organization", name=name, parts=name_parts(name), first=words[0].idx)
        r.register(e)
    return e if e.kind == "organization" else None

