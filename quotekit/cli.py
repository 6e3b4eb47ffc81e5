"""The ``quotekit`` command line: ``extract``, ``render``, ``speakers`` and ``eval``.

Exit status: 0 when every input was read and parsed; 1 when some input could not be (it is
reported on standard error and skipped, the run goes on) or the model cannot be loaded; 2 for
a usage error; 130 when interrupted (everything written so far is kept: records are flushed
document by document).
"""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from pathlib import Path

import click
from rich.text import Text

from quotekit._cli_run import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    Run,
    check_output,
    finish,
    get_parser,
    input_options,
    open_output,
)
from quotekit._cli_speakers import speakers
from quotekit.evaluate import evaluate, load_named
from quotekit.io import FORMATS, Writer, make_writer
from quotekit.render import render_html

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "get_parser", "main"]


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
@input_options
@click.option("--dask", "dask_address", default=None, metavar="SCHEDULER_ADDRESS",
              help="Parse on the Dask cluster of this scheduler (tcp://host:8786); needs "
                   "quotekit[dask].")
@click.option("--dask-timeout", type=click.FloatRange(min=0, min_open=True), default=10.0,
              show_default=True, metavar="SECONDS",
              help="How long to wait for the Dask scheduler before giving up.")
@click.pass_context
def extract(ctx: click.Context, paths: tuple[str, ...], fmt: str, output: str,
            width: int | None, model: str | None, text_field: str, jsonl: bool,
            n_process: int, progress: bool | None, dask_address: str | None = None,
            encoding: str | None = None, dask_timeout: float = 10.0,
            scope: str = "speech") -> None:
    """Find the statements in text files and print who said what.

    PATH is a text file, a folder (its .txt, .text, .md, suffix-less and .jsonl files,
    recursively), a JSON Lines file (.jsonl/.ndjson: one object a line, the text in
    --text-field), or - for standard input. An input that cannot be read is reported and
    skipped; the exit status is then 1.
    """
    get_parser(model, scope)  # fail early, before any output file is created
    check_output(output, paths)
    to_terminal = output == "-" and sys.stdout.isatty()
    run = Run(paths, model=model, text_field=text_field, jsonl=jsonl, n_process=n_process,
              progress=progress, output_is_terminal=to_terminal, dask_address=dask_address,
              skip=output, encoding=encoding, dask_timeout=dask_timeout, scope=scope)
    with ExitStack() as stack:
        writer: Writer | None = None

        def start() -> Writer:
            # opened at the first article: nothing is written (and an existing file is kept)
            # before an input was read and parsed, or the Dask cluster reached
            return make_writer(fmt, open_output(stack, output),
                               title="quotekit: " + " ".join(paths), width=width)

        try:
            for doc, article in run.articles():
                writer = writer or start()
                writer.write(doc, article)
        except KeyboardInterrupt:
            if writer is not None:
                writer.close()
            run.err.print(Text("quotekit: interrupted; the output so far is kept", style="red"))
            ctx.exit(EXIT_INTERRUPTED)
        if writer is None and not run.nothing_read:
            writer = start()
        if writer is not None:
            writer.close()
    run.summary()
    finish(ctx, run)


@main.command()
@click.argument("paths", nargs=-1, required=True, metavar="FILE...")
@click.option("-o", "--output", default="-", metavar="PAGE.html", show_default=True,
              help="Write the page here instead of standard output.")
@click.option("--title", default=None, help="Page title (default: the file name).")
@input_options
@click.pass_context
def render(ctx: click.Context, paths: tuple[str, ...], output: str, title: str | None,
           model: str | None, text_field: str, jsonl: bool, n_process: int,
           progress: bool | None, encoding: str | None = None, scope: str = "speech") -> None:
    """Write one self-contained HTML page of an article, who said what highlighted.

    FILE is a text file, - for standard input, a JSON Lines file (a section for each record),
    or a .json file holding an article as Article.to_dict() writes it (shown as is, without
    parsing). Each statement's content, cue and mention get their own colour; hover one for
    the speaker and titles; the speakers and their statements are listed beside the text.
    """
    check_output(output, paths)
    run = Run(paths, model=model, text_field=text_field, jsonl=jsonl, n_process=n_process,
              progress=progress, output_is_terminal=False, read_articles=True, skip=output,
              encoding=encoding, scope=scope)
    try:
        articles = list(run.articles())
    except KeyboardInterrupt:
        ctx.exit(EXIT_INTERRUPTED)
    if run.nothing_read:  # an existing page is left as it was
        run.summary()
        finish(ctx, run)
        return
    if len(articles) == 1:
        page = render_html(articles[0][1], title=title or articles[0][0].name)
    else:
        page = render_html([(d.name, a) for d, a in articles], title=title or " ".join(paths))
    with ExitStack() as stack:
        stream = open_output(stack, output)
        stream.write(page)
        stream.flush()
    if output != "-":
        run.err.print(Text(f"quotekit: wrote {output}", style="dim"))
    run.summary()
    finish(ctx, run)


main.add_command(speakers)


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
@click.option("--scope", type=click.Choice(["speech", "attribution"]), default="speech",
              show_default=True,
              help="What counts as a statement. With speech, gold attributions whose cue is "
                   "of no speech or writing class (beliefs, plans, evidence) are optional: "
                   "a prediction on one is neither a hit nor a false positive.")
@click.option("--named", "named_paths", multiple=True, metavar="FILE.json",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A named gold (hand-checked full names, offsets only) to report named "
                   "accuracy on, for its records in GOLD's documents. Repeatable.")
def eval_(gold: Path, model: str | None, errors_path: Path | None, json_path: Path | None,
          top: int, named_paths: tuple[Path, ...] = (), scope: str = "speech") -> None:
    """Score quotekit against gold annotations: an error summary, then the figures
    (precision, recall and F1 at each overlap threshold, cue and speaker accuracy).

    GOLD is a PolNeAR-style brat folder (text/ and attributions/) or quotekit JSON (.json,
    .jsonl, or a folder of them); see quotekit.evaluate. With --named, the named accuracy
    (the speaker's full name right) on a named gold; see quotekit.evaluate.named.
    """
    try:
        named = load_named(named_paths) if named_paths else None
    except (OSError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise click.ClickException(f"cannot read the named gold: {exc}") from exc
    parser = get_parser(model, scope)
    try:
        result = evaluate(gold, parser, scope=scope, named=named)
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
