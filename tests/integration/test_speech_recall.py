"""Reported speech whose speaker or content the parser leaves hard to reach: an infinitive on an
adjective ("was quick to point out"), on texts written for these tests."""

from __future__ import annotations

import pytest

from quotekit.parser import Parser


@pytest.mark.parametrize(("text", "speaker", "words"), [
    ("Mayor Lena Ortiz was quick to point out that the bridge had been repaired twice.",
     "Lena Ortiz", "the bridge had been repaired"),
    ("Farmers in the valley are more likely to say that the new dam helped them.",
     "Farmers", "the new dam helped them"),
])
def test_infinitive_on_an_adjective_reports_for_its_subject(quotekit_parser: Parser,
                                                            text: str, speaker: str,
                                                            words: str) -> None:
    [s] = [s for s in quotekit_parser.parse(text).statements if words in s.content]
    assert s.speaker is not None and speaker in s.speaker.name



@pytest.mark.parametrize("text", [
    "But as inspector Maya Cole noted, the pipes had been leaking for years.",
    "And as inspector Maya Cole noted, the pipes had been leaking for years.",
])
def test_as_clause_after_a_conjunction_that_opens_the_sentence(quotekit_parser: Parser,
                                                               text: str) -> None:
    [s] = quotekit_parser.parse(text).statements
    assert s.content == "the pipes had been leaking for years"
    assert s.speaker is not None and s.speaker.name == "Maya Cole"


@pytest.mark.parametrize(("text", "speaker", "content"), [
    ("Governor Ruth Okoye's promise to rebuild the harbour won her the election.",
     "Ruth Okoye", "to rebuild the harbour"),
    ("Senator Abel Moreno's proposal to close the mine angered the miners.",
     "Abel Moreno", "to close the mine"),
])
def test_reporting_noun_with_an_infinitive_reports_it(quotekit_parser: Parser, text: str,
                                                      speaker: str, content: str) -> None:
    [s] = [s for s in quotekit_parser.parse(text).statements if s.content == content]
    assert s.speaker is not None and s.speaker.name == speaker


@pytest.mark.parametrize("text", [
    "Governor Ruth Okoye's refusal to rebuild the harbour cost her the election.",
    "Governor Ruth Okoye's plan to rebuild the harbour won her the election.",
])
def test_refusal_or_plan_with_an_infinitive_reports_nothing(quotekit_parser: Parser,
                                                            text: str) -> None:
    assert "to rebuild the harbour" not in [s.content for s in
                                            quotekit_parser.parse(text).statements]


def test_reporting_noun_after_with_is_the_verbs_subjects(quotekit_parser: Parser) -> None:
    text = ("Mayor Ines Falk stirred controversy with an assertion that the river was clean.")
    [s] = [s for s in quotekit_parser.parse(text).statements
           if s.content == "that the river was clean"]
    assert s.speaker is not None and s.speaker.name == "Ines Falk"


@pytest.mark.parametrize(("text", "first", "second", "cue"), [
    ("Mayor Lena Ortiz said that she would offer “a prayer” for the flood victims but did not "
     "suggest it would be enough.",
     "that she would offer “a prayer” for the flood victims", "it would be enough", "suggest"),
    ("Mayor Lena Ortiz insisted that she had “balanced the budget,” claiming that she was "
     "responsible for the city's surplus.",
     "that she had “balanced the budget,”", "that she was responsible for the city's surplus",
     "claiming"),
    ("Mayor Lena Ortiz said the council had approved the budget, arguing that the cuts were "
     "unavoidable.",
     "the council had approved the budget", "that the cuts were unavoidable", "arguing"),
])
def test_second_reporting_verb_of_the_same_speaker_is_a_second_statement(
        quotekit_parser: Parser, text: str, first: str, second: str, cue: str) -> None:
    """A reporting verb the parser hung inside the first statement's content ("said that she
    would offer ... but did not suggest ...", "insisted that ..., claiming that ...") is the
    same speaker's second statement, and the first one ends before it."""
    statements = quotekit_parser.parse(text).statements
    assert [s.content for s in statements] == [first, second]
    assert statements[1].cue is not None and statements[1].cue.text == cue
    assert all(s.speaker is not None and s.speaker.name == "Lena Ortiz" for s in statements)


def test_date_after_the_verb_is_not_the_content(quotekit_parser: Parser) -> None:
    """'said on Monday it would cut ...': the parser hangs the date on the clause; the
    content starts at its subject."""
    [s] = quotekit_parser.parse(
        "Harbor Analytics said on Monday it would cut another 900 jobs.").statements
    assert s.content == "it would cut another 900 jobs"


def test_website_a_memo_was_published_on_is_no_content(quotekit_parser: Parser) -> None:
    article = quotekit_parser.parse(
        "Chief Executive Ana Ruiz wrote in a memo to staff, which the company published on "
        "its website, that the plant would close.")
    assert [s.content for s in article.statements] == ["that the plant would close"]


def test_quoted_words_that_break_the_parse_keep_the_clause(quotekit_parse) -> None:
    """'said the mayor had “long supported” cleaner building codes': the parser takes
    "codes" for a second subject of "said"; the clause is still the statement."""
    article = quotekit_parse("A spokeswoman for Wilson, Jessica Tran, said the mayor had "
                             "“long supported” cleaner building codes.")
    [s] = article.statements
    assert s.content == "the mayor had “long supported” cleaner building codes"
    assert s.speaker_name == "Jessica Tran"


