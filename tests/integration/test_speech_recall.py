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
