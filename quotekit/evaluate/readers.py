"""Gold readers: brat standoff as PolNeAR ships it, quotekit JSON and JSON Lines
(see :mod:`quotekit.evaluate`)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from quotekit.evaluate.gold import GoldAttribution, GoldDocument, Offsets, gold_kind, gold_units

__all__ = ["corpus_stats", "load_brat", "load_gold", "load_quotekit_json"]


# --------------------------------------------------------------------------------------------
# brat loading
# --------------------------------------------------------------------------------------------

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
_RECORD = re.compile(r"^[A-Z#*]\d*\t")
_IGNORED_LABELS = {"Discuss", "Discard", "Attribution", "Attribution-no-source"}


def _parse_pieces(field: str) -> tuple[Offsets, ...]:
    """The pieces of a brat offsets field, in the order written (brat joins their texts
    with a space in that order)."""
    pieces = []
    for part in field.split(";"):
        start, end = part.split()
        pieces.append((int(start), int(end)))
    return tuple(pieces)


def _role(name: str) -> str:
    return name.rstrip("0123456789")


#: A T line's label, pieces and annotated text, by its id ("T3").
_Spans = dict[str, tuple[str, tuple[Offsets, ...], str]]


def _parse_ann(ann_text: str) -> tuple[_Spans, list[list[tuple[str, str]]]]:
    """The T lines (by id) and the E lines (each a list of ``(role, T id)``) of a .ann file.

    A line that is no record continues the annotated text of the T line just before it.
    """
    spans: _Spans = {}
    events: list[list[tuple[str, str]]] = []
    last_t: str | None = None
    for line in ann_text.split("\n"):
        match = _T_LINE.match(line)
        if match:
            tid, label, offsets, ann = match.groups()
            try:
                spans[tid] = (label, _parse_pieces(offsets), ann)
                last_t = tid
            except ValueError:
                last_t = None
            continue
        match = _E_LINE.match(line)
        if match:
            events.append(_event_parts(match.group(2)))
            last_t = None
        elif _RECORD.match(line):
            last_t = None
        elif last_t is not None:  # the annotated text of the previous T line ran on
            label, pieces, ann = spans[last_t]
            spans[last_t] = (label, pieces, ann + "\n" + line)
    return spans, events


def _event_parts(field: str) -> list[tuple[str, str]]:
    parts = []
    for arg in field.split():
        role, _, ref = arg.partition(":")
        if ref:
            parts.append((_role(role), ref))
    return parts


def _offset_mismatches(spans: _Spans, text: str) -> int:
    mismatches = 0
    for label, pieces, ann in spans.values():
        if label in _IGNORED_LABELS:
            continue
        expected = " ".join(text[s:e] for s, e in pieces)
        if expected != ann and expected.split() != ann.split():
            mismatches += 1
    return mismatches


def _kind_of(text: str, pieces: tuple[Offsets, ...]) -> str:
    return gold_kind(" ".join(text[s:e] for s, e in pieces))


def _linked(spans: _Spans, events: list[list[tuple[str, str]]], text: str,
            used: set[str]) -> list[GoldAttribution]:
    """One attribution per Content an E line references (the first E line to name it wins);
    adds each Content's id to ``used``."""
    attributions: list[GoldAttribution] = []
    for parts in events:
        contents = [r for role, r in parts if role == "Content" and r in spans]
        cues = [p for role, r in parts if role == "Cue" and r in spans for p in spans[r][1]]
        sources = [p for role, r in parts if role == "Source" and r in spans for p in spans[r][1]]
        for ref in contents:
            if ref in used:
                continue
            used.add(ref)
            pieces = tuple(sorted(spans[ref][1]))
            attributions.append(
                GoldAttribution(
                    content=pieces,
                    cue=tuple(sorted(cues)) or None,
                    source=tuple(sorted(sources)) or None,
                    kind=_kind_of(text, pieces),
                )
            )
    return attributions


def _read_ann(ann_text: str, text: str, doc_id: str) -> GoldDocument:
    spans, events = _parse_ann(ann_text)
    used: set[str] = set()
    attributions = _linked(spans, events, text, used)
    for ref, (label, pieces, _) in spans.items():
        if label == "Content" and ref not in used:
            pieces = tuple(sorted(pieces))
            attributions.append(GoldAttribution(content=pieces, kind=_kind_of(text, pieces)))
    attributions.sort(key=lambda a: a.content[0])
    return GoldDocument(doc_id, text, tuple(attributions), _offset_mismatches(spans, text))


def load_brat(folder: str | Path) -> list[GoldDocument]:
    """Read a PolNeAR-style brat folder (``text/*.txt`` and ``attributions/*.ann``).

    Documents are returned in sorted order of their id (the ``.txt`` file's stem). A document
    without any ``.ann`` file is kept with no attributions.
    """
    folder = Path(folder)
    text_dir = folder / "text" if (folder / "text").is_dir() else folder
    ann_dir = folder / "attributions" if (folder / "attributions").is_dir() else folder
    anns: dict[str, Path] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        stem = path.stem
        doc = stem.rsplit("_", 1)[0] if "_" in stem else stem
        if (text_dir / f"{stem}.txt").is_file():
            doc = stem
        anns.setdefault(doc, path)
    docs = []
    for txt in sorted(text_dir.glob("*.txt")):
        text = txt.read_text(encoding="utf-8")
        ann = anns.get(txt.stem)
        if ann is None:
            docs.append(GoldDocument(txt.stem, text))
        else:
            docs.append(_read_ann(ann.read_text(encoding="utf-8"), text, txt.stem))
    return docs


