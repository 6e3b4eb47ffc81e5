"""What the parser must find: each phenomenon on a small text written for the test."""

from __future__ import annotations

import pytest

from quotekit import Article, Statement


def by_content(article: Article, words: str) -> Statement:
    found = [s for s in article.statements if words in s.content]
    assert found, f"no statement contains {words!r}: {[s.content for s in article.statements]}"
    return found[0]


def check_offsets(article: Article) -> None:
    text = article.text
    for s in article.statements:
        assert text[s.start:s.end] == s.content
        if s.cue:
            assert text[s.cue.start:s.cue.end] == s.cue.text
        if s.mention:
            assert text[s.mention.start:s.mention.end] == s.mention.text
    starts = [s.start for s in article.statements]
    assert starts == sorted(starts)


# -- direct quotes in every common style ---------------------------------------------------

@pytest.mark.parametrize("opening, closing", [
    ("“", "”"), ('"', '"'), ("‘", "’"), ("'", "'"), ("«", "»"), ("„", "“"),
    ("« ", " »"), ("«\u00a0", "\u00a0»"), ("‹ ", " ›"), ("``", "''"),
])
def test_quote_styles(quotekit_parse, opening: str, closing: str) -> None:
    text = (f"The mayor spoke on Monday. {opening}We will rebuild the bridge by spring,{closing} "
            "Mayor Ellen Park said.")
    article = quotekit_parse(text)
    check_offsets(article)
    s = by_content(article, "We will rebuild the bridge by spring")
    assert s.kind == "direct"
    assert s.speaker is not None and s.speaker.name == "Ellen Park"
    assert s.content.startswith("We will")
    assert opening not in s.content[:1]
    assert [(q.text, q.statement) for q in article.quotations] == [
        ("We will rebuild the bridge by spring,", article.statements.index(s))]


def test_apostrophes_are_not_quotes(quotekit_parse) -> None:
    text = ("Jones’ car was parked near South Korea’s embassy. Rock ’n’ roll of the ’90s played "
            "all night, the owner’s son said.")
    article = quotekit_parse(text)
    check_offsets(article)
    assert all(s.kind != "direct" for s in article.statements)


def test_attribution_after_before_and_inside(quotekit_parse) -> None:
    text = (
        "“The budget is balanced,” said Governor Maria Lopez, speaking in Albany.\n\n"
        "Senator Tom Reed said: “We do not agree with those numbers.”\n\n"
        "“It is a good start,” Reed said, “but we need more detail.”"
    )
    article = quotekit_parse(text)
    check_offsets(article)
    assert by_content(article, "The budget is balanced").speaker.name == "Maria Lopez"
    assert by_content(article, "We do not agree").speaker.name == "Tom Reed"
    first = by_content(article, "It is a good start")
    second = by_content(article, "but we need more detail")
    assert first.speaker.name == second.speaker.name == "Tom Reed"
    assert first.kind == second.kind == "direct"


def test_quote_over_several_sentences_and_carry_over(quotekit_parse) -> None:
    text = (
        "“Prices rose again. Families feel it every week,” the economist Ana Ruiz said. "
        "“Wages have not kept up.”"
    )
    article = quotekit_parse(text)
    check_offsets(article)
    first = by_content(article, "Families feel it")
    assert first.content.startswith("Prices rose again.")
    assert by_content(article, "Wages have not kept up").speaker.name == "Ana Ruiz"


def test_multi_paragraph_quote(quotekit_parse) -> None:
    text = (
        "Coach Dana Miles said: “We trained hard all winter. Nobody took a day off.\n\n"
        "“We are ready for the final. The players believe in each other.”\n\n"
        "The final is on Sunday."
    )
    article = quotekit_parse(text)
    check_offsets(article)
    later = by_content(article, "We are ready for the final")
    assert later.speaker is not None and later.speaker.name == "Dana Miles"


def test_unbalanced_mark_does_not_break_the_rest(quotekit_parse) -> None:
    text = (
        "The report, titled “Water for all, was published in May.\n\n"
        "“We found leaks everywhere,” engineer Paul Grant said."
    )
    article = quotekit_parse(text)
    check_offsets(article)
    assert by_content(article, "We found leaks everywhere").speaker.name == "Paul Grant"


def test_dash_attribution(quotekit_parse) -> None:
    text = "“We will not resign. Not today, not tomorrow.” — Prime Minister Hana Sato"
    article = quotekit_parse(text)
    check_offsets(article)
    s = by_content(article, "We will not resign")
    assert s.kind == "direct"
    assert s.speaker is not None and s.speaker.name == "Hana Sato"


# -- indirect and mixed speech ---------------------------------------------------------------

