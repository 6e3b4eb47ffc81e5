"""The ``quotekit`` command: every command on the seeds and on bad input, run in-process.

The spaCy pipeline is the session's ``quotekit_parser`` (loaded once), put in the process's
one parser cache (``quotekit.parser.shared``); a few tests use a tiny fake parser to provoke
failures and interruptions.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from cli_support import run
from click.testing import CliRunner

import quotekit.parser
from quotekit import cli
from quotekit.types import CSV_COLUMNS, Article, Cue, Span, Speaker, Statement

#: the CLI runs on the session's parser (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("cli_parser")

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

STORY = (
    "“We will not back down,” Mayor Ana Ruiz said on Monday.\n\n"
    "The council said the budget would pass next week.\n"
)




def jsonl_records(output: str) -> list[dict]:
    """Every line must be one JSON object."""
    return [json.loads(line) for line in output.splitlines() if line.strip()]


# -- help -------------------------------------------------------------------------------------


@pytest.mark.parametrize("command", [[], ["extract"], ["render"], ["speakers"], ["eval"]])
def test_every_command_has_help(runner: CliRunner, command: list[str]) -> None:
    result = run(runner, *command, "--help")
    assert result.exit_code == 0
    assert "Usage:" in result.output
    assert "--help" in result.output


def test_extract_needs_a_path(runner: CliRunner) -> None:
    result = runner.invoke(cli.main, ["extract"])
    assert result.exit_code == 2


# -- extract on the seeds ---------------------------------------------------------------------


@pytest.mark.parametrize("width", [80, 120])
def test_table_fits_the_terminal(runner: CliRunner, width: int) -> None:
    result = run(runner, "extract", str(SEEDS), "--width", str(width))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= width
    header = next(line for line in lines if line.lstrip().startswith("speaker"))
    for column in ("speaker", "kind", "cue", "statement"):
        assert column in header
    # The title gets its own column only when there is room for it.
    assert ("title" in header) == (width >= 100)
    for f in SEED_FILES:
        assert str(f) in result.stdout
        # one summary line per file
        assert sum(1 for line in lines if line.startswith(f"{f}: ") and "statement" in line) == 1


def test_jsonl_output_parses_and_points_into_the_text(runner: CliRunner) -> None:
    result = run(runner, "extract", str(SEEDS), "--format", "jsonl")
    assert result.exit_code == 0
    records = jsonl_records(result.stdout)
    assert records
    texts = {str(f): f.read_text(encoding="utf-8") for f in SEED_FILES}
    assert {r["file"] for r in records} <= set(texts)
    for r in records:
        assert texts[r["file"]][r["start"]:r["end"]] == r["content"]
        assert Statement.from_dict(r).content == r["content"]
    assert "2 documents" in result.stderr


def test_csv_output_parses_with_one_row_per_statement(runner: CliRunner) -> None:
    as_jsonl = jsonl_records(run(runner, "extract", str(SEEDS), "-f", "jsonl").stdout)
    result = run(runner, "extract", str(SEEDS), "-f", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert len(rows) == len(as_jsonl)
    for row, record in zip(rows, as_jsonl, strict=True):
        assert row["content"] == record["content"]
        assert int(row["start"]) == record["start"]
        assert row["speaker"] == (record["speaker"]["name"] if record["speaker"] else "")


def test_markdown_output_has_a_table_per_file(runner: CliRunner) -> None:
    result = run(runner, "extract", str(SEEDS), "-f", "markdown")
    assert result.exit_code == 0
    for f in SEED_FILES:
        assert f"## {f}" in result.stdout
    table_rows = [line for line in result.stdout.splitlines() if line.startswith("| ")]
    header = "| # | speaker | title | kind | cue | statement |"
    assert table_rows.count(header) == len(SEED_FILES)
    # every row has the same number of unescaped cell separators as the header
    for line in table_rows:
        assert line.replace("\\|", "").count("|") == header.count("|")


def test_html_output_to_a_file(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "seeds.html"
    result = run(runner, "extract", str(SEEDS), "-f", "html", "-o", str(out))
    assert result.exit_code == 0
    assert result.stdout == ""
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert page.count('<section class="doc"') == len(SEED_FILES)


def test_stdin(runner: CliRunner) -> None:
    result = run(runner, "extract", "-", "-f", "jsonl", input=STORY)
    assert result.exit_code == 0
    records = jsonl_records(result.stdout)
    assert records and all(r["file"] == "<stdin>" for r in records)
    quoted = [r for r in records if r["kind"] == "direct"]
    assert quoted[0]["content"] == "We will not back down"


def test_jsonl_input_with_text_field(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"id": "a1", "body": STORY}),
        "{broken json",
        json.dumps({"id": "a2", "title": "no body here"}),
        json.dumps({"id": "a3", "body": "Nobody said anything, he said."}),
    ]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(runner, "extract", str(src), "--text-field", "body", "-f", "jsonl")
    assert result.exit_code == cli.EXIT_FAILED
    records = jsonl_records(result.stdout)
    assert {r["file"] for r in records} <= {f"{src}:a1", f"{src}:a3"}
    assert any(r["file"] == f"{src}:a1" for r in records)
    assert all(r["meta"]["id"] in ("a1", "a3") for r in records)
    assert f"{src}:2" in result.stderr and "not valid JSON" in result.stderr
    assert "'body'" in result.stderr
    assert "2 inputs failed" in result.stderr


def test_stdin_as_jsonl(runner: CliRunner) -> None:
    result = run(runner, "extract", "-", "--jsonl", "-f", "csv",
                 input=json.dumps({"text": STORY}) + "\n")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and rows[0]["file"] == "<stdin>:1"


# -- bad input --------------------------------------------------------------------------------


def test_missing_file(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "extract", str(tmp_path / "nope.txt"), "-f", "jsonl")
    assert result.exit_code == cli.EXIT_FAILED
    assert "no such file" in result.stderr
    assert result.stdout == ""


def test_binary_file(runner: CliRunner, tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    result = run(runner, "extract", str(binary), "-f", "csv")
    assert result.exit_code == cli.EXIT_FAILED
    assert "binary file" in result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows == []


def test_undecodable_file(runner: CliRunner, tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("“Ça va,” dit-il. Résumé.".encode("cp1252"))
    result = run(runner, "extract", str(latin))
    assert result.exit_code == cli.EXIT_FAILED
    assert "not UTF-8" in result.stderr


def test_empty_file_is_not_an_error(runner: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = run(runner, "extract", str(empty))
    assert result.exit_code == 0
    assert "no statements" in result.stdout
    assert jsonl_records(run(runner, "extract", str(empty), "-f", "jsonl").stdout) == []


def test_mixed_good_and_bad_files(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    (folder / "sub").mkdir(parents=True)
    (folder / "good.txt").write_text(STORY, encoding="utf-8")
    (folder / "sub" / "also_good.txt").write_text(STORY.replace("Ana Ruiz", "Li Wei"),
                                                  encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    (folder / ".hidden.txt").write_text(STORY, encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\x00")
    result = run(runner, "extract", str(folder), str(tmp_path / "missing"), "-f", "jsonl")
    assert result.exit_code == cli.EXIT_FAILED
    files = {r["file"] for r in jsonl_records(result.stdout)}
    assert files == {str(folder / "good.txt"), str(folder / "sub" / "also_good.txt")}
    assert "bad.txt" in result.stderr and "missing" in result.stderr
    assert "photo.png" not in result.stderr  # folders only yield text and JSON Lines files
    assert "2 inputs failed" in result.stderr


def test_unwritable_output(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli.main, ["extract", str(SEED_FILES[0]), "-o",
                                      str(tmp_path / "no" / "such" / "dir.csv")])
    assert result.exit_code == 1
    assert "cannot write" in result.stderr


class _FakeParser:
    """Parses a text into one statement; raises on texts holding a marker."""

    def parse(self, text: str) -> Article:
        if "BOOM" in text:
            raise RuntimeError("boom")
        if "STOP" in text:
            raise KeyboardInterrupt
        end = text.index(".") if "." in text else len(text)
        return Article(text, [Statement(text[:end], 0, end, "indirect",
                                        speaker=Speaker("Someone"))], [Speaker("Someone")])


def test_a_failing_text_is_skipped(runner: CliRunner, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(quotekit.parser._shared, ("fake", "speech"), _FakeParser())
    for name, text in [("a.txt", "First one."), ("b.txt", "BOOM."), ("c.txt", "Third one.")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run(runner, "extract", str(tmp_path), "--model", "fake", "-f", "jsonl")
    assert result.exit_code == cli.EXIT_FAILED
    assert [r["content"] for r in jsonl_records(result.stdout)] == ["First one", "Third one"]
    assert "b.txt" in result.stderr and "could not be parsed" in result.stderr


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "html"])
def test_interrupted_run_keeps_what_was_written(runner: CliRunner, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch,
                                                fmt: str) -> None:
    monkeypatch.setitem(quotekit.parser._shared, ("fake", "speech"), _FakeParser())
    for name, text in [("a.txt", "First one."), ("b.txt", "STOP."), ("c.txt", "Third one.")]:
        (tmp_path / name).write_text(text, encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    result = run(runner, "extract", str(tmp_path), "--model", "fake", "-f", fmt, "-o", str(out))
    assert result.exit_code == cli.EXIT_INTERRUPTED
    written = out.read_text(encoding="utf-8")
    assert "First one" in written and "Third one" not in written
    if fmt == "jsonl":
        assert len(jsonl_records(written)) == 1
    elif fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(written)))) == 1
    else:
        assert written.rstrip().endswith("</html>")


# -- render -----------------------------------------------------------------------------------


def test_render_a_seed(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    result = run(runner, "render", str(SEED_FILES[0]), "-o", str(page))
    assert result.exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html.lower()
    assert 'class="speakers"' in html and 'class="c ' in html
    assert SEED_FILES[0].name in html


def test_render_escapes_a_saved_article(runner: CliRunner, tmp_path: Path) -> None:
    text = 'Dr <script>alert(1)</script> said: "<script>alert(2)</script> & more".'
    start = text.index("<script>alert(2)")
    end = text.index('".')
    speaker = Speaker("Dr <script>alert(1)</script>", titles=["<b>chief</b>"])
    article = Article(text, [Statement(text[start:end], start, end, "direct",
                                       cue=Cue("said", 30, 34, "say"),
                                       mention=Span(text[:29], 0, 29), speaker=speaker)],
                      [speaker])
    saved = tmp_path / "article.json"
    saved.write_text(json.dumps(article.to_dict()), encoding="utf-8")
    result = run(runner, "render", str(saved), "--model", "not-loaded")
    assert result.exit_code == 0  # a saved article is rendered without loading a model
    assert "<script" not in result.stdout.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in result.stdout
    assert "&lt;b&gt;chief&lt;/b&gt;" in result.stdout


def test_render_bad_file(runner: CliRunner, tmp_path: Path) -> None:
    result = run(runner, "render", str(tmp_path / "nope.txt"))
    assert result.exit_code == cli.EXIT_FAILED
    assert "no such file" in result.stderr


# -- speakers ---------------------------------------------------------------------------------


def test_speakers_counts_add_up(runner: CliRunner) -> None:
    statements = jsonl_records(run(runner, "extract", str(SEEDS), "-f", "jsonl").stdout)
    result = run(runner, "speakers", str(SEEDS), "-f", "jsonl")
    assert result.exit_code == 0
    rows = jsonl_records(result.stdout)
    attributed = [s for s in statements if s["speaker"]]
    assert sum(r["statements"] for r in rows) == len(attributed)
    # merged across files (SpeakerRegistry): a resolved speaker has one row; unresolved
    # mentions and groups ("officials") are kept per file
    resolved = [(r["name"].casefold(), r["kind"]) for r in rows if r["resolved"]]
    assert len(set(resolved)) == len(resolved)
    assert all(r["files"] == 1 for r in rows if not r["resolved"])
    for r in rows:
        assert r["direct"] + r["indirect"] + r["mixed"] == r["statements"]
        assert 1 <= r["files"] <= len(SEED_FILES)


def test_speakers_merge_across_files(runner: CliRunner, tmp_path: Path) -> None:
    for n in range(2):
        (tmp_path / f"{n}.txt").write_text(STORY, encoding="utf-8")
    rows = jsonl_records(run(runner, "speakers", str(tmp_path), "-f", "jsonl").stdout)
    two = [r for r in rows if r["files"] == 2]
    assert two, rows
    one_file = jsonl_records(run(runner, "speakers", str(tmp_path / "0.txt"), "-f",
                                 "jsonl").stdout)
    counts = {r["name"]: r["statements"] for r in one_file}
    for r in two:
        assert r["statements"] == 2 * counts[r["name"]]


@pytest.mark.parametrize("width", [80, 120])
def test_speakers_table(runner: CliRunner, width: int) -> None:
    result = run(runner, "speakers", str(SEEDS), "--width", str(width))
    assert result.exit_code == 0
    assert max(len(line) for line in result.stdout.splitlines()) <= width
    assert "speakers in 2 documents" in result.stdout


def test_speakers_csv(runner: CliRunner) -> None:
    result = run(runner, "speakers", str(SEEDS), "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(int(r["statements"]) >= 1 for r in rows)


def test_speakers_count_statements_by_gender(runner: CliRunner, tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Mrs. Ana Ruiz, the mayor, spoke on Monday. “We will win,” she said.\n\n"
                     "Mr. Tom Kent disagreed. “It is over,” he said. Lee Park said the vote "
                     "was close.\n", encoding="utf-8")
    rows = jsonl_records(run(runner, "speakers", str(story), "-f", "jsonl").stdout)
    assert {r["name"]: r["gender"] for r in rows} == {"Ana Ruiz": "female", "Tom Kent": "male",
                                                      "Lee Park": None}
    table = run(runner, "speakers", str(story), "--width", "120").stdout
    assert "female 1, male 1, unknown 1" in " ".join(table.split())


# -- eval -------------------------------------------------------------------------------------


def test_eval_on_quotekit_json_gold(runner: CliRunner, tmp_path: Path) -> None:
    start = STORY.index("We will")
    end = STORY.index(",”")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"text": STORY, "statements": [
        {"content": STORY[start:end], "start": start, "end": end, "kind": "direct",
         "speaker": "Ana Ruiz", "cue": None, "mention": None},
    ]}) + "\n", encoding="utf-8")
    errors, figures = tmp_path / "errors.jsonl", tmp_path / "figures.json"
    result = run(runner, "eval", str(gold), "--errors", str(errors), "--json", str(figures))
    assert result.exit_code == 0
    assert "overlap>0.3" in result.stdout and "errors by type:" in result.stdout
    data = json.loads(figures.read_text(encoding="utf-8"))
    assert data["documents"] == 1 and data["gold"] == 1
    assert data["scores"]["all"]["0.3"]["recall"] == 1.0
    for line in errors.read_text(encoding="utf-8").splitlines():
        assert "type" in json.loads(line)


def test_eval_with_a_named_gold(runner: CliRunner, tmp_path: Path) -> None:
    start = STORY.index("We will")
    end = STORY.index(",”")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "story", "text": STORY, "statements": [
        {"content": STORY[start:end], "start": start, "end": end, "kind": "direct",
         "speaker": "Ana Ruiz", "cue": None, "mention": None},
    ]}) + "\n", encoding="utf-8")
    named = tmp_path / "named.json"
    named.write_text(json.dumps({"records": [
        {"doc_id": "story", "content": [start, end], "name": "Ana Ruiz", "kind": "person"},
    ]}), encoding="utf-8")
    figures = tmp_path / "figures.json"
    result = run(runner, "eval", str(gold), "--named", str(named), "--json", str(figures))
    assert result.exit_code == 0
    assert "named gold: named 1/1 = 1.000" in result.stdout
    assert json.loads(figures.read_text(encoding="utf-8"))["named"]["named"] == 1
    bad = tmp_path / "bad.json"
    bad.write_text("[{}]", encoding="utf-8")
    failed = runner.invoke(cli.main, ["eval", str(gold), "--named", str(bad)])
    assert failed.exit_code == 1 and "cannot read the named gold" in failed.output


def test_eval_missing_gold(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli.main, ["eval", str(tmp_path / "nope")])
    assert result.exit_code == 2


# -- a real process ---------------------------------------------------------------------------


def test_console_script_in_a_subprocess(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\xff")
    proc = subprocess.run(
        [sys.executable, "-m", "quotekit.cli", "extract", str(SEED_FILES[0]), str(bad),
         "-f", "jsonl"],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert proc.returncode == cli.EXIT_FAILED
    assert "binary file" in proc.stderr
    assert "\x1b[" not in proc.stderr  # no colours nor progress bar when not a terminal
    records = jsonl_records(proc.stdout)
    assert records and {r["file"] for r in records} == {str(SEED_FILES[0])}


def test_n_process_gives_the_same_records(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00")
    one = run(runner, "extract", str(SEEDS), "-f", "jsonl")
    two = run(runner, "extract", str(SEEDS), str(bad), "-f", "jsonl", "--n-process", "2")
    assert two.exit_code == cli.EXIT_FAILED and "binary file" in two.stderr
    assert jsonl_records(two.stdout) == jsonl_records(one.stdout)
