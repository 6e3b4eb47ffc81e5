"""Tests for quotekit.evaluate on small hand-made gold (no spaCy needed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quotekit.evaluate import (
    GoldAttribution,
    GoldDocument,
    corpus_stats,
    evaluate,
    gold_kind,
    gold_units,
    has_quote_marks,
    load_brat,
    load_gold,
    load_quotekit_json,
    match_units,
    score,
)
from quotekit.types import Article, Cue, Span, Speaker, Statement

TEXT = (
    'Smith said the plan was "a disaster for everyone." '
    "Jones argued that taxes would rise next year. "
    "The weather was fine."
)


def _at(text: str, piece: str, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(piece, start + 1)
    return start, start + len(piece)


# Gold of TEXT: one quoted content (with source and cue), one indirect.
QUOTE = _at(TEXT, '"a disaster for everyone."')
QUOTE_INNER = _at(TEXT, "a disaster for everyone.")
SMITH = _at(TEXT, "Smith")
SAID = _at(TEXT, "said")
INDIRECT = _at(TEXT, "taxes would rise next year")
JONES = _at(TEXT, "Jones")
ARGUED = _at(TEXT, "argued")


def _gold_doc() -> GoldDocument:
    return GoldDocument(
        "doc",
        TEXT,
        (
            GoldAttribution(content=(QUOTE,), cue=(SAID,), source=(SMITH,), kind="quoted"),
            GoldAttribution(content=(INDIRECT,), cue=(ARGUED,), source=(JONES,), kind="indirect"),
        ),
    )


def _st(
    span: tuple[int, int],
    kind: str = "indirect",
    cue: tuple[int, int] | None = None,
    mention: tuple[int, int] | None = None,
    speaker: Speaker | None = None,
    text: str = TEXT,
    evidence: str = "test:rule; speaker:test",
) -> Statement:
    start, end = span
    return Statement(
        content=text[start:end],
        start=start,
        end=end,
        kind=kind,  # type: ignore[arg-type]
        cue=Cue(text[cue[0] : cue[1]], cue[0], cue[1], "say") if cue else None,
        mention=Span(text[mention[0] : mention[1]], *mention) if mention else None,
        speaker=speaker,
        evidence=evidence,
    )


def _perfect() -> list[Statement]:
    return [
        _st(QUOTE_INNER, "direct", SAID, SMITH, Speaker("Smith")),
        _st(INDIRECT, "indirect", ARGUED, JONES, Speaker("Jones")),
    ]


def _all_figures(result) -> dict[str, float | None]:  # type: ignore[no-untyped-def]
    figures: dict[str, float | None] = {}
    for group, by_key in result.scores.items():
        for key, prf in by_key.items():
            for name in ("precision", "recall", "f1"):
                figures[f"{group}/{key}/{name}"] = getattr(prf, name)
    for group, acc in result.cue_accuracy.items():
        figures[f"{group}/cue"] = acc.value
    for group, acc in result.speaker_accuracy.items():
        figures[f"{group}/speaker"] = acc.value
    return figures


def _changed(base: dict[str, float | None], other: dict[str, float | None]) -> set[str]:
    return {k for k in base if base[k] != other[k]}


# --------------------------------------------------------------------------------------------
# Quote marks
# --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“in their heads”", True),
        ("he was ‘in their heads’ all along", True),
        ('"plain"', True),
        ("''NYT style''", True),
        ("« bonjour »", True),
        ("Clinton’s plan was bad", False),
        ("the voters’ views and Trump's", False),
        ("it isn't so", False),
        ("taxes would rise", False),
    ],
)
def test_has_quote_marks(text: str, expected: bool) -> None:
    assert has_quote_marks(text) is expected
    assert gold_kind(text) == ("quoted" if expected else "indirect")


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------


def test_perfect_prediction_scores_one_everywhere() -> None:
    result = score([_gold_doc()], [Article(TEXT, _perfect())])
    figures = _all_figures(result)
    assert all(v == 1.0 for v in figures.values()), figures
    assert (result.gold, result.predictions, result.matches) == (2, 2, 2)
    assert result.errors == []
    assert result.f1() == 1.0 and result.f1(0.8, "quoted") == 1.0
    assert result.prf("exact", "indirect").f1 == 1.0


def test_missing_prediction_lowers_recall_only() -> None:
    base = _all_figures(score([_gold_doc()], [_perfect()]))
    result = score([_gold_doc()], [_perfect()[:1]])
    figures = _all_figures(result)
    changed = _changed(base, figures)
    assert changed
    # Recall (and F1) drop; the indirect group has no matched pair left to judge cue and
    # speaker on, so its accuracies become n/a (None) rather than lower.
    assert all(
        k.endswith(("/recall", "/f1")) or (k.startswith("indirect/") and figures[k] is None)
        for k in changed
    ), changed
    assert all(figures[k] == 1.0 for k in figures if k.endswith("/precision"))
    assert result.recall(0.3) == 0.5
    assert result.recall(0.3, "indirect") == 0.0 and result.recall(0.3, "quoted") == 1.0
    assert [e.type for e in result.errors] == ["missed"]
    assert result.errors[0].gold_kind == "indirect" and result.errors[0].gold_cue == "argued"


def test_spurious_prediction_lowers_precision_only() -> None:
    base = _all_figures(score([_gold_doc()], [_perfect()]))
    extra = _st(_at(TEXT, "The weather was fine"), "indirect", evidence="indirect:bogus")
    result = score([_gold_doc()], [[*_perfect(), extra]])
    figures = _all_figures(result)
    changed = _changed(base, figures)
    assert changed
    assert all(k.endswith(("/precision", "/f1")) for k in changed), changed
    assert result.precision(0.3) == pytest.approx(2 / 3)
    assert result.precision(0.3, "indirect") == 0.5
    assert result.precision(0.3, "quoted") == 1.0
    assert [e.type for e in result.errors] == ["spurious"]
    assert result.errors[0].rule == "indirect:bogus"
    assert "indirect:bogus" in result.error_summary()


def test_wrong_speaker_lowers_speaker_accuracy_only() -> None:
    base = _all_figures(score([_gold_doc()], [_perfect()]))
    preds = _perfect()
    preds[1] = _st(INDIRECT, "indirect", ARGUED, SMITH, Speaker("Smith"))
    result = score([_gold_doc()], [preds])
    figures = _all_figures(result)
    assert _changed(base, figures) == {"all/speaker", "indirect/speaker"}
    assert result.speaker_accuracy["all"].value == 0.5
    assert result.speaker_accuracy["indirect"].value == 0.0
    assert [e.type for e in result.errors] == ["wrong_speaker"]
    assert result.errors[0].pred_mention == "Smith"


def test_wrong_or_missing_cue_lowers_cue_accuracy() -> None:
    preds = _perfect()
    preds[0] = _st(QUOTE_INNER, "direct", None, SMITH, Speaker("Smith"))
    result = score([_gold_doc()], [preds])
    assert result.cue_accuracy["all"].value == 0.5
    assert result.cue_accuracy["quoted"].value == 0.0
    assert result.f1() == 1.0 and result.speaker_accuracy["all"].value == 1.0
    assert [e.type for e in result.errors] == ["wrong_cue"]


def test_threshold_half_coverage() -> None:
    start, end = INDIRECT
    half = (start, start + (end - start) // 2 + 1)  # a little over 50%
    doc = GoldDocument("d", TEXT, (GoldAttribution(content=(INDIRECT,)),))
    result = score([doc], [[_st(half)]], thresholds=(0.3, 0.8))
    assert result.recall(0.3) == 1.0 and result.precision(0.3) == 1.0
    assert result.recall(0.8) == 0.0 and result.precision(0.8) == 0.0
    assert result.prf("exact").f1 == 0.0


def test_threshold_is_strict() -> None:
    units = [(0, 10)]
    assert match_units(units, [(0, 3)], 0.3) == {}
    assert match_units(units, [(0, 4)], 0.3) == {0: 0}


def test_exact_match_ignores_quotes_punctuation_and_space() -> None:
    doc = GoldDocument("d", TEXT, (GoldAttribution(content=(QUOTE,), kind="quoted"),))
    inner = _at(TEXT, "a disaster for everyone")
    assert score([doc], [[_st(inner, "direct")]]).prf("exact").f1 == 1.0
    shorter = _at(TEXT, "a disaster for")
    assert score([doc], [[_st(shorter, "direct")]]).prf("exact").f1 == 0.0


def test_discontiguous_gold_is_scored_piece_by_piece() -> None:
    text = '"We will win," she said, "and we will win big."'
    first, second = _at(text, '"We will win,"'), _at(text, '"and we will win big."')
    tiny = _at(text, ",", 1)
    doc = GoldDocument("d", text, (GoldAttribution(content=(first, tiny, second), kind="quoted"),))
    assert [(u.start, u.end) for u in gold_units(doc)] == [first, second]  # "," is < 3 chars
    one = score([doc], [[_st(first, "direct", text=text)]])
    assert (one.gold, one.matches) == (2, 1)
    assert one.recall() == 0.5 and one.precision() == 1.0
    both = score([doc], [[_st(first, "direct", text=text), _st(second, "direct", text=text)]])
    assert both.f1() == 1.0 and both.f1(0.8) == 1.0


def test_matching_is_one_to_one() -> None:
    text = "aaaaaaaaaa bbbbbbbbbb"
    a, b = _at(text, "aaaaaaaaaa"), _at(text, "bbbbbbbbbb")
    doc = GoldDocument("d", text, (GoldAttribution(content=(a,)), GoldAttribution(content=(b,))))
    whole = _st((0, len(text)), text=text)
    result = score([doc], [[whole]])
    assert result.matches == 1
    assert result.recall() == 0.5 and result.precision() == 1.0
    # Greedy in text order: the first unit takes the prediction, the second is missed.
    assert [(e.type, e.gold_start) for e in result.errors] == [("missed", b[0])]
    # Earliest-start tie-break: with two qualifying predictions the earlier one is taken.
    assert match_units([a, b], [(b[0], b[1]), (0, len(text))], 0.3) == {0: 1, 1: 0}


def test_quoted_indirect_split_counts_each_side_by_its_own_kind() -> None:
    # The gold quote is predicted as "indirect": recall counts for the quoted group (gold
    # kind), precision for the indirect group (prediction kind).
    preds = [
        _st(QUOTE_INNER, "indirect", SAID, SMITH),
        _st(INDIRECT, "indirect", ARGUED, JONES),
    ]
    result = score([_gold_doc()], [preds])
    quoted, indirect = result.prf(0.3, "quoted"), result.prf(0.3, "indirect")
    assert (quoted.gold, quoted.matched_gold, quoted.predictions) == (1, 1, 0)
    assert quoted.recall == 1.0 and quoted.precision == 1.0  # no quoted prediction: vacuous
    assert (indirect.gold, indirect.predictions, indirect.matched_predictions) == (1, 2, 2)
    assert indirect.precision == 1.0 and indirect.recall == 1.0
    assert result.f1() == 1.0


def test_result_outputs() -> None:
    preds = [*_perfect()[:1], _st(_at(TEXT, "The weather was fine"), evidence="x:y; speaker:z")]
    result = score([_gold_doc()], [preds])
    table = result.format_table()
    for word in ("all", "quoted", "indirect", "overlap>0.3", "overlap>0.8", "exact", "F1"):
        assert word in table
    data = result.to_dict()
    json.dumps(data)
    assert data["scores"]["all"]["0.3"]["gold"] == 2
    lines = result.errors_jsonl().splitlines()
    assert sorted(json.loads(line)["type"] for line in lines) == ["missed", "spurious"]
    assert all(json.loads(line)["context"] for line in lines)
    summary = result.error_summary()
    assert "missed by gold kind" in summary and "argued" in summary


# --------------------------------------------------------------------------------------------
# Predictors
# --------------------------------------------------------------------------------------------


class _Parser:
    def __init__(self) -> None:
        self.piped = False

    def parse(self, text: str) -> Article:
        return Article(text, _perfect() if text == TEXT else ())

    def pipe(self, texts):  # type: ignore[no-untyped-def]
        self.piped = True
        for text in texts:
            yield self.parse(text)


def test_evaluate_prefers_pipe_and_accepts_parse_or_callable() -> None:
    parser = _Parser()
    assert evaluate([_gold_doc()], parser).f1() == 1.0
    assert parser.piped

    class OnlyParse:
        def parse(self, text: str) -> Article:
            return Article(text, _perfect())

    assert evaluate([_gold_doc()], OnlyParse()).f1() == 1.0
    assert evaluate([_gold_doc()], lambda text: _perfect()).f1() == 1.0
    with pytest.raises(TypeError):
        evaluate([_gold_doc()], object())


# --------------------------------------------------------------------------------------------
# brat gold
# --------------------------------------------------------------------------------------------


def _brat_folder(tmp_path: Path, docs: dict[str, tuple[str, dict[str, str]]]) -> Path:
    """docs: doc id -> (text, {annotator: ann text})."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for doc_id, (text, anns) in docs.items():
        (tmp_path / "text" / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        for annotator, ann in anns.items():
            path = tmp_path / "attributions" / f"{doc_id}_{annotator}.ann"
            path.write_text(ann, encoding="utf-8")
    return tmp_path


def _t(tid: str, label: str, text: str, *pieces: tuple[int, int], ann: str | None = None) -> str:
    offsets = ";".join(f"{s} {e}" for s, e in pieces)
    shown = ann if ann is not None else " ".join(text[s:e] for s, e in pieces)
    return f"{tid}\t{label} {offsets}\t{shown}\n"


BRAT_TEXT = (
    "Smith said the plan was “a disaster.” "
    "Taxes will rise, the report found. "
    "Jones believes ‘it works’ fine. "
    "Clinton’s aides hope to win. "
    "Stray content here."
)


def _brat_ann() -> str:
    t = BRAT_TEXT
    plan = _at(t, "the plan was “a disaster.”")
    taxes = _at(t, "Taxes will rise")
    jones_content = _at(t, "‘it works’ fine")
    return "".join(
        [
            _t("T1", "Source", t, _at(t, "Smith")),
            _t("T2", "Cue", t, _at(t, "said")),
            _t("T3", "Content", t, plan),
            _t("T4", "Attribution", t, _at(t, "said")),
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
            # no Source
            _t("T5", "Cue", t, _at(t, "found")),
            _t("T6", "Content", t, taxes),
            _t("T7", "Attribution-no-source", t, _at(t, "found")),
            "E2\tAttribution-no-source:T7 Cue:T5 Content:T6\n",
            # no Cue, parts in another order, a wrong annotated text (offsets trusted)
            _t("T8", "Content", t, jones_content, ann="something else"),
            _t("T9", "Source", t, _at(t, "Jones")),
            "E3\tSource:T9 Content:T8\n",
            # discontiguous content, pieces written out of text order
            _t("T10", "Content", t, _at(t, "hope to win"), _at(t, "Clinton’s aides")),
            _t("T11", "Cue", t, _at(t, "hope")),
            "E4\tCue:T11 Content:T10\n",
            # annotator notes and an orphan content with no E line
            _t("T12", "Discuss", t, _at(t, "Stray")),
            _t("T13", "Discard", t, _at(t, "here")),
            _t("T14", "Content", t, _at(t, "Stray content here")),
            "#1\tAnnotatorNotes T12\tA note\nthat runs on\n",
        ]
    )


def test_brat_loading_with_missing_parts(tmp_path: Path) -> None:
    folder = _brat_folder(
        tmp_path,
        {
            "doc_a": (BRAT_TEXT, {"b2": "", "a1": _brat_ann()}),  # a1 sorts first
            "doc_b": ("No annotation file here.", {}),
        },
    )
    docs = load_gold(folder)
    assert [d.doc_id for d in docs] == ["doc_a", "doc_b"]
    doc = docs[0]
    t = BRAT_TEXT
    assert doc.offset_mismatches == 1
    assert docs[1].attributions == ()
    by_text = {" ".join(t[s:e] for s, e in a.content): a for a in doc.attributions}
    assert set(by_text) == {
        "the plan was “a disaster.”",
        "Taxes will rise",
        "‘it works’ fine",
        "Clinton’s aides hope to win",
        "Stray content here",
    }
    smith = by_text["the plan was “a disaster.”"]
    assert smith.source == (_at(t, "Smith"),) and smith.cue == (_at(t, "said"),)
    assert smith.kind == "quoted"
    taxes = by_text["Taxes will rise"]
    assert taxes.source is None and taxes.cue == (_at(t, "found"),)
    assert taxes.kind == "indirect"
    jones = by_text["‘it works’ fine"]
    assert jones.cue is None and jones.source == (_at(t, "Jones"),) and jones.kind == "quoted"
    clinton = by_text["Clinton’s aides hope to win"]
    assert clinton.content == (_at(t, "Clinton’s aides"), _at(t, "hope to win"))
    assert clinton.kind == "indirect"
    stray = by_text["Stray content here"]
    assert stray.source is None and stray.cue is None
    assert [a.content[0][0] for a in doc.attributions] == sorted(
        a.content[0][0] for a in doc.attributions
    )
    stats = corpus_stats(docs)
    assert stats["documents"] == 2 and stats["attributions"] == 5
    assert stats["content_pieces"] == 6 and stats["quoted_attributions"] == 2
    assert stats["offset_mismatches"] == 1


def test_brat_end_to_end(tmp_path: Path) -> None:
    folder = _brat_folder(tmp_path, {"doc_a": (BRAT_TEXT, {"a1": _brat_ann()})})
    t = BRAT_TEXT
    preds = [
        _st(_at(t, "the plan was “a disaster.”"), "mixed", _at(t, "said"), _at(t, "Smith"), text=t),
        _st(_at(t, "Taxes will rise"), "indirect", _at(t, "found"), text=t),
    ]
    result = evaluate(folder, lambda text: preds)
    assert result.gold == 6 and result.matches == 2
    assert result.precision() == 1.0 and result.recall() == pytest.approx(2 / 6)
    assert result.cue_accuracy["all"].value == 1.0
    assert result.speaker_accuracy["all"].value == 1.0  # only the Smith pair has a source
    assert load_brat(folder) == load_gold(folder)


# --------------------------------------------------------------------------------------------
# quotekit JSON gold
# --------------------------------------------------------------------------------------------


def _json_article() -> dict[str, object]:
    return {
        "text": TEXT,
        "statements": [
            {
                "content": TEXT[QUOTE_INNER[0] : QUOTE_INNER[1]],
                "start": QUOTE_INNER[0],
                "end": QUOTE_INNER[1],
                "kind": "direct",
                "cue": None,
                "mention": None,
                "speaker": "John Smith",
            },
            {
                "content": TEXT[INDIRECT[0] : INDIRECT[1]],
                "start": INDIRECT[0],
                "end": INDIRECT[1],
                "speaker": "Jones",  # surname only, no kind given
            },
        ],
    }


def test_json_gold_with_bare_speaker_names(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(_json_article()), encoding="utf-8")
    (doc,) = load_gold(path)
    quote, indirect = doc.attributions
    assert quote.speaker_name == "John Smith" and quote.source is None and quote.cue is None
    assert quote.kind == "quoted" and indirect.kind == "indirect"
    assert doc.doc_id == "gold:0"

    right = [
        _st(QUOTE_INNER, "direct", speaker=Speaker("Smith", aliases=("John Smith", "Smith"))),
        _st(INDIRECT, "indirect", speaker=Speaker("Sarah Jones")),
    ]
    result = evaluate(path, lambda text: right)
    assert result.f1() == 1.0
    assert result.speaker_accuracy["all"].value == 1.0
    assert result.cue_accuracy["all"].value is None  # no gold cues

    wrong = [
        _st(QUOTE_INNER, "direct", speaker=Speaker("Jane Smith")),
        _st(INDIRECT, "indirect"),
    ]
    result = evaluate(path, lambda text: wrong)
    assert result.f1() == 1.0 and result.speaker_accuracy["all"].value == 0.0
    assert sorted(e.type for e in result.errors) == ["wrong_speaker", "wrong_speaker"]


def test_json_gold_formats(tmp_path: Path) -> None:
    article = _json_article()
    statement = Statement.from_dict(
        {**article["statements"][0], "speaker": None}  # type: ignore[index, dict-item]
    )
    full = {
        "id": "full",
        "text": TEXT,
        "statements": [
            _st(INDIRECT, "indirect", ARGUED, JONES, Speaker("Jones")).to_dict(),
            statement.to_dict(),
        ],
    }
    (tmp_path / "many.json").write_text(json.dumps([article, full]), encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text(
        json.dumps(article) + "\n\n" + json.dumps(full) + "\n", encoding="utf-8"
    )
    docs = load_quotekit_json(tmp_path)
    assert [d.doc_id for d in docs] == ["lines:0", "full", "many:0", "full"]
    a = docs[1].attributions[1]
    assert a.source == (JONES,) and a.cue == (ARGUED,) and a.speaker_name == "Jones"
    assert all(d.offset_mismatches == 0 for d in docs)
    assert load_gold(tmp_path / "lines.jsonl") == docs[:2]


# --------------------------------------------------------------------------------------------
# Real corpus (train split only), skipped where absent
# --------------------------------------------------------------------------------------------

POLNEAR_TRAIN = Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "polnear" / "train"


@pytest.mark.skipif(not POLNEAR_TRAIN.is_dir(), reason="PolNeAR train split not available")
def test_polnear_train_loads() -> None:
    docs = load_brat(POLNEAR_TRAIN)
    stats = corpus_stats(docs)
    assert stats["documents"] == 840
    assert stats["attributions"] > 15000
    assert 0.2 < stats["share_quoted"] < 0.45
    assert stats["offset_mismatches"] < 0.01 * stats["content_pieces"]
