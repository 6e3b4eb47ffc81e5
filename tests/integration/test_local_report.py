"""A British local-government report written for the test: councillors' titles, a party
label glued to a name by the recognizer, a surname after an abbreviated title, a hearer, a
plan, and page furniture, all in one article."""

from __future__ import annotations

import pytest

from quotekit import Article
from quotekit.testing import assert_sound

TEXT = """Council tax bills to rise by 5% as town hall warns of 'impossible choices'

By Sarah Whitfield, Local Democracy Reporter

Householders in Sheffield face a 4.99% rise in council tax from April after councillors \
approved the city's budget on Wednesday night.

The council's finance chief, Zahira Naz, told the meeting the authority had "no realistic \
alternative" after years of funding cuts. "We have had to make impossible choices," she said.

Opposition leader Shaffaq Mohammed said the Liberal Democrats would have protected library \
opening hours. "This budget closes doors that will never reopen," he added.

Inflation continued to rise in the region last month, figures from the Office for National \
Statistics show.

Asked whether further cuts were planned, Cllr Naz declined to comment.

A spokesperson for the Department for Levelling Up said councils had been given "a real-terms \
increase in spending power". The department plans to publish a review of local government \
finance next year.

READ MORE: Sheffield bin collections to change from May

Mrs Naz later told BBC Radio Sheffield that the council was "doing everything it can" to \
protect frontline services.

Speaking after the vote, Labour MP Clive Betts, who chairs the Commons housing committee, said \
the settlement was "deeply unfair" to northern cities. He said ministers had "failed to grasp \
the scale of the crisis".
"""


@pytest.fixture()
def article(quotekit_parse) -> Article:
    result = quotekit_parse(TEXT)
    assert_sound(result)
    return result


def _speaker_of(article: Article, words: str) -> str | None:
    found = [s for s in article.statements if words in s.content]
    assert len(found) == 1, [s.content for s in article.statements]
    return found[0].speaker.name if found[0].speaker else None


def test_title_and_party_glued_to_a_name(article: Article) -> None:
    betts = next(sp for sp in article.speakers if sp.name == "Clive Betts")
    assert betts.kind == "person" and "MP" in betts.titles and betts.affiliation == "Labour"
    assert _speaker_of(article, "deeply unfair") == "Clive Betts"
    assert _speaker_of(article, "failed to grasp") == "Clive Betts"  # "He said"


def test_surname_after_abbreviated_title_and_honorific(article: Article) -> None:
    assert _speaker_of(article, "doing everything it can") == "Zahira Naz"
    assert not any(sp.name in ("Naz", "Cllr Naz") for sp in article.speakers)


def test_hearer_is_not_content_and_plans_are_not_statements(article: Article) -> None:
    told = next(s for s in article.statements if "no realistic" in s.content)
    assert not told.content.startswith("the meeting")
    contents = " ".join(s.content for s in article.statements)
    for words in ("publish a review", "continued to rise", "declined", "bin collections"):
        assert words not in contents

