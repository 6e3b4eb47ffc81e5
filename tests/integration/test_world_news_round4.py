"""Six more articles from outside US politics, written for these tests
(tests/fixtures/world_news/*.txt): a murder trial with a witness's evidence and her
cross-examination, an obituary of tributes, a WHO briefing of figures and officials, a wire
round-up of the world's reaction to a strike (governments, ministries and spokespeople), a
product launch with executives and analysts, and an Australian federal politics story
("Mr Albanese", "the Opposition Leader"). Gold (speech scope) is written by hand and scored as
in test_world_news.py."""

from __future__ import annotations

import pytest
from test_world_news import Gold, Parse, article_checks, titles_of

GOLD: dict[str, Gold] = {
    "murder_trial.txt": Gold(
        expected=[
            ("she heard screaming from the flat next door", "Marian Ashworth"),
            ("she was watching television shortly after 10pm", "Marian Ashworth"),
            ("It was a man's voice, shouting, then screaming", "Marian Ashworth"),
            ("And then nothing. I thought about ringing", "Marian Ashworth"),
            ("she called 999 about 40 minutes later", "Marian Ashworth"),
            ("The shouting was Darren", "Marian Ashworth"),
            ("I had heard him shout before", "Marian Ashworth"),
            ("that the walls were thick", "Julian Pryce"),
            ("You have described the walls as solid brick", "Julian Pryce"),
            ("They are", "Marian Ashworth"),
            ("But I know what I heard", "Marian Ashworth"),
            ("she had told a police officer on the night", "Julian Pryce"),
            ("she had been in shock", "Marian Ashworth"),
            ("Mr Forsythe had died from a single stab wound", "Rajan Mehra"),
            ("the wound was consistent with a kitchen knife", "Rajan Mehra"),
            ("whether the injury could have been caused in a struggle", "Julian Pryce"),
            ("possible, but not the most likely explanation", "Rajan Mehra"),
            ("officers arrested Mr Kilbride at a relative's house", "Paul Henshaw"),
            ("the defendant made no comment in interview", "Paul Henshaw"),
            ("Mr Kilbride killed his partner", None),
            ("he acted in self-defence", None),
            ("not to discuss the case with anyone", "Carrow"),
        ],
        # the headline; a plea ("denies murdering ..."); the prosecutor's question, the
        # witness's admission ("accepted that she had said that"); "a man accused of killing
        # ..." (PolNeAR annotates "a contractor accused of spying" as content, and a rule
        # dropping it lost as many PolNeAR train matches as false predictions)
        optional=["she heard 'screaming and then nothing'",
                  "accused of killing his business partner",
                  "murdering Neil Forsythe, 49, at the flat they shared",
                  "whether she had recognised either voice", "that she had said that"],
        forbidden=["By Claire Donnelly",
                   "The trial continues", "was giving evidence on the second day"],
    ),
    "obituary_tributes.txt": Gold(
        expected=[
            ("she died peacefully at home in Edgbaston", None),
            ("Mum was a storyteller to the very end", "Daniel Oduya"),
            ("She loved this city and its people", "Daniel Oduya"),
            ("a pioneer who opened the doors for so many of us", "Gareth Pryce-Owen"),
            ("Margaret did not just talk to Birmingham", "Gareth Pryce-Owen"),
            ("Her warmth and her curiosity", "Gareth Pryce-Owen"),
            ("the region had lost \"a true original.\"", "Andrew Kettley"),
            ("her programme had helped new arrivals feel", "Andrew Kettley"),
            ("the auntie of the airwaves", "Lemn Ashby"),
            ("she was fearless in the studio", "Tony Ridgeway"),
            ("She would take on a cabinet minister", "Tony Ridgeway"),
            ("Nobody else could do both", "Tony Ridgeway"),
            ("the charity would establish a bursary", "Kezia Brown"),
            ("She came in every Thursday until last year", "Kezia Brown"),
            ("The young people adored her", "Kezia Brown"),
        ],
        optional=["Tributes have been paid"],
        forbidden=["present a regular programme on British radio", "appointed MBE",
                   "A funeral will be held", "Margaret in the Afternoon, mixed music"],
    ),
    "who_briefing.txt": Gold(
        expected=[
            ("Cholera cases reported worldwide rose by about 40%", "World Health Organization"),
            ("the global emergency stockpile of oral vaccine had been depleted",
             "World Health Organization"),
            ("Some 612,000 cases and 4,300 deaths were reported", "World Health Organization"),
            ("We are seeing outbreaks that are larger", "Henrik Solvang"),
            ("This is a disease of poverty and conflict", "Henrik Solvang"),
            ("the stockpile, managed by the International Coordinating Group", "Henrik Solvang"),
            ("manufacturers were producing \"far fewer doses", "Henrik Solvang"),
            ("to fund a second supplier in Africa", "Henrik Solvang"),
            ("conflict had made it \"almost impossible\"", "Lucia Ferraz"),
            ("Our teams have supplies sitting in warehouses", "Lucia Ferraz"),
            ("the organisation faced a shortfall of $160 million", "Samuel Adeyinka"),
            ("to invest in clean water and sanitation", "Samuel Adeyinka"),
            ("end cholera for good, not just for a season", "Samuel Adeyinka"),
            ("it was working with manufacturers to increase output", "Gavi"),
            ("it had opened 14 new treatment centres", None),
            ("fuel shortages were delaying deliveries", None),
            ("its staff in South Kivu had treated more than 9,000", "Medecins Sans Frontieres"),
            ("People are arriving at our centres already severely dehydrated", "Aline Mukamana"),
            ("Many have walked for two days", "Aline Mukamana"),
            ("it would publish updated guidance", "World Health Organization"),
        ],
        # the headline; a figure "according to the report"
        optional=["cholera cases up 40% as funding gap threatens vaccine stockpile",
                  "The case fatality rate in several countries exceeded 1%"],
        forbidden=["GENEVA (Reuters)", "Reporting by Nina Larsen", "asked not to be identified"],
    ),
    "world_reaction.txt": Gold(
        expected=[
            ("to return to talks", None),
            ("the attack was \"pure terror\"", "Oksana Hrytsenko"),
            ("Every day without a decision is a day of new funerals", "Oksana Hrytsenko"),
            ("its forces had struck \"military infrastructure\"", None),
            # a second report of the same speaker after "and" (round 5: no longer part of
            # the first one's content)
            ("targeting civilians", None),
            ("the United States was \"horrified\" by the strike", None),
            ("the attack was \"a war crime that will not go unpunished.\"", None),
            ("Russia was \"waging war against the civilian population.\"", "Katrin Albrecht"),
            ("he had spoken to his Ukrainian counterpart", "Jonathan Ashdown"),
            ("\"whatever help is needed\" to treat the wounded", "Jonathan Ashdown"),
            ("China was \"deeply concerned\" about civilian casualties", "Wang Lixia"),
            ("We call on all parties to exercise restraint", "Wang Lixia"),
            ("the loss of innocent lives was \"deeply disturbing,\"", None),
            ("Ankara was ready to host new negotiations", "Mehmet Karaca"),
            ("a ceasefire was \"more urgent than ever.\"", "Mehmet Karaca"),
            ("its monitors were working to verify the casualty figures",
             "U.N. human rights office"),
            ("Attacks directed against civilians are prohibited", "Sabine Keller"),
            ("barbaric", "Tomasz Wierzbicki"),
            ("Warsaw would push for a new package", "Tomasz Wierzbicki"),
            ("14 of the wounded were in serious condition", "Ihor Melnychenko"),
            ("rescuers had finished searching the rubble", "Ihor Melnychenko"),
        ],
        # the headline's and lede's "condemn(ed) X", "call for restraint", "repeated its call
        # for ..." (objects of a verb of criticism or a call: PolNeAR content)
        optional=["condemn missile strike on Kharkiv market", "call for restraint",
                  "a missile strike on a crowded market", "its call for dialogue and diplomacy"],
        forbidden=["By Reuters staff", "did not comment", "Compiled by Daniel Harte"],
    ),
    "tech_launch.txt": Gold(
        expected=[
            ("can replace a laptop for everyday office work", "Veyra Labs"),
            ("is 40% lighter than its predecessor", "Veyra Labs"),
            ("This is the first headset you can wear all day", "Nadia Farouk"),
            ("We didn't build a gadget", "Nadia Farouk"),
            ("the company had sold \"hundreds of thousands\"", "Nadia Farouk"),
            ("Veyra had spent three years shrinking the optics", "Owen Castellano"),
            ("Every gram mattered", "Owen Castellano"),
            ("We rebuilt the lens stack from scratch", "Owen Castellano"),
            ("the price would keep the headset", "Priya Natarajan"),
            ("The hardware is impressive", "Ben Aldridge"),
            ("The question is whether people actually want", "Ben Aldridge"),
            ("the companies had \"reimagined what a desk can be.\"", "Aaron Whitfield"),
            ("bystanders had no way of knowing", "Electronic Frontier Foundation"),
            ("the cameras do not store images", "Veyra Labs"),
        ],
        # the headline; an analyst's estimate (perception: attribution scope); "announced a
        # partnership" (announce+dobj: PolNeAR content); "raised concerns about ..."
        optional=["it says will replace your laptop",
                  "Veyra would ship about 600,000 units", "a partnership with Microsoft",
                  "concerns about the headset's eight external cameras"],
        forbidden=["By Marcus Lindgren", "declined to give a precise figure",
                   "the Horizon 2 felt noticeably more comfortable", "Shares of Veyra rose",
                   "Pre-orders open on Thursday"],
    ),
    "abc_federal.txt": Gold(
        expected=[
            ("the government's rebates had taken hundreds of dollars", "Anthony Albanese"),
            ("We are providing real relief", "Anthony Albanese"),
            ("Those opposite had ten years and 22 energy policies", "Anthony Albanese"),
            ("the government of breaking its election promise", "Peter Dutton"),
            ("The Prime Minister looked Australians in the eye", "Peter Dutton"),
            ("He has broken it, and families are paying the price", "Peter Dutton"),
            ("a Coalition government would build nuclear power plants", "Peter Dutton"),
            # "..., which he said would deliver ...": his second claim, in a clause of its own
            ('would deliver "cheaper, cleaner and consistent" power', "Peter Dutton"),
            ("the Coalition's plan had not been costed", "Mark Treloar"),
            ("Nuclear is the most expensive form of energy", "Mark Treloar"),
            ("both major parties were ignoring the profits", "Hannah Pearce"),
            ("While families are choosing between heating and eating", "Hannah Pearce"),
            ("voters in her Sydney seat of Wentworth wanted", "Zoe Kirkland"),
            ("the rebates had helped but were", "Australian Council of Social Service"),
            ("to lift income support payments", "Mereana Holt"),
        ],
        # "defended his government's energy policy" (defend: PolNeAR content)
        optional=["his government's energy policy"],
        forbidden=["By political reporter Jess Carmody", "Posted Tue 4 Jun 2024",
                   "household power bills rose by an average of 14 per cent",
                   "customers in South Australia and Queensland were hardest hit",
                   "is expected to face further questions"],
    ),
}


