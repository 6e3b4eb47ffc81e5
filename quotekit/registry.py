"""Speakers across articles: one :class:`SpeakerRegistry` entry per person or body.

>>> registry = SpeakerRegistry()                                   # doctest: +SKIP
>>> for doc_id, text in texts.items():                             # doctest: +SKIP
...     registry.add(parser.parse(text), doc_id=doc_id)
>>> registry.statements_by("Biegun")                               # doctest: +SKIP

Speakers of different articles merge when their names are compatible: the same full name
(case, spacing, apostrophes and a leading "the" ignored), a name one of them is also known by
(an alias), or, for people, a single name ("Biegun") that is a part of exactly one registered
full name. Titles, aliases, affiliations and statements are pooled, so Stephen Biegun keeps
"special representative for North Korea" from one article and "Deputy Secretary of State" from
another. With a :class:`~quotekit.gazetteer.Gazetteer`, speakers linked to the same entry merge
whatever their names, and the entry's identifier is the registry entry's ``id``. Unresolved
mentions ("officials") and groups are kept apart per article and never merged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from quotekit.gazetteer import Gazetteer
from quotekit.names import normalize_name
from quotekit.types import Article, Speaker, Statement

__all__ = ["RegistryEntry", "SpeakerRegistry"]


@attrs.define(slots=True, eq=False)
class RegistryEntry:
    """One person or body across articles.

    Attributes:
        name: The fullest name seen.
        kind: ``person``, ``organization``, ``place`` or ``group``.
        id: The gazetteer identifier (e.g. a Wikidata QID), or None.
        titles: Every title seen, in order of first appearance.
        affiliations: Every affiliation seen.
        aliases: Every other form of the name seen.
        statements: ``(doc_id, statement)`` pairs, in the order added.
    """

    name: str
    kind: str
    id: str | None = None
    titles: list[str] = attrs.Factory(list)
    affiliations: list[str] = attrs.Factory(list)
    aliases: list[str] = attrs.Factory(list)
    statements: list[tuple[str, Statement]] = attrs.Factory(list)

    @property
    def documents(self) -> list[str]:
        """The ids of the articles the speaker is quoted in, first appearance order."""
        return list(dict.fromkeys(doc for doc, _s in self.statements))

    @property
    def gender(self) -> str | None:
        """``"female"`` or ``"male"`` where the speakers of its statements give one gender
        (:attr:`quotekit.types.Speaker.gender`, from each article's own words), else None."""
        said = {st.speaker.gender for _doc, st in self.statements
                if st.speaker is not None and st.speaker.gender}
        return said.pop() if len(said) == 1 else None

    def names(self) -> set[str]:
        """Normalised name and aliases."""
        return {normalize_name(n) for n in (self.name, *self.aliases)}

    def absorb(self, speaker: Speaker) -> None:
        """Pool a speaker's name forms, titles and affiliation into this entry."""
        forms = [speaker.name, *speaker.aliases]
        if speaker.kind == "person" and len(speaker.name.split()) > len(self.name.split()):
            forms.append(self.name)
            self.name = speaker.name
        for form in forms:
            if form and normalize_name(form) != normalize_name(self.name) and \
                    normalize_name(form) not in {normalize_name(a) for a in self.aliases}:
                self.aliases.append(form)
        for title in speaker.titles:
            if title.lower() not in (t.lower() for t in self.titles):
                self.titles.append(title)
        if speaker.affiliation and speaker.affiliation not in self.affiliations:
            self.affiliations.append(speaker.affiliation)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; statements as ``{"doc_id", ...Statement.to_dict()}`` without the
        speaker (it is this entry)."""
        rows = []
        for doc, st in self.statements:
            row = {"doc_id": doc, **st.to_dict()}
            row.pop("speaker", None)
            rows.append(row)
        return {"id": self.id, "name": self.name, "kind": self.kind, "titles": self.titles,
                "affiliations": self.affiliations, "aliases": self.aliases,
                "documents": self.documents, "statements": rows, "gender": self.gender}


class SpeakerRegistry:
    """Merge the speakers of many articles and answer "all statements by X"."""

    def __init__(self, gazetteer: Gazetteer | str | Path | None = None) -> None:
        """``gazetteer``: a :class:`~quotekit.gazetteer.Gazetteer` or the path of one."""
        if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
            gazetteer = Gazetteer.load(gazetteer)
        self.gazetteer: Gazetteer | None = gazetteer
        self.entries: list[RegistryEntry] = []
        self._count = 0

    def __len__(self) -> int:
        """The number of entries."""
        return len(self.entries)

    def __iter__(self) -> Iterator[RegistryEntry]:
        """Iterate over the entries in order of first appearance."""
        return iter(self.entries)

    # -- adding ------------------------------------------------------------------------------
    def add(self, article: Article, doc_id: str | None = None) -> dict[int, RegistryEntry]:
        """Add one article's speakers and statements; return ``{id(speaker): entry}``."""
        doc = doc_id if doc_id is not None else f"doc{self._count}"
        self._count += 1
        placed: dict[int, RegistryEntry] = {}
        for sp in article.speakers:
            placed[id(sp)] = self._place(sp, doc)
        for st in article.statements:
            if st.speaker is None:
                continue
            entry = placed.get(id(st.speaker))
            if entry is None:  # a speaker object not listed in article.speakers
                entry = placed[id(st.speaker)] = self._place(st.speaker, doc)
            entry.statements.append((doc, st))
        return placed

    def add_all(self, articles: Iterable[Article], doc_ids: Iterable[str] | None = None) -> None:
        """Add many articles (ids default to ``doc0``, ``doc1``, ...)."""
        ids = iter(doc_ids) if doc_ids is not None else None
        for article in articles:
            self.add(article, next(ids) if ids is not None else None)

    def _place(self, sp: Speaker, doc: str) -> RegistryEntry:
        link = self.gazetteer.link(sp) if self.gazetteer is not None else None
        entry = self._find_compatible(sp, link.id if link else None, doc)
        if entry is None:
            entry = RegistryEntry(name=sp.name, kind=sp.kind)
            if not sp.resolved or sp.kind == "group":
                entry.aliases.append(f"@{doc}")  # keeps unresolved mentions per article
            self.entries.append(entry)
        if link is not None:
            entry.id = link.id
            if entry.kind == "person" and len(link.name.split()) > len(entry.name.split()):
                entry.aliases.append(entry.name)
                entry.name = link.name
        entry.absorb(sp)
        return entry

    def _find_compatible(self, sp: Speaker, ident: str | None,
                         doc: str) -> RegistryEntry | None:
        if ident is not None:
            for e in self.entries:
                if e.id == ident:
                    return e
        if not sp.resolved or sp.kind == "group":
            key = normalize_name(sp.name)
            for e in self.entries:
                if f"@{doc}" in e.aliases and normalize_name(e.name) == key:
                    return e
            return None
        names = {normalize_name(n) for n in (sp.name, *sp.aliases)}
        same_kind = [e for e in self.entries if e.kind == sp.kind and
                     not any(a.startswith("@") for a in e.aliases)]
        exact = [e for e in same_kind if normalize_name(sp.name) in e.names()]
        if len(exact) == 1 and (ident is None or exact[0].id in (None, ident)):
            return exact[0]
        loose = [e for e in same_kind if names & e.names()]
        if len(loose) == 1 and (ident is None or loose[0].id in (None, ident)):
            return loose[0]
        if sp.kind == "person" and len(sp.name.split()) == 1:
            word = normalize_name(sp.name)
            parts = [e for e in same_kind if word in normalize_name(e.name).split()]
            if len(parts) == 1:
                return parts[0]
        return None

    # -- asking ------------------------------------------------------------------------------
    def find(self, name: str) -> RegistryEntry | None:
        """The entry called ``name`` (or known by it; a single name may be a part of one full
        name), or the entry with that gazetteer id; None when none or several match."""
        key = normalize_name(name)
        hits = [e for e in self.entries if e.id == name or key in e.names()]
        if not hits and " " not in key:
            hits = [e for e in self.entries if e.kind == "person" and
                    key in normalize_name(e.name).split()]
        return hits[0] if len(hits) == 1 else None

    def statements_by(self, name: str) -> list[tuple[str, Statement]]:
        """All ``(doc_id, statement)`` pairs by the speaker ``name`` (see :meth:`find`)."""
        entry = self.find(name)
        return list(entry.statements) if entry is not None else []

    # -- export ------------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """``{"speakers": [entry.to_dict(), ...]}`` (unresolved per-article entries included,
        their internal ``@doc`` markers dropped)."""
        out = []
        for e in self.entries:
            d = e.to_dict()
            d["aliases"] = [a for a in d["aliases"] if not a.startswith("@")]
            d["resolved"] = not any(a.startswith("@") for a in e.aliases)
            out.append(d)
        return {"speakers": out}

    def to_json(self, path: str | Path | None = None, *, indent: int | None = 2) -> str:
        """The registry as JSON text; written to ``path`` too when given."""
        text = json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
        if path is not None:
            Path(path).write_text(text + "\n", encoding="utf-8")
        return text
