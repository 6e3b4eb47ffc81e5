"""The ``quotekit speakers`` command: who is quoted across the inputs, and how often.

Speakers are merged across documents by :class:`quotekit.registry.SpeakerRegistry`, the one
cross-article merger (the same rule as ``registry.add``: compatible full names, aliases, a
lone surname that is part of exactly one full name; unresolved mentions and groups kept apart
per document).
"""

from __future__ import annotations

import csv
import json
import sys
from collections import Counter
from contextlib import ExitStack
from typing import Any, TextIO

import click
from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from quotekit._cli_run import (
    EXIT_INTERRUPTED,
    Run,
    check_output,
    finish,
    get_parser,
    input_options,
    open_output,
)
from quotekit.registry import SpeakerRegistry

__all__ = ["gender_counts", "speaker_rows", "speakers"]

_CSV_FIELDS = ["name", "kind", "titles", "affiliations", "aliases", "statements", "direct",
               "indirect", "mixed", "files", "gender"]


def speaker_rows(registry: SpeakerRegistry) -> list[dict[str, Any]]:
    """One dict per registry entry with statements, most statements first: ``name``,
    ``kind``, ``titles``, ``affiliations``, ``aliases``, ``statements``, ``direct``,
    ``indirect``, ``mixed``, ``files`` (how many documents), ``documents`` (their names),
    ``resolved`` (False for an unresolved mention or a group, kept per document) and ``gender``
    ("female", "male" or None: from the articles' own honorifics and pronouns)."""
    out = []
    for entry in registry.to_dict()["speakers"]:
        if not entry["statements"]:
            continue
        kinds = Counter(s["kind"] for s in entry["statements"])
        out.append({
            "name": entry["name"],
            "kind": entry["kind"],
            "titles": list(entry["titles"]),
            "affiliations": list(entry["affiliations"]),
            "aliases": [a for a in entry["aliases"] if a != entry["name"]],
            "statements": len(entry["statements"]),
            "direct": kinds["direct"],
            "indirect": kinds["indirect"],
            "mixed": kinds["mixed"],
            "files": len(entry["documents"]),
            "documents": list(entry["documents"]),
            "resolved": entry["resolved"],
            "gender": entry["gender"],
        })
    out.sort(key=lambda r: (-r["statements"], -r["files"], r["name"].casefold()))
    return out


def gender_counts(rows: list[dict[str, Any]]) -> dict[str, int]:
    """Statements by the gender of their speaker: ``{"female": n, "male": n, "unknown": n}``
    (people and unresolved mentions; bodies and groups left out)."""
    counts = {"female": 0, "male": 0, "unknown": 0}
    for row in rows:
        if row["kind"] == "person":
            counts[row["gender"] or "unknown"] += row["statements"]
    return counts


def _speaker_table(stream: TextIO, rows: list[dict[str, Any]], documents: int,
                   unattributed: int, width: int | None) -> None:
    console = Console(file=stream, width=width, highlight=False)
    wide = console.width >= 100
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, header_style="bold",
                  caption=f"{len(rows)} speakers in {documents} document"
                          f"{'s' if documents != 1 else ''}; "
                          f"{unattributed} statements without a speaker; statements of "
                          "people by gender (the articles' own words): " +
                          ", ".join(f"{k} {v}" for k, v in gender_counts(rows).items()),
                  caption_justify="left")
    table.add_column("speaker", ratio=3, overflow="fold")
    if wide:
        table.add_column("kind", no_wrap=True)
    table.add_column("titles", ratio=4, overflow="fold")
    if wide:
        table.add_column("affiliation", ratio=2, min_width=11, overflow="fold")
    table.add_column("stmts", justify="right", no_wrap=True)
    table.add_column("d/i/m" if not wide else "direct/ind./mixed", justify="right",
                     no_wrap=True)
    table.add_column("files", justify="right", no_wrap=True)
    for row in rows:
        cells: list[Any] = [Text(row["name"], style="bold")]
        if wide:
            cells.append(row["kind"])
        cells.append(Text("; ".join(row["titles"]), style="italic"))
        if wide:
            cells.append("; ".join(row["affiliations"]))
        cells += [str(row["statements"]), f"{row['direct']}/{row['indirect']}/{row['mixed']}",
                  str(row["files"])]
        table.add_row(*cells)
    console.print(table)


def _write_rows(stream: TextIO, fmt: str, rows: list[dict[str, Any]]) -> None:
    if fmt == "jsonl":
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    out = csv.DictWriter(stream, fieldnames=_CSV_FIELDS, lineterminator="\n",
                         extrasaction="ignore")
    out.writeheader()
    for row in rows:
        out.writerow({**row, **{k: "; ".join(row[k])
                                for k in ("titles", "affiliations", "aliases")}})


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]),
              default="table", show_default=True, help="Output format.")
@click.option("-o", "--output", default="-", metavar="FILE", show_default=True,
              help="Write here instead of standard output.")
@click.option("--width", type=click.IntRange(min=40), default=None,
              help="Width of the table format (default: the terminal's, or 80).")
@input_options
@click.pass_context
def speakers(ctx: click.Context, paths: tuple[str, ...], fmt: str, output: str,
             width: int | None, model: str | None, text_field: str, jsonl: bool,
             n_process: int, progress: bool | None, encoding: str | None = None,
             scope: str = "speech") -> None:
    """List the speakers across the inputs, with their titles and statement counts.

    Speakers of different files merge as in quotekit.registry.SpeakerRegistry: the same
    full name (case, spacing, apostrophes and a leading "the" ignored), a shared alias, or a
    single name that is part of exactly one full name. Unresolved mentions ("officials") and
    groups are listed per file. Inputs are read as by `quotekit extract`.
    """
    get_parser(model, scope)
    check_output(output, paths)
    run = Run(paths, model=model, text_field=text_field, jsonl=jsonl, n_process=n_process,
              progress=progress, output_is_terminal=output == "-" and sys.stdout.isatty(),
              skip=output, encoding=encoding, scope=scope)
    registry = SpeakerRegistry()
    documents = unattributed = 0
    try:
        for doc, article in run.articles():
            registry.add(article, doc_id=doc.name)
            documents += 1
            unattributed += sum(1 for s in article.statements if s.speaker is None)
    except KeyboardInterrupt:
        ctx.exit(EXIT_INTERRUPTED)
    rows = speaker_rows(registry)
    if run.nothing_read:  # an existing output file is left as it was
        run.summary()
        finish(ctx, run)
        return
    with ExitStack() as stack:
        stream = open_output(stack, output)
        if fmt == "table":
            _speaker_table(stream, rows, documents, unattributed, width)
        else:
            _write_rows(stream, fmt, rows)
        stream.flush()
    run.summary(f", {len(rows)} speakers")
    finish(ctx, run)
