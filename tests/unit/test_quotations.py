"""Article.quotations: every quoted span of the text, tied to its statement or to none.

The mapping is tested on a Context of a blank-tokenized Doc (no trained pipeline) and
hand-made statements; the class's serialisation on its own.
"""

from __future__ import annotations

import json

import pytest
import spacy

from quotekit import Article, Quotation, Statement
from quotekit.pipeline.assemble import link_quotations
from quotekit.pipeline.context import Context

_NLP = spacy.blank("en")


def statement(text: str, words: str, kind: str = "direct") -> Statement:
    start = text.index(words)
    return Statement(content=words, start=start, end=start + len(words), kind=kind)  # type: ignore[arg-type]


def linked(text: str, *statements: Statement) -> list[tuple[str, int | None]]:
    quotations = link_quotations(Context(_NLP(text)), list(statements))
    for q in quotations:
        assert text[q.start:q.end] == q.text
    return [(q.text, q.statement) for q in quotations]


def test_scare_quotes_and_titles_have_no_statement() -> None:
    text = ("Critics call the plan a “boondoggle”. The novel ‘War and Peace’ sold well.\n"
            "“We will not back down,” the mayor said.")
    said = statement(text, "We will not back down")
    assert linked(text, said) == [("boondoggle", None), ("War and Peace", None),
                                  ("We will not back down,", 0)]


def test_a_quotation_inside_a_reported_statement_is_that_statement() -> None:
    text = "The mayor said the plan was a “disaster” and “a waste”. He left."
    mixed = statement(text, "the plan was a “disaster” and “a waste”", "mixed")
    assert linked(text, mixed) == [("disaster", 0), ("a waste", 0)]


def test_the_statement_overlapping_most_wins_and_indices_follow_text_order() -> None:
    text = "He said “one two three four” and she said “five”."
    first = statement(text, "one two")
    second = statement(text, "three four")
    third = statement(text, "five")
    assert linked(text, first, second, third) == [("one two three four", 1), ("five", 2)]
    # on a tie, the first statement in text order
    text = "“ab cd”"
    assert linked(text, statement(text, "ab"), statement(text, "cd")) == [("ab cd", 0)]


def test_spaced_guillemets_and_latex_quotes_leave_out_marks_and_spaces() -> None:
    text = "Il a dit « Jamais ». He said ``never'' and ‹\u00a0non\u00a0›."
    assert linked(text) == [("Jamais", None), ("never", None), ("non", None)]


def test_a_quotation_over_paragraphs_is_one_per_paragraph() -> None:
    text = "He said: “We will win.\n\n“And we will fight,” he added."
    quotations = link_quotations(Context(_NLP(text)), [statement(text, "And we will fight")])
    assert [(q.text, q.statement, q.paragraph) for q in quotations] == [
        ("We will win.", None, 0), ("And we will fight,", 0, 1)]


def test_quotation_round_trip_and_checks() -> None:
    q = Quotation("boondoggle", 24, 34, statement=None, paragraph=2)
    assert q.to_dict() == {"text": "boondoggle", "start": 24, "end": 34, "statement": None,
                           "paragraph": 2}
    assert Quotation.from_dict(json.loads(json.dumps(q.to_dict()))) == q
    assert Quotation.from_dict({"text": "x", "start": 0, "end": 1, "statement": 0}).statement == 0
    with pytest.raises(ValueError, match=r"Quotation\.from_dict"):
        Quotation.from_dict({"text": "x", "start": 3, "end": 1})
    with pytest.raises(ValueError, match="statement"):
        Quotation("x", 0, 1, statement=-1)


def test_article_dict_holds_the_quotations() -> None:
    text = "Critics call it a “boondoggle”."
    article = Article(text=text, quotations=[Quotation("boondoggle", 19, 29)])
    data = article.to_dict()
    assert set(data) == {"text", "statements", "speakers", "quotations"}
    assert data["quotations"] == [{"text": "boondoggle", "start": 19, "end": 29,
                                   "statement": None, "paragraph": 0}]
    assert Article.from_dict(json.loads(json.dumps(data))) == article
    # a dict written before quotations existed still reads
    del data["quotations"]
    assert Article.from_dict(data).quotations == ()
