"""Reading input texts and writing results, for the ``quotekit`` command and for scripts.

Inputs (:func:`iter_inputs`): text files, folders (read recursively), ``-`` for standard input,
and JSON Lines files (``.jsonl`` / ``.ndjson``) holding one object a line with the text in a
field (``"text"`` unless told otherwise). Every input becomes a :class:`Document`; an input
that cannot be read (missing, a binary file, not UTF-8, a bad JSON line) becomes an
:class:`InputError` instead, so a caller can report it and go on.

Outputs (:func:`make_writer`): ``table`` (rich, for a terminal), ``jsonl`` (one statement a
line), ``csv`` (one statement a row, flat columns: :data:`CSV_COLUMNS`), ``markdown`` (one
table per document) and ``html`` (one page, see :mod:`quotekit.render`). Every writer writes
and flushes each document's records as soon as it gets them, so an interrupted run keeps
everything written so far.
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

from quotekit.types import Article, Speaker, Statement

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "JSONL_SUFFIXES",
    "TEXT_SUFFIXES",
    "CsvWriter",
    "Document",
    "HtmlWriter",
    "InputError",
    "JsonlWriter",
    "MarkdownWriter",
    "SpeakerTally",
    "TableWriter",
    "Writer",
    "article_summary",
    "count_documents",
    "iter_inputs",
    "make_writer",
    "statement_record",
]

#: Output formats of ``quotekit extract``.
FORMATS: tuple[str, ...] = ("table", "jsonl", "csv", "markdown", "html")
#: Files read as JSON Lines (one object a line, the text in a field).
JSONL_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".ndjson"})
#: Files picked up when a folder is read (files named on the command line are always read).
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".text", ".md", ""})
#: Columns of the CSV output and of :meth:`quotekit.types.Article.to_frame`.
CSV_COLUMNS: tuple[str, ...] = (
    "file", "index", "speaker", "speaker_kind", "titles", "affiliation", "kind", "cue",
    "cue_lemma", "mention", "content", "start", "end", "confidence", "paragraph", "sentence",
    "evidence",
)

_SNIFF = 8192


@attrs.frozen
class Document:
    """One text to parse.

    Attributes:
        name: Where it came from: a path, ``<stdin>``, or ``path:line`` (or the line's ``id``)
            for a JSON Lines record.
        text: The text.
        meta: For a JSON Lines record, its other fields (the text field left out).
    """

    name: str
    text: str
    meta: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class InputError:
    """An input that could not be read: ``name`` and a one-line ``message``."""

    name: str
    message: str


def _decode(data: bytes, name: str) -> str | InputError:
    if b"\x00" in data[:_SNIFF]:
        return InputError(name, "binary file (it holds NUL bytes), skipped")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return InputError(name, f"not UTF-8 text ({exc.reason} at byte {exc.start}), skipped")


def _jsonl(text: str, name: str, text_field: str) -> Iterator[Document | InputError]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"not valid JSON ({exc.msg}), skipped")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "a JSON Lines record must be an object, skipped")
            continue
        value = record.get(text_field)
        if not isinstance(value, str):
            what = "no" if value is None else f"a non-string ({type(value).__name__})"
            yield InputError(where, f"{what} {text_field!r} field, skipped")
            continue
        meta = {k: v for k, v in record.items() if k != text_field}
        ident = record.get("id")
        label = f"{name}:{ident}" if isinstance(ident, (str, int)) else where
        yield Document(label, value, meta)


def _files(path: Path) -> list[Path]:
    if not path.is_dir():
        return [path]
    found = []
    for f in path.rglob("*"):
        rel = f.relative_to(path)
        if any(part.startswith(".") for part in rel.parts):
            continue
        suffix = f.suffix.lower()
        if f.is_file() and (suffix in TEXT_SUFFIXES or suffix in JSONL_SUFFIXES):
            found.append(f)
    return sorted(found)


def _is_jsonl(name: str, forced: bool) -> bool:
    return forced or Path(name).suffix.lower() in JSONL_SUFFIXES


def iter_inputs(
    paths: Iterable[str],
    *,
    text_field: str = "text",
    jsonl: bool = False,
    stdin: TextIO | None = None,
) -> Iterator[Document | InputError]:
    """Yield a :class:`Document` for every text in ``paths``, or an :class:`InputError`.

    Args:
        paths: Files, folders (their ``.txt``, ``.text``, ``.md``, suffix-less, ``.jsonl`` and
            ``.ndjson`` files, recursively, hidden ones left out) and ``-`` for standard input.
        text_field: The field holding the text in JSON Lines records.
        jsonl: Read every input (standard input included) as JSON Lines, whatever its name.
        stdin: Where ``-`` reads from (default: ``sys.stdin``).

    Nothing is read before it is needed: the inputs are streamed.
    """
    for p in paths:
        if p == "-":
            stream = stdin if stdin is not None else sys.stdin
            raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
            decoded = _decode(raw, "<stdin>") if isinstance(raw, bytes) else raw
            if isinstance(decoded, InputError):
                yield decoded
            elif jsonl:
                yield from _jsonl(decoded, "<stdin>", text_field)
            else:
                yield Document("<stdin>", decoded)
            continue
        path = Path(p)
        if not path.exists():
            yield InputError(p, "no such file or folder")
            continue
        files = _files(path)
        if path.is_dir() and not files:
            yield InputError(p, "folder holds no text or JSON Lines files")
        for f in files:
            name = str(f)
            try:
                data = f.read_bytes()
            except OSError as exc:
                yield InputError(name, f"cannot be read ({exc.strerror or exc}), skipped")
                continue
            decoded = _decode(data, name)
            if isinstance(decoded, InputError):
                yield decoded
            elif _is_jsonl(name, jsonl):
                yield from _jsonl(decoded, name, text_field)
            else:
                yield Document(name, decoded)


def count_documents(paths: Sequence[str], *, jsonl: bool = False) -> int | None:
    """Roughly how many documents :func:`iter_inputs` will yield (None if unknown: stdin).

    Counts files, and the non-blank lines of JSON Lines files; used for a progress bar.
    """
    total = 0
    for p in paths:
        if p == "-":
            return None
        path = Path(p)
        if not path.exists():
            continue
        for f in _files(path):
            if _is_jsonl(str(f), jsonl):
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total


# --------------------------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------------------------


def statement_record(statement: Statement, *, file: str = "", index: int = 0) -> dict[str, Any]:
    """One statement as a flat dict with the keys of :data:`CSV_COLUMNS`.

    ``titles`` are joined with ``"; "``; missing values are empty strings.
    """
    sp: Speaker | None = statement.speaker
    return {
        "file": file,
        "index": index,
        "speaker": sp.name if sp else "",
        "speaker_kind": sp.kind if sp else "",
        "titles": "; ".join(sp.titles) if sp else "",
        "affiliation": (sp.affiliation or "") if sp else "",
        "kind": statement.kind,
        "cue": statement.cue.text if statement.cue else "",
        "cue_lemma": statement.cue.lemma if statement.cue else "",
        "mention": statement.mention.text if statement.mention else "",
        "content": statement.content,
        "start": statement.start,
        "end": statement.end,
        "confidence": statement.confidence,
        "paragraph": statement.paragraph,
        "sentence": statement.sentence,
        "evidence": str(statement.evidence),
    }


def article_summary(article: Article) -> str:
    """A one-line summary: ``"16 statements (5 direct, 9 indirect, 2 mixed), 8 speakers"``."""
    n = len(article.statements)
    if not article.text.strip():
        return "empty text, no statements"
    kinds = Counter(s.kind for s in article.statements)
    parts = ", ".join(f"{kinds[k]} {k}" for k in ("direct", "indirect", "mixed") if kinds[k])
    speakers = {s.speaker.name for s in article.statements if s.speaker is not None}
    unattributed = sum(1 for s in article.statements if s.speaker is None)
    line = f"{n} statement{'s' if n != 1 else ''}"
    if parts:
        line += f" ({parts})"
    line += f", {len(speakers)} speaker{'s' if len(speakers) != 1 else ''}"
    if unattributed:
        line += f", {unattributed} without a speaker"
    return line


class SpeakerTally:
    """Speakers across many articles, merged by canonical name (case and spacing ignored).

    A simple merge: two speakers are the same when their names match; titles, affiliations
    and other names are pooled. Statements without a speaker are counted apart.
    """

    def __init__(self) -> None:
        """Start with no articles."""
        self._rows: dict[str, dict[str, Any]] = {}
        self.unattributed = 0
        self.documents = 0

    @staticmethod
    def key(name: str) -> str:
        """The merge key of a name: case-folded, spacing normalised."""
        return " ".join(name.split()).casefold()

    def add(self, document: str, article: Article) -> None:
        """Count the statements of one article, read from ``document``."""
        self.documents += 1
        details = {sp.name: sp for sp in article.speakers}
        for s in article.statements:
            if s.speaker is None:
                self.unattributed += 1
                continue
            sp = details.get(s.speaker.name, s.speaker)
            row = self._rows.setdefault(self.key(sp.name), {
                "names": Counter(), "kinds": Counter(), "titles": {}, "affiliations": {},
                "aliases": {}, "statements": 0, "statement_kinds": Counter(), "files": {},
            })
            row["names"][sp.name] += 1
            row["kinds"][sp.kind] += 1
            for t in (*sp.titles, *s.speaker.titles):
                row["titles"].setdefault(t, None)
            for a in (sp.affiliation, s.speaker.affiliation):
                if a:
                    row["affiliations"].setdefault(a, None)
            for a in (*sp.aliases, *s.speaker.aliases):
                row["aliases"].setdefault(a, None)
            row["statements"] += 1
            row["statement_kinds"][s.kind] += 1
            row["files"].setdefault(document, None)

    def rows(self) -> list[dict[str, Any]]:
        """One dict per speaker, most statements first: ``name``, ``kind``, ``titles``,
        ``affiliations``, ``aliases``, ``statements``, ``direct``, ``indirect``, ``mixed``,
        ``files`` (how many documents) and ``documents`` (their names)."""
        out = []
        for row in self._rows.values():
            name = row["names"].most_common(1)[0][0]
            out.append({
                "name": name,
                "kind": row["kinds"].most_common(1)[0][0],
                "titles": list(row["titles"]),
                "affiliations": list(row["affiliations"]),
                "aliases": [a for a in row["aliases"] if a != name],
                "statements": row["statements"],
                "direct": row["statement_kinds"]["direct"],
                "indirect": row["statement_kinds"]["indirect"],
                "mixed": row["statement_kinds"]["mixed"],
                "files": len(row["files"]),
                "documents": list(row["files"]),
            })
        out.sort(key=lambda r: (-r["statements"], -r["files"], r["name"].casefold()))
        return out


# --------------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------------


class Writer:
    """Base class: :meth:`write` one document's article, then :meth:`close` once.

    Subclasses write to ``stream`` and flush after every article.
    """

    def __init__(self, stream: TextIO) -> None:
        """Write to ``stream`` (a text file or ``sys.stdout``)."""
        self.stream = stream

    def write(self, document: Document, article: Article) -> None:
        """Write the records of one article."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (the stream itself is left open)."""
        self.stream.flush()


class JsonlWriter(Writer):
    """One JSON object a line per statement: ``{"file": ..., **Statement.to_dict()}``.

    For a JSON Lines input record, its ``id`` (or other fields) are kept under ``"meta"``.
    """

    def write(self, document: Document, article: Article) -> None:
        """Write one line per statement, then flush."""
        for s in article.statements:
            record: dict[str, Any] = {"file": document.name, **s.to_dict()}
            if document.meta:
                record["meta"] = document.meta
            self.stream.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        self.stream.flush()


class CsvWriter(Writer):
    """One row per statement with the columns :data:`CSV_COLUMNS` (header written first)."""

    def __init__(self, stream: TextIO) -> None:
        """Write CSV to ``stream``; the header is written at once."""
        super().__init__(stream)
        self._csv = csv.DictWriter(stream, fieldnames=list(CSV_COLUMNS), lineterminator="\n")
        self._csv.writeheader()
        stream.flush()

    def write(self, document: Document, article: Article) -> None:
        """Write one row per statement, then flush."""
        for i, s in enumerate(article.statements):
            self._csv.writerow(statement_record(s, file=document.name, index=i))
        self.stream.flush()


def _md_cell(value: str) -> str:
    return " ".join(value.split()).replace("\\", "\\\\").replace("|", "\\|") or " "


class MarkdownWriter(Writer):
    """A heading and a pipe table (speaker, title, kind, cue, statement) per document."""

    def write(self, document: Document, article: Article) -> None:
        """Write the document's section, then flush."""
        out = [f"## {_md_cell(document.name)}", "", article_summary(article), ""]
        if article.statements:
            out.append("| # | speaker | title | kind | cue | statement |")
            out.append("|--:|---|---|---|---|---|")
            for i, s in enumerate(article.statements, start=1):
                sp = s.speaker
                out.append(
                    f"| {i} | {_md_cell(sp.name if sp else '')} | "
                    f"{_md_cell('; '.join(sp.titles) if sp else '')} | {s.kind} | "
                    f"{_md_cell(s.cue.text if s.cue else '')} | {_md_cell(s.content)} |"
                )
            out.append("")
        self.stream.write("\n".join(out) + "\n")
        self.stream.flush()


class HtmlWriter(Writer):
    """One self-contained HTML page with a section per document (see :mod:`quotekit.render`).

    The page head is written at once and each document's section as it comes, so an
    interrupted run leaves a page a browser still shows.
    """

    def __init__(self, stream: TextIO, *, title: str = "quotekit") -> None:
        """Start the page on ``stream``."""
        from quotekit.render import page_head

        super().__init__(stream)
        self._count = 0
        stream.write(page_head(title))
        stream.flush()

    def write(self, document: Document, article: Article) -> None:
        """Write the document's section, then flush."""
        from quotekit.render import article_section

        self.stream.write(article_section(article, title=document.name, ident=f"d{self._count}"))
        self._count += 1
        self.stream.flush()

    def close(self) -> None:
        """Close the page."""
        from quotekit.render import page_foot

        self.stream.write(page_foot())
        self.stream.flush()


class TableWriter(Writer):
    """Rich tables for a terminal: speaker, title, kind, cue and statement, content wrapped.

    Below 100 columns the title goes under the speaker's name instead of in its own column.
    Each table ends with a summary line.
    """

    def __init__(self, stream: TextIO, *, width: int | None = None,
                 color: bool | None = None) -> None:
        """Write tables to ``stream``; ``width`` defaults to the terminal's (80 if none)."""
        from rich.console import Console

        super().__init__(stream)
        force = None if color is None else color
        self.console = Console(file=stream, width=width, force_terminal=force,
                               no_color=(color is False), highlight=False, soft_wrap=False)

    def write(self, document: Document, article: Article) -> None:
        """Print the document's table and summary line, then flush."""
        from rich import box
        from rich.table import Table
        from rich.text import Text

        console = self.console
        wide = console.width >= 100
        console.print(Text(document.name, style="bold underline"))
        if not article.statements:
            console.print(Text(article_summary(article), style="dim"))
            console.print()
            self.stream.flush()
            return
        table = Table(box=box.SIMPLE_HEAD, show_lines=True, expand=True, pad_edge=False,
                      header_style="bold", show_edge=False)
        table.add_column("speaker", ratio=3 if wide else 4, overflow="fold")
        if wide:
            table.add_column("title", ratio=4, overflow="fold")
        table.add_column("kind", width=8, no_wrap=True)
        table.add_column("cue", min_width=11, max_width=14, overflow="fold")
        table.add_column("statement", ratio=11 if wide else 8)
        colours = {"direct": "green", "indirect": "cyan", "mixed": "yellow"}
        for s in article.statements:
            sp = s.speaker
            name = Text(sp.name if sp else "—", style="bold" if sp else "dim")
            titles = "; ".join(sp.titles) if sp else ""
            row: list[Any] = []
            if wide:
                row += [name, Text(titles, style="italic")]
            else:
                cell = name.copy()
                if titles:
                    cell.append("\n" + titles, style="italic dim")
                row.append(cell)
            row += [
                Text(s.kind, style=colours.get(s.kind, "")),
                s.cue.text if s.cue else "",
                Text(" ".join(s.content.split())),
            ]
            table.add_row(*row)
        console.print(table)
        console.print(Text(f"{document.name}: {article_summary(article)}", style="dim"))
        console.print()
        self.stream.flush()


def make_writer(fmt: str, stream: TextIO, *, title: str = "quotekit",
                width: int | None = None, color: bool | None = None) -> Writer:
    """The writer for ``fmt`` (one of :data:`FORMATS`) on ``stream``."""
    if fmt == "jsonl":
        return JsonlWriter(stream)
    if fmt == "csv":
        return CsvWriter(stream)
    if fmt == "markdown":
        return MarkdownWriter(stream)
    if fmt == "html":
        return HtmlWriter(stream, title=title)
    if fmt == "table":
        return TableWriter(stream, width=width, color=color)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
