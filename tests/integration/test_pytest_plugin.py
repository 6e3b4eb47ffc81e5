"""Tests of the quotekit pytest plugin and the assertion helpers of quotekit.testing."""

from __future__ import annotations

import os
import textwrap
from importlib.metadata import entry_points

import pytest

from quotekit.testing import (
    assert_no_statement,
    assert_speaker,
    assert_statement,
    describe_statements,
    find_matching,
    shared_parser,
)
from quotekit.types import Article, Cue, Speaker, Statement

TEXT = (
    "“Taxes will not rise,” Finance Minister Maria Lopez said. "
    "The Foreign Ministry said that talks would resume."
)
LOPEZ = Speaker("Maria Lopez", titles=("Finance Minister",), aliases=("Lopez",))
MINISTRY = Speaker("Foreign Ministry", kind="organization")


def _statement(content: str, kind: str, speaker: Speaker | None, cue: str = "said") -> Statement:
    start = TEXT.index(content)
    before = TEXT.rfind(cue, 0, start)
    c = before if before >= 0 else TEXT.index(cue, start)
    return Statement(content=content, start=start, end=start + len(content), kind=kind,  # type: ignore[arg-type]
                     cue=Cue(cue, c, c + len(cue), "say"), speaker=speaker, confidence=0.9)


ARTICLE = Article(
    text=TEXT,
    statements=[
        _statement("Taxes will not rise", "direct", LOPEZ),
        _statement("that talks would resume", "indirect", MINISTRY),
    ],
    speakers=[LOPEZ, MINISTRY],
)


# -- quotekit.testing on hand-made articles (no spaCy) -------------------------------------
def test_assert_statement_returns_the_match() -> None:
    s = assert_statement(ARTICLE, speaker="Maria Lopez", contains="not rise", kind="direct")
    assert s.speaker is LOPEZ
    assert assert_statement(ARTICLE, kind="indirect").speaker is MINISTRY


@pytest.mark.parametrize("name", ["Maria Lopez", "maria lopez", "Lopez", "Maria"])
def test_speaker_matches_name_alias_and_whole_words(name: str) -> None:
    assert [s.speaker_name for s in find_matching(ARTICLE, speaker=name)] == ["Maria Lopez"]


@pytest.mark.parametrize("name", ["Lope", "Maria Lopez Jr", "Ministry of Finance"])
def test_speaker_does_not_match_partial_words(name: str) -> None:
    assert find_matching(ARTICLE, speaker=name) == []


def test_contains_ignores_case_space_and_quote_style() -> None:
    assert find_matching(ARTICLE, contains="TAXES   will") != []
    quoted = Article(text='He said "no"', statements=[
        Statement(content='He said "no"', start=0, end=12, kind="mixed")])
    assert find_matching(quoted, contains="said “no”") != []


def test_kind_accepts_tuples_and_rejects_typos() -> None:
    assert len(find_matching(ARTICLE, kind=("direct", "indirect"))) == 2
    with pytest.raises(ValueError, match="unknown statement kind"):
        find_matching(ARTICLE, kind="quoted")


def test_failure_message_lists_what_was_found() -> None:
    with pytest.raises(AssertionError) as info:
        assert_statement(ARTICLE, speaker="John Carter", contains="taxes")
    message = str(info.value)
    assert "no statement by 'John Carter' containing 'taxes'" in message
    assert "found 2 statement(s)" in message
    assert "Maria Lopez (person; Finance Minister)" in message
    assert "Foreign Ministry (organization)" in message
    assert "'that talks would resume'" in message


def test_failure_message_on_empty_input() -> None:
    with pytest.raises(AssertionError, match=r"found 0 statement\(s\):\n  \(no statements"):
        assert_statement([], speaker="Anyone")


def test_assert_no_statement() -> None:
    assert_no_statement(ARTICLE, speaker="Lopez", kind="indirect")
    with pytest.raises(AssertionError, match="expected no direct statement by 'Lopez'"):
        assert_no_statement(ARTICLE, speaker="Lopez", kind="direct")
    assert_no_statement(Article(text="Nothing was said."))


