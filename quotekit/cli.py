"""The ``quotekit`` command line: ``extract``, ``render``, ``speakers`` and ``eval``.

Exit status: 0 when every input was read and parsed; 1 when some input could not be (it is
reported on standard error and skipped, the run goes on) or the model cannot be loaded; 2 for
a usage error; 130 when interrupted (everything written so far is kept: records are flushed
document by document).
"""

from __future__ import annotations

import collections
import itertools
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click
from rich.console import Console
from rich.text import Text

from quotekit.io import (
    FORMATS,
    Document,
    InputError,
    SpeakerTally,
    count_documents,
    iter_inputs,
    make_writer,
)
from quotekit.types import Article

if TYPE_CHECKING:  # pragma: no cover
    from quotekit.parser import Parser

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "get_parser", "main"]

#: Exit status when some input failed (or the model could not be loaded).
EXIT_FAILED = 1
#: Exit status after Ctrl-C.
EXIT_INTERRUPTED = 130

_PARSERS: dict[str | None, Parser] = {}


def get_parser(model: str | None = None) -> Parser:
    """The :class:`~quotekit.parser.Parser` for ``model``, loaded once per process and cached.

    Raises:
        click.ClickException: when the model cannot be loaded.
    """
    if model not in _PARSERS:
        import quotekit

        try:
            _PARSERS[model] = quotekit.load(model)
        except (OSError, ValueError, ImportError) as exc:
            raise click.ClickException(f"cannot load the spaCy model: {exc}") from exc
    return _PARSERS[model]


class _Stdout:
    """Writes to whatever ``sys.stdout`` is at the time (so progress bars can redirect it)."""

    def write(self, data: str) -> int:
        return sys.stdout.write(data)

    def flush(self) -> None:
        sys.stdout.flush()

    def isatty(self) -> bool:
        return sys.stdout.isatty()

    def fileno(self) -> int:
        return sys.stdout.fileno()

    @property
    def encoding(self) -> str:
        return getattr(sys.stdout, "encoding", None) or "utf-8"


def _err_console() -> Console:
    return Console(file=sys.stderr, highlight=False, soft_wrap=True)


def _open_output(stack: ExitStack, output: str) -> TextIO:
    if output == "-":
        return _Stdout()  # type: ignore[return-value]
    try:
        return stack.enter_context(open(output, "w", encoding="utf-8", newline=""))
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc


