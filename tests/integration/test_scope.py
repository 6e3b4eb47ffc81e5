"""What counts as a statement: the speech scope (the default) and the attribution scope."""

from __future__ import annotations

import json

import pytest
import spacy

import quotekit
from quotekit.evaluate import GoldAttribution, GoldDocument, evaluate
from quotekit.parser import Parser

TEXT = (
    "Officials plan to visit Seoul next week.\n\n"
    "The minister said the talks would resume in March.\n\n"
    "Polls show that voters are tired of the fight.\n\n"
    "Kim believes the deal is close.\n\n"
    "Lee believes the deal is “very close,” and he wants it signed.\n"
)


@pytest.fixture(scope="module")
def parsers(quotekit_parser: Parser) -> dict[str, Parser]:
    return {"speech": Parser(quotekit_parser.nlp),
            "attribution": Parser(quotekit_parser.nlp, scope="attribution")}


def _by_lemma(article: quotekit.Article) -> dict[str, quotekit.Statement]:
    return {s.cue.lemma: s for s in article.statements if s.cue is not None}


def test_default_scope_is_speech(parsers: dict[str, Parser]) -> None:
    assert parsers["speech"].scope == "speech"
    assert "scope='speech'" in repr(parsers["speech"])


def test_speech_scope_keeps_speech_and_quoted_words(parsers: dict[str, Parser]) -> None:
    found = _by_lemma(parsers["speech"].parse(TEXT))
    assert found["say"].content == "the talks would resume in March"
    assert found["say"].cue.kind == "speech"
    assert "plan" not in found and "show" not in found
    # a belief reported in the reporter's words is no statement; quoted words are
    quoted = [s for s in parsers["speech"].parse(TEXT).statements if s.kind != "indirect"]
    assert any("very close" in s.content for s in quoted)
    assert not any(s.content.startswith("the deal is close") for s in
                   parsers["speech"].parse(TEXT).statements)


def test_attribution_scope_adds_beliefs_plans_and_evidence(parsers: dict[str, Parser]) -> None:
    found = _by_lemma(parsers["attribution"].parse(TEXT))
    assert found["plan"].cue.kind == "intention"
    assert found["show"].cue.kind == "perception"
    assert found["believe"].cue.kind == "cognition"
    assert found["say"].cue.kind == "speech"


def test_cue_kind_is_serialised(parsers: dict[str, Parser]) -> None:
    article = parsers["attribution"].parse(TEXT)
    data = article.to_dict()
    kinds = {s["cue"]["lemma"]: s["cue"]["kind"] for s in data["statements"] if s["cue"]}
    assert kinds["say"] == "speech" and kinds["plan"] == "intention"
    assert quotekit.Article.from_dict(data) == article
    record = article.statements[0].to_record()
    assert record["cue_kind"] in (None, *quotekit.types.CUE_KINDS)


@pytest.mark.parametrize("scope", ["speech", "attribution"])
@pytest.mark.parametrize("text", [
    "Prices continued to rise in March.",
    "The company began to cut jobs last year.",
    "The economy seems to be slowing.",
])
def test_aspect_and_raising_verbs_never_report(parsers: dict[str, Parser], scope: str,
                                               text: str) -> None:
    assert parsers[scope].parse(text).statements == ()


def test_continue_with_a_quote_still_reports(parsers: dict[str, Parser]) -> None:
    text = "The senator spoke first.\n\nShe continued: “We will not give up on this bill.”\n"
    statements = parsers["speech"].parse(text).statements
    assert any(s.content.startswith("We will not give up") for s in statements)


def test_bad_scope_is_a_clear_error(quotekit_parser: Parser) -> None:
    with pytest.raises(ValueError, match="scope must be one of 'speech', 'attribution'"):
        Parser(quotekit_parser.nlp, scope="beliefs")
    with pytest.raises(ValueError, match="scope must be one of"):
        quotekit.load(quotekit_parser.nlp, scope="all")
    doc = quotekit_parser.nlp("He said it.")
    with pytest.raises(ValueError, match="scope must be one of"):
        quotekit.annotate(doc, scope="Speech")


def test_component_takes_the_scope(quotekit_parser: Parser) -> None:
    base = quotekit_parser.nlp  # the shared pipeline is left alone: a copy gets the component
    pipe = spacy.util.load_model_from_config(base.config, auto_fill=True)
    pipe.from_bytes(base.to_bytes())
    pipe.add_pipe("quotekit", config={"scope": "attribution"})
    doc = pipe("Officials plan to visit Seoul next week.")
    assert any(s.cue and s.cue.kind == "intention" for s in doc._.statements)
    with pytest.raises(ValueError, match="scope must be one of"):
        pipe.add_pipe("quotekit", name="bad", config={"scope": "everything"})


