"""What is never a statement, in either scope, and short quotes with an explicit attribution
(issue 13 items 3 and 4), on texts written for these tests and the trained pipeline."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from quotekit import Article

Parse = Callable[[str], Article]


@pytest.mark.parametrize("text", [
    "WATCH: Senator Ruiz says the bill is dead",
    "READ MORE: Mayor Tran says he will sign the order",
    "Related: Campaign says the emails were deleted",
    "Source: The finance ministry",
    "Editor's note: This story has been updated to say that the minister resigned.",
    "Editor’s note: An earlier version said the vote was on Monday.",
    "Media contact: Jane Doe, press@example.com",
    "Warning: The video below shows the crash, the police said.",
    "UPDATE: The company said on Friday that the plant would close.",
    "Photo: The senator said the vote would be held Tuesday.",
    "** WINNER: Maria Lopez, Chief Executive",
    "• The senator said the vote would be held Tuesday.",
    "* Officials said the road would reopen next week.",
])
def test_page_furniture_is_never_a_statement(quotekit_parse: Parse, text: str) -> None:
    body = "The council met on Monday. Its chair said the budget was balanced."
    article = quotekit_parse(body + "\n\n" + text)
    assert [s.content for s in article.statements] == ["the budget was balanced"]


def test_line_with_no_verb_is_no_statement(quotekit_parse: Parse) -> None:
    text = ("Budget day at the council\n\nThe chair said the budget was balanced.\n\n"
            "Clinton: 547.\n\nSuperdelegates: 121.\n\ntext-align: left;")
    article = quotekit_parse(text)
    assert [s.content for s in article.statements] == ["the budget was balanced"]


def test_headline_colon_only_on_the_first_line(quotekit_parse: Parse) -> None:
    text = ("Harris: The deal will pass next week\n\nThe senator spoke in Ohio.\n\n"
            "Twitter: @someone\n\nDelegate count: Harris 12, Cole 9")
    article = quotekit_parse(text)
    assert [s.content for s in article.statements] == ["The deal will pass next week"]


@pytest.mark.parametrize(("text", "speaker"), [
    ("LONDON (AP) — The British government said Tuesday it would cut taxes.", "government"),
    ("BOSTON, May 2, 2024 /Business Wire/ -- Acme Corp. announced today that it has "
     "acquired Widget Inc.", "Acme"),
    # the parser joins the company to the place as a conjunct
    ("HOUSTON, Oct. 28, 2026 /PRNewswire/ -- Northwind Energy Inc. (NYSE: NWE) today "
     "reported record production of 412,000 barrels a day.", "Northwind Energy"),
])
def test_dateline_is_never_a_speaker(quotekit_parse: Parse, text: str, speaker: str) -> None:
    [s] = quotekit_parse(text).statements
    assert s.speaker is not None and speaker in s.speaker.name
    assert s.mention is not None and "LONDON" not in s.mention.text
    assert "BOSTON" not in s.mention.text and "HOUSTON" not in s.mention.text


def test_dateline_is_no_part_of_a_content(quotekit_parse: Parse) -> None:
    text = "LONDON (AP) — “We are ready,” the prime minister told lawmakers on Monday."
    [s] = quotekit_parse(text).statements
    assert "LONDON" not in s.content and "We are ready" in s.content


@pytest.mark.parametrize("text", [
    "Smith declined to comment on the report.",
    "A spokesman for the ministry declined to comment.",
    "The company refused to say whether the plant would close.",
    "Her lawyer declined to elaborate.",
    "A spokesman for the company did not respond to requests for comment.",
    "Hicks did not return calls seeking comment on Friday.",
    "The mayor's office did not immediately reply to an email.",
])
def test_refusal_is_no_statement(quotekit_parse: Parse, text: str) -> None:
    assert quotekit_parse(text).statements == ()


def test_meeting_topic_is_no_statement(quotekit_parse: Parse) -> None:
    text = "Biegun and Lee met Tuesday to discuss the sanctions."
    assert quotekit_parse(text).statements == ()


@pytest.mark.parametrize("text", [
    "Asked whether he would run again, Smith said he had not decided.",
    "When asked if the plant would close, the manager said no decision had been made.",
])
def test_asked_whether_is_not_the_answerer_s(quotekit_parse: Parse, text: str) -> None:
    article = quotekit_parse(text)
    answer = article.statements[-1]
    assert answer.speaker is not None and answer.cue is not None and answer.cue.text == "said"
    for s in article.statements[:-1]:  # the question: no speaker (the asker is not named)
        assert s.speaker is None and s.mention is None


@pytest.mark.parametrize(("text", "question"), [
    ("The governor shook hands and asked workers if they planned to vote.",
     "if they planned to vote"),
    ("Reporters asked the minister if the plant would close.", "if the plant would close"),
])
def test_the_question_is_the_askers_not_the_one_asked(quotekit_parse: Parse, text: str,
                                                      question: str) -> None:
    """"asked X if ...": the "if" clause is what was asked (not X, the one asked), the asker's
    statement."""
    [s] = quotekit_parse(text).statements
    assert s.content == question and s.cue is not None and s.cue.text == "asked"
    assert s.mention is not None and s.mention.text in ("The governor", "Reporters")


def test_praise_object_is_no_statement(quotekit_parse: Parse) -> None:
    assert quotekit_parse("The president praised the firefighters after the blaze.")\
        .statements == ()
    assert quotekit_parse("The mayor thanked Governor Hana Sato on Monday.").statements == ()
    assert quotekit_parse("The minister, Kwame Osei, welcomed the ruling.").statements == ()
    [s] = quotekit_parse("The minister welcomed the ruling, saying it would protect jobs.")\
        .statements
    assert s.content == "it would protect jobs"


@pytest.mark.parametrize("text", [
    "The carmaker delivered 384,000 vehicles in the quarter.",
    "Global trade offers undeniable benefits to small exporters.",
    "Two days later the governor delivered a blowout win in the primary.",
])
def test_thing_delivered_or_offered_is_no_statement(quotekit_parse: Parse, text: str) -> None:
    assert quotekit_parse(text).statements == ()


@pytest.mark.parametrize("text", [
    "Firefighters responded to the blaze on Elm Street.",
    "Officers responded to the crash at about 11:40 p.m. on Saturday.",
    "The senator did not know whether he had a lawyer who could comment on his behalf.",
    "The aide spoke on condition of anonymity.",
])
def test_answering_a_thing_or_speaking_on_a_manner_is_no_statement(quotekit_parse: Parse,
                                                                  text: str) -> None:
    """"responded to the crash", "comment on his behalf": no content."""
    assert quotekit_parse(text).statements == ()


def test_response_to_words_is_a_statement(quotekit_parse: Parse) -> None:
    [s] = quotekit_parse("Senator Ana Ruiz responded to the criticism on Monday.").statements
    assert "criticism" in s.content and s.speaker_name == "Ana Ruiz"


@pytest.mark.parametrize(("text", "content"), [
    ("Senator Ana Ruiz delivered a blistering speech on the budget.",
     "a blistering speech on the budget"),
    ("Senator Ana Ruiz offered her condolences to the families.",
     "her condolences to the families"),
])
def test_speech_delivered_or_offered_is_a_statement(quotekit_parse: Parse, text: str,
                                                    content: str) -> None:
    [s] = quotekit_parse(text).statements
    assert s.content == content and s.speaker_name == "Ana Ruiz"


@pytest.mark.parametrize("text", [
    "The Ministry of Health issued a statement on Monday.",
    "The mayor posted a message on Facebook late Sunday.",
    "The airline has not yet released a statement.",
    "Councillor Jo Marsh wrote a letter on Friday.",
])
def test_bare_statement_issued_is_no_statement(quotekit_parse: Parse, text: str) -> None:
    """A text made with nothing of what it says ("issued a statement on Monday") is news of
    a statement, not a statement: it says nothing."""
    assert quotekit_parse(text).statements == ()


@pytest.mark.parametrize("text", [
    "The Unite union called the strike after talks collapsed.",
    "The prime minister called a snap election for June.",
    "The chair called an emergency meeting to discuss the test.",
    "Nordvind Energy wrote down the value of its wind projects by $2.1 billion.",
    "The bank wrote off $300 million in bad loans.",
])
def test_an_event_called_is_no_statement(quotekit_parse: Parse, text: str) -> None:
    """"called a strike", "called an election": an event called into being, nothing said
    (the topic of a meeting is no statement either); "wrote down", "wrote off" an asset:
    accounting, no writing (reporting_verbs.tsv)."""
    assert quotekit_parse(text).statements == ()


@pytest.mark.parametrize(("text", "content"), [
    ("The ministry issued a statement on Monday saying the outbreak was under control.",
     "the outbreak was under control"),
    ("The ministry issued a statement on the outbreak.", "a statement on the outbreak"),
    ("The union released a letter to members warning of strikes.", "strikes"),
])
def test_statement_issued_with_its_content_reports_it(quotekit_parse: Parse, text: str,
                                                      content: str) -> None:
    """What the statement says, where the sentence gives it, is the one statement."""
    [s] = quotekit_parse(text).statements
    assert s.content == content


@pytest.mark.parametrize("text", [
    "The money went to a company called Harbor Analytics, which is owned by a donor.",
    "Barden now helps lead a program called Safe Schools Promise.",
    "The dog belongs to a former staffer named Bradley Ponce, an Air Force reserve major.",
    "The firm is known for a chummy corporate culture called “The Lakeside Way.”",
    "The two countries enjoy a so-called “special relationship” on trade.",
])
def test_name_given_in_a_reduced_relative_is_no_statement(quotekit_parse: Parse,
                                                         text: str) -> None:
    """"a company called X": what something is called, said by no one in particular."""
    assert quotekit_parse(text).statements == ()


def test_naming_verb_with_an_agent_or_in_a_clause_still_reports(quotekit_parse: Parse) -> None:
    article = quotekit_parse("One of the doctors who signed the letter called Dr. Oz a quack. "
                             "The council passed a budget called “reckless” by Mayor Lena Ortiz.")
    first, second = article.statements
    assert first.content == "Dr. Oz a quack" and first.cue is not None
    assert "reckless" in second.content and second.speaker_name == "Lena Ortiz"


def test_praise_with_a_reason_is_a_statement(quotekit_parse: Parse) -> None:
    [s] = quotekit_parse("Warren criticized Wells Fargo for its sales practices.").statements
    assert "sales practices" in s.content


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("“Nope,” he said.", "Nope", None),
    ("“Certainly not,” the governor said.", "Certainly not", "governor"),
    ('"Hello," he said.', "Hello", None),
    ("“Item 7,” Kim said.", "Item 7", "Kim"),
    ("The mayor said: “Absolutely Not.”", "Absolutely Not.", "mayor"),
])
def test_short_quote_with_explicit_attribution(quotekit_parse: Parse, text: str,
                                               content: str, speaker: str | None) -> None:
    [s] = quotekit_parse(text).statements
    assert s.kind == "direct" and s.content.rstrip(",") == content
    assert s.mention is not None
    if speaker is not None:
        assert speaker in s.mention.text


def test_short_quote_before_its_own_continuation(quotekit_parse: Parse) -> None:
    """“Word is,” X said, “that ...”: the verb's complement is the rest of the same speech,
    not a content of its own that would make the first quotation a title."""
    text = "“Word is,” Mayor Ruth Adeyemi said on Monday, “that the depot will close.”"
    contents = [s.content for s in quotekit_parse(text).statements]
    assert contents == ["Word is", "that the depot will close."]


@pytest.mark.parametrize("text", [
    "“Face the Nation,” Sanders was asked.",
    "On ABC’s “This Week,” Rubio said that the plan would fail.",
])
def test_title_without_attribution_is_no_statement(quotekit_parse: Parse, text: str) -> None:
    assert all("Face the Nation" not in s.content and s.content != "This Week"
               for s in quotekit_parse(text).statements)


@pytest.mark.parametrize(("text", "content"), [
    ("Asked if the tax was fair, 46 percent of voters said yes.", "yes"),
    ("Everyone on the board but the chair said yes.", "yes"),
])
def test_yes_or_no_said_is_the_answer(quotekit_parse: Parse, text: str, content: str) -> None:
    assert content in [s.content for s in quotekit_parse(text).statements]


def test_saying_no_to_something_is_no_answer(quotekit_parse: Parse) -> None:
    assert quotekit_parse("The council said no to the plan.").statements == ()
