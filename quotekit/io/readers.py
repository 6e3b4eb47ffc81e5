"""Reading input texts: :func:`iter_inputs` yields a :class:`Document` per text.

Inputs: text files, folders (read recursively), ``-`` for standard input, and JSON Lines files
(``.jsonl`` / ``.ndjson``) holding one object a line with the text in a field (``"text"``
unless told otherwise). Every input becomes a :class:`Document`; an input that cannot be read
(missing, a binary file, not UTF-8, a bad JSON line) becomes an :class:`InputError` instead,
so a caller can report it and go on.

Text is read as UTF-8 unless a byte order mark says UTF-16 or UTF-32 (or ``encoding`` names
another codec). A ``.html`` / ``.htm`` file has its character references (``&ldquo;``,
``&amp;``, ``&#8220;``) unescaped with :func:`html.unescape`, its tags kept as they are: the
offsets of the results refer to the unescaped text.
"""

from __future__ import annotations

import codecs
import html
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

import attrs

__all__ = [
    "HTML_SUFFIXES",
    "JSONL_SUFFIXES",
    "TEXT_SUFFIXES",
    "Document",
    "InputError",
    "count_documents",
    "iter_inputs",
]

#: Files read as JSON Lines (one object a line, the text in a field).
JSONL_SUFFIXES: frozenset[str] = frozenset({".jsonl", ".ndjson"})
#: Files picked up when a folder is read (files named on the command line are always read).
TEXT_SUFFIXES: frozenset[str] = frozenset({".txt", ".text", ".md", ""})
#: Files whose character references are unescaped (only when named: a folder scan skips them).
HTML_SUFFIXES: frozenset[str] = frozenset({".html", ".htm"})
_SNIFF = 8192
#: Byte order marks and their codecs, the UTF-32 ones first (FF FE 00 00 starts with FF FE).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)


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


def _decode(data: bytes, name: str, encoding: str | None = None) -> str | InputError:
    if encoding is None:
        encoding = next((codec for bom, codec in _BOMS if data.startswith(bom)), None)
        if encoding is None and b"\x00" in data[:_SNIFF]:
            return InputError(name, "binary file (it holds NUL bytes), skipped")
    codec = encoding or "utf-8-sig"
    if codecs.lookup(codec).name == "utf-8":
        codec = "utf-8-sig"  # a UTF-8 byte order mark is not part of the text
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        what = "UTF-8" if encoding is None else encoding
        return InputError(name, f"not {what} text ({exc.reason} at byte {exc.start}), skipped; "
                                "if it is in another encoding, name it (quotekit --encoding "
                                "cp1252, or latin-1, utf-16, ...)")


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


def _files(path: Path, skipped: frozenset[Path] | set[Path] = frozenset()) -> list[Path]:
    if not path.is_dir():
        return [path]
    found = []
    for f in path.rglob("*"):
        rel = f.relative_to(path)
        if any(part.startswith(".") for part in rel.parts) or (skipped and f.resolve() in skipped):
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
    skip: Iterable[str | Path] = (),
    encoding: str | None = None,
) -> Iterator[Document | InputError]:
    """Yield a :class:`Document` for every text in ``paths``, or an :class:`InputError`.

    Args:
        paths: Files, folders (their ``.txt``, ``.text``, ``.md``, suffix-less, ``.jsonl`` and
            ``.ndjson`` files, recursively, hidden ones left out) and ``-`` for standard input.
        text_field: The field holding the text in JSON Lines records.
        jsonl: Read every input (standard input included) as JSON Lines, whatever its name.
        stdin: Where ``-`` reads from (default: ``sys.stdin``).
        skip: Files left out of folder scans (the command line's own output file).
        encoding: The codec of every input (None: UTF-8, or UTF-16/32 where a byte order
            mark says so).

    Raises:
        LookupError: for an ``encoding`` Python does not know.

    Nothing is read before it is needed: the inputs are streamed.
    """
    skipped = {Path(f).resolve() for f in skip}
    if encoding is not None:
        codecs.lookup(encoding)
    for p in paths:
        if p == "-":
            yield from _read_stdin(stdin if stdin is not None else sys.stdin, jsonl, text_field,
                                   encoding)
            continue
        path = Path(p)
        if not path.exists():
            yield InputError(p, "no such file or folder")
            continue
        files = _files(path, skipped)
        if path.is_dir() and not files:
            yield InputError(p, "folder holds no text or JSON Lines files")
        for f in files:
            yield from _read_file(f, jsonl, text_field, encoding)


def _read_stdin(stream: TextIO, jsonl: bool, text_field: str, encoding: str | None = None
                ) -> Iterator[Document | InputError]:
    raw = stream.buffer.read() if hasattr(stream, "buffer") else stream.read()
    decoded = _decode(raw, "<stdin>", encoding) if isinstance(raw, bytes) else raw
    if isinstance(decoded, InputError):
        yield decoded
    elif jsonl:
        yield from _jsonl(decoded, "<stdin>", text_field)
    else:
        yield Document("<stdin>", decoded)


def _read_file(f: Path, jsonl: bool, text_field: str, encoding: str | None = None
               ) -> Iterator[Document | InputError]:
    name = str(f)
    try:
        data = f.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot be read ({exc.strerror or exc}), skipped")
        return
    decoded = _decode(data, name, encoding)
    if isinstance(decoded, InputError):
        yield decoded
    elif _is_jsonl(name, jsonl):
        yield from _jsonl(decoded, name, text_field)
    elif f.suffix.lower() in HTML_SUFFIXES:
        yield Document(name, html.unescape(decoded))
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