@pytest.mark.parametrize("text, speaker, words", [
    ("Finance Minister Olga Berg said on Friday that the deficit would shrink next year.",
     "Olga Berg", "the deficit would shrink"),
    ("The deficit will shrink next year, Finance Minister Olga Berg said.",
     "Olga Berg", "The deficit will shrink"),
    ("According to Olga Berg, the deficit will shrink next year.",
     "Olga Berg", "the deficit will shrink"),
    ("The deficit will shrink next year, according to Olga Berg.",
     "Olga Berg", "The deficit will shrink"),
    ("Olga Berg told reporters the deficit would shrink next year.",
     "Olga Berg", "the deficit would shrink"),
    ("Olga Berg stressed the need to cut the deficit next year.",
     "Olga Berg", "the need to cut the deficit"),
    ("Olga Berg called for a freeze on public hiring.",
     "Olga Berg", "a freeze on public hiring"),
    ("Olga Berg expressed hope that the deficit would shrink next year.",
     "Olga Berg", "the deficit would shrink"),
])
def test_indirect_speech(quotekit_parse, text: str, speaker: str, words: str) -> None:
    article = quotekit_parse(text)
    check_offsets(article)
    s = by_content(article, words)
    assert s.kind == "indirect"
    assert s.speaker is not None and s.speaker.name == speaker
    assert s.cue is not None


def test_organisations_and_countries_as_sources(quotekit_parse) -> None:
    text = (
        "The Health Ministry said the outbreak was under control.\n\n"
        "Canada maintains that the border will stay open."
    )
    article = quotekit_parse(text)
    check_offsets(article)
    ministry = by_content(article, "the outbreak was under control")
    assert ministry.speaker.name == "Health Ministry"
    assert ministry.speaker.kind == "organization"
    canada = by_content(article, "the border will stay open")
    assert canada.speaker.name == "Canada"


def test_mixed_quote(quotekit_parse) -> None:
    text = ("Mayor Ellen Park said the city would “fully restore” the bridge, adding that "
            "work would start in April.")
    article = quotekit_parse(text)
    check_offsets(article)
    s = by_content(article, "fully restore")
    assert s.kind == "mixed"
    assert s.speaker.name == "Ellen Park"
    assert s.start < article.text.index("fully restore") - 2  # the reported clause around it


def test_scare_quote_alone_is_no_statement(quotekit_parse) -> None:
    text = "The company is “positively” reviewing its options for the factory in Ohio."
    article = quotekit_parse(text)
    assert not [s for s in article.statements if "positively" in s.content]
    # still listed among the quotations, with no statement
    assert [(q.text, q.statement) for q in article.quotations] == [("positively", None)]


def test_headline_attribution(quotekit_parse) -> None:
    text = ("EU trade chief: Tariffs will hurt everyone\n\n"
            "Trade Commissioner Lena Holt spoke in Brussels on Monday.")
    article = quotekit_parse(text)
    check_offsets(article)
    s = by_content(article, "Tariffs will hurt everyone")
    assert s.cue is not None and s.cue.text == ":"
    assert s.mention is not None and "trade chief" in s.mention.text


def test_headline_attribution_holds_a_belief_it_reports(quotekit_parse) -> None:
    """"Name: I still believe ...": the headline's words are the name's, the belief nested in
    them no reason to drop it."""
    text = ("Okafor: I Still Believe the Bridge Can Be Saved\n\n"
            "The engineer Ade Okafor said on Monday the bridge could be repaired.")
    article = quotekit_parse(text)
    check_offsets(article)
    s = by_content(article, "I Still Believe the Bridge Can Be Saved")
    assert s.evidence.rule == "indirect:headline-colon"
    assert s.speaker is not None and s.speaker.name == "Ade Okafor"


def test_byline_and_caption_are_not_statements(quotekit_parse) -> None:
    text = (
        "By Ahn Mi-ran\n\n"
        "Mayor Ellen Park (left) talks to reporters in Seoul on Monday. (Yonhap)\n\n"
        "“The bridge will open in May,” Park said."
    )
    article = quotekit_parse(text)
    check_offsets(article)
    assert [s.speaker.name for s in article.statements] == ["Ellen Park"]


# -- speakers ----------------------------------------------------------------------------

def test_surname_and_family_name_first(quotekit_parse) -> None:
    text = (
        "Stephanie Moreau, the agency's chief economist, met her counterpart Park Ji-hoon in "
        "Seoul.\n\n"
        "“Growth is slowing,” Moreau said.\n\n"
        "“Exports are holding up,” Park said."
    )
    article = quotekit_parse(text)
    moreau = by_content(article, "Growth is slowing").speaker
    park = by_content(article, "Exports are holding up").speaker
    assert moreau.name == "Stephanie Moreau"
    assert "chief economist" in moreau.titles
    assert park.name == "Park Ji-hoon"


def test_pronoun_goes_to_last_speaker(quotekit_parse) -> None:
    text = (
        "“Our talks went well,” spokeswoman Karen Diaz said at a briefing.\n\n"
        "She added that a second round would follow in June."
    )
    article = quotekit_parse(text)
    s = by_content(article, "a second round would follow")
    assert s.mention.text == "She"
    assert s.speaker.name == "Karen Diaz"
    assert "spokeswoman" in s.speaker.titles


def test_description_resolves_to_entity(quotekit_parse) -> None:
    text = (
        "The Foreign Ministry summoned the ambassador on Monday.\n\n"
        "“The two sides talked for an hour,” the ministry said in a statement."
    )
    article = quotekit_parse(text)
    s = by_content(article, "The two sides talked")
    assert s.mention.text == "the ministry"
    assert s.speaker.name == "Foreign Ministry"


