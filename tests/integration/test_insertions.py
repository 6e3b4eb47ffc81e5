"""Attributions inserted into what they report, hearers, and two statements in one sentence:
each on a small text written for the test (quotekit.pipeline.statements._insertions and
nesting)."""

from __future__ import annotations

import pytest

from quotekit import Article, Statement
from quotekit.testing import assert_sound


def _contents(article: Article) -> list[str]:
    return [s.content for s in article.statements]


def _one(article: Article, words: str) -> Statement:
    found = [s for s in article.statements if words in s.content]
    assert len(found) == 1, f"{words!r} in {_contents(article)}"
    return found[0]


def test_inverted_insertion_names_the_speaker_after_the_verb(quotekit_parse) -> None:
    text = ("Any fair reading of the council's vote, said Maria Okonjo, a housing lawyer in "
            "Leeds, would treat it as a retreat from the promise.")
    article = quotekit_parse(text)
    assert_sound(article)
    first = _one(article, "Any fair reading")
    second = _one(article, "would treat it as a retreat")
    for s in (first, second):
        assert s.speaker is not None and s.speaker.name == "Maria Okonjo"
        assert "Okonjo" not in s.content
    assert first.cue is not None and first.cue.text == "said"


def test_naming_participle_is_no_insertion(quotekit_parse) -> None:
    text = "The scheme, called Fair Start, gives each family a grant of 500 pounds."
    article = quotekit_parse(text)
    assert not any("The scheme" in s.content or "gives each family" in s.content
                   for s in article.statements)


def test_hearer_object_is_not_the_content(quotekit_parse) -> None:
    text = ("Instead, Mayor Tom Reyes told reporters, the city would repave the whole avenue "
            "before winter.")
    article = quotekit_parse(text)
    assert_sound(article)
    s = _one(article, "the city would repave the whole avenue")
    assert s.speaker is not None and s.speaker.name == "Tom Reyes"
    assert "reporters" not in _contents(article)


@pytest.mark.parametrize("text", [
    "“Nothing you can do, folks,” Mayor Tom Reyes told a Dayton rally.",
    "“It is over,” Mayor Tom Reyes told the newspaper.",
    "“We owe them,” Mayor Tom Reyes said, telling the graduating class of 2014.",
    "“They come with enormous dangers,” Mayor Tom Reyes told a plenary session of the council.",
])
def test_gathering_or_outlet_told_is_not_a_content(quotekit_parse, text: str) -> None:
    """A rally, session, class or newspaper told is the hearer: only the quotation is said."""
    article = quotekit_parse(text)
    assert_sound(article)
    [s] = article.statements
    assert s.kind == "direct" and s.speaker is not None and s.speaker.name == "Tom Reyes"


def test_content_before_a_cue_with_a_hearer(quotekit_parse) -> None:
    text = ("The new unit includes forty engineers, Defence Secretary Alan Price told a "
            "parliamentary committee on Wednesday.")
    article = quotekit_parse(text)
    assert_sound(article)
    s = _one(article, "The new unit includes forty engineers")
    assert s.speaker is not None and s.speaker.name == "Alan Price"


def test_trailing_phrase_after_an_insertion(quotekit_parse) -> None:
    text = "He was unable to find a single buyer, he said, on condition of anonymity."
    article = quotekit_parse(text)
    assert_sound(article)
    assert _one(article, "He was unable to find a single buyer").cue is not None


def test_second_verb_of_the_same_speaker_is_its_own_statement(quotekit_parse) -> None:
    text = ("Senator Ruth Ames announced that she was leaving the committee and vowed to "
            "campaign for the new transit bill.")
    article = quotekit_parse(text)
    assert_sound(article)
    first = _one(article, "she was leaving the committee")
    second = _one(article, "to campaign for the new transit bill")
    assert first is not second
    assert "vowed" not in first.content
    assert second.cue is not None and second.cue.text == "vowed"
    for s in (first, second):
        assert s.speaker is not None and s.speaker.name == "Ruth Ames"


