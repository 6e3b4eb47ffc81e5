"""quotekit.io: reading inputs, CSV rows, summaries, writers; Article.to_frame."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from quotekit.io import (
    CSV_COLUMNS,
    Document,
    InputError,
    article_summary,
    count_documents,
    iter_inputs,
    make_writer,
    statement_record,
)
from quotekit.types import Article, Cue, Span, Speaker, Statement


def article(text: str = "Ann said it rains. Bo said no.") -> Article:
    ann = Speaker("Ann Lee", titles=["mayor"], aliases=["Ann"])
    return Article(text, [
        Statement("it rains", 9, 17, "indirect", cue=Cue("said", 4, 8, "say"), speaker=ann),
        Statement("no", 27, 29, "indirect", speaker=None),
    ], [ann])


def test_iter_inputs_kinds(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A text.", encoding="utf-8")
    (tmp_path / "bom.txt").write_bytes("\ufeffWith a BOM.".encode())
    (tmp_path / "n.jsonl").write_text('{"text": "one"}\n\n{"text": 2}\n', encoding="utf-8")
    items = list(iter_inputs([str(tmp_path), str(tmp_path / "gone")]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.text for d in docs] == ["A text.", "With a BOM.", "one"]
    assert [e.name for e in errors] == [f"{tmp_path / 'n.jsonl'}:3", str(tmp_path / "gone")]
    assert count_documents([str(tmp_path)]) == 4


def test_stdin_bytes_and_text() -> None:
    class Bin(io.StringIO):
        buffer = io.BytesIO(b"\x80\x00bad")  # (FF FE would be a UTF-16 byte order mark)

    assert isinstance(next(iter_inputs(["-"], stdin=Bin())), InputError)
    (doc,) = iter_inputs(["-"], stdin=io.StringIO("plain"))
    assert doc == Document("<stdin>", "plain")


def test_statement_record_is_flat() -> None:
    a = article()
    rec = statement_record(a.statements[0], file="f", index=3)
    assert tuple(rec) == CSV_COLUMNS
    assert rec["speaker"] == "Ann Lee" and rec["titles"] == "mayor" and rec["cue_lemma"] == "say"
    assert statement_record(a.statements[1])["speaker"] == ""
    assert rec == a.statements[0].to_row(file="f", index=3)  # the io name is kept for callers


def test_summary() -> None:
    assert article_summary(article()) == (
        "2 statements (2 indirect), 1 speaker, 1 without a speaker"
    )
    assert "no statements" in article_summary(Article("   "))
    assert article_summary(article()) == article().summary()


@pytest.mark.parametrize("fmt", ["table", "jsonl", "csv", "markdown", "html"])
def test_every_writer_writes_something(fmt: str) -> None:
    out = io.StringIO()
    writer = make_writer(fmt, out, width=80)
    writer.write(Document("doc.txt", "x"), article())
    writer.close()
    assert "it rains" in out.getvalue()
    if fmt == "jsonl":
        assert [json.loads(line)["file"] for line in out.getvalue().splitlines()] == ["doc.txt"] * 2


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format"):
        make_writer("xml", io.StringIO())


def test_to_frame() -> None:
    pd = pytest.importorskip("pandas")
    frame = article().to_frame(file="f.txt")
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(CSV_COLUMNS)
    assert frame["content"].tolist() == ["it rains", "no"]
    assert (frame["file"] == "f.txt").all()
    assert len(Article("").to_frame()) == 0


def test_jsonl_gives_the_speaker_by_its_index_without_mentions() -> None:
    """Issue 15 item 13: one line a statement, the speaker's mentions not repeated."""
    ann = Speaker("Ann Lee", aliases=["Ann"], mentions=[Span("Ann", 0, 3)])
    text = "Ann said it rains. Ann said no."
    one = Article(text, [Statement("it rains", 9, 17, "indirect", speaker=ann),
                         Statement("no", 28, 30, "indirect", speaker=ann)], [ann])
    out = io.StringIO()
    make_writer("jsonl", out).write(Document("doc.txt", text), one)
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["speaker"]["index"] for line in lines] == [0, 0]
    assert all("mentions" not in line["speaker"] for line in lines)
    assert Statement.from_dict(lines[1]) == one.statements[1]
