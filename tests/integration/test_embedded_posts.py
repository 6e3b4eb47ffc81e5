"""Embedded social-media posts signed "— Name (@handle) date" (statements/embeds.py), on texts
written for the test."""

from __future__ import annotations

from quotekit.testing import assert_sound

TEXT = ("""Mayors react to the flood

Several mayors posted messages on Tuesday night.

Thinking of everyone on the river road tonight. Stay safe and stay off the bridges.

— Aroha Tane (@MayorTane) March 4, 2026

Crews are out on every street. We will not leave anyone behind. pic.twitter.com/x8Kq2

— Liam Osei (@osei_liam) March 4, 2026

Grateful to every volunteer in #Riverton tonight https://t.co/Ab12Cd """
        """— Mere Walker (@merewalker) March 5, 2026

The council said the river had peaked.

— Jane Roe (@janeroe)
""")


def test_each_signed_post_is_its_authors_direct_statement(quotekit_parse) -> None:
    article = quotekit_parse(TEXT)
    assert_sound(article)
    posts = [s for s in article.statements if s.evidence.rule == "direct:embedded-post"]
    assert [(s.content, s.speaker.name if s.speaker else None) for s in posts] == [
        ("Thinking of everyone on the river road tonight. Stay safe and stay off the bridges",
         "Aroha Tane"),
        ("Crews are out on every street. We will not leave anyone behind", "Liam Osei"),
        ("Grateful to every volunteer in #Riverton tonight", "Mere Walker"),
    ]
    assert all(s.kind == "direct" and s.cue is not None and s.cue.text.startswith("@")
               for s in posts)
    assert all(s.cue.kind == "writing" for s in posts if s.cue is not None)


def test_a_credit_line_without_a_date_signs_nothing(quotekit_parse) -> None:
    article = quotekit_parse(TEXT)
    said = [s for s in article.statements if "river had peaked" in s.content]
    assert len(said) == 1 and said[0].evidence.rule != "direct:embedded-post"
    assert not any("@janeroe" in (s.cue.text if s.cue else "") for s in article.statements)
