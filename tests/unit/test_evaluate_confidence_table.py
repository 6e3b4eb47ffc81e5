"""benchmarks/learn_confidence.py without a model: the table's read/rewrite logic on a temp
file, and the tallies over hand-built gold and statements."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from quotekit.evaluate import GoldAttribution, GoldDocument
from quotekit.types import Evidence, Span, Speaker, Statement

_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "learn_confidence.py"


@pytest.fixture(scope="module")
def lc():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("learn_confidence", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["learn_confidence"] = module
    spec.loader.exec_module(module)
    return module


TABLE = (
    "# quotekit confidences: a comment\n"
    "#   kept as it is\n"
    "stage\tkey\tvalue\tnote\n"
    "rule\tdirect:cue-after-quote\t0.9\tquote then cue\n"
    "rule\tindirect:verb\t0.75\tthe note stays\n"
    "rule\tdirect:cue-after-quote:short\t0.85\ta descriptive key\n"
    "\n"
    "speaker\tname\t1.0\tfull name\n"
    "speaker\tpronoun:last-speaker\t0.9\t\n"
    "default\tunresolved\t0.8\tno speaker\n"
)


def test_read_values(lc) -> None:  # type: ignore[no-untyped-def]
    values = lc.read_values(TABLE)
    assert values == {
        ("rule", "direct:cue-after-quote"): "0.9",
        ("rule", "indirect:verb"): "0.75",
        ("rule", "direct:cue-after-quote:short"): "0.85",
        ("speaker", "name"): "1.0",
        ("speaker", "pronoun:last-speaker"): "0.9",
        ("default", "unresolved"): "0.8",
    }


def test_rewrite_changes_only_the_values_given(lc) -> None:  # type: ignore[no-untyped-def]
    assert lc.rewrite(TABLE, {}) == TABLE
    out = lc.rewrite(TABLE, {("rule", "indirect:verb"): 0.7731, ("speaker", "name"): 0.93,
                             ("rule", "absent"): 0.5})
    assert out == TABLE.replace("indirect:verb\t0.75\t", "indirect:verb\t0.773\t").replace(
        "name\t1.0\tfull name", "name\t0.93\tfull name")


@pytest.mark.parametrize(("value", "text"), [(0.7731, "0.773"), (1.0, "1"), (0.0, "0"),
                                             (0.5, "0.5"), (0.9996, "1")])
def test_format_value(lc, value: float, text: str) -> None:  # type: ignore[no-untyped-def]
    assert lc.format_value(value) == text


def test_write_table_keeps_other_rows(lc, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "confidence.tsv"
    path.write_text(TABLE, encoding="utf-8")
    tallies = {
        ("rule", "indirect:verb"): lc.Tally(count=40, judged=40, right=31),  # written
        ("rule", "direct:cue-after-quote"): lc.Tally(count=5, judged=5, right=5),  # too few
        ("rule", "mixed:verb"): lc.Tally(count=50, judged=50, right=49),  # no row: not added
        ("speaker", "pronoun:last-speaker"): lc.Tally(count=30, judged=20, right=17),
        ("speaker", "name"): lc.Tally(count=25, judged=19, right=19),  # judged < 20
    }
    assert lc.write_table(path, tallies, 20) == 2
    expected = TABLE.replace("indirect:verb\t0.75\t", "indirect:verb\t0.775\t").replace(
        "pronoun:last-speaker\t0.9\t", "pronoun:last-speaker\t0.85\t")
    assert path.read_text(encoding="utf-8") == expected


def test_report_lists_current_values_and_unmeasured_rows(lc) -> None:  # type: ignore[no-untyped-def]
    tallies = {("rule", "indirect:verb"): lc.Tally(count=40, judged=40, right=30),
               ("rule", "mixed:verb"): lc.Tally(count=3, judged=3, right=3),
               ("speaker", "none"): lc.Tally(count=4)}
    text = lc.report(tallies, lc.read_values(TABLE), 20)
    lines = text.splitlines()
    verb = next(line for line in lines if "indirect:verb " in line)
    assert verb.split()[1:] == ["40", "40", "30", "0.750", "0.75", "yes"]
    mixed = next(line for line in lines if "mixed:verb" in line)
    assert mixed.split()[-2:] == ["-", "-"]
    none = next(line for line in lines if " none " in line)
    assert "n/a" in none
    assert lines[-1].startswith("table rows not measured (kept): rule direct:cue-after-quote=0.9")
    assert "default unresolved=0.8" in lines[-1]


TEXT = 'Smith said "the plan is good." Jones said taxes will rise. It rained all day long.'


def _at(piece: str) -> tuple[int, int]:
    start = TEXT.index(piece)
    return start, start + len(piece)


def _statement(piece: str, rule: str, strategy: str | None, mention: str | None,
               speaker: str | None = None) -> Statement:
    start, end = _at(piece)
    m = None if mention is None else Span(mention, *_at(mention))
    return Statement(
        content=piece, start=start, end=end, kind="indirect", mention=m,
        speaker=Speaker(speaker) if speaker else None,
        evidence=Evidence(rule=rule, cue="say+ccomp", speaker=strategy),
    )


def test_measure_document(lc) -> None:  # type: ignore[no-untyped-def]
    gold = GoldDocument("d", TEXT, (
        GoldAttribution(content=(_at("the plan is good."),), source=(_at("Smith"),),
                        kind="quoted"),
        GoldAttribution(content=(_at("taxes will rise"),), source=(_at("Jones"),)),
    ))
    statements = [
        _statement("the plan is good.", "direct:x", "name", "Smith", "Smith"),  # right
        _statement("taxes will rise", "indirect:verb", "name", "Smith", "Smith"),  # wrong
        _statement("It rained all day long", "indirect:verb", "name", "Jones", "Jones"),
        _statement("rained all day", "indirect:verb", "none", None),  # no speaker
    ]
    tallies: dict = {}
    lc.measure_document(tallies, gold, statements)
    assert tallies[("rule", "direct:x")] == lc.Tally(1, 1, 1)
    assert tallies[("rule", "indirect:verb")] == lc.Tally(3, 3, 1)
    assert tallies[("speaker", "name")] == lc.Tally(3, 2, 1)  # the spurious one is not judged
    assert tallies[("speaker", "none")] == lc.Tally(1, 0, 0)
    assert tallies[("speaker", "none")].precision is None
    assert lc.learned(tallies, 2) == {("rule", "indirect:verb"): 1 / 3,
                                      ("speaker", "name"): 0.5}