class _Run:
    """Reads the inputs, parses them, reports what failed and shows progress."""

    def __init__(self, paths: Sequence[str], *, model: str | None, text_field: str,
                 jsonl: bool, n_process: int, progress: bool | None, output_is_terminal: bool,
                 read_articles: bool = False, dask_address: str | None = None) -> None:
        self.paths = paths
        self.dask_address = dask_address
        self.text_field = text_field
        self.jsonl = jsonl
        self.n_process = n_process
        self.read_articles = read_articles
        self.err = _err_console()
        self.failed = 0
        self.documents = 0
        self.statements = 0
        self.model = model
        if progress is None:
            progress = sys.stderr.isatty() and not output_is_terminal
        self.show_progress = progress

    def report(self, error: InputError) -> None:
        self.failed += 1
        line = Text("quotekit: ", style="bold red")
        line.append(f"{error.name}: {error.message}")
        self.err.print(line)

    def _inputs(self) -> Iterator[Document]:
        for item in iter_inputs(self.paths, text_field=self.text_field, jsonl=self.jsonl):
            if isinstance(item, InputError):
                self.report(item)
            else:
                yield item

    @staticmethod
    def _as_article(doc: Document) -> Article | None:
        """A ``.json`` input holding an Article (as ``Article.to_dict`` writes it), or None."""
        if not doc.name.lower().endswith(".json"):
            return None
        try:
            data = json.loads(doc.text)
        except json.JSONDecodeError:
            return None
        if isinstance(data, dict) and isinstance(data.get("text"), str) and "statements" in data:
            return Article.from_dict(data)
        return None

    def articles(self) -> Iterator[tuple[Document, Article]]:
        """Yield ``(document, article)`` for every input that could be read and parsed."""
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            SpinnerColumn,
            TextColumn,
            TimeElapsedColumn,
        )

        total = count_documents(self.paths, jsonl=self.jsonl) if self.show_progress else None
        columns = [SpinnerColumn(), TextColumn("parsing"), BarColumn(), MofNCompleteColumn(),
                   TimeElapsedColumn(), TextColumn("{task.description}", style="dim")]
        with Progress(*columns, console=self.err, transient=True,
                      disable=not self.show_progress) as bar:
            task = bar.add_task("", total=total)
            for doc, article in self._parse():
                self.documents += 1
                self.statements += len(article.statements)
                bar.update(task, advance=1, description=doc.name[-40:])
                yield doc, article

    def _parse_on_dask(self, window: int = 512) -> Iterator[tuple[Document, Article]]:
        """Parse on the Dask cluster at ``--dask``: texts go out in windows of ``window``
        documents, Articles come back in input order."""
        try:
            import dask.bag as db
            from distributed import Client

            from quotekit.dask import parse_bag
        except ImportError as exc:
            raise click.ClickException(
                "--dask needs the dask extra: pip install 'quotekit[dask]'") from exc
        try:
            client = Client(self.dask_address, timeout=30)
        except OSError as exc:
            raise click.ClickException(
                f"cannot reach the Dask scheduler at {self.dask_address}: {exc}") from exc
        with client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            inputs = self._inputs()
            while docs := list(itertools.islice(inputs, window)):
                bag = db.from_sequence([d.text for d in docs],
                                       npartitions=min(len(docs), 2 * workers))
                yield from zip(docs, parse_bag(bag, self.model).compute(), strict=True)

    def _parse(self) -> Iterator[tuple[Document, Article]]:
        parser: Parser | None = None
        if self.dask_address and not self.read_articles:
            yield from self._parse_on_dask()
            return
        if self.n_process > 1 and not self.read_articles:
            parser = get_parser(self.model)
            pending: collections.deque[Document] = collections.deque()

            def texts() -> Iterator[str]:
                for doc in self._inputs():
                    pending.append(doc)
                    yield doc.text

            for article in parser.pipe(texts(), n_process=self.n_process, batch_size=8):
                yield pending.popleft(), article
            return
        for doc in self._inputs():
            stored = self._as_article(doc) if self.read_articles else None
            if stored is None:
                if parser is None:
                    parser = get_parser(self.model)
                try:
                    stored = parser.parse(doc.text)
                except Exception as exc:  # one bad text must not end the run
                    self.report(InputError(doc.name, f"could not be parsed ({exc!r}), skipped"))
                    continue
            yield doc, stored

    def summary(self, what: str = "") -> None:
        docs = f"{self.documents} document{'s' if self.documents != 1 else ''}"
        stmts = f"{self.statements} statement{'s' if self.statements != 1 else ''}"
        line = Text(f"quotekit: {docs}, {stmts}{what}", style="dim")
        if self.failed:
            line.append(f"; {self.failed} input{'s' if self.failed != 1 else ''} failed",
                        style="bold red")
        self.err.print(line)


