"""Known officials, offline: a user-supplied list of people and bodies to link speakers to.

A gazetteer is a CSV or JSON file with one entry per official::

    id,name,aliases,titles,kind
    Q7611042,Stephen Biegun,Biegun|Steve Biegun,Deputy Secretary of State,person

(JSON: a list of objects with the same keys; ``aliases`` and ``titles`` as lists or
``|``-separated strings). The file is parsed with :mod:`csv` / :mod:`json`, never executed, and
nothing is looked up on the network. :meth:`Gazetteer.link` finds the entry a
:class:`~quotekit.types.Speaker` stands for: a full-name or alias match, with a compatible kind,
and, when several entries share a name, the one whose titles overlap the speaker's. Names are
compared with :func:`quotekit.names.normalize_name`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from quotekit.names import normalize_name
from quotekit.types import Speaker

__all__ = ["Gazetteer", "GazetteerEntry"]


def _split(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return tuple(v.strip() for v in value.split("|") if v.strip())
    return tuple(str(v).strip() for v in value if str(v).strip())


@attrs.frozen(slots=True)
class GazetteerEntry:
    """One known official or body: an identifier (e.g. a Wikidata QID), names and titles."""

    id: str
    name: str
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_split)
    titles: tuple[str, ...] = attrs.field(default=(), converter=_split)
    kind: str | None = None

    def names(self) -> set[str]:
        """Every normalised form this entry is known by."""
        return {normalize_name(n) for n in (self.name, *self.aliases) if n}

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict."""
        return {"id": self.id, "name": self.name, "aliases": list(self.aliases),
                "titles": list(self.titles), "kind": self.kind}


class Gazetteer:
    """A list of :class:`GazetteerEntry`, indexed by normalised name and alias."""

    def __init__(self, entries: Iterable[GazetteerEntry]) -> None:
        self.entries = list(entries)
        self._index: dict[str, list[GazetteerEntry]] = {}
        for entry in self.entries:
            for n in entry.names():
                self._index.setdefault(n, []).append(entry)

    def __len__(self) -> int:
        """The number of entries."""
        return len(self.entries)

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]]) -> Gazetteer:
        """Build from dicts with ``id``, ``name`` and optional ``aliases``, ``titles``, ``kind``.

        Raises:
            ValueError: a record without an ``id`` or a ``name``.
        """
        entries = []
        for n, rec in enumerate(records):
            ident = str(rec.get("id") or rec.get("qid") or "").strip()
            name = str(rec.get("name") or "").strip()
            if not ident or not name:
                raise ValueError(f"gazetteer record {n}: 'id' and 'name' are required")
            entries.append(GazetteerEntry(id=ident, name=name, aliases=rec.get("aliases"),
                                          titles=rec.get("titles"),
                                          kind=(rec.get("kind") or None)))
        return cls(entries)

    @classmethod
    def load(cls, path: str | Path) -> Gazetteer:
        """Read a ``.json`` file (a list of records, or ``{"entries": [...]}``) or a CSV file
        (header row: ``id,name,aliases,titles,kind``; lists ``|``-separated)."""
        path = Path(path)
        text = path.read_text(encoding="utf-8")
        if path.suffix.lower() == ".json":
            data = json.loads(text)
            if isinstance(data, Mapping):
                data = data.get("entries", [])
            return cls.from_records(data)
        return cls.from_records(csv.DictReader(text.splitlines()))

    def candidates(self, speaker: Speaker) -> list[GazetteerEntry]:
        """Entries whose name or alias equals the speaker's name or one of its aliases."""
        found: list[GazetteerEntry] = []
        for n in (speaker.name, *speaker.aliases):
            for entry in self._index.get(normalize_name(n), ()):
                if entry not in found and (entry.kind is None or entry.kind == speaker.kind):
                    found.append(entry)
        return found

    def link(self, speaker: Speaker) -> GazetteerEntry | None:
        """The entry ``speaker`` stands for, or None (unresolved speakers and groups never
        link; a name shared by several entries needs an overlapping title)."""
        if not speaker.resolved or speaker.kind == "group":
            return None
        found = self.candidates(speaker)
        # the canonical name first: "Stephen Biegun" beats an alias-only match
        exact = [e for e in found if normalize_name(speaker.name) in e.names()]
        found = exact or found
        if len(found) == 1:
            return found[0]
        if found:
            own = {t.lower() for t in speaker.titles}
            titled = [e for e in found if own & {t.lower() for t in e.titles}]
            if len(titled) == 1:
                return titled[0]
        return None