def test_assert_speaker() -> None:
    assert assert_speaker(ARTICLE, "Lopez", kind="person", title="finance minister") is LOPEZ
    with pytest.raises(AssertionError) as info:
        assert_speaker(ARTICLE, "Lopez", kind="organization")
    assert "no speaker 'Lopez', kind 'organization'" in str(info.value)
    assert "Foreign Ministry (organization)" in str(info.value)


def test_describe_statements_one_line_each() -> None:
    lines = describe_statements(ARTICLE).splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("  [0] direct")
    assert "cue 'said'" in lines[0]


# -- the fixtures, used by this suite ----------------------------------------------------
def test_parser_fixture_is_the_shared_one(quotekit_parser, quotekit_model) -> None:
    assert quotekit_parser is shared_parser(quotekit_model)
    assert "parser" in quotekit_parser.nlp.pipe_names


def test_parse_fixture_finds_a_direct_quote(quotekit_parse) -> None:
    text = "“We will build the bridge,” Mayor Anna Berg said on Tuesday."
    article = quotekit_parse(text)
    assert isinstance(article, Article)
    assert quotekit_parse(text) is article  # cached
    s = assert_statement(article, speaker="Anna Berg", contains="build the bridge",
                         kind="direct")
    assert text[s.start:s.end] == s.content


# -- the plugin, seen from a downstream project ------------------------------------------
def _plugin_args() -> list[str]:
    autoload = not os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD") and any(
        ep.value == "quotekit.pytest_plugin" for ep in entry_points(group="pytest11"))
    # Other plugins stay out: hypothesis's would re-import (and assertion-rewrite) its whole
    # package in every in-process run, which costs seconds each time.
    others = ["-p", "no:cacheprovider", "-p", "no:hypothesispytest"]
    return others + ([] if autoload else ["-p", "quotekit.pytest_plugin"])


DOWNSTREAM = '''
from quotekit import Article
from quotekit.testing import assert_statement

TEXT = "“The plant will close in June,” company spokeswoman Julia Weber said."

def test_parser(quotekit_parser):
    assert quotekit_parser.parse(TEXT).statements

def test_parse(quotekit_parse):
    article = quotekit_parse(TEXT)
    assert isinstance(article, Article)
    assert_statement(article, speaker="Julia Weber", contains="plant will close")

def test_wrong_speaker(quotekit_parse):
    assert_statement(quotekit_parse(TEXT), speaker="Nobody Here")
'''


def test_downstream_project_uses_the_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_downstream=DOWNSTREAM)
    result = pytester.runpytest_inprocess(*_plugin_args())
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines([
        "*AssertionError: no statement by 'Nobody Here'; found * statement(s):",
        "*Julia Weber (person*): 'The plant will close in June'*",
    ])


def test_fixtures_are_listed_with_docstrings(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_inprocess("--fixtures", *_plugin_args())
    result.stdout.fnmatch_lines([
        "*quotekit_model*session*",
        "*Name of the spaCy pipeline*",
        "*quotekit_parser*session*",
        "*loaded once per test session*",
        "*quotekit_parse*session*",
        "*text -> Article*",
    ])


def test_model_option_and_ini_setting(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_model="""
        def test_model(quotekit_model, request):
            assert quotekit_model == request.config.getoption("expected")
    """)
    pytester.makeconftest("""
        def pytest_addoption(parser):
            parser.addoption("--expected", default=None)
    """)
    pytester.runpytest_inprocess(*_plugin_args()).assert_outcomes(passed=1)
    pytester.makeini("[pytest]\nquotekit_model = from_ini\n")
    pytester.runpytest_inprocess("--expected=from_ini", *_plugin_args()).assert_outcomes(passed=1)
    result = pytester.runpytest_inprocess("--quotekit-model", "from_cli", "--expected=from_cli",
                                          *_plugin_args())
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["quotekit model: from_cli"])


def test_missing_model_is_reported(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_missing=textwrap.dedent("""
        def test_it(quotekit_parser):
            pass
    """))
    result = pytester.runpytest_inprocess("--quotekit-model", "no_such_pipeline_xyz",
                                          *_plugin_args())
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*ModelNotFoundError*no_such_pipeline_xyz*"])
