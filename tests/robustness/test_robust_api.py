"""The library's outer ring on hostile use (issue 15): ``Parser.pipe`` arguments, the spaCy
component's Docs serialising, long paragraphs cut at sentence ends, ``quotekit.load(nlp)``
leaving the caller's pipeline alone, and ``from_dict`` naming bad fields."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, DocBin

import quotekit
from quotekit import Parser
from quotekit._chunks import chunks
from quotekit.types import Article, Speaker, Statement

TEXT = ("“Taxes will fall,” Finance Minister Jo Park said on Monday. "
        "The opposition leader said the plan would fail.")


@pytest.fixture(scope="module")
def model_name(quotekit_parser: Parser) -> str:
    """The package name of the session's pipeline."""
    return quotekit_parser.nlp.meta["lang"] + "_" + quotekit_parser.nlp.meta["name"]


def brief(article: Article) -> list[tuple[int, int, str, str | None]]:
    return [(s.start, s.end, s.kind, s.speaker_name) for s in article]


# -- 3: pipe arguments ------------------------------------------------------------------------

@pytest.mark.parametrize(("kwargs", "error", "words"), [
    ({"batch_size": 0}, ValueError, "batch_size must be >= 1"),
    ({"batch_size": -1}, ValueError, "batch_size must be >= 1"),
    ({"batch_size": 2.5}, TypeError, "batch_size must be an int"),
    ({"n_process": "2"}, TypeError, "n_process must be an int"),
    ({"n_process": 0}, ValueError, "n_process must be >= 1"),
    ({"n_process": True}, TypeError, "n_process must be an int"),
])
def test_pipe_refuses_bad_arguments(quotekit_parser: Parser, kwargs: dict, error: type,
                                    words: str) -> None:
    with pytest.raises(error, match=words):
        quotekit_parser.pipe([TEXT], **kwargs)


def test_pipe_refuses_one_string(quotekit_parser: Parser) -> None:
    with pytest.raises(TypeError, match=r"not one text.*pipe\(\[text\]\)"):
        quotekit_parser.pipe(TEXT)


# -- 4: the component's Docs serialise --------------------------------------------------------

@pytest.fixture(scope="module")
def component_nlp(model_name: str) -> spacy.language.Language:
    nlp = spacy.load(model_name)
    nlp.add_pipe("quotekit")
    return nlp


def test_component_docs_serialise(component_nlp: spacy.language.Language) -> None:
    doc = component_nlp(TEXT)
    expected = brief(doc._.article)
    assert expected and doc._.article is doc._.article
    assert [s.speaker_name for s in doc._.statements] == [e[3] for e in expected]
    assert doc._.speakers == list(doc._.article.speakers)
    back = Doc(component_nlp.vocab).from_bytes(doc.to_bytes())
    assert brief(back._.article) == expected
    bin_ = DocBin(store_user_data=True)
    bin_.add(doc)
    (loaded,) = DocBin().from_bytes(bin_.to_bytes()).get_docs(component_nlp.vocab)
    assert brief(loaded._.article) == expected
    assert loaded._.statements == doc._.statements


def test_component_in_spacys_worker_processes(component_nlp: spacy.language.Language) -> None:
    docs = list(component_nlp.pipe([TEXT, TEXT], n_process=2, batch_size=1))
    assert [brief(d._.article) for d in docs] == [brief(component_nlp(TEXT)._.article)] * 2


# -- 6: long paragraphs are cut at a sentence end ---------------------------------------------

def test_pieces_end_at_sentence_ends_within_a_paragraph() -> None:
    text = " ".join([TEXT] * 30)
    pieces = chunks(text, 700)
    assert "".join(pieces) == text and len(pieces) > 1
    assert all(p.rstrip().endswith((".", "”")) for p in pieces[:-1]), [p[-20:] for p in pieces]


@pytest.mark.parametrize("limit", [200, 270, 354])
def test_nothing_lost_in_one_long_paragraph(quotekit_parser: Parser, limit: int) -> None:
    text = " ".join([TEXT] * 12)
    whole = brief(quotekit_parser.parse(text))
    saved = quotekit_parser.nlp.max_length
    quotekit_parser.nlp.max_length = limit
    try:
        assert brief(quotekit_parser.parse(text)) == whole
        assert brief(next(iter(quotekit_parser.pipe([text])))) == whole
    finally:
        quotekit_parser.nlp.max_length = saved


# -- 9: quotekit.load(nlp) leaves the caller's pipeline alone ---------------------------------

def test_load_does_not_change_the_callers_pipeline(model_name: str,
                                                   quotekit_parser: Parser) -> None:
    nlp = spacy.load(model_name)
    names = list(nlp.pipe_names)
    parser = quotekit.load(nlp)
    assert nlp.pipe_names == names
    # the paragraph breaks still apply: same result as the parser quotekit loads itself
    text = "Budget day\n“Taxes will fall,” Jo Park said.\nBy a reporter\nShe said it would."
    assert brief(parser.parse(text)) == brief(quotekit_parser.parse(text))
    assert [brief(a) for a in parser.pipe([text, TEXT])] == [
        brief(quotekit_parser.parse(t)) for t in (text, TEXT)]
    assert nlp.pipe_names == names


# -- 10: from_dict ----------------------------------------------------------------------------

@pytest.mark.parametrize(("change", "words"), [
    ({"content": None}, "'content' is missing"),
    ({"start": "x"}, "bad 'start'"),
    ({"kind": "said"}, "'kind' must be in"),
    ({"cue": {"start": 0}}, "bad 'cue'.*Cue.from_dict: the field 'text' is missing"),
    ({"speaker": {"kind": "person"}}, "bad 'speaker'.*'name' is missing"),
])
def test_statement_from_dict_names_the_field(change: dict, words: str) -> None:
    data = {"content": "Taxes", "start": 1, "end": 6, "kind": "direct"}
    data.update(change)
    data = {k: v for k, v in data.items() if v is not None}
    with pytest.raises(ValueError, match=words):
        Statement.from_dict(data)


def test_article_from_dict_shares_its_speakers(quotekit_parser: Parser) -> None:
    article = quotekit_parser.parse(TEXT + " “It will,” Park said.")
    back = Article.from_dict(article.to_dict())
    assert back == article
    own = {id(sp) for sp in back.speakers}
    assert all(id(s.speaker) in own for s in back.statements if s.speaker is not None)
    park = [s.speaker for s in back.statements if s.speaker_name == "Jo Park"]
    assert len(park) == 2 and park[0] is park[1]
    assert isinstance(park[0], Speaker)
