"""quotekit on Dask: who said what in a bag or dataframe of texts, on one machine or a cluster.

Needs the ``dask`` extra (``pip install 'quotekit[dask]'``: dask[bag,dataframe], distributed,
pandas, pyarrow). Every worker process loads its parser once, on its first task, and keeps it
(:func:`get_parser`); a partition is parsed with :meth:`quotekit.Parser.pipe`.

The output is flat statement records, one per statement (:data:`COLUMNS`): the document id,
the statement's fields, the cue and mention as text plus offsets, and the speaker's name,
kind, titles and aliases as strings; ready for ``to_dataframe()`` and Parquet::

    import dask.bag as db
    from distributed import Client
    import quotekit.dask as qd

    client = Client("tcp://scheduler:8786")              # or Client() for this machine
    texts = db.read_text("s3://news/*.txt", files_per_partition=1, linedelimiter="\\0")
    pairs = texts.map(lambda t: (hash(t), t))            # or any (doc_id, text) pairs
    frame = qd.to_dataframe(qd.extract_bag(pairs))
    frame.to_parquet("statements.parquet")
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from quotekit.parser import Parser, shared
from quotekit.types import RECORD_COLUMNS, SEPARATOR, Article

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe
    import pandas

__all__ = [
    "COLUMNS",
    "SEPARATOR",
    "extract_bag",
    "extract_dataframe",
    "get_parser",
    "parse_bag",
    "records_frame",
    "statement_records",
    "to_dataframe",
]

#: The columns of a statement record and their pandas dtypes, in order: the flat record of
#: :meth:`Statement.to_record <quotekit.types.Statement.to_record>`
#: (:data:`quotekit.types.RECORD_COLUMNS`).
COLUMNS: dict[str, str] = RECORD_COLUMNS

def get_parser(model: str | None = None, scope: str = "speech") -> Parser:
    """Return this process's parser for ``model`` and ``scope``, loading it on first use.

    One parser per process, model name and scope (:func:`quotekit.parser.shared`): a Dask
    worker loads the spaCy pipeline once, whatever the number of tasks it runs.
    """
    return shared(model, scope)


def statement_records(article: Article, doc_id: Any = None) -> list[dict[str, Any]]:
    """Flatten an article's statements into records with the keys of :data:`COLUMNS`
    (:meth:`Article.to_records <quotekit.types.Article.to_records>`).

    ``doc_id`` is stored as a string (None stays None).
    """
    return article.to_records(doc_id)


def records_frame(records: Iterable[Mapping[str, Any]]) -> pandas.DataFrame:
    """A pandas DataFrame of statement records, with the columns and dtypes of :data:`COLUMNS`.

    The same dtypes whatever the records (even none), so partitions agree and Parquet files
    share one schema.
    """
    import pandas as pd

    frame = pd.DataFrame.from_records(list(records), columns=list(COLUMNS))
    return frame.astype(COLUMNS)


def _split(item: Any, fallback: str) -> tuple[str, str]:
    """(doc_id, text) of a bag item: a text, a (doc_id, text) pair or a mapping."""
    if isinstance(item, str):
        return fallback, item
    if isinstance(item, Mapping):
        return str(item.get("id", item.get("doc_id", fallback))), item["text"]
    doc_id, text = item
    return str(doc_id), text


def _parse_partition(items: Iterable[Any], model: str | None,
                     batch_size: int, scope: str = "speech") -> list[Article]:
    texts = [_split(item, "")[1] for item in items]
    return list(get_parser(model, scope).pipe(texts, batch_size=batch_size))


def _records_partition(items: Iterable[Any], partition: int, model: str | None,
                       batch_size: int, scope: str = "speech") -> list[dict[str, Any]]:
    pairs = [_split(item, f"{partition}:{k}") for k, item in enumerate(items)]
    out: list[dict[str, Any]] = []
    articles = get_parser(model, scope).pipe((t for _, t in pairs), batch_size=batch_size)
    for (doc_id, _), article in zip(pairs, articles, strict=True):
        out.extend(statement_records(article, doc_id))
    return out


def parse_bag(texts: dask.bag.Bag, model: str | None = None, *,
              batch_size: int = 32, scope: str = "speech") -> dask.bag.Bag:
    """A bag of :class:`~quotekit.types.Article`, one per text, in the order of ``texts``.

    ``texts`` holds strings, ``(doc_id, text)`` pairs or mappings with a ``"text"`` key;
    ``scope`` is what counts as a statement (see :func:`quotekit.load`).
    """
    return texts.map_partitions(_parse_partition, model, batch_size, scope)


def extract_bag(texts: dask.bag.Bag, model: str | None = None, *,
                batch_size: int = 32, scope: str = "speech") -> dask.bag.Bag:
    """A bag of statement records (see :data:`COLUMNS`) for a bag of texts.

    Args:
        texts: Strings, ``(doc_id, text)`` pairs, or mappings with ``"text"`` and ``"id"``
            (or ``"doc_id"``) keys. A bare string's doc id is ``"PARTITION:INDEX"``.
        model: spaCy pipeline name for :func:`quotekit.load` (None: the default), loaded
            once per worker process.
        batch_size: Texts handed to spaCy at once.
        scope: What counts as a statement (see :func:`quotekit.load`).
    """
    import dask
    import dask.bag as db

    parts = texts.to_delayed()
    work = dask.delayed(_records_partition, pure=True)
    return db.from_delayed([work(p, i, model, batch_size, scope) for i, p in enumerate(parts)])


def to_dataframe(records: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of a bag of statement records (one pandas partition per bag
    partition, with the dtypes of :data:`COLUMNS`), e.g. for ``.to_parquet(path)``."""
    import dask
    import dask.dataframe as dd

    frames = [dask.delayed(records_frame)(p) for p in records.to_delayed()]
    return dd.from_delayed(frames, meta=records_frame([]), verify_meta=False)


def _frame_partition(frame: pandas.DataFrame, text_column: str, id_column: str | None,
                     model: str | None, batch_size: int,
                     scope: str = "speech") -> pandas.DataFrame:
    ids: Iterator[Any] = iter(frame[id_column] if id_column else frame.index)
    texts = frame[text_column].tolist()
    records: list[dict[str, Any]] = []
    for doc_id, article in zip(ids, get_parser(model, scope).pipe(texts,
                                                                     batch_size=batch_size),
                               strict=True):
        records.extend(statement_records(article, doc_id))
    return records_frame(records)


def extract_dataframe(frame: dask.dataframe.DataFrame, text_column: str = "text",
                      id_column: str | None = None, model: str | None = None, *,
                      batch_size: int = 32, scope: str = "speech",
                      ) -> dask.dataframe.DataFrame:
    """A Dask DataFrame of statement records for a Dask DataFrame of texts.

    Args:
        frame: One row per text.
        text_column: The column that holds the texts.
        id_column: The column that holds the document ids; None uses the frame's index.
        model: spaCy pipeline name (None: the default), loaded once per worker process.
        batch_size: Texts handed to spaCy at once.
        scope: What counts as a statement (see :func:`quotekit.load`).
    """
    return frame.map_partitions(_frame_partition, text_column, id_column, model, batch_size,
                                scope, meta=records_frame([]), enforce_metadata=False)
