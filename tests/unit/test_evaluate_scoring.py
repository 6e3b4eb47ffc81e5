"""quotekit.evaluate scoring and report on hand-built gold and statements (no model)."""

from __future__ import annotations

import json

import pytest

from quotekit.evaluate import PRF, Accuracy, ErrorRecord, GoldAttribution, GoldDocument, score
from quotekit.evaluate.report import rule_label, speaker_label
from quotekit.evaluate.scoring import cue_correct, speaker_correct
from quotekit.types import Cue, Evidence, Span, Speaker, Statement

TEXT = (
    'Smith said "the plan is a disaster." '
    "Jones argued that taxes would rise next year. "
    "The weather was fine all week."
)


def _at(piece: str) -> tuple[int, int]:
    start = TEXT.index(piece)
    return start, start + len(piece)


QUOTE = _at('"the plan is a disaster."')
INDIRECT = _at("taxes would rise next year")
WEATHER = _at("The weather was fine all week")


def _gold() -> GoldDocument:
    return GoldDocument("doc", TEXT, (
        GoldAttribution(content=(QUOTE,), cue=(_at("said"),), source=(_at("Smith"),),
                        kind="quoted"),
        GoldAttribution(content=(INDIRECT,), cue=(_at("argued"),), source=(_at("Jones"),)),
    ))


def _statement(span: tuple[int, int], kind: str = "indirect", *, cue: str | None = None,
               mention: str | None = None, evidence: Evidence | str = "") -> Statement:
    c = None if cue is None else Cue(cue, *_at(cue), lemma=cue)
    m = None if mention is None else Span(mention, *_at(mention))
    return Statement(content=TEXT[span[0]:span[1]], start=span[0], end=span[1],
                     kind=kind, cue=c, mention=m,  # type: ignore[arg-type]
                     speaker=Speaker(mention) if mention else None, evidence=evidence)


def test_prf_figures_and_empty_denominators() -> None:
    prf = PRF(matched_gold=3, gold=4, matched_predictions=3, predictions=6)
    assert prf.precision == 0.5
    assert prf.recall == 0.75
    assert prf.f1 == pytest.approx(0.6)
    assert PRF(0, 0, 0, 0).f1 == 1.0  # nothing to find, nothing predicted
    assert PRF(0, 2, 0, 0).f1 == 0.0  # precision 1, recall 0
    assert PRF(0, 0, 0, 3).precision == 0.0
    assert Accuracy(0, 0).value is None
    assert Accuracy(1, 4).to_dict() == {"accuracy": 0.25, "correct": 1, "total": 4}


def test_perfect_prediction() -> None:
    preds = [
        _statement((QUOTE[0] + 1, QUOTE[1] - 1), "direct", cue="said", mention="Smith"),
        _statement(INDIRECT, cue="argued", mention="Jones"),
    ]
    result = score([_gold()], [preds])
    for group in ("all", "quoted", "indirect"):
        assert result.f1(group=group) == 1.0
        assert result.f1("exact", group) == 1.0
    assert result.cue_accuracy["all"] == Accuracy(2, 2)
    assert result.speaker_accuracy["quoted"] == Accuracy(1, 1)
    assert result.errors == []


def test_errors_and_figures() -> None:
    direct = Evidence("direct:cue-after-quote", None, "name", 1)
    indirect = Evidence("indirect:verb", "call for+phrasal", "pronoun", 0)
    preds = [
        # matches the quote at 0.3 (about half of it), not at 0.8; wrong speaker and cue
        _statement((QUOTE[0] + 1, QUOTE[0] + 14), "direct", cue="argued", mention="Jones",
                   evidence=direct),
        _statement(WEATHER, evidence=indirect),  # spurious
    ]
    result = score([_gold()], [preds])
    assert result.prf(0.3) == PRF(matched_gold=1, gold=2, matched_predictions=1, predictions=2)
    assert result.prf(0.8) == PRF(0, 2, 0, 2)
    assert result.prf(0.3, "quoted") == PRF(1, 1, 1, 1)
    assert result.prf(0.3, "indirect") == PRF(0, 1, 0, 1)
    assert result.speaker_accuracy["all"] == Accuracy(0, 1)
    assert result.cue_accuracy["quoted"] == Accuracy(0, 1)
    assert result.cue_accuracy["indirect"] == Accuracy(0, 0)
    assert [e.type for e in result.errors] == ["wrong_cue", "wrong_speaker", "missed",
                                               "spurious"]
    wrong_cue, wrong_speaker, missed, spurious = result.errors
    assert wrong_cue.pred_cue == "argued" and wrong_cue.gold_cue == "said"
    assert wrong_speaker.evidence == "direct:cue-after-quote; speaker:follows:name"
    assert wrong_speaker.rule == "direct:cue-after-quote"
    assert spurious.rule == "indirect:verb(call"  # the summary's word, cut at the space
    assert missed.rule == "(none)" and missed.gold_text == TEXT[INDIRECT[0]:INDIRECT[1]]
    record = json.loads(result.errors_jsonl().splitlines()[3])
    assert "evidence_parts" not in record
    assert record["evidence"] == "indirect:verb(call for+phrasal); speaker:pronoun"
    summary = result.error_summary()
    assert "wrong_speaker by speaker rule:\n       1  speaker:follows:name\n" in summary
    assert "spurious by rule:\n       1  indirect:verb(call\n" in summary


