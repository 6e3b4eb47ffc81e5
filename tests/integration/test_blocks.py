"""Block quotations introduced by "X added:" and given without quote marks, and a reporting
verb the tagger took for a noun: each on a small text written for the test
(quotekit.pipeline.statements.blocks, quotekit.pipeline.cues)."""

from __future__ import annotations

from quotekit import Article
from quotekit.testing import assert_sound


def _by_rule(article: Article, rule: str) -> list[str]:
    return [s.content for s in article.statements if s.evidence.rule == rule]


def test_paragraph_after_added_colon_is_the_speakers_block_quote(quotekit_parse) -> None:
    text = ("Councillor Mara Velde spoke to residents on Monday evening.\n\n"
            "Velde added:\n\n"
            "This bridge has waited twenty years. We will not wait another twenty.\n\n"
            "The council meets again in March.")
    article = quotekit_parse(text)
    assert_sound(article)
    block = [s for s in article.statements if s.evidence.rule == "direct:colon-block"]
    assert len(block) == 1
    s = block[0]
    assert s.content.startswith("This bridge has waited")
    assert s.content.endswith("another twenty")  # a closing full stop is cut, as elsewhere
    assert s.kind == "direct"
    assert s.cue is not None and s.cue.text == "added"
    assert s.speaker is not None and s.speaker.name == "Mara Velde"
    assert not any("council meets" in c for c in (x.content for x in article.statements))


def test_writer_introduces_a_block_with_a_time_phrase_before_him(quotekit_parse) -> None:
    text = ("The columnist has long opposed the tax.\n\n"
            "In a column last June, Tomas Reyna wrote:\n\n"
            "Nobody in this town asked for a levy on rainwater, and nobody will pay it gladly.")
    article = quotekit_parse(text)
    blocks = _by_rule(article, "direct:colon-block")
    assert blocks == ["Nobody in this town asked for a levy on rainwater, and nobody will pay "
                      "it gladly"]


def test_verb_with_its_own_object_introduces_no_block(quotekit_parse) -> None:
    text = ("The station also noted the thin attendance:\n\n"
            "Even the mayor's own aides left before the speech was over.")
    assert _by_rule(quotekit_parse(text), "direct:colon-block") == []


def test_quotation_markup_and_furniture_after_the_colon_are_no_block(quotekit_parse) -> None:
    quoted = 'Velde added:\n\n"We will not wait another twenty years," she told them.'
    assert _by_rule(quotekit_parse(quoted), "direct:colon-block") == []
    markup = ('One resident tweeted:\n\n<tweet tweet-author="@x">Build it now</tweet>')
    assert _by_rule(quotekit_parse(markup), "direct:colon-block") == []
    furniture = "Velde added:\n\nREAD MORE: Council approves the bridge budget"
    assert _by_rule(quotekit_parse(furniture), "direct:colon-block") == []


def test_plan_introduced_with_a_colon_is_no_block(quotekit_parse) -> None:
    text = ("The council's plans include:\n\n"
            "A new bridge over the river and a bus lane on the high street.")
    assert _by_rule(quotekit_parse(text), "direct:colon-block") == []


def test_reporting_verb_tagged_as_a_noun_still_reports(quotekit_parse) -> None:
    article = quotekit_parse("But Trump claims that he should be the exception.")
    assert [s.content for s in article.statements] == ["that he should be the exception"]
    s = article.statements[0]
    assert s.cue is not None and s.cue.text == "claims"
    assert s.speaker is not None and s.speaker.name == "Trump"


def test_according_to_inside_a_sentence_reports_the_whole_sentence(quotekit_parse) -> None:
    article = quotekit_parse("Ticket sales, according to the organisers, have doubled since May.")
    assert [s.content for s in article.statements] == [
        "Ticket sales, according to the organisers, have doubled since May"]
    assert article.statements[0].evidence.rule == "indirect:according-to"


def test_according_to_between_two_clauses_reports_both_sides(quotekit_parse) -> None:
    text = ("Ticket sales doubled in May, according to the organisers, and hotel bookings "
            "rose by a third.")
    statements = quotekit_parse(text).statements
    assert [s.content for s in statements] == [
        "Ticket sales doubled in May", "hotel bookings rose by a third"]
    assert all(s.speaker is not None and s.speaker.name == "organisers" for s in statements)


def test_according_to_phrase_ends_at_its_comma(quotekit_parse) -> None:
    text = ("According to the Harbour Authority, 41 of the 60 berths — most of them leased to "
            "fishing crews — stood empty, with ten more due to close.")
    contents = [s.content for s in quotekit_parse(text).statements]
    assert contents and contents[0].startswith("41 of the 60 berths")


def test_according_to_in_brackets_leaves_no_bracket(quotekit_parse) -> None:
    article = quotekit_parse("Her savings came to $90,000 (according to court filings).")
    assert [s.content for s in article.statements] == ["Her savings came to $90,000"]
