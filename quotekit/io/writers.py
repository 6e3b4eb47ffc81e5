"""Writing results: :func:`make_writer` returns the :class:`Writer` of an output format.

Formats (:data:`FORMATS`): ``table`` (rich, for a terminal), ``jsonl`` (one statement a
line), ``csv`` (one statement a row, flat columns: :data:`quotekit.types.CSV_COLUMNS`),
``markdown`` (one table per document) and ``html`` (one page, see :mod:`quotekit.render`).
Every writer writes and flushes each document's records as soon as it gets them, so an
interrupted run keeps everything written so far. A lone surrogate (from a bad JSON escape or a
file name that is not UTF-8) cannot be encoded: ``jsonl`` writes it as its JSON escape
(``\\ud800``, read back as the same character), every other format as U+FFFD.
"""

from __future__ import annotations

import csv
import json
import re
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from quotekit.io.readers import Document
from quotekit.render import article_section, page_foot, page_head
from quotekit.types import CSV_COLUMNS, Article, Statement

__all__ = [
    "FORMATS",
    "CsvWriter",
    "HtmlWriter",
    "JsonlWriter",
    "MarkdownWriter",
    "TableWriter",
    "Writer",
    "article_summary",
    "make_writer",
    "statement_record",
]

#: Output formats of ``quotekit extract``.
FORMATS: tuple[str, ...] = ("table", "jsonl", "csv", "markdown", "html")


def statement_record(statement: Statement, *, file: str = "", index: int = 0) -> dict[str, Any]:
    """One statement as a CSV row: the same as :meth:`Statement.to_row
    <quotekit.types.Statement.to_row>` (kept for existing callers)."""
    return statement.to_row(file=file, index=index)


def article_summary(article: Article) -> str:
    """A one-line summary: :meth:`Article.summary <quotekit.types.Article.summary>` (kept for
    existing callers)."""
    return article.summary()


#: A lone surrogate: no encoding can write it.
_SURROGATE = re.compile("[\ud800-\udfff]")


class _Encodable:
    """Wraps an output stream: lone surrogates are written as U+FFFD (one character for one,
    so nothing else moves); every other attribute is the stream's own."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, data: str) -> int:
        return self._stream.write(_SURROGATE.sub("\ufffd", data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _json_line(record: dict[str, Any]) -> str:
    """``record`` as one JSON line; a lone surrogate as its escape (``\\ud800``)."""
    line = json.dumps(record, ensure_ascii=False, default=str)
    return _SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)


class Writer:
    """Base class: :meth:`write` one document's article, then :meth:`close` once.

    Subclasses write to ``stream`` and flush after every article. Text that no encoding can
    write (lone surrogates) reaches the stream as U+FFFD.
    """

    def __init__(self, stream: TextIO) -> None:
        """Write to ``stream`` (a text file or ``sys.stdout``)."""
        self.stream: TextIO = _Encodable(stream)  # type: ignore[assignment]

    def write(self, document: Document, article: Article) -> None:
        """Write the records of one article."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (the stream itself is left open)."""
        self.stream.flush()


class JsonlWriter(Writer):
    """One JSON object a line per statement: ``{"file": ..., **Statement.to_dict()}``, as
    :meth:`Article.to_dict <quotekit.types.Article.to_dict>` writes its statements (the
    speaker without its mentions, with its ``index`` among the document's speakers).

    For a JSON Lines input record, its ``id`` (or other fields) are kept under ``"meta"``.
    """

    def write(self, document: Document, article: Article) -> None:
        """Write one line per statement, then flush."""
        for s in article.to_dict()["statements"]:
            record: dict[str, Any] = {"file": document.name, **s}
            if document.meta:
                record["meta"] = document.meta
            self.stream.write(_json_line(record) + "\n")
        self.stream.flush()


class CsvWriter(Writer):
    """One row per statement with the columns :data:`~quotekit.types.CSV_COLUMNS` (header
    written first)."""

    def __init__(self, stream: TextIO) -> None:
        """Write CSV to ``stream``; the header is written at once."""
        super().__init__(stream)
        self._csv = csv.DictWriter(self.stream, fieldnames=list(CSV_COLUMNS),
                                   lineterminator="\n")
        self._csv.writeheader()
        self.stream.flush()

    def write(self, document: Document, article: Article) -> None:
        """Write one row per statement, then flush."""
        for row in article.to_rows(file=document.name):
            self._csv.writerow(row)
        self.stream.flush()


def _md_cell(value: str) -> str:
    return " ".join(value.split()).replace("\\", "\\\\").replace("|", "\\|") or " "


class MarkdownWriter(Writer):
    """A heading and a pipe table (speaker, title, kind, cue, statement) per document."""

    def write(self, document: Document, article: Article) -> None:
        """Write the document's section, then flush."""
        out = [f"## {_md_cell(document.name)}", "", article.summary(), ""]
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
        super().__init__(stream)
        self._count = 0
        self.stream.write(page_head(title))
        self.stream.flush()

    def write(self, document: Document, article: Article) -> None:
        """Write the document's section, then flush."""
        self.stream.write(article_section(article, title=document.name, ident=f"d{self._count}"))
        self._count += 1
        self.stream.flush()

    def close(self) -> None:
        """Close the page."""
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
        super().__init__(stream)
        force = None if color is None else color
        self.console = Console(file=self.stream, width=width, force_terminal=force,
                               no_color=(color is False), highlight=False, soft_wrap=False)

    def write(self, document: Document, article: Article) -> None:
        """Print the document's table and summary line, then flush."""
        console = self.console
        wide = console.width >= 100
        console.print(Text(document.name, style="bold underline"))
        if not article.statements:
            console.print(Text(article.summary(), style="dim"))
            console.print()
            self.stream.flush()
            return
        table = Table(box=box.SIMPLE_HEAD, show_lines=True, expand=True, pad_edge=False,
                      header_style="bold", show_edge=False)
        narrow = console.width < 60
        table.add_column("speaker", ratio=3 if wide else 4, overflow="fold", min_width=8)
        if wide:
            table.add_column("title", ratio=4, overflow="fold")
        table.add_column("kind", width=8, no_wrap=True)
        table.add_column("cue", min_width=6 if narrow else 11, max_width=8 if narrow else 14,
                         overflow="fold")
        # "fold": a word wider than the column is cut onto the next line, never clipped
        table.add_column("statement", ratio=11 if wide else 8, overflow="fold", min_width=10)
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
        console.print(Text(f"{document.name}: {article.summary()}", style="dim"))
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
