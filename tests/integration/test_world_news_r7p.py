"""Round 7 (speakers): five articles written for these tests
(tests/fixtures/world_news/r7p_*.txt) in speaker-heavy genres: a Tokyo budget row with
Japanese names in both orders ("Prime Minister Kurosawa Tadanori", "Akiko Murayama") and a
Chinese foreign-ministry spokesperson; a Gulf water pact with Arabic names ("Sheikh", "bin",
"al-", "Eng.", "Dr."); a Ukraine front-line story with military ranks ("Colonel General",
"Lieutenant Colonel", "Sergeant") and Russian officials; an Indian state assembly story with
initials ("K. T. Srinivasa Rao", "Smt. D. K. Aruna Bai", "Chief Minister"); and a vigil of
faith leaders ("the Most Rev", "Imam", "Rabbi", "Cardinal", "the Rev. Canon", "Sister").
Gold (speech scope) is written by hand from the text and scored as in test_world_news.py."""

from __future__ import annotations

import pytest
from test_world_news import Gold, Parse, article_checks, speaker_of

GOLD: dict[str, Gold] = {
    "r7p_tokyo_diet.txt": Gold(
        expected=[
            ("Japan \"cannot keep borrowing for its own security", "Kurosawa Tadanori"),
            ("The security environment around Japan is the most severe", "Kurosawa Tadanori"),
            ("We owe it to the next generation to pay for this honestly", "Kurosawa Tadanori"),
            ("her party would not support the bill", "Yamanobe Kazuko"),
            ("Households are already struggling with rice prices", "Yamanobe Kazuko"),
            ("Asking them to pay more now is simply not acceptable", "Yamanobe Kazuko"),
            ("talks with the coalition partner would continue", "Hoshino Ryuji"),
            ("the government had no plan to withdraw the bill", "Hoshino Ryuji"),
            ("the surcharge would raise about 1.1 trillion yen a year", "Akiko Murayama"),
            ("This is not a permanent tax", "Akiko Murayama"),
            ("Japan's military build-up was \"a matter of serious concern", "Zhou Lanying"),
            ("We urge the Japanese side to reflect on history", "Zhou Lanying"),
            ("the row was the most serious test of the coalition", "Kenji Watanabe-Holt"),
            ("Komei Mirai has threatened before", "Kenji Watanabe-Holt"),
        ],
        # "defended his government's plan" (defend+dobj); a poll's finding (evidence)
        optional=["his government's plan to fund a record defence budget",
                  "61 percent of respondents opposed the surcharge"],
        forbidden=["By Keiko Tanabe-Morris", "The Asahara Shimbun English Edition",
                   "uses the Western name order", "would add 1 percent to income tax bills",
                   "is expected to vote on the budget bill", "Editing by Paul Grieve"],
    ),
    "r7p_gulf_water.txt": Gold(
        expected=[
            ("the pact would allow any member state to draw up to 400,000",
             "Mansour bin Zayed Al Harthi"),
            ("Water security is national security", "Mansour bin Zayed Al Harthi"),
            ("No country in this region can face the summer alone", "Mansour bin Zayed Al Harthi"),
            ("the kingdom would complete its section of the connecting pipeline",
             "Faisal bin Abdulrahman Al-Otaibi"),
            ("the project would cost about 2.3 billion riyals",
             "Faisal bin Abdulrahman Al-Otaibi"),
            ("Oman has the longest coastline in the group", "Salim bin Hamad al-Busaidi"),
            ("peak consumption on the island had reached a record",
             "Electricity and Water Authority"),
            ("the agreement did little to address the brine", "Layla Abdel-Rahman al-Kuwari"),
            ("We are solving today's problem", "Layla Abdel-Rahman al-Kuwari"),
            ("the four states had agreed to share monitoring data",
             "Mansour bin Zayed Al Harthi"),
            ("the contracts for the pipeline would be worth", "Abu Bakr bin Saeed Ba'abbad"),
        ],
        # what "officials said" in a relative clause of the lede; the topic of a question
        # put to the minister ("Asked about the environmental concerns, ..."): the asker's,
        # neither way, as r7q's "When asked about a report that ..." (PolNeAR reads 63% of
        # "ask about" topics as content)
        optional=["would protect water supplies during summer demand peaks",
                  "the environmental concerns"],
        forbidden=["Staff Reporter", "Published 14 August 2026", "Al Khaleej Business Review",
                   "are due to meet again in Muscat", "Related: Kuwait rations water"],
    ),
    "r7p_kyiv_front.txt": Gold(
        expected=[
            ("Ukrainian forces repelled a large armoured assault near the eastern town",
             "Oleksandr Hrytsenko"),
            ("its troops had taken two villages in the same sector", None),
            ("Russian units had attacked with more than 40 armoured vehicles",
             "Oleksandr Hrytsenko"),
            ("The enemy lost most of that column", "Oleksandr Hrytsenko"),
            ("the fighting was \"the heaviest we have seen", "Vitaliy Dmytrenko"),
            ("Russian troops had \"liberated\" the villages", "Igor Zavarzin"),
            ("the claim was false", "General Staff"),
            ("Kyiv was still waiting for air-defence missiles", "Iryna Kovalchuk-Brand"),
            ("Every week of delay is paid for in the lives of civilians",
             "Iryna Kovalchuk-Brand"),
            ("Russia remained \"open to negotiations\"", "Arkady Shuvalov"),
            ("two people were killed when a drone struck a bus depot",
             "Serhiy Lysak-Romanenko"),
            ("The drone hit the depot at six in the morning", "Serhiy Lysak-Romanenko"),
            ("his unit had been under near-constant shelling", "Mykola Ivanyshyn"),
            ("We sleep in shifts of two hours", "Mykola Ivanyshyn"),
            ("it had shot down 61 of 78 drones", None),
        ],
        # the headline; "officials reported damage" (report+dobj)
        optional=["Ukraine says it repelled assault near Vuhlesk; Moscow claims gains",
                  "damage far behind the front"],
        forbidden=["By Olena Marchuk and David Hershaw", "could not independently verify",
                   "Additional reporting by Pavel Orlov", "Editing by Susan Fenwick"],
    ),
    "r7p_telangana_assembly.txt": Gold(
        expected=[
            ("the previous government had left behind dues", "A. Revanth Mallikarjun"),
            ("We inherited a project that was designed for contractors",
             "A. Revanth Mallikarjun"),
            ("the project had irrigated 11 lakh acres", "K. T. Srinivasa Rao"),
            ("The Chief Minister is insulting the farmers", "K. T. Srinivasa Rao"),
            ("an expert committee had found cracks", "N. Uttam Reddy-Gowd"),
            ("the repairs would be completed before the monsoon", "N. Uttam Reddy-Gowd"),
            ("her party would raise the issue in Parliament", "D. K. Aruna Bai"),
            ("This is a scam of national proportions", "D. K. Aruna Bai"),
            ("the government should first release the pending compensation",
             "Syed Ahmed Pasha Qadri"),
            ("farmers in Karimnagar district had not received water", "P. Venkateshwarlu"),
            ("We were promised water for two crops", "P. Venkateshwarlu"),
        ],
        # a refusal to order a probe
        optional=["refused to order a judicial probe"],
        forbidden=["adjourned the House for 15 minutes",
                   "passed the Deccan State Municipalities",
                   "is expected to table the supplementary estimates",
                   "With inputs from our Karimnagar correspondent"],
    ),
    "r7p_interfaith_vigil.txt": Gold(
        expected=[
            ("an attack on one house of worship was an attack on all of them",
             "Jonathan Ashdown-Pryce"),
            ("We will not let fear write the story of this city", "Jonathan Ashdown-Pryce"),
            ("the community had been \"overwhelmed by the kindness", "Qasim Rahmatullah"),
            ("more than £60,000 had been raised online", "Qasim Rahmatullah"),
            ("Our doors were burned, but they will open again", "Qasim Rahmatullah"),
            ("her congregation had offered its hall", "Miriam Feldstein-Cole"),
            ("When my grandparents arrived in this city", "Miriam Feldstein-Cole"),
            ("the Catholic community stood \"in prayer and solidarity\"", "Vincent Mulreany"),
            ("local churches would hold a collection", "Abigail Thorne"),
            ("a 24-year-old man had been arrested on suspicion of arson",
             "West Yorkshire Police"),
            ("officers were treating the fire as a hate crime", "Farhan Malik"),
            ("We understand the fear this has caused", "Farhan Malik"),
            ("she had come \"because this is what neighbours do", "Bernadette O'Farrell"),
        ],
        # what the trustees (a group named by a description) hoped
        optional=["they hoped to reopen the prayer hall"],
        forbidden=["By Rachel Okonedo, Religion Correspondent", "Last updated 19:40 BST",
                   "Copyright Northern Chronicle 2026"],
    ),
}