def test_error_record_from_a_string_only() -> None:
    record = ErrorRecord("d", "spurious", evidence="mixed:verb(say+ccomp); speaker:name")
    assert record.rule == "mixed:verb(say+ccomp)"
    assert speaker_label(record.structured_evidence) == "speaker:name"
    assert ErrorRecord("d", "missed").rule == "(none)"


@pytest.mark.parametrize(("evidence", "rule", "speaker"), [
    (Evidence("direct:cue-after-quote"), "direct:cue-after-quote", "(none)"),
    (Evidence("indirect:verb", "say+ccomp", "surname"), "indirect:verb(say+ccomp)",
     "speaker:surname"),
    (Evidence("direct:same-paragraph", None, "pronoun:last-speaker", 2),
     "direct:same-paragraph", "speaker:follows:follows:pronoun:last-speaker"),
    (Evidence("", None, "name"), "speaker:name", "speaker:name"),
    (Evidence(), "(none)", "(none)"),
])
def test_labels_equal_the_first_words_of_the_string(evidence: Evidence, rule: str,
                                                    speaker: str) -> None:
    assert rule_label(evidence) == rule
    assert speaker_label(evidence) == speaker
    words = str(evidence).replace(";", " ").split()
    assert rule == (words[0] if words else "(none)")


def test_speaker_and_cue_judges() -> None:
    gold = _gold().attributions[1]
    assert speaker_correct(gold, _statement(INDIRECT, mention="Jones")) is True
    assert speaker_correct(gold, _statement(INDIRECT, mention="Smith")) is False
    assert speaker_correct(gold, _statement(INDIRECT)) is False
    assert cue_correct(gold, _statement(INDIRECT, cue="argued")) is True
    assert cue_correct(gold, _statement(INDIRECT)) is False
    no_source = GoldAttribution(content=(INDIRECT,))
    assert speaker_correct(no_source, _statement(INDIRECT, mention="Jones")) is None
    assert cue_correct(no_source, _statement(INDIRECT, cue="argued")) is None
    named = GoldAttribution(content=(INDIRECT,), speaker_name="Jones")
    st = _statement(INDIRECT)
    assert speaker_correct(named, st) is False
    st = Statement(content=st.content, start=st.start, end=st.end, kind="indirect",
                   speaker=Speaker("Alice Jones", aliases=("A. Jones",)))
    assert speaker_correct(named, st) is True  # a one-word gold name: a last name
    assert speaker_correct(GoldAttribution(content=(INDIRECT,), speaker_name="Bob Jones"),
                           st) is False


def test_score_checks_its_input() -> None:
    with pytest.raises(ValueError, match="threshold"):
        score([_gold()], [[]], thresholds=())
    with pytest.raises(ValueError, match="1 gold documents but 0 predictions"):
        score([_gold()], [])


def test_named_accuracy_on_a_named_gold(tmp_path) -> None:
    from quotekit.evaluate import load_named

    path = tmp_path / "named.json"
    path.write_text(json.dumps({"records": [
        {"doc_id": "doc", "content": list(QUOTE), "source": list(_at("Smith")),
         "name": "Ann Smith", "kind": "person", "class": "surname"},
        {"doc_id": "doc", "content": list(INDIRECT), "name": "Jones", "kind": "person"},
        {"doc_id": "doc", "content": list(WEATHER), "name": "unnamed"},
        {"doc_id": "other", "content": [0, 5], "name": "Nobody"},
    ]}), encoding="utf-8")
    records = load_named(path)
    assert records[0].cls == "surname" and records[0].source == _at("Smith")
    preds = [_statement(QUOTE, "direct", mention="Smith"),
             _statement(INDIRECT, mention="Jones")]
    result = score([_gold()], [preds], named=records)
    named = result.named
    assert named is not None
    # the other document's record is left out; the weather is not found; Smith is no full name
    assert (named.records, named.found, named.named, named.kind) == (3, 2, 1, 1)
    assert named.accuracy == 0.5
    assert [r.name for r, _st in named.wrong] == ["Ann Smith"]
    assert result.to_dict()["named"]["accuracy"] == 0.5
    assert "named gold: named 1/2 = 0.500" in result.format_table()
    assert "named" not in score([_gold()], [preds]).to_dict()
