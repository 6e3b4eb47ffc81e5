"""What the commands of :mod:`quotekit.cli` share: reading and parsing the inputs.

Private to the command line: :class:`Run` reads the inputs, parses them (in this process, in
worker processes, or on a Dask cluster), reports what failed and shows a progress bar.
"""

from __future__ import annotations

import codecs
import collections
import itertools
import json
import os
import socket
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from quotekit.io import Document, InputError, count_documents, iter_inputs
from quotekit.types import Article

if TYPE_CHECKING:  # pragma: no cover
    from quotekit.parser import Parser

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "Run", "check_output", "finish", "get_parser",
           "input_options", "open_output"]

#: Exit status when some input failed (or the model could not be loaded).
EXIT_FAILED = 1
#: Exit status after Ctrl-C.
EXIT_INTERRUPTED = 130


def get_parser(model: str | None = None, scope: str = "speech") -> Parser:
    """The :class:`~quotekit.parser.Parser` for ``model`` and ``scope``, loaded once per
    process (:func:`quotekit.parser.shared`).

    Raises:
        click.ClickException: when the model cannot be loaded.
    """
    # imported when a parser is first needed, so that ``quotekit --help`` does not import spaCy
    from quotekit.parser import shared

    try:
        return shared(model, scope)
    except (OSError, ValueError, ImportError) as exc:
        raise click.ClickException(f"cannot load the spaCy model: {exc}") from exc


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


def err_console() -> Console:
    """A console on standard error."""
    return Console(file=sys.stderr, highlight=False, soft_wrap=True)


def open_output(stack: ExitStack, output: str) -> TextIO:
    """The stream for ``--output``: standard output for ``-``, else the file (closed by
    ``stack``)."""
    if output == "-":
        return _Stdout()  # type: ignore[return-value]
    try:
        return stack.enter_context(open(output, "w", encoding="utf-8", newline=""))
    except OSError as exc:
        raise click.ClickException(f"cannot write {output}: {exc.strerror or exc}") from exc


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return Path(a).resolve() == Path(b).resolve()


def check_output(output: str, paths: Sequence[str]) -> None:
    """Refuse an ``--output`` that is one of the inputs (it would be emptied before it is
    read); a folder's own output file is left out of its scan instead (``Run(skip=...)``).

    Raises:
        click.UsageError: naming the file.
    """
    if output == "-":
        return
    for p in paths:
        if p != "-" and not Path(p).is_dir() and _same_file(output, p):
            raise click.UsageError(f"the output {output} is also an input: writing it would "
                                   "destroy it; choose another -o")


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


def _check_reachable(address: str, timeout: float) -> None:
    """Fail fast when nothing listens at a ``tcp://host:port`` scheduler address (distributed's
    own Client retries a refused connection until its timeout)."""
    scheme, _, rest = address.rpartition("://")
    host, _, port = rest.rpartition(":")
    if scheme not in ("", "tcp") or not port.isdigit():
        return  # tls://, inproc://, ...: left to distributed
    try:
        socket.create_connection((host.strip("[]") or "localhost", int(port)),
                                 timeout=timeout).close()
    except OSError as exc:
        raise click.ClickException(
            f"cannot reach the Dask scheduler at {address}: {exc.strerror or exc}") from exc


