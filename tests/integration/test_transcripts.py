"""Interview transcripts and dialogues end to end (en_core_web_sm), on texts written for the
tests: a Q/A interview with an introduction, a NAME: dialogue, a transcript that introduces
nobody; "I", "you", "Q" and "A" never come out as speaker names."""

from __future__ import annotations

NEVER_NAMES = {"i", "you", "q", "a", "question", "answer"}

QA_INTERVIEW = (
    "Hospitals will hire more nurses next year, Health Secretary Ruth Adeyemi said in an "
    "interview with the Daily Ledger on Monday.\n\n"
    "Q: Why now?\n\n"
    "A: Because the waiting lists are too long. We cannot wait another winter.\n\n"
    "The money is already in the budget.\n\n"
    "Q: Will the unions agree?\n\n"
    "A: I believe they will. I have met them twice."
)

DIALOGUE = (
    "Transport Minister Tom Harlow spoke to the programme from London on Sunday.\n\n"
    "JANE SMITH: Good evening. Is the railway plan dead?\n\n"
    "HARLOW: Not at all. We will build it, and we will build it on time.\n\n"
    "SMITH: When will the work begin?\n\n"
    "HARLOW: I said in March that the work starts in June, and it will."
)

NOBODY = (
    "Q: What did the council decide?\n\n"
    "A: Nothing yet. The vote is next week.\n\n"
    "Q. And the budget?\n\n"
    "A. It is balanced, as far as I know."
)


def _check_names(article) -> None:
    for s in article.statements:
        assert s.speaker is None or s.speaker.name.lower() not in NEVER_NAMES, s.to_dict()
    for sp in article.speakers:
        assert sp.name.lower() not in NEVER_NAMES


def test_answers_are_the_introduced_interviewee_s(quotekit_parse) -> None:
    art = quotekit_parse(QA_INTERVIEW)
    _check_names(art)
    answers = [s for s in art.statements if s.evidence.rule == "direct:transcript-answer"]
    assert [s.content for s in answers] == [
        "Because the waiting lists are too long. We cannot wait another winter.",
        "I believe they will. I have met them twice.",
    ]
    for s in answers:
        assert s.kind == "direct" and s.speaker is not None
        assert s.speaker.name == "Ruth Adeyemi" and "Health Secretary" in s.speaker.titles
        assert s.mention is not None and s.mention.text == "A"
        assert QA_INTERVIEW[s.start:s.end] == s.content
    continued = [s for s in art.statements if s.content == "The money is already in the budget."]
    assert continued and continued[0].speaker is not None
    assert continued[0].speaker.name == "Ruth Adeyemi"
    # the interviewer is named: the questions are the outlet's
    questions = [s for s in art.statements if s.evidence.rule == "direct:transcript-question"]
    assert [s.content for s in questions] == ["Why now?", "Will the unions agree?"]
    assert all(s.speaker is not None and "Ledger" in s.speaker.name for s in questions)
    # "I believe ..." inside an answer is the answer, not a statement of "I"
    assert not [s for s in art.statements if s.mention is not None and s.mention.text == "I"]


def test_a_name_dialogue_gives_the_people_the_labels_name(quotekit_parse) -> None:
    art = quotekit_parse(DIALOGUE)
    _check_names(art)
    turns = [(s.speaker.name if s.speaker else None, s.content) for s in art.statements
             if s.evidence.rule == "direct:transcript-label"]
    assert turns == [
        ("Jane Smith", "Good evening. Is the railway plan dead?"),
        ("Tom Harlow", "Not at all. We will build it, and we will build it on time."),
        ("Jane Smith", "When will the work begin?"),
        ("Tom Harlow", "I said in March that the work starts in June, and it will."),
    ]
    harlow = next(sp for sp in art.speakers if sp.name == "Tom Harlow")
    assert "Transport Minister" in harlow.titles


def test_a_transcript_that_introduces_nobody_has_answers_without_a_speaker(
        quotekit_parse) -> None:
    art = quotekit_parse(NOBODY)
    _check_names(art)
    assert [(s.content, s.speaker) for s in art.statements] == [
        ("Nothing yet. The vote is next week.", None),
        ("It is balanced, as far as I know.", None),
    ]
    assert all(s.mention is not None and s.mention.text.rstrip(".") == "A"
               for s in art.statements)