@pytest.mark.parametrize(("text", "content", "kind"), [
    ('At a fundraiser, Senator Dana Whitlock called the new port tax "a disgrace."',
     'the new port tax "a disgrace."', "mixed"),
    ("The union leader called the offer an insult to every nurse.",
     "the offer an insult to every nurse", "indirect"),
    ("The mayor urged residents of the flooded streets to leave before nightfall.",
     "residents of the flooded streets to leave before nightfall", "indirect"),
    ("Councillor Amir Haddad called for the chief executive to release the full audit.",
     "the chief executive to release the full audit", "indirect"),
])
def test_what_a_verb_of_naming_or_request_names_is_part_of_the_content(
        quotekit_parser: Parser, text: str, content: str, kind: str) -> None:
    """"called X 'Y'": the statement is that X is Y, so X belongs to the content (PolNeAR
    annotates it so: dev +3 matches, train +8); "urged X to do Y" asks that X do Y."""
    [s] = quotekit_parser.parse(text).statements
    assert (s.content, s.kind) == (content, kind)


def test_according_to_that_opens_a_reported_clause_keeps_the_clause(
        quotekit_parser: Parser) -> None:
    """"said that according to the figures, X": the "according to" reports X only, so the
    speaker's statement keeps its whole clause (it was cut to "that")."""
    [s] = quotekit_parser.parse(
        "Minister Ines Varga said that according to the latest figures, unemployment had "
        "fallen to 4 percent.").statements
    assert s.content == "that according to the latest figures, unemployment had fallen to 4 percent"
    assert s.speaker is not None and s.speaker.name == "Ines Varga"


@pytest.mark.parametrize(("text", "content"), [
    ("Okafor mentioned rebuilding the harbour and moving the depot to the old quarry.",
     "rebuilding the harbour and moving the depot to the old quarry"),
    ("The mayor has promised to meet and in some cases exceed the targets of the last council.",
     "to meet and in some cases exceed the targets of the last council"),
    ("Judge Amara Diallo spoke of the cost of the strike, and how the families had coped.",
     "the cost of the strike, and how the families had coped"),
])
def test_a_conjunct_the_parser_hung_on_the_verb_is_part_of_the_content(
        quotekit_parser: Parser, text: str, content: str) -> None:
    """A gerund, a bare verb or a question clause coordinated with what was said belongs to it,
    though the parser hung it on the reporting verb."""
    assert content in [s.content for s in quotekit_parser.parse(text).statements]


def test_a_second_verb_of_the_speaker_is_not_part_of_the_content(
        quotekit_parser: Parser) -> None:
    text = "Okafor mentioned the harbour, but when the council met, he was silent."
    assert all("council met" not in s.content for s in quotekit_parser.parse(text).statements)


def test_a_participle_of_no_speech_after_the_content_goes_on_with_it(
        quotekit_parser: Parser) -> None:
    text = ("Her supporters insisted the fall in the polls was a passing dip, reflecting anger "
            "at the party rather than at her.")
    assert ("the fall in the polls was a passing dip, reflecting anger at the party rather "
            "than at her") in [s.content for s in quotekit_parser.parse(text).statements]


def test_a_participle_of_speech_after_the_content_is_a_second_report(
        quotekit_parser: Parser) -> None:
    text = "Okafor said the depot would close, adding that the staff would be moved."
    contents = [s.content for s in quotekit_parser.parse(text).statements]
    assert "the depot would close" in contents
    assert "that the staff would be moved" in contents


def test_a_that_clause_the_parser_took_for_an_adverbial(quotekit_parser: Parser) -> None:
    """"tweeted in the early hours that ...": "that" read as an adverb, the clause as an
    adverbial; still what was written, and a second verb after it is a second report."""
    text = ("Senator Ada Quist tweeted in the early morning hours that Okafor was “dishonest” "
            "and “a fraud” and urged voters to “look closely” at his record.")
    by_content = {s.content: s for s in quotekit_parser.parse(text).statements}
    assert set(by_content) == {"that Okafor was “dishonest” and “a fraud”",
                               "voters to “look closely” at his record"}
    assert all(s.speaker is not None and s.speaker.name == "Ada Quist"
               for s in by_content.values())


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("The council approved the new budget on Monday, a decision critics said would hurt the "
     "poorest families.", "would hurt the poorest families", "critics"),
    ("Four states signed an agreement to link their grids, a move officials said would "
     "protect water supplies.", "would protect water supplies", "officials"),
])
def test_a_reduced_relative_clause_reports_what_follows(quotekit_parser: Parser, text: str,
                                                         content: str, speaker: str) -> None:
    """"..., a move officials said would ...": the parser hangs the writer's sentence on
    "said" too; what was said is the clause with no subject after it, said by "officials",
    not by "move officials"."""
    statements = quotekit_parser.parse(text).statements
    assert [s.content for s in statements] == [content]
    assert statements[0].mention is not None and statements[0].mention.text == speaker


def test_a_clause_the_parser_cut_after_its_auxiliary_is_said_whole(
        quotekit_parser: Parser) -> None:
    """"say they don't yet know ..." parsed as two clauses on "say" ("they do" and "n't yet
    know ..."): the content is the whole clause, not "they do"."""
    text = ("But 12 percent of farmers still say they don’t yet know enough about the levy "
            "to judge it.")
    contents = [s.content for s in quotekit_parser.parse(text).statements]
    assert contents == ["they don’t yet know enough about the levy to judge it"]
