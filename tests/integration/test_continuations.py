"""Quotations that continue an earlier speaker (statements/continuation.py, the dash and
name-colon rules of statements/quoted.py), each on a text written for the test."""

from __future__ import annotations


def _statement(article, words: str):
    found = [s for s in article.statements if words in s.content]
    assert found, [s.content for s in article.statements]
    return found[0]


def _speaker(article, words: str) -> str | None:
    s = _statement(article, words)
    return s.speaker.name if s.speaker else None


def test_quotation_after_a_statement_in_the_sentence_before(quotekit_parse) -> None:
    art = quotekit_parse(
        "The budget for the schools is far too small, Senator Maria Lopez said on Monday. "
        "“We cannot build schools with promises, and we will not try to.”"
    )
    s = _statement(art, "We cannot build schools")
    assert s.evidence.rule == "direct:after-statement"
    assert s.speaker is not None and s.speaker.name == "Maria Lopez"


def test_colon_after_a_clause_without_reporting_verb(quotekit_parse) -> None:
    art = quotekit_parse(
        "Mayor Tom Briggs stepped to the podium and took off his glasses: “We will rebuild "
        "this bridge before the winter comes.”"
    )
    s = _statement(art, "We will rebuild")
    assert s.evidence.rule == "direct:colon-subject"
    assert s.speaker is not None and s.speaker.name == "Tom Briggs"


def test_paragraph_ending_with_a_subject_and_colon(quotekit_parse) -> None:
    art = quotekit_parse(
        "On Tuesday, Governor Ana Ruiz made the following comment:\n\n"
        "“Our roads are safer than they have ever been, and the numbers prove it.”"
    )
    assert _speaker(art, "Our roads are safer") == "Ana Ruiz"


def test_colon_intro_prefers_the_verb_of_saying(quotekit_parse) -> None:
    art = quotekit_parse(
        "As the Herald's Jane Porter reported after the agency appears to have abandoned "
        "the site:\n\n"
        "“Nobody has inspected the tanks since the spring, and nobody plans to do it.”"
    )
    assert _speaker(art, "Nobody has inspected") == "Jane Porter"


def test_quotation_lines_after_a_paragraph_about_a_person(quotekit_parse) -> None:
    art = quotekit_parse(
        "Kelly Marsh spoke only in vague slogans during the long interview.\n\n"
        "“We have to be a lot tougher than we have been.”\n\n"
        "“We are playing with a very different set of rules now.”"
    )
    first = _statement(art, "We have to be a lot tougher")
    assert first.evidence.rule == "direct:paragraph-subject"
    assert first.speaker is not None and first.speaker.name == "Kelly Marsh"
    assert _speaker(art, "We are playing") == "Kelly Marsh"


def test_next_paragraph_follows_the_statement_holding_a_nested_quotation(
        quotekit_parse) -> None:
    art = quotekit_parse(
        "Her liberal friends have mocked the plan, calling it “a silly dream,” Susan Hale "
        "said as she turned around.\n\n"
        "“But it is our silly dream, and we love it!”"
    )
    assert _speaker(art, "But it is our silly dream") == "Susan Hale"


def test_dash_glued_to_the_name_and_no_break_space(quotekit_parse) -> None:
    art = quotekit_parse(
        "\"Great speech. She is ready and she never quits.\"\n\n"
        "-Senator Tom Wade, writing after the debate.\n\n"
        "“We need law and order in every single city of this country.”\u00a0― Pamela Ortiz\n"
    )
    assert _speaker(art, "Great speech") == "Tom Wade"
    assert _speaker(art, "We need law and order") == "Pamela Ortiz"


def test_name_after_a_preposition_and_colon_is_no_speaker(quotekit_parse) -> None:
    art = quotekit_parse(
        "Then, later that month on CNN: \"I have never said that the plan would work.\""
    )
    s = _statement(art, "I have never said")
    assert s.evidence.rule != "direct:name-colon"
    assert s.speaker is None or s.speaker.name != "CNN"


def test_dash_after_a_fragment_inside_a_sentence_attributes_nothing(quotekit_parse) -> None:
    art = quotekit_parse("And that is all he has, “the root of all evil.” ― Maria Gomez\n")
    assert not any(s.speaker is not None and s.speaker.name == "Maria Gomez"
                   for s in art.statements)


def test_quotation_after_a_sentence_about_a_person_is_theirs(quotekit_parse) -> None:
    """'Lopez shook her head. “No. ...”': the person the sentence before is about speaks, not
    the last speaker of the paragraph."""
    art = quotekit_parse(
        "Coach Maria Lopez was blunt after the loss. Striker Jamal Adeyemi said the team "
        "needed to \"reset and refocus\" before the derby. Asked whether the pressure was "
        "getting to the players, Lopez shook her head. \"No. We're professionals.\""
    )
    s = _statement(art, "We're professionals")
    assert s.evidence.rule == "direct:sentence-subject"
    assert _speaker(art, "We're professionals") == "Maria Lopez"
    assert _speaker(art, "reset and refocus") == "Jamal Adeyemi"
