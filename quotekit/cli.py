"""The ``quotekit`` command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from quotekit.types import Article

__all__ = ["main"]


def _read_inputs(paths: tuple[str, ...]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for p in paths:
        if p == "-":
            out.append(("<stdin>", sys.stdin.read()))
            continue
        path = Path(p)
        files = sorted(f for f in path.rglob("*") if f.is_file()) if path.is_dir() else [path]
        for f in files:
            out.append((str(f), f.read_text(encoding="utf-8")))
    return out


def _table(console: Console, name: str, article: Article) -> None:
    table = Table(title=name, show_lines=True, expand=True)
    table.add_column("speaker", ratio=2)
    table.add_column("title", ratio=2)
    table.add_column("kind", ratio=1)
    table.add_column("cue", ratio=1)
    table.add_column("statement", ratio=6)
    for s in article.statements:
        sp = s.speaker
        table.add_row(
            sp.name if sp else "-",
            "; ".join(sp.titles) if sp else "",
            s.kind,
            s.cue.text if s.cue else "",
            s.content,
        )
    console.print(table)


@click.group()
@click.version_option(package_name="quotekit")
def main() -> None:
    """quotekit: find who said what in news text."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table",
              show_default=True, help="Output format.")
@click.option("--model", default=None, help="spaCy pipeline to use (default: best installed).")
def extract(paths: tuple[str, ...], fmt: str, model: str | None) -> None:
    """Extract the statements of text files (folders are read recursively; - is stdin)."""
    import quotekit

    parser = quotekit.load(model)
    console = Console()
    for name, text in _read_inputs(paths):
        article = parser.parse(text)
        if fmt == "table":
            _table(console, name, article)
        else:
            for s in article.statements:
                click.echo(json.dumps({"file": name, **s.to_dict()}, ensure_ascii=False))


if __name__ == "__main__":  # pragma: no cover
    main()