def test_titles_and_affiliation(quotekit_parse) -> None:
    text = ("Canada’s Deputy Prime Minister Ruth Olsen said the deal was fair.\n\n"
            "“We got what we wanted,” Olsen said.")
    article = quotekit_parse(text)
    sp = by_content(article, "We got what we wanted").speaker
    assert sp.name == "Ruth Olsen"
    assert "Deputy Prime Minister" in sp.titles
    assert sp.affiliation == "Canada"
    # one Speaker object behind both statements
    assert len({id(s.speaker) for s in article.statements if s.speaker_name == "Ruth Olsen"}) == 1


def test_unresolved_mention_keeps_its_words(quotekit_parse) -> None:
    text = "A senior official said the talks would resume next week."
    article = quotekit_parse(text)
    s = by_content(article, "the talks would resume")
    assert s.speaker is not None
    assert s.speaker.name == "senior official"
    assert not s.speaker.resolved
    assert s.confidence < 0.8


def test_transcript_labels(quotekit_parse) -> None:
    text = (
        "Partial transcript as follows:\n\n"
        "HOST: Will the senator run again next year?\n\n"
        "MORALES: We have not decided. We will talk to our families first."
    )
    article = quotekit_parse(text)
    check_offsets(article)
    s = by_content(article, "We have not decided")
    assert s.kind == "direct"
    assert s.mention is not None and s.mention.text == "MORALES"
    assert s.cue is not None and s.cue.text == ":"


def test_parenthetical_attribution(quotekit_parse) -> None:
    text = "This campaign, the governor says, is different from the last one."
    article = quotekit_parse(text)
    check_offsets(article)
    pieces = [s for s in article.statements if s.mention and s.mention.text == "the governor"]
    assert [p.content for p in pieces] == ["This campaign", "is different from the last one"]
    assert pieces[0].speaker is pieces[1].speaker


def test_as_clause_attribution(quotekit_parse) -> None:
    text = "As the report noted, the river had flooded twice since April."
    article = quotekit_parse(text)
    check_offsets(article)
    s = by_content(article, "the river had flooded twice")
    assert s.mention is not None and s.mention.text == "the report"


def test_relative_pronoun_source_resolves_to_antecedent(quotekit_parse) -> None:
    text = ("The plan was backed by Senator Amy Walsh, who said it would save the state "
            "millions of dollars.")
    article = quotekit_parse(text)
    s = by_content(article, "it would save the state")
    assert s.mention is not None and s.mention.text == "who"
    assert s.speaker is not None and s.speaker.name == "Amy Walsh"


def test_a_long_chain_of_continued_quotations_keeps_short_evidence(quotekit_parse) -> None:
    """Issue 15 item 14: each link of a continuation chain added ``follows:`` to the
    evidence (6.4 KB after 800 quotations); deeper than two links, the depth is counted."""
    text = "“We will win this race,” Senator Anna Reed said. " + " ".join(
        f"“The voters are with us, all {i} of them.”" for i in range(40))
    article = quotekit_parse(text)
    assert len(article.statements) == 41
    last = article.statements[-1]
    assert last.evidence.depth == 40 and last.speaker_name == "Anna Reed"
    assert str(last.evidence).endswith("; speaker:follows(40):name")
    assert max(len(str(s.evidence)) for s in article.statements) < 60


@pytest.mark.parametrize("mark", ["\u200b", "\u2060", "\u200d", "\u00ad", "\ufeff"])
def test_format_characters_are_ignored(quotekit_parse, mark: str) -> None:
    """Issue 15 item 8: a zero-width space after "said" lost the statement; one inside a name
    split it; joiners and soft hyphens stayed in the name."""
    text = (f"“We will win the vote,” Lee Ha{mark}rt said{mark}. "
            f"The mayor Ana Ru{mark}iz said{mark} the plan works.")
    article = quotekit_parse(text)
    assert [(s.content, s.speaker_name) for s in article.statements] == [
        ("We will win the vote", "Lee Hart"), ("the plan works", "Ana Ruiz")]
    for s in article.statements:
        assert text[s.start:s.end] == s.content
        assert s.mention is not None and text[s.mention.start:s.mention.end] == s.mention.text
        assert mark in s.mention.text  # the input's own characters
    assert all(mark not in a for sp in article.speakers for a in (sp.name, *sp.aliases))


# -- who does a verb that hangs on another ----------------------------------------------------

def test_object_control_and_clauses_on_things(quotekit_parse) -> None:
    # the object of "prompted" declares; "a chance" reminds no one: the governor does
    article = quotekit_parse(
        "The audit prompted the senators to declare that the program had failed. "
        "The governor never missed a chance to remind voters that taxes had fallen.")
    check_offsets(article)
    declared = by_content(article, "the program had failed")
    assert declared.mention is not None and declared.mention.text == "the senators"
    reminded = by_content(article, "taxes had fallen")
    assert reminded.mention is not None and reminded.mention.text == "The governor"