#: Statements the speaker stage still names otherwise: the first words of each, checked by a
#: strict xfail (``known_gaps``).
KNOWN_WRONG = {
    # "..., the commander of the ground forces said" in the lede, named only in the next
    # sentence as "Colonel General Oleksandr Hrytsenko": the description shares no word with
    # his title, so it stays unresolved
    "r7p_kyiv_front.txt": ["Ukrainian forces repelled"],
    # "AIMIM member Syed Ahmed Pasha Qadri": the recognizer tags "Syed" alone (the parser
    # reads it as a verb at a sentence's start) and the four-word run is not read as one name:
    # "Ahmed Pasha Qadri"
    "r7p_telangana_assembly.txt": ["the government should first release"],
}

CHECKS = article_checks(GOLD, known_wrong=KNOWN_WRONG)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_bylines_plans_or_figures = CHECKS.nothing_else
test_known_speaker_gaps = CHECKS.known_gaps


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a hyphenated surname after a title the recognizer took into the name
    ("Rabbi Hannah Goldberg-Weiss of the Beth Shalom congregation said the hall would stay "
     "open.", "the hall would stay open", "Hannah Goldberg-Weiss"),
    ("The Rev. Canon Martin Ellery, rector of the parish, said the bells would ring at noon.",
     "the bells would ring at noon", "Martin Ellery"),
    # a constituency in brackets after the name
    ("Several MPs spoke. Mr Daniel Koh (Tampines East GRC) said the rules were too loose for "
     "small firms.", "the rules were too loose", "Daniel Koh"),
])
def test_a_title_or_a_bracket_around_a_name(quotekit_parse: Parse, text: str, words: str,
                                            speaker: str) -> None:
    """The title before a name and a constituency in brackets after it are not the name."""
    assert speaker_of(quotekit_parse(text), words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Imam Yusuf Karimov said the mosque would open its doors to all. \"We have nothing to "
     "hide,\" Imam Karimov said.", "We have nothing to hide", "Yusuf Karimov"),
    ("Detective Chief Inspector Joanna Pike said two men had been arrested. \"We are not "
     "looking for anyone else,\" DCI Pike said.", "We are not looking for anyone else",
     "Joanna Pike"),
])
def test_a_title_and_a_surname_name_the_person_named_in_full(quotekit_parse: Parse, text: str,
                                                             words: str, speaker: str) -> None:
    """A later "Imam Karimov" or "DCI Pike" (the title's initials) is the person named
    before with that title, not a new one."""
    assert speaker_of(quotekit_parse(text), words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # the words before "and" the recognizer left out of a body's name
    ("Heavy rain fell overnight.\n\nNorth Yorkshire Fire and Rescue Service said crews had "
     "rescued nine drivers.", "crews had rescued nine drivers",
     "North Yorkshire Fire and Rescue Service"),
    # a description head opening the sentence before a company's name
    ("Shares rose.\n\nBrokerage Mehta Dalal Securities said in a note that the deal was fairly "
     "priced.", "the deal was fairly priced", "Mehta Dalal Securities"),
    # a company's first word, tagged a person
    ("Dec 2 (Reuters) - Ostrava Steel Group cut its forecast on Monday.\n\nOstrava said in a "
     "statement that it expected prices to recover.", "it expected prices to recover",
     "Ostrava Steel Group"),
])
def test_a_body_named_in_full(quotekit_parse: Parse, text: str, words: str,
                              speaker: str) -> None:
    """A body's name with the words the recognizer cut or ran over, and a short name of it."""
    assert speaker_of(quotekit_parse(text), words) == speaker


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("Minister for Housing Declan Furlong said the figures were wrong.", "the figures were wrong",
     "Declan Furlong"),
    ("Labour TD for Dublin Bay South Aoife Kinsella said the Government was out of touch.",
     "the Government was out of touch", "Aoife Kinsella"),
])
def test_a_name_the_parser_took_into_a_titles_portfolio(quotekit_parse: Parse, text: str,
                                                        words: str, speaker: str) -> None:
    """"Minister for Housing Declan Furlong said": the name ending the title's "for" phrase
    right before the verb is the speaker (with a given name the recognizer left out)."""
    assert speaker_of(quotekit_parse(text), words) == speaker


def test_a_title_after_the_is_a_description_not_a_name(quotekit_parse: Parse) -> None:
    """"the Kerry TD" is the TD named before, though the recognizer took the county for a
    person's name ("who represents Kerry")."""
    text = ("Independent TD Siobhán Ní Bhriain, who represents Kerry, said small towns were "
            "being ignored. \"There is not one flat to rent in Killarney,\" the Kerry TD said.")
    assert speaker_of(quotekit_parse(text), "There is not one flat") == "Siobhán Ní Bhriain"