# --------------------------------------------------------------------------------------------
# quotekit JSON loading
# --------------------------------------------------------------------------------------------


def _span_of(value: Any) -> tuple[Offsets, ...] | None:
    if not value or not isinstance(value, Mapping):
        return None
    if value.get("start") is None or value.get("end") is None:
        return None
    return ((int(value["start"]), int(value["end"])),)


def _article_to_gold(data: Mapping[str, Any], doc_id: str) -> GoldDocument:
    if not isinstance(data, Mapping) or not isinstance(data.get("text"), str):
        hint = (": one statement a line is `quotekit extract -f jsonl` output; gold needs whole "
                "articles ({\"text\": ..., \"statements\": [...]}, as Article.to_dict() "
                "writes them)") if isinstance(data, Mapping) and "content" in data else ""
        raise ValueError(f"{doc_id}: not an article with a \"text\" field{hint}")
    text = data["text"]
    doc_id = str(data.get("id") or data.get("doc_id") or doc_id)
    attributions = []
    mismatches = 0
    for st in data.get("statements") or ():
        start, end = int(st["start"]), int(st["end"])
        if "content" in st and text[start:end] != st["content"]:
            mismatches += 1
        speaker = st.get("speaker")
        if isinstance(speaker, Mapping):
            name = speaker.get("name")
        else:
            name = speaker or None
        explicit = st.get("kind")
        if explicit in ("direct", "mixed"):
            kind = "quoted"
        elif explicit == "indirect":
            kind = "indirect"
        else:  # quotekit contents exclude enclosing marks: look one character either side
            kind = gold_kind(text[max(0, start - 1) : end + 1])
        attributions.append(
            GoldAttribution(
                content=((start, end),),
                cue=_span_of(st.get("cue")),
                source=_span_of(st.get("mention")),
                speaker_name=name,
                kind=kind,
            )
        )
    attributions.sort(key=lambda a: a.content[0])
    return GoldDocument(doc_id, text, tuple(attributions), mismatches)


def load_quotekit_json(path: str | Path) -> list[GoldDocument]:
    """Read quotekit JSON gold: a ``.json`` / ``.jsonl`` file, or a folder of them.

    A statement's ``kind`` (direct/mixed -> quoted, indirect) decides its gold kind when
    given; otherwise the content and the character on either side are checked for quote marks.
    Document ids come from an article's ``"id"`` / ``"doc_id"`` or are ``<file stem>:<index>``.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".json", ".jsonl"))
        return [doc for f in files for doc in load_quotekit_json(f)]
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        articles = [json.loads(line) for line in raw.splitlines() if line.strip()]
    else:
        loaded = json.loads(raw)
        articles = loaded if isinstance(loaded, list) else [loaded]
    return [_article_to_gold(a, f"{path.stem}:{i}") for i, a in enumerate(articles)]


def load_gold(path: str | Path) -> list[GoldDocument]:
    """Read gold from ``path``: a brat folder (with ``.ann`` files), or quotekit JSON.

    Raises:
        FileNotFoundError: when ``path`` does not exist.
        ValueError: when its format cannot be told, when it holds no gold documents or not one
            attribution (nothing to score), or a JSON record is not an article.
    """
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"no gold at {path}")
    brat = ("attributions", "text")
    if path.is_dir() and (any((path / d).is_dir() for d in brat) or any(path.glob("*.ann"))):
        docs = load_brat(path)
    elif path.is_dir() or path.suffix in (".json", ".jsonl"):
        docs = load_quotekit_json(path)
    else:
        raise ValueError(f"cannot tell the gold format of {path}")
    expected = ("expected a brat folder (text/*.txt and attributions/*.ann) or quotekit JSON "
                "(.json, .jsonl, or a folder of them)")
    if not docs:
        raise ValueError(f"no gold documents in {path}: {expected}")
    if not any(d.attributions for d in docs):
        raise ValueError(f"no gold attributions in {path} ({len(docs)} texts, none annotated): "
                         f"{expected}")
    return docs


def corpus_stats(docs: Iterable[GoldDocument]) -> dict[str, Any]:
    """Aggregate counts over gold documents (documents, attributions, pieces, units, kinds)."""
    docs = list(docs)
    attributions = [a for d in docs for a in d.attributions]
    units = [u for d in docs for u in gold_units(d)]
    quoted = sum(a.kind == "quoted" for a in attributions)
    return {
        "documents": len(docs),
        "attributions": len(attributions),
        "content_pieces": sum(len(a.content) for a in attributions),
        "discontiguous_contents": sum(len(a.content) > 1 for a in attributions),
        "scored_units": len(units),
        "quoted_attributions": quoted,
        "share_quoted": quoted / len(attributions) if attributions else 0.0,
        "quoted_units": sum(u.kind == "quoted" for u in units),
        "with_source": sum(a.source is not None for a in attributions),
        "with_cue": sum(a.cue is not None for a in attributions),
        "offset_mismatches": sum(d.offset_mismatches for d in docs),
    }