def _common_input_options(func: Any) -> Any:
    options = [
        click.option("--model", default=None, metavar="NAME",
                     help="spaCy pipeline to use (default: the best installed English one)."),
        click.option("--text-field", default="text", show_default=True, metavar="FIELD",
                     help="Field holding the text in JSON Lines inputs (.jsonl, .ndjson)."),
        click.option("--jsonl", "jsonl", is_flag=True,
                     help="Read every input, standard input too, as JSON Lines."),
        click.option("-n", "--n-process", type=click.IntRange(min=1), default=1,
                     show_default=True, help="Worker processes for spaCy's parsing."),
        click.option("--progress/--no-progress", default=None,
                     help="Show a progress bar (default: when standard error is a terminal "
                          "and the output is not)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _finish(ctx: click.Context, run: _Run) -> None:
    if run.failed:
        ctx.exit(EXIT_FAILED)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotekit")
def main() -> None:
    """quotekit: find who said what in news text.

    \b
      quotekit extract seeds/                      a table per file
      quotekit extract news.jsonl -f csv -o out.csv
      quotekit render article.txt -o page.html     the article, highlighted
      quotekit speakers corpus/                    who is quoted, how often
      quotekit eval gold/ --errors errors.jsonl    precision, recall, F1
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="table",
              show_default=True, help="Output format.")
@click.option("-o", "--output", default="-", metavar="FILE", show_default=True,
              help="Write here instead of standard output.")
@click.option("--width", type=click.IntRange(min=40), default=None,
              help="Width of the table format (default: the terminal's, or 80).")
@_common_input_options
@click.option("--dask", "dask_address", default=None, metavar="SCHEDULER_ADDRESS",
              help="Parse on the Dask cluster of this scheduler (tcp://host:8786); needs "
                   "quotekit[dask].")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str, output: str,
            width: int | None, model: str | None, text_field: str, jsonl: bool,
            n_process: int, progress: bool | None, dask_address: str | None = None) -> None:
    """Find the statements in text files and print who said what.

    PATH is a text file, a folder (its .txt, .text, .md, suffix-less and .jsonl files,
    recursively), a JSON Lines file (.jsonl/.ndjson: one object a line, the text in
    --text-field), or - for standard input. An input that cannot be read is reported and
    skipped; the exit status is then 1.
    """
    get_parser(model)  # fail early, before any output file is created
    with ExitStack() as stack:
        stream = _open_output(stack, output)
        to_terminal = output == "-" and sys.stdout.isatty()
        run = _Run(paths, model=model, text_field=text_field, jsonl=jsonl, n_process=n_process,
                   progress=progress, output_is_terminal=to_terminal,
                   dask_address=dask_address)
        writer = make_writer(fmt, stream, title="quotekit: " + " ".join(paths), width=width)
        try:
            for doc, article in run.articles():
                writer.write(doc, article)
        except KeyboardInterrupt:
            writer.close()
            run.err.print(Text("quotekit: interrupted; the output so far is kept", style="red"))
            ctx.exit(EXIT_INTERRUPTED)
        writer.close()
    run.summary()
    _finish(ctx, run)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="FILE...")
@click.option("-o", "--output", default="-", metavar="PAGE.html", show_default=True,
              help="Write the page here instead of standard output.")
@click.option("--title", default=None, help="Page title (default: the file name).")
@_common_input_options
@click.pass_context
def render(ctx: click.Context, paths: tuple[str, ...], output: str, title: str | None,
           model: str | None, text_field: str, jsonl: bool, n_process: int,
           progress: bool | None) -> None:
    """Write one self-contained HTML page of an article, who said what highlighted.

    FILE is a text file, - for standard input, a JSON Lines file (a section for each record),
    or a .json file holding an article as Article.to_dict() writes it (shown as is, without
    parsing). Each statement's content, cue and mention get their own colour; hover one for
    the speaker and titles; the speakers and their statements are listed beside the text.
    """
    from quotekit.render import render_html

    run = _Run(paths, model=model, text_field=text_field, jsonl=jsonl, n_process=n_process,
               progress=progress, output_is_terminal=False, read_articles=True)
    try:
        articles = list(run.articles())
    except KeyboardInterrupt:
        ctx.exit(EXIT_INTERRUPTED)
    if len(articles) == 1:
        page = render_html(articles[0][1], title=title or articles[0][0].name)
    else:
        page = render_html([(d.name, a) for d, a in articles], title=title or " ".join(paths))
    with ExitStack() as stack:
        stream = _open_output(stack, output)
        stream.write(page)
        stream.flush()
    if output != "-":
        run.err.print(Text(f"quotekit: wrote {output}", style="dim"))
    run.summary()
    _finish(ctx, run)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]),
              default="table", show_default=True, help="Output format.")
@click.option("-o", "--output", default="-", metavar="FILE", show_default=True,
              help="Write here instead of standard output.")
@click.option("--width", type=click.IntRange(min=40), default=None,
              help="Width of the table format (default: the terminal's, or 80).")
@_common_input_options
@click.pass_context
def speakers(ctx: click.Context, paths: tuple[str, ...], fmt: str, output: str,
             width: int | None, model: str | None, text_field: str, jsonl: bool,
             n_process: int, progress: bool | None) -> None:
    """List the speakers across the inputs, with their titles and statement counts.

    Speakers with the same name (case and spacing ignored) in different files are merged.
    Inputs are read as by `quotekit extract`.
    """
    get_parser(model)
    run = _Run(paths, model=model, text_field=text_field, jsonl=jsonl, n_process=n_process,
               progress=progress, output_is_terminal=output == "-" and sys.stdout.isatty())
    tally = SpeakerTally()
    try:
        for doc, article in run.articles():
            tally.add(doc.name, article)
    except KeyboardInterrupt:
        ctx.exit(EXIT_INTERRUPTED)
    rows = tally.rows()
    with ExitStack() as stack:
        stream = _open_output(stack, output)
        if fmt == "jsonl":
            for row in rows:
                stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            import csv

            fields = ["name", "kind", "titles", "affiliations", "aliases", "statements",
                      "direct", "indirect", "mixed", "files"]
            out = csv.DictWriter(stream, fieldnames=fields, lineterminator="\n",
                                 extrasaction="ignore")
            out.writeheader()
            for row in rows:
                out.writerow({**row, **{k: "; ".join(row[k])
                                        for k in ("titles", "affiliations", "aliases")}})
        else:
            _speaker_table(stream, rows, tally, width)
        stream.flush()
    run.summary(f", {len(rows)} speakers")
    _finish(ctx, run)


def _speaker_table(stream: TextIO, rows: list[dict[str, Any]], tally: SpeakerTally,
                   width: int | None) -> None:
    from rich import box
    from rich.table import Table

    console = Console(file=stream, width=width, highlight=False)
    wide = console.width >= 100
    table = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False, header_style="bold",
                  caption=f"{len(rows)} speakers in {tally.documents} document"
                          f"{'s' if tally.documents != 1 else ''}; "
                          f"{tally.unattributed} statements without a speaker",
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


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, path_type=Path))
@click.option("--model", default=None, metavar="NAME",
              help="spaCy pipeline to use (default: the best installed English one).")
@click.option("--errors", "errors_path", default=None, metavar="FILE.jsonl",
              type=click.Path(dir_okay=False, path_type=Path),
              help="Write every error (miss, spurious, wrong speaker or cue) here as JSON Lines.")
@click.option("--json", "json_path", default=None, metavar="FILE",
              type=click.Path(dir_okay=False, path_type=Path),
              help="Write the figures here as JSON.")
@click.option("--top", default=20, show_default=True, type=click.IntRange(min=1),
              help="Rows per section of the error summary.")
def eval_(gold: Path, model: str | None, errors_path: Path | None, json_path: Path | None,
          top: int) -> None:
    """Score quotekit against gold annotations: an error summary, then the figures
    (precision, recall and F1 at each overlap threshold, cue and speaker accuracy).

    GOLD is a PolNeAR-style brat folder (text/ and attributions/) or quotekit JSON (.json,
    .jsonl, or a folder of them); see quotekit.evaluate.
    """
    from quotekit.evaluate import evaluate

    parser = get_parser(model)
    try:
        result = evaluate(gold, parser)
    except (OSError, ValueError, KeyError) as exc:
        raise click.ClickException(f"cannot read the gold annotations {gold}: {exc}") from exc
    # the error summary first, the figures last: the end of the output is what a terminal,
    # a log tail or a CI step shows
    click.echo(result.error_summary(top=top))
    click.echo(result.format_table())
    if errors_path is not None:
        errors_path.write_text(result.errors_jsonl(), encoding="utf-8")
        click.echo(f"wrote {len(result.errors)} errors to {errors_path}", err=True)
    if json_path is not None:
        json_path.write_text(json.dumps(result.to_dict(), indent=2) + "\n", encoding="utf-8")
        click.echo(f"wrote the figures to {json_path}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
