"""Reading input texts and writing results, for the ``quotekit`` command and for scripts.

Inputs (:mod:`quotekit.io.readers`, :func:`~quotekit.io.readers.iter_inputs`): text files,
folders, ``-`` for standard input and JSON Lines files; each text becomes a
:class:`~quotekit.io.readers.Document`, each input that cannot be read an
:class:`~quotekit.io.readers.InputError`.

Outputs (:mod:`quotekit.io.writers`, :func:`~quotekit.io.writers.make_writer`): ``table``,
``jsonl``, ``csv``, ``markdown`` and ``html``, each document's records flushed as they come.

Every name of both modules can be imported from ``quotekit.io`` itself.
"""

from __future__ import annotations

from quotekit.io.readers import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    TEXT_SUFFIXES,
    Document,
    InputError,
    count_documents,
    iter_inputs,
)
from quotekit.io.writers import (
    FORMATS,
    CsvWriter,
    HtmlWriter,
    JsonlWriter,
    MarkdownWriter,
    TableWriter,
    Writer,
    article_summary,
    make_writer,
    statement_record,
)
from quotekit.types import CSV_COLUMNS

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "TEXT_SUFFIXES",
    "CsvWriter",
    "Document",
    "HtmlWriter",
    "InputError",
    "JsonlWriter",
    "MarkdownWriter",
    "TableWriter",
    "Writer",
    "article_summary",
    "count_documents",
    "iter_inputs",
    "make_writer",
    "statement_record",
]
