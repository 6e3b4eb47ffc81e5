"""The public API: loading, the spaCy component, the one-call helper, serialisation."""

from __future__ import annotations

import json

import pytest
import spacy

import quotekit
from quotekit import Statement
from quotekit.model import ModelNotFoundError, load_pipeline

TEXT = ("“We will build the bridge,” Mayor Ellen Park said on Monday.\n\n"
        "The city council said the budget would be approved in May.")


def test_load_accepts_a_loaded_pipeline(quotekit_parser) -> None:
    parser = quotekit.load(quotekit_parser.nlp)
    assert parser.nlp is quotekit_parser.nlp
    assert "quotekit_paragraphs" in parser.nlp.pipe_names


def test_load_unknown_pipeline_says_what_to_install() -> None:
    with pytest.raises(ModelNotFoundError, match="pip install"):
        quotekit.load("no_such_pipeline_xyz")


def test_load_rejects_wrong_type() -> None:
    with pytest.raises(TypeError, match="pipeline name"):
        load_pipeline(42)  # type: ignore[arg-type]


def test_parser_needs_a_dependency_parser() -> None:
    with pytest.raises(ValueError, match="dependency parser"):
        quotekit.Parser(spacy.blank("en"))


def test_spacy_component_sets_doc_extensions(quotekit_parser) -> None:
    nlp = spacy.load(quotekit_parser.nlp.meta["lang"] + "_" + quotekit_parser.nlp.meta["name"])
    nlp.add_pipe("quotekit")
    doc = nlp(TEXT)
    names = [s.speaker.name for s in doc._.statements if s.speaker]
    assert "Ellen Park" in names
    assert {s.name for s in doc._.speakers} >= {"Ellen Park"}
    assert doc._.article.text == TEXT


def test_spacy_component_config_is_checked() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("quotekit")
    assert nlp.config["components"]["quotekit"] == {"factory": "quotekit", "scope": "speech",
                                                    "cue_policy": "default"}
    table = nlp.add_pipe("quotekit", name="t", config={"cue_policy": {"say": {"ccomp": 0.9}}})
    assert table.cue_policy == {("say", "ccomp"): 0.9}
    assert nlp.add_pipe("quotekit", name="all", config={"cue_policy": None}).cue_policy is None
    for bad in ("strict", {"say": 0.9}, {"say": {"ccomp": 1.5}}, 3):
        with pytest.raises(ValueError, match="cue_policy must be"):
            nlp.add_pipe("quotekit", name="bad", config={"cue_policy": bad})


def test_annotate_rejects_an_unknown_cue_policy() -> None:
    doc = spacy.blank("en")("He said so.")
    with pytest.raises(ValueError, match="cue_policy"):
        quotekit.annotate(doc, cue_policy="strict")


def test_extract_one_call() -> None:
    statements = quotekit.extract(TEXT)
    assert statements and all(isinstance(s, Statement) for s in statements)
    assert statements[0].content == "We will build the bridge"


def test_statement_dict_shape_and_round_trip(quotekit_parse) -> None:
    article = quotekit_parse(TEXT)
    assert len(article) >= 2
    for s in article:
        d = s.to_dict()
        assert {"content", "start", "end", "kind", "cue", "mention", "speaker", "confidence",
                "paragraph", "sentence"} <= set(d)
        assert TEXT[d["start"]:d["end"]] == d["content"]
        assert set(d["speaker"]) >= {"name", "kind", "titles", "affiliation", "aliases"}
        assert Statement.from_dict(json.loads(json.dumps(d))) == s
        assert 0.0 <= s.confidence <= 1.0
    assert quotekit.Article.from_dict(article.to_dict()) == article


def test_statements_carry_paragraph_and_sentence(quotekit_parse) -> None:
    article = quotekit_parse(TEXT)
    council = next(s for s in article if "budget" in s.content)
    assert council.paragraph == 1
    assert council.sentence >= 1
    assert council.kind == "indirect"
    assert council.evidence.rule.startswith("indirect:")