def test_introductions_of_other_shapes(quotekit_parse) -> None:
    texts = {
        "Lena Ortiz": "The Courier interviewed Mayor Lena Ortiz on Friday.\n\n"
                      "Question: Are the fees fair?\n\nAnswer: They are.",
        "Grace Mills": "Senator Grace Mills spoke to the Valley Herald about the drought.\n\n"
                       "Q. How bad is it?\n\nA. It is the worst year since 1976.",
        "Omar Reyes": "Q&A with Transport Minister Omar Reyes\n\n"
                      "Q: Is the line late?\n\nA: No. It opens in May.",
        "Lina Vey": "Pop star Lina Vey was interviewed by the Evening Post last week.\n\n"
                    "Q: Why did you cancel the tour?\n\nA: My voice needed rest.",
    }
    texts["Dan Pryce"] = ("Coach Dan Pryce told the Valley Herald in an interview that he "
                          "would stay.\n\nQ: Will you stay?\n\nA: I will stay.")
    texts["Lena Ortiz "] = ("In an interview, Mayor Lena Ortiz said the fees were fair.\n\n"
                            "Q: Are they?\n\nA: Yes, they are.")
    for key, text in texts.items():
        name = key.strip()
        art = quotekit_parse(text)
        _check_names(art)
        answers = [s for s in art.statements if s.evidence.rule == "direct:transcript-answer"]
        assert answers and all(s.speaker is not None and s.speaker.name == name
                               for s in answers), (name, [s.to_dict() for s in answers])
    pryce = quotekit_parse(texts["Dan Pryce"])
    assert [s.speaker.name for s in pryce if s.evidence.rule == "direct:transcript-question"
            and s.speaker is not None] == ["Valley Herald"]


PROFILE = (
    "Chef Tomas Varga opens his first restaurant in Lisbon this spring.\n\n"
    "Tomas Varga trained in Budapest and cooked for a decade in Porto, where the critic Ana "
    "Lemos called his soups the best in the city. The interview has been edited for length.\n\n"
    "Q: Why Lisbon?\n\nA: Because the fish market is ten minutes from my door.\n\n"
    "Q: What will you cook first?\n\nA: A fish soup, of course."
)
TWO_PEOPLE = (
    "Mayor Lena Ortiz and Senator Grace Mills met in Dayton on Friday.\n\n"
    "Q: Is the line late?\n\nA: No. It opens in May."
)


def test_a_profile_s_subject_answers_where_no_words_introduce_an_interview(
        quotekit_parse) -> None:  # type: ignore[no-untyped-def]
    art = quotekit_parse(PROFILE)
    _check_names(art)
    answers = [s for s in art.statements if s.evidence.rule == "direct:transcript-answer"]
    assert [(s.content, s.speaker_name) for s in answers] == [
        ("Because the fish market is ten minutes from my door.", "Tomas Varga"),
        ("A fish soup, of course.", "Tomas Varga"),
    ]
    # two people named once each: nobody is the subject, the answers have no speaker
    art = quotekit_parse(TWO_PEOPLE)
    assert [(s.content, s.speaker) for s in art.statements] == [("No. It opens in May.", None)]


def test_first_person_outside_quotes_is_no_speaker(quotekit_parse) -> None:
    art = quotekit_parse("I said at the meeting that the new stadium is a mistake.")
    _check_names(art)
    assert art.statements and all(s.speaker is None for s in art.statements)


def test_a_two_turn_dialogue_is_no_colon_dateline(quotekit_parse) -> None:
    """"HARLOW:" is the article's only upper-case label after its first line, but the first
    line is a label too, and Harlow is named: a dialogue, not "NEW DELHI: The ..."."""
    text = ("JANE SMITH: Is the railway plan dead?\n\nHARLOW: Not at all.\n\n"
            "Transport Minister Tom Harlow spoke from London.")
    article = quotekit_parse(text)
    assert [(s.speaker.name if s.speaker else None) for s in article.statements] == [
        "Jane Smith", "Tom Harlow"]


def test_an_outlet_that_spoke_to_the_interviewee_asks_the_questions(quotekit_parse) -> None:  # type: ignore[no-untyped-def]
    """"The Observer spoke to Health Secretary Ruth Adeyemi": the person is the one
    interviewed, the outlet asks; the questions were hers before (the interviewer was read
    as the object of "spoke to", the interviewee's own name)."""
    article = quotekit_parse(
        "An interview with Health Secretary Ruth Adeyemi\n\n"
        "The Observer spoke to Health Secretary Ruth Adeyemi about winter pressures.\n\n"
        "Q: How bad will this winter be?\n\n"
        "A: We are planning for the worst.")
    said = {s.content: s.speaker.name if s.speaker else None for s in article.statements}
    assert said["We are planning for the worst."] == "Ruth Adeyemi"
    assert said.get("How bad will this winter be?") != "Ruth Adeyemi"
