"""Named accuracy: whether a statement's speaker carries the full name a reader of the whole
article would give, on a *named gold* of hand-checked records (see :mod:`quotekit.evaluate`).

A named gold file is JSON ``{"description": ..., "records": [...]}``; each record points at one
gold attribution by offsets only (``doc_id``, ``content`` ``[start, end]``, ``source``
``[start, end]``; ``split`` and ``class`` say where it was drawn from) and gives the answer:
``name`` (the canonical full name the article gives, or ``"unnamed"`` for an unnamed source such
as "a senior official"), ``also`` (other accepted forms), ``kind`` and ``titles``. The files of
quotekit's own named gold for PolNeAR are ``tests/fixtures/polnear_named_{dev,train}.json``.

A record is *found* when one of the article's statements covers more than 0.3 of its content
(:func:`~quotekit.evaluate.match_units`, the record alone against all statements); it is
*named* right when that statement's speaker has the record's name or one of its other forms
(case, full stops, curly apostrophes and spacing aside), or, for ``"unnamed"``, when the speaker
is absent, unresolved or marked unnamed. *Kind* right counts named-right records whose speaker
kind is the record's (every right ``"unnamed"`` counts).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from quotekit.evaluate.matching import match_units
from quotekit.types import Article, Speaker, Statement

__all__ = ["NamedRecord", "NamedScore", "judge_named", "load_named", "score_named"]

#: The name a record gives to a source the article does not name.
UNNAMED = "unnamed"


@attrs.frozen(slots=True)
class NamedRecord:
    """One hand-checked gold attribution of a named gold file (offsets only, no text)."""

    doc_id: str
    content: tuple[int, int]
    name: str
    source: tuple[int, int] | None = None
    split: str = ""
    cls: str = ""
    also: tuple[str, ...] = ()
    kind: str | None = None
    titles: tuple[str, ...] = ()
    note: str = ""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> NamedRecord:
        """Read one record as the JSON file holds it (``class`` is stored as ``cls``)."""
        source = data.get("source")
        return cls(
            doc_id=str(data["doc_id"]),
            content=(int(data["content"][0]), int(data["content"][1])),
            name=str(data["name"]),
            source=(int(source[0]), int(source[1])) if source else None,
            split=str(data.get("split", "")),
            cls=str(data.get("class", "")),
            also=tuple(data.get("also", ())),
            kind=data.get("kind"),
            titles=tuple(data.get("titles", ())),
            note=str(data.get("note", "")),
        )


def load_named(paths: str | Path | Iterable[str | Path]) -> list[NamedRecord]:
    """Every record of one named gold file or several, in file order."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    records: list[NamedRecord] = []
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        rows = data["records"] if isinstance(data, dict) else data
        records.extend(NamedRecord.from_dict(row) for row in rows)
    return records


def _norm(name: str) -> str:
    name = name.lower().replace("’", "'").replace(".", "")
    return " ".join(name.split())


def judge_named(record: NamedRecord, speaker: Speaker | None) -> bool:
    """Whether ``speaker`` (None: no speaker) has the record's canonical full name."""
    if record.name == UNNAMED:
        return speaker is None or not speaker.resolved or bool(getattr(speaker, "unnamed", False))
    if speaker is None or not speaker.resolved:
        return False
    accepted = {_norm(record.name), *(_norm(x) for x in record.also)}
    return _norm(speaker.name) in accepted


@attrs.frozen
class NamedScore:
    """Named accuracy over the records whose article was scored.

    Attributes:
        records: Records whose document was among those scored.
        found: Records whose content a statement matched (overlap > 0.3).
        named: Found records whose speaker has the right full name (or is rightly unnamed).
        kind: Named-right records whose speaker kind is right too.
        wrong: ``(record, statement)`` for every found record named wrong.
    """

    records: int
    found: int
    named: int
    kind: int
    wrong: list[tuple[NamedRecord, Statement]] = attrs.field(factory=list, eq=False)

    @property
    def accuracy(self) -> float:
        """``named / found`` (0.0 when nothing was found)."""
        return self.named / self.found if self.found else 0.0

    def to_dict(self) -> dict[str, Any]:
        """Counts and the accuracy as a JSON-ready dict."""
        return {"records": self.records, "found": self.found, "named": self.named,
                "kind": self.kind, "accuracy": self.accuracy}

    def summary(self) -> str:
        """One line: ``named 244/346 = 0.705 (408 records; kind right 230)``."""
        return (f"named {self.named}/{self.found} = {self.accuracy:.3f} ({self.records} "
                f"records, {self.found} found; kind right {self.kind})")


def _statements(prediction: Article | Iterable[Statement]) -> list[Statement]:
    if isinstance(prediction, Article):
        return list(prediction.statements)
    return list(prediction)


def score_named(records: Iterable[NamedRecord],
                predictions: Mapping[str, Article | Iterable[Statement]]) -> NamedScore:
    """Score the records whose ``doc_id`` is a key of ``predictions`` (the others are left
    out); ``predictions[doc_id]`` is that article's Article or statements."""
    by_doc = {doc_id: _statements(p) for doc_id, p in predictions.items()}
    total = found = named = kind = 0
    wrong: list[tuple[NamedRecord, Statement]] = []
    for rec in records:
        preds = by_doc.get(rec.doc_id)
        if preds is None:
            continue
        total += 1
        m = match_units([rec.content], [(p.start, p.end) for p in preds], 0.3)
        if 0 not in m:
            continue
        st = preds[m[0]]
        found += 1
        if not judge_named(rec, st.speaker):
            wrong.append((rec, st))
            continue
        named += 1
        if rec.name == UNNAMED or (st.speaker is not None and st.speaker.kind == rec.kind):
            kind += 1
    return NamedScore(records=total, found=found, named=named, kind=kind, wrong=wrong)
