"""The command line on hostile inputs and outputs (issue 15, the outer ring).

Lone surrogates in every writer and in ``render``; ``-o`` never destroying an input; encodings
and HTML entities of the reader; ``eval`` on gold it cannot score; ``--dask`` failing before
any output; the table wrapping at its narrowest width. Run in-process with click's CliRunner
on the session's parser, as tests/test_cli.py does.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import run
from click.testing import CliRunner

from quotekit import cli
from quotekit.io import FORMATS, iter_inputs

#: the CLI runs on the session's parser (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("cli_parser")

SURROGATES = ('{"text":"\\u201cOne,\\u201d Lee said."}\n'
              '{"text":"\\u201cHi \\ud800 there,\\u201d Lee said."}\n'
              '{"text":"\\u201cThree, four,\\u201d Ann Lee said on Monday."}\n')
STORY = "“We will not back down,” Mayor Ana Ruiz said on Monday.\n"




# -- 1: lone surrogates -----------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_lone_surrogate_is_written_not_a_traceback(runner: CliRunner, tmp_path: Path,
                                                     fmt: str) -> None:
    source = tmp_path / "s.jsonl"
    source.write_text(SURROGATES, encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    result = run(runner, "extract", str(source), "-f", fmt, "-o", str(out), "--width", "120")
    assert result.exit_code == 0, result.output
    written = out.read_text(encoding="utf-8")  # valid UTF-8 throughout
    assert "Three" in written  # the record after the bad one is there
    if fmt == "jsonl":
        records = [json.loads(line) for line in written.splitlines()]
        assert any("\ud800" in r["content"] for r in records)  # the escape reads back
    else:
        assert "\ufffd" in written


def test_render_writes_a_page_with_a_lone_surrogate(runner: CliRunner, tmp_path: Path) -> None:
    source = tmp_path / "s.jsonl"
    source.write_text(SURROGATES, encoding="utf-8")
    out = tmp_path / "page.html"
    result = run(runner, "render", str(source), "-o", str(out))
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "\ufffd" in page and "Three" in page


# -- 2: -o never an input ---------------------------------------------------------------------

def test_output_that_is_an_input_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    for command in (["extract", "-f", "csv"], ["render"], ["speakers"]):
        result = run(runner, *command, str(story), "-o", str(story))
        assert result.exit_code == 2
        assert "also an input" in result.stderr
        assert story.read_text(encoding="utf-8") == STORY


def test_nothing_is_written_when_no_input_could_be_read(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    for command, name in ((["render"], "page.html"), (["extract", "-f", "csv"], "out.csv"),
                          (["extract", "-f", "html"], "out.html"), (["speakers"], "sp.txt")):
        out = tmp_path / name
        out.write_text("keep me", encoding="utf-8")
        result = run(runner, *command, missing, "-o", str(out))
        assert result.exit_code == cli.EXIT_FAILED
        assert out.read_text(encoding="utf-8") == "keep me"


def test_a_folder_scan_leaves_out_its_own_output(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    for _ in range(2):
        result = run(runner, "extract", str(tmp_path), "-f", "jsonl", "-o", str(out))
        assert result.exit_code == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r["file"] for r in records} == {str(tmp_path / "story.txt")}
    assert [d.name for d in iter_inputs([str(tmp_path)], skip=[out])
            ] == [str(tmp_path / "story.txt")]


# -- 7: encodings -----------------------------------------------------------------------------

@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-32-be"])
def test_byte_order_marked_utf16_and_utf32_are_read(runner: CliRunner, tmp_path: Path,
                                                     codec: str) -> None:
    path = tmp_path / "story.txt"
    bom = "\ufeff" if codec.endswith("-be") else ""  # the plain codecs write their own
    path.write_bytes((bom + STORY).encode(codec))
    (doc,) = iter_inputs([str(path)])
    assert doc.text == STORY
    result = run(runner, "extract", str(path), "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[0])["speaker"]["name"] == "Ana Ruiz"


def test_an_undecodable_file_says_what_to_do_and_encoding_reads_it(runner: CliRunner,
                                                                   tmp_path: Path) -> None:
    path = tmp_path / "cp.txt"
    path.write_bytes(STORY.encode("cp1252"))
    result = run(runner, "extract", str(path), "-f", "jsonl")
    assert result.exit_code == cli.EXIT_FAILED
    assert "--encoding cp1252" in result.stderr
    result = run(runner, "extract", str(path), "-f", "jsonl", "--encoding", "cp1252")
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["content"] == "We will not back down"
    result = run(runner, "extract", str(path), "--encoding", "no-such-codec")
    assert result.exit_code == 2 and "unknown encoding" in result.stderr


# -- 8 (the reader): HTML character references ------------------------------------------------

def test_html_entities_are_unescaped_for_html_input(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text("&ldquo;We will not back down,&rdquo; Mayor Ana Ruiz said &amp; left.\n",
                    encoding="utf-8")
    (doc,) = iter_inputs([str(path)])
    assert doc.text == "“We will not back down,” Mayor Ana Ruiz said & left.\n"
    result = run(runner, "extract", str(path), "-f", "jsonl")
    (record,) = [json.loads(line) for line in result.stdout.splitlines()]
    assert record["kind"] == "direct" and record["speaker"]["name"] == "Ana Ruiz"
    assert doc.text[record["start"]:record["end"]] == record["content"]


# -- 5: eval on gold it cannot score ----------------------------------------------------------

def test_eval_refuses_gold_without_attributions(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    texts_only = tmp_path / "texts"
    (texts_only / "text").mkdir(parents=True)
    (texts_only / "text" / "a.txt").write_text(STORY, encoding="utf-8")
    for gold, words in ((empty, "no gold documents"), (texts_only, "no gold attributions")):
        result = run(runner, "eval", str(gold))
        assert result.exit_code != 0
        assert words in result.stderr and "1.000" not in result.stdout


def test_eval_on_extract_output_says_what_gold_is(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    lines = tmp_path / "out.jsonl"
    assert run(runner, "extract", str(story), "-f", "jsonl", "-o", str(lines)).exit_code == 0
    result = run(runner, "eval", str(lines))
    assert result.exit_code != 0
    assert "quotekit extract -f jsonl" in result.stderr and "Article.to_dict()" in result.stderr


# -- 11: --dask -------------------------------------------------------------------------------

def test_dask_refused_connection_is_fast_and_writes_nothing(runner: CliRunner,
                                                            tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    import socket
    import time

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    out = tmp_path / "out.csv"
    started = time.monotonic()
    result = runner.invoke(cli.main, ["extract", str(story), "-f", "csv", "-o", str(out),
                                      "--dask", f"tcp://127.0.0.1:{port}",
                                      "--dask-timeout", "3"])
    assert time.monotonic() - started < 5
    assert result.exit_code == 1 and "cannot reach the Dask scheduler" in result.stderr
    assert not out.exists()
    result = runner.invoke(cli.main, ["extract", str(story), "-f", "csv",
                                      "--dask", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 1 and result.stdout == ""  # no CSV header


# -- 12: the table wraps at its narrowest width -----------------------------------------------

@pytest.mark.parametrize("width", [40, 50, 70])
def test_narrow_table_wraps_never_truncates(runner: CliRunner, width: int) -> None:
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    result = run(runner, "extract", str(seeds), "--width", str(width))
    assert result.exit_code == 0
    assert "…" not in result.stdout
    assert all(len(line) <= width for line in result.stdout.splitlines())
    assert "statement" in result.stdout  # the header too is whole (folded if need be)
