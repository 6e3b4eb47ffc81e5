"""The result classes and all their serialisations, without a trained model: Evidence strings,
``to_dict``/``from_dict`` and JSON round trips, flat records and CSV rows, the summary line."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quotekit.types import (
    CSV_COLUMNS,
    KINDS,
    RECORD_COLUMNS,
    SEPARATOR,
    SPEAKER_KINDS,
    Article,
    Cue,
    Evidence,
    Span,
    Speaker,
    Statement,
)

# -- Evidence ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text, parsed", [
    ("indirect:verb-ccomp(say+ccomp); speaker:follows:surname",
     Evidence("indirect:verb-ccomp", "say+ccomp", "surname", 1)),
    ("direct:cue-after-quote; speaker:pronoun", Evidence("direct:cue-after-quote", None,
                                                         "pronoun", 0)),
    ("direct:label", Evidence("direct:label")),
    ("", Evidence()),
    ("a(b", Evidence("a(b")),  # not of the form: kept whole as the rule
    ("direct:same-paragraph; speaker:follows:follows:name",
     Evidence("direct:same-paragraph", None, "name", 2)),
    ("direct:same-paragraph; speaker:follows(3):name",
     Evidence("direct:same-paragraph", None, "name", 3)),
    ("direct:same-paragraph; speaker:follows(800):pronoun:last-speaker",
     Evidence("direct:same-paragraph", None, "pronoun:last-speaker", 800)),
])
def test_evidence_parses_its_string(text: str, parsed: Evidence) -> None:
    assert Evidence.parse(text) == parsed
    assert str(parsed) == text


@given(st.text())
def test_evidence_string_round_trip_for_any_text(text: str) -> None:
    assert str(Evidence.parse(text)) == text


_word = st.text(st.characters(blacklist_characters="();", blacklist_categories=("Cs",)),
                max_size=12)


@given(_word, st.none() | _word, st.none() | _word.filter(lambda w: not
                                                          w.startswith("follows")),
       st.integers(0, 100_000))
def test_evidence_fields_round_trip(rule: str, cue: str | None, speaker: str | None,
                                    depth: int) -> None:
    evidence = Evidence(rule, cue, speaker, depth if speaker is not None else 0)
    assert str(Evidence.parse(str(evidence))) == str(evidence)
    assert Evidence.parse(str(evidence)) == evidence


def test_evidence_of_a_long_chain_stays_short() -> None:
    """Issue 15 item 14: one ``follows:`` a link made 6.4 KB after 800 quotations."""
    deep = Evidence("direct:same-paragraph", None, "name", 800)
    assert str(deep) == "direct:same-paragraph; speaker:follows(800):name"
    assert len(str(deep)) < len(str(Evidence("direct:same-paragraph", None, "name", 3))) + 4


# -- dict and JSON round trips ----------------------------------------------------------------

_text = st.text(max_size=30)
_offsets = st.tuples(st.integers(0, 500), st.integers(0, 500)).map(sorted)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start, end = draw(_offsets)
    return Span(draw(_text), start, end)


@st.composite
def cues(draw: st.DrawFn) -> Cue:
    start, end = draw(_offsets)
    return Cue(draw(_text), start, end, draw(_text))


speakers = st.builds(
    Speaker, name=_text, kind=st.sampled_from(SPEAKER_KINDS),
    titles=st.lists(_text, max_size=3), affiliation=st.none() | _text,
    aliases=st.lists(_text, max_size=3), mentions=st.lists(spans(), max_size=3),
    members=st.lists(_text, max_size=2), resolved=st.booleans(),
)


@st.composite
def statements(draw: st.DrawFn) -> Statement:
    start, end = draw(_offsets)
    return Statement(
        content=draw(_text), start=start, end=end, kind=draw(st.sampled_from(KINDS)),
        cue=draw(st.none() | cues()), mention=draw(st.none() | spans()),
        speaker=draw(st.none() | speakers),
        confidence=draw(st.floats(0.0, 1.0)), paragraph=draw(st.integers(0, 50)),
        sentence=draw(st.integers(0, 200)), evidence=draw(st.text(max_size=40)),
        reported_by=draw(st.none() | spans()),
    )


@given(statements())
def test_statement_dict_and_json_round_trip(statement: Statement) -> None:
    assert Statement.from_dict(statement.to_dict()) == statement
    assert Statement.from_dict(json.loads(json.dumps(statement.to_dict()))) == statement


@given(speakers)
def test_speaker_round_trip_keeps_mentions(speaker: Speaker) -> None:
    back = Speaker.from_dict(json.loads(json.dumps(speaker.to_dict())))
    assert back == speaker and back.mentions == speaker.mentions


@given(_text, st.lists(statements(), max_size=4), st.lists(speakers, max_size=3),
       st.none() | _text)
def test_article_round_trip(text: str, found: list[Statement], who: list[Speaker],
                            error: str | None) -> None:
    article = Article(text, found, who, error)
    back = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert back == article
    assert [sp.mentions for sp in back.speakers] == [sp.mentions for sp in who]
    assert ("error" in article.to_dict()) == (error is not None)


# -- flat records and CSV rows ----------------------------------------------------------------


@given(statements(), st.none() | st.integers() | _text, st.integers(0, 99))
def test_record_has_the_columns_and_says_what_the_statement_says(
        statement: Statement, doc_id: object, index: int) -> None:
    record = statement.to_record(doc_id=doc_id, index=index)
    assert list(record) == list(RECORD_COLUMNS)
    assert record["doc_id"] == (None if doc_id is None else str(doc_id))
    assert record["statement"] == index
    assert Evidence.parse(record["evidence"]) == statement.evidence
    sp = statement.speaker
    assert record["speaker"] == (sp.name if sp else None)
    assert record["speaker_titles"] == (SEPARATOR.join(sp.titles) if sp else None)
    cue = statement.cue
    assert (record["cue"], record["cue_start"]) == ((cue.text, cue.start) if cue else
                                                    (None, None))
    # a record is JSON-ready and comes back the same
    assert json.loads(json.dumps(record)) == record


@given(statements(), _text, st.integers(0, 99))
def test_csv_row_is_a_selection_of_the_record(statement: Statement, file: str,
                                              index: int) -> None:
    row, record = statement.to_row(file=file, index=index), statement.to_record(index=index)
    assert tuple(row) == CSV_COLUMNS
    assert (row["file"], row["index"]) == (file, index)
    renamed = {"titles": "speaker_titles", "affiliation": "speaker_affiliation"}
    for column in CSV_COLUMNS[2:]:
        value = record[renamed.get(column, column)]
        assert row[column] == ("" if value is None else value)


def test_article_records_and_rows_number_the_statements() -> None:
    ann = Speaker("Ann Lee", titles=["mayor", "chair"], aliases=["Ann"])
    article = Article("Ann said it rains. Bo said no.", [
        Statement("it rains", 9, 17, "indirect", cue=Cue("said", 4, 8, "say"), speaker=ann),
        Statement("no", 27, 29, "indirect"),
    ], [ann])
    records = article.to_records("d1")
    assert [r["statement"] for r in records] == [0, 1]
    assert records[0]["speaker_titles"] == "mayor; chair"
    assert records[0]["speaker_aliases"] == "Ann" and records[1]["speaker"] is None
    rows = article.to_rows(file="f.txt")
    assert [r["index"] for r in rows] == [0, 1] and rows[1]["speaker"] == ""
    assert article.summary() == "2 statements (2 indirect), 1 speaker, 1 without a speaker"
    assert Article("  ").summary() == "empty text, no statements"
    assert Article("x").summary() == "0 statements, 0 speakers"


# -- speakers written once (issue 15 item 13) -------------------------------------------------


def _one_speaker(n: int) -> Article:
    """An article of ``n`` statements by one speaker named at each of them."""
    unit = "“Line is here,” Lee Hart said. "
    text = unit * n
    mentions = [Span("Lee Hart", k * len(unit) + 16, k * len(unit) + 24) for k in range(n)]
    lee = Speaker("Lee Hart", aliases=["Lee Hart"], mentions=mentions)
    found = [Statement("Line is here", k * len(unit) + 1, k * len(unit) + 13, "direct",
                       cue=Cue("said", k * len(unit) + 25, k * len(unit) + 29, "say"),
                       mention=mentions[k], speaker=lee) for k in range(n)]
    return Article(text, found, [lee])


def test_article_json_grows_linearly_with_one_speakers_statements() -> None:
    """Each statement embedded its speaker with every mention: 800 statements by one person
    gave 64 times the JSON of 100."""
    small, large = (len(json.dumps(_one_speaker(n).to_dict())) for n in (100, 800))
    assert large / small < 10.5 * 800 / 100 / 8


def test_statements_give_their_speaker_by_index_without_mentions() -> None:
    ann, bo = Speaker("Ann Lee", mentions=[Span("Ann", 0, 3)]), Speaker("Bo", kind="group")
    article = Article("Ann said it rains. Bo said no.", [
        Statement("it rains", 9, 17, "indirect", speaker=ann),
        Statement("no", 27, 29, "indirect", speaker=bo),
        Statement("no", 27, 29, "indirect"),
    ], [bo, ann])
    data = article.to_dict()
    first, second, third = data["statements"]
    assert first["speaker"]["index"] == 1 and second["speaker"]["index"] == 0
    assert "mentions" not in first["speaker"] and third["speaker"] is None
    assert data["speakers"][1]["mentions"] == [{"text": "Ann", "start": 0, "end": 3}]
    # every key a statement had before is still there (keys are only ever added)
    assert set(first) >= {"content", "start", "end", "kind", "cue", "mention", "speaker",
                          "confidence", "paragraph", "sentence", "evidence"}
    assert first["reported_by"] is None
    assert set(first["speaker"]) >= {"name", "kind", "titles", "affiliation", "aliases",
                                     "members", "resolved"}
    back = Article.from_dict(json.loads(json.dumps(data)))
    assert back.statements[0].speaker is back.speakers[1]
    assert back.statements[0].speaker.mentions == (Span("Ann", 0, 3),)
    # a lone statement: its speaker without an index (nor mentions)
    alone = article.statements[0].to_dict()
    assert alone["speaker"]["index"] is None and "mentions" not in alone["speaker"]
    assert Statement.from_dict(alone) == article.statements[0]


def test_equal_speakers_are_told_apart_by_index() -> None:
    """Two unresolved "officials" of one article, equal but for their mentions."""
    one = Speaker("officials", resolved=False, mentions=[Span("officials", 0, 9)])
    two = Speaker("officials", resolved=False, mentions=[Span("officials", 20, 29)])
    text = "officials said a. b officials said c."
    article = Article(text, [Statement("a", 15, 16, "indirect", speaker=one),
                             Statement("c", 35, 36, "indirect", speaker=two)], [one, two])
    assert [s["speaker"]["index"] for s in article.to_dict()["statements"]] == [0, 1]
    back = Article.from_dict(article.to_dict())
    assert back.statements[1].speaker is back.speakers[1]
    assert back.statements[1].speaker.mentions[0].start == 20


def test_article_json_of_earlier_versions_is_read() -> None:
    """Statements whose speaker carries its mentions and no index (before the change)."""
    ann = Speaker("Ann Lee", mentions=[Span("Ann", 0, 3)])
    old = {"text": "Ann said it rains.", "speakers": [ann.to_dict()], "statements": [
        {**Statement("it rains", 9, 17, "indirect").to_dict(), "speaker": ann.to_dict()}]}
    back = Article.from_dict(old)
    assert back.statements[0].speaker is back.speakers[0]