def test_noting_clause_is_a_second_statement(quotekit_parse) -> None:
    text = ("The spokesman said the company was not changing its policy, noting that most of "
            "the money would go to the pension fund.")
    article = quotekit_parse(text)
    assert_sound(article)
    first = _one(article, "the company was not changing its policy")
    second = _one(article, "most of the money would go to the pension fund")
    assert first is not second and "noting" not in first.content


def test_a_clause_on_a_noun_stays_inside(quotekit_parse) -> None:
    text = "The minister issued a statement calling the test a clear violation of the treaty."
    article = quotekit_parse(text)
    assert_sound(article)
    # "calling" is the statement's, not a second statement by the minister cut from the first
    assert not any(s.content == "a statement" for s in article.statements)


def test_speaker_the_parser_joined_to_a_place(quotekit_parse) -> None:
    text = ("Alarmed by the flooding in Ohio, Senator Harry Dunmore, the minority leader, said "
            "that he had spoken with the governor on Tuesday.")
    article = quotekit_parse(text)
    assert_sound(article)
    s = _one(article, "he had spoken with the governor")
    assert s.speaker is not None and s.speaker.name == "Harry Dunmore"


def test_party_label_is_no_photo_position(quotekit_parse) -> None:
    text = "Gov. Phil Brandt (R) said he expects an aggressive appeal of the ruling."
    article = quotekit_parse(text)
    assert_sound(article)
    s = _one(article, "he expects an aggressive appeal")
    assert s.speaker is not None and s.speaker.name == "Phil Brandt"
    caption = "Senator Ann Cole (L) and Governor Ben Ruiz (R) said they would talk."
    assert not quotekit_parse(caption).statements  # both positions: a photo caption


def test_one_named_example_of_a_group_is_the_speaker(quotekit_parse) -> None:
    text = ("The hardest part of forecasting floods, say hydrologists like Mira Halvorsen, a "
            "Norwegian engineer, is the speed of the melt.")
    article = quotekit_parse(text)
    assert_sound(article)
    s = _one(article, "The hardest part of forecasting floods")
    assert s.speaker is not None and s.speaker.name == "Mira Halvorsen"
    listed = quotekit_parse("Hydrologists like Mira Halvorsen and Tom Reed said the melt "
                            "was early.")
    assert all(st.speaker is None or st.speaker.name != "Mira Halvorsen"
               for st in listed.statements)


def test_insertion_after_a_clause_names_the_speaker_not_the_noun_before(quotekit_parse) -> None:
    """The parser takes the noun before the first comma for the subject and the name for its
    apposition: the name is the speaker, the noun stays in the content."""
    text = ("To understand the real Dred Scott, Justice Amara Cole said, one should visit the "
            "archive.")
    article = quotekit_parse(text)
    assert_sound(article)
    first = _one(article, "To understand the real Dred Scott")
    second = _one(article, "one should visit the archive")
    for s in (first, second):
        assert s.speaker is not None and s.speaker.name == "Amara Cole"


@pytest.mark.parametrize(("text", "content"), [
    ("People like Okafor, she said.", "People like Okafor"),
    ("Not him, the coach said.", "Not him"),
    ("Absolutely not, the minister said.", "Absolutely not"),
])
def test_fragment_before_said_is_the_content(quotekit_parse, text: str, content: str) -> None:
    article = quotekit_parse(text)
    assert_sound(article)
    assert _contents(article) == [content]


@pytest.mark.parametrize("text", [
    "In an interview, he said.",
    "Three more years later, Smith said.",
    "Back at her headquarters, aides cheered.",
    "Days after the arrest, the lawyer said.",
])
def test_place_or_time_before_said_is_no_fragment(quotekit_parse, text: str) -> None:
    assert quotekit_parse(text).statements == ()


