"""Statement rules measured on the attribution scope (PolNeAR's broad notion), on texts written
for these tests and the trained pipeline."""

from __future__ import annotations

import pytest

from quotekit.parser import Parser


@pytest.fixture(scope="module")
def broad(quotekit_parser: Parser) -> Parser:
    return Parser(quotekit_parser.nlp, scope="attribution")


@pytest.mark.parametrize(("text", "content"), [
    ("His contention that the tax would raise revenue was wrong.",
     "that the tax would raise revenue"),
    ("Her allegation that the count had been rigged was never proved.",
     "that the count had been rigged"),
    ("Their complaint that the rules were unfair went nowhere.", "that the rules were unfair"),
])
def test_noun_cue_with_a_that_clause_the_policy_never_saw(broad: Parser, text: str,
                                                          content: str) -> None:
    # a reporting noun with a "that" clause reports it even where the learned policy has
    # too few examples of the noun to know the pair
    contents = [s.content for s in broad.parse(text).statements]
    assert content in contents