def test_cli_scope(runner, cli_parser, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from quotekit.cli import main

    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    speech = runner.invoke(main, ["extract", str(path), "-f", "jsonl"])
    broad = runner.invoke(main, ["extract", str(path), "-f", "jsonl", "--scope", "attribution"])
    assert speech.exit_code == 0 and broad.exit_code == 0, speech.output + broad.output
    rows = [[json.loads(line) for line in r.output.splitlines() if line.startswith("{")]
            for r in (speech, broad)]
    assert 0 < len(rows[0]) < len(rows[1])
    kinds = {row["cue"]["kind"] for row in rows[1] if row.get("cue")}
    assert {"speech", "intention"} <= kinds
    bad = runner.invoke(main, ["extract", str(path), "--scope", "beliefs"])
    assert bad.exit_code == 2 and "beliefs" in bad.output


def test_eval_speech_view_makes_non_speech_gold_optional(quotekit_parser: Parser) -> None:
    text = "Kim believes the deal is close. Lee said the talks would resume."
    believe = text.index("believes")
    said = text.index("said")
    gold = GoldDocument("d", text, (
        GoldAttribution(content=((believe + 9, text.index(".")),),
                        cue=((believe, believe + 8),)),
        GoldAttribution(content=((said + 5, len(text) - 1),), cue=((said, said + 4),)),
    ))
    speech = Parser(quotekit_parser.nlp)
    broad = Parser(quotekit_parser.nlp, scope="attribution")
    r_speech = evaluate([gold], speech)  # the scope comes from the parser
    r_broad = evaluate([gold], broad)
    assert r_speech.prf(0.3).gold == 1  # the belief is optional in the speech view
    assert r_speech.recall(0.3) == 1.0 and r_speech.precision(0.3) == 1.0
    assert r_broad.prf(0.3).gold == 2 and r_broad.recall(0.3) == 1.0
    # the broad parser scored in the speech view: its belief statement is neither hit nor false
    r_mixed = evaluate([gold], broad, scope="speech")
    assert r_mixed.prf(0.3).gold == 1 and r_mixed.precision(0.3) == 1.0


SECOND_HAND = ("Chinedu Okafor, the trade minister, arrived in Geneva on Monday.\n\n"
               "Okafor added that the deal was close, according to the agency.\n\n"
               "Officers saw the man leave the car, according to police.\n")


def test_speech_scope_gives_a_reported_attribution_to_its_speaker(
        parsers: dict[str, Parser]) -> None:
    # Okafor said it, the agency reports it
    art = parsers["speech"].parse(SECOND_HAND)
    (okafor,) = [s for s in art.statements if "deal was close" in s.content]
    assert okafor.speaker is not None and okafor.speaker.name == "Chinedu Okafor"
    assert okafor.reported_by is not None and okafor.reported_by.text == "the agency"
    assert SECOND_HAND[okafor.reported_by.start:okafor.reported_by.end] == "the agency"
    assert "according to" not in okafor.content
    assert okafor.to_dict()["reported_by"]["text"] == "the agency"


def test_attribution_scope_keeps_the_reporter_as_source(parsers: dict[str, Parser]) -> None:
    # PolNeAR's reading: the agency's attribution, whose content is Okafor's
    art = parsers["attribution"].parse(SECOND_HAND)
    (outer,) = [s for s in art.statements if "deal was close" in s.content]
    assert outer.mention is not None and outer.mention.text == "the agency"
    assert outer.content.startswith("Okafor added") and outer.reported_by is None


def test_what_an_according_to_reports_of_perception_stays_its_own(
        parsers: dict[str, Parser]) -> None:
    art = parsers["attribution"].parse(SECOND_HAND)
    (police,) = [s for s in art.statements if "leave the car" in s.content]
    assert police.mention is not None and police.mention.text == "police"


def test_according_to_data_or_a_poll_is_evidence() -> None:
    """'according to its own data', 'according to a Gallup poll': evidence (perception), not
    speech: only the attribution scope keeps it."""
    import quotekit

    text = "The city approved 1,200 permits last year, according to its own data."
    assert quotekit.load(scope="speech").parse(text).statements == ()
    [s] = quotekit.load(scope="attribution").parse(text).statements
    assert s.cue is not None and s.cue.kind == "perception"