class Run:
    """Reads the inputs, parses them, reports what failed and shows progress."""

    def __init__(self, paths: Sequence[str], *, model: str | None, text_field: str,
                 jsonl: bool, n_process: int, progress: bool | None, output_is_terminal: bool,
                 read_articles: bool = False, dask_address: str | None = None,
                 skip: str = "-", encoding: str | None = None,
                 dask_timeout: float = 10.0, scope: str = "speech") -> None:
        self.paths = paths
        self.scope = scope
        self.dask_timeout = dask_timeout
        self.encoding = encoding
        self.skip = () if skip == "-" else (skip,)
        self.dask_address = dask_address
        self.text_field = text_field
        self.jsonl = jsonl
        self.n_process = n_process
        self.read_articles = read_articles
        self.err = err_console()
        self.failed = 0
        self.documents = 0
        self.statements = 0
        self.model = model
        if progress is None:
            progress = sys.stderr.isatty() and not output_is_terminal
        self.show_progress = progress

    def report(self, error: InputError) -> None:
        """Print an input's error on standard error and count it."""
        self.failed += 1
        line = Text("quotekit: ", style="bold red")
        line.append(f"{error.name}: {error.message}")
        self.err.print(line)

    def _inputs(self) -> Iterator[Document]:
        for item in iter_inputs(self.paths, text_field=self.text_field, jsonl=self.jsonl,
                                skip=self.skip, encoding=self.encoding):
            if isinstance(item, InputError):
                self.report(item)
            else:
                yield item

    def articles(self) -> Iterator[tuple[Document, Article]]:
        """Yield ``(document, article)`` for every input that could be read and parsed."""
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
        try:  # the optional dask extra
            import dask.bag as db
            from distributed import Client

            from quotekit.dask import parse_bag
        except ImportError as exc:
            raise click.ClickException(
                "--dask needs the dask extra: pip install 'quotekit[dask]'") from exc
        address = str(self.dask_address)
        _check_reachable(address, self.dask_timeout)
        try:
            client = Client(address, timeout=self.dask_timeout)
        except OSError as exc:
            raise click.ClickException(
                f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        except Exception as exc:  # something answered, but not a Dask scheduler
            raise click.ClickException(
                f"cannot talk to a Dask scheduler at {address} (is it one?): "
                f"{type(exc).__name__}: {exc}") from exc
        with client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            inputs = self._inputs()
            while docs := list(itertools.islice(inputs, window)):
                bag = db.from_sequence([d.text for d in docs],
                                       npartitions=min(len(docs), 2 * workers))
                parsed = parse_bag(bag, self.model, scope=self.scope).compute()
                yield from zip(docs, parsed, strict=True)

    def _parse_in_pool(self) -> Iterator[tuple[Document, Article]]:
        """Parse in ``n_process`` worker processes (:meth:`quotekit.Parser.pipe`)."""
        pending: collections.deque[Document] = collections.deque()

        def texts() -> Iterator[str]:
            for doc in self._inputs():
                pending.append(doc)
                yield doc.text

        for article in get_parser(self.model, self.scope).pipe(texts(), n_process=self.n_process,
                                                    batch_size=8):
            yield pending.popleft(), article

    def _parse(self) -> Iterator[tuple[Document, Article]]:
        if self.dask_address and not self.read_articles:
            yield from self._parse_on_dask()
            return
        if self.n_process > 1 and not self.read_articles:
            yield from self._parse_in_pool()
            return
        parser: Parser | None = None
        for doc in self._inputs():
            stored = _as_article(doc) if self.read_articles else None
            if stored is None:
                if parser is None:
                    parser = get_parser(self.model, self.scope)
                try:
                    stored = parser.parse(doc.text)
                except Exception as exc:  # one bad text must not end the run
                    self.report(InputError(doc.name, f"could not be parsed ({exc!r}), skipped"))
                    continue
            yield doc, stored

    @property
    def nothing_read(self) -> bool:
        """True when inputs failed and none could be read: no output is then written (an
        existing output file is left as it was)."""
        return self.failed > 0 and self.documents == 0

    def summary(self, what: str = "") -> None:
        """Print the closing line on standard error: documents, statements, failures."""
        docs = f"{self.documents} document{'s' if self.documents != 1 else ''}"
        stmts = f"{self.statements} statement{'s' if self.statements != 1 else ''}"
        line = Text(f"quotekit: {docs}, {stmts}{what}", style="dim")
        if self.failed:
            line.append(f"; {self.failed} input{'s' if self.failed != 1 else ''} failed",
                        style="bold red")
        self.err.print(line)


def _codec(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None:
        try:
            codecs.lookup(value)
        except LookupError:
            raise click.BadParameter(f"unknown encoding {value!r} (try utf-8, cp1252, latin-1, "
                                     "utf-16)") from None
    return value


def input_options(func: Any) -> Any:
    """The input options every parsing command takes (--model, --text-field, ...)."""
    options = [
        click.option("--model", default=None, metavar="NAME",
                     help="spaCy pipeline to use (default: the best installed English one)."),
        click.option("--scope", type=click.Choice(["speech", "attribution"]), default="speech",
                     show_default=True,
                     help="What counts as a statement: speech (said or written, and quoted "
                          "words) or attribution (also beliefs, plans, perceptions and "
                          "evidence, as PolNeAR annotates)."),
        click.option("--text-field", default="text", show_default=True, metavar="FIELD",
                     help="Field holding the text in JSON Lines inputs (.jsonl, .ndjson)."),
        click.option("--jsonl", "jsonl", is_flag=True,
                     help="Read every input, standard input too, as JSON Lines."),
        click.option("--encoding", default=None, metavar="CODEC", callback=_codec,
                     help="Encoding of every input (default: UTF-8, or UTF-16/32 where a byte "
                          "order mark says so), e.g. cp1252 or latin-1."),
        click.option("-n", "--n-process", type=click.IntRange(min=1), default=1,
                     show_default=True, help="Worker processes for spaCy's parsing."),
        click.option("--progress/--no-progress", default=None,
                     help="Show a progress bar (default: when standard error is a terminal "
                          "and the output is not)."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def finish(ctx: click.Context, run: Run) -> None:
    """Exit with :data:`EXIT_FAILED` when some input failed."""
    if run.failed:
        ctx.exit(EXIT_FAILED)