#: Speakers the speaker stage still names otherwise: article -> the reason.
SPEAKER_GAPS: dict[str, str] = {
    "murder_trial.txt": "the lede's 'A neighbour of a man accused of ...' stays an unresolved "
                        "description, not the witness named in the next paragraph ('Marian "
                        "Ashworth, 67, was giving evidence': no verb of saying there)",
}


CHECKS = article_checks(GOLD, speaker_gaps=SPEAKER_GAPS)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_bylines_plans_or_figures = CHECKS.nothing_else


def test_a_statement_read_to_the_court_and_a_question_asked_by_name(quotekit_parse: Parse) -> None:
    """Court-report constructions beyond the articles: who heard a statement read is no
    content; a question "asked by" someone named is theirs; what "the court was told" is a
    statement without a source."""
    article = quotekit_parse(
        "In a victim impact statement read to the court, his mother said the family had been "
        "\"torn apart.\"\n\nMarian Ashworth, 67, gave evidence on Tuesday.\n\nAsked by "
        "prosecutor Helen Marsh whether she had been drinking, she replied: \"No, not a "
        "drop.\"\n\nThe court was told the defendant had a history of violence.")
    contents = {s.content: s for s in article.statements}
    assert "the court" not in contents
    assert any(c.startswith("the family had been") for c in contents)
    question = next(s for c, s in contents.items() if c.startswith("whether she had been"))
    assert question.speaker is not None and question.speaker.name == "Helen Marsh"
    answer = next(s for c, s in contents.items() if c.startswith("No, not a drop"))
    assert answer.speaker is not None and answer.speaker.name == "Marian Ashworth"
    told = next(s for c, s in contents.items() if c.startswith("the defendant had a history"))
    assert told.speaker is None  # what the court was told, by no one named


@pytest.mark.parametrize(("name", "speaker", "titles"), [
    ("murder_trial.txt", "Paul Henshaw", {"Detective Sergeant"}),
    ("who_briefing.txt", "Lucia Ferraz", {"spokesperson"}),
    ("world_reaction.txt", "Katrin Albrecht", {"Foreign Minister"}),
    ("tech_launch.txt", "Nadia Farouk", {"chief executive"}),
    ("abc_federal.txt", "Anthony Albanese", {"Prime Minister"}),
    ("abc_federal.txt", "Peter Dutton", {"Opposition Leader"}),
])
def test_titles(articles, name: str, speaker: str, titles: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert titles <= titles_of(articles, name, speaker)
