"""Transcript labels: a label ("HARLOW:", "JANE SMITH:", "MR. TRUMP:", "Matthews:") names a
person of the article, written in title case elsewhere; a label of a full name that
the article names nowhere else is a new person of that name ("Jane Smith")."""

from __future__ import annotations

from quotekit.names import clean_name, name_parts
from quotekit.pipeline.speakers._model import Answer, Entity, Mention, State, answer
from quotekit.pipeline.speakers._table import Resolver, given_names

__all__ = ["LABEL_RULE", "label_name"]

#: The statement rule whose mention is a speaker label.
LABEL_RULE = "direct:transcript-label"


def _lower_parts(name: str) -> list[str]:
    return [p.lower().replace("’", "'") for p in name_parts(name)]


def _names(label: list[str], person: list[str]) -> bool:
    """Whether the label's words name the person: a single word that is one of the person's,
    or the same last word and first initial."""
    if len(label) == 1:
        return label[0] in person
    return label[-1] == person[-1] and label[0][:1] == person[0][:1]


def _given(word: str) -> bool:
    """Whether ``word`` (lower-case) is a known given name, or a hyphenated one opening with
    one ("jean-luc")."""
    return word in given_names() or word.split("-")[0] in given_names()


def label_name(r: Resolver, m: Mention, s: State) -> Answer | None:
    """A transcript label ("HARLOW:", "Matthews:"): the person of the article it names (case
    aside, the upper-case readings of the labels themselves left out), else, for an
    upper-case label that is a full name (a known given name, or a name the recognizer
    tagged), a new person of that name."""
    del s
    if m.draft.evidence.rule != LABEL_RULE:
        return None
    name = clean_name(m.text)
    parts = _lower_parts(name)
    if not parts:
        return None
    people = [e for e in r.with_part(parts[-1]) if e.kind == "person" and e.resolved and
              not e.name.isupper() and _names(parts, _lower_parts(e.name))]
    if len(people) > 1:
        best = r.disambiguate(people, m.start)
        people = [best] if best is not None else []
    if people:
        return answer(people[0], "name:label")
    if not name.isupper() or len(parts) < 2 or not (_given(parts[0]) or
                              any(t.ent_type_ == "PERSON" for t in m.tokens)):
        return None
    entity = Entity(kind="person", name=name.title(), parts=name_parts(name.title()),
                    first=m.start, gender=given_names().get(parts[0].split("-")[0]))
    r.register(entity)
    entity.add_mention("", m.start, m.end)
    r.add_span(m.start, m.end, entity)
    return answer(entity, "name:label")