def test_insertion_parsed_as_the_main_verb_keeps_both_pieces(quotekit_parse) -> None:
    """The parser made "claimed" the main verb, the content's subject its modifier and the
    content's predicate its conjunct: both pieces are the watchdog's."""
    article = quotekit_parse("This kind of lobbying, the watchdog claimed, breaches the code of "
                             "conduct.")
    assert_sound(article)
    assert _contents(article) == ["This kind of lobbying", "breaches the code of conduct"]
    assert {s.speaker.name for s in article.statements if s.speaker} == {"watchdog"}


@pytest.mark.parametrize(("text", "outer", "inner", "inner_speaker"), [
    ("Daniel Brooks said the council had rejected the plan, which he called a betrayal of the "
     "tenants.", "the council had rejected the plan", "a betrayal of the tenants",
     "Daniel Brooks"),
    ("Okafor said he had met the mayor, who told him the depot would close in May.",
     "he had met the mayor", "the depot would close in May", "mayor"),
])
def test_a_relative_clause_that_reports_is_a_statement_of_its_own(
        quotekit_parse, text: str, outer: str, inner: str, inner_speaker: str) -> None:
    """A relative clause closing a content, with a reporting verb and a subject of its own, is
    a comment on what was said, not part of it: two statements."""
    article = quotekit_parse(text)
    assert_sound(article)
    assert _contents(article) == [outer, inner]
    said = article.statements[1]
    assert said.speaker is not None and said.speaker.name == inner_speaker


def test_a_relative_pronoun_subject_of_what_the_clause_reports(quotekit_parse) -> None:
    """"..., which the mayor said were ...": the pronoun is the subject of the reported
    clause, not of the reporting verb; still a comment closing the outer content."""
    article = quotekit_parse("Okafor said the council had sold the two depots, which the mayor "
                             "said were worth twice the price.")
    assert_sound(article)
    contents = _contents(article)
    assert contents[0] == "the council had sold the two depots"
    inner = next(s for s in article.statements if s.content == "were worth twice the price")
    assert inner.speaker is not None and inner.speaker.name == "mayor"


def test_a_relative_clause_of_no_report_stays_in_the_content(quotekit_parse) -> None:
    article = quotekit_parse("Okafor said he had met the mayor, who had arrived late.")
    assert _contents(article) == ["he had met the mayor, who had arrived late"]


def test_a_quoted_comment_in_a_relative_clause_leaves_an_indirect_statement(
        quotekit_parse) -> None:
    article = quotekit_parse("Daniel Brooks said the plan would fail, which he called “a total "
                             "disaster.”")
    assert_sound(article)
    assert [(s.content, s.kind) for s in article.statements] == [
        ("the plan would fail", "indirect"), ("a total disaster.", "direct")]


def test_inverted_name_closing_the_sentence_with_no_clause_parsed(quotekit_parse) -> None:
    """The parser made the content's verb a noun and its subject the verb's: the words before
    "said X, founder of ..." are still what X said."""
    text = ('The collapse of the deal signals "the beginning of the end" for the coalition, said '
            'Maria Lentz, leader of the Green group.')
    article = quotekit_parse(text)
    assert_sound(article)
    [s] = article.statements
    assert s.content.startswith("The collapse of the deal signals")
    assert s.speaker is not None and s.speaker.name == "Maria Lentz"


@pytest.mark.parametrize(("text", "content"), [
    ("Okafor said after the meeting he would not stand again.",
     "after the meeting he would not stand again"),
    ("The ruling set off a row on Friday: councillors said they were convinced the vote was "
     "flawed.", "they were convinced the vote was flawed"),
    ("People like Okafor, she said.", "People like Okafor"),
])
def test_what_the_parser_hung_elsewhere_is_still_reported(quotekit_parse, text: str,
                                                          content: str) -> None:
    """A clause taken for an adverbial behind a phrase of time, the clause after the verb
    where a colon parts another before it, a fragment taken for a second subject."""
    assert content in _contents(quotekit_parse(text))


def test_a_clause_of_time_is_no_content(quotekit_parse) -> None:
    assert _contents(quotekit_parse("He said it when he arrived.")) == []
