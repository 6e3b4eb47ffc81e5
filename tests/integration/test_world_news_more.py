"""Five more articles from outside US politics, written for these tests
(tests/fixtures/world_news/*.txt): a British court report, a football transfer story, a
science story about a study, a live blog with timestamps and an embedded post, and an Irish
parliamentary story. Gold is written by hand and scored as in test_world_news.py."""

from __future__ import annotations

import pytest
from test_world_news import Gold, article_checks, titles_of

GOLD: dict[str, Gold] = {
    "court_report.txt": Gold(
        expected=[
            ("Kinsella had \"systematically plundered\" the bank accounts", "Gareth Lloyd-Hughes"),
            ("These were vulnerable men and women", "Gareth Lloyd-Hughes"),
            ("She repaid that trust by helping herself", "Gareth Lloyd-Hughes"),
            ("one of the victims, 91-year-old Arthur Penhaligon, had been left",
             "Gareth Lloyd-Hughes"),
            ("officers found receipts for two cruises", "Sarah Whitmore"),
            ("her client accepted that she had made mistakes", "Rachel Okonkwo"),
            ("My client will tell you that every penny", "Rachel Okonkwo"),
            ("The Crown's case rests on assumptions", "Rachel Okonkwo"),
            ("You must decide this case on the evidence", "Martin Ellery"),
        ],
        optional=["stole £84,000 from elderly clients", "denies four counts",
                  "Kinsella used bank cards belonging to her clients",
                  "some of the withdrawals had been made by a second carer",
                  "she had never taken money for herself",
                  "not to research the case online", "spent it on holidays"],
        forbidden=["plans to give evidence", "is expected to last three weeks",
                   "financial abuse of older people rose", "Nursing home boss jailed",
                   "By Owen Pritchard"],
    ),
    "transfer_story.txt": Gold(
        expected=[
            ("the club had been tracking Varga", "Neil Doyle"),
            ("He's a proper number nine", "Neil Doyle"),
            ("we need somebody to put them away", "Neil Doyle"),
            ("I'd love it to be done yesterday", "Neil Doyle"),
            ("they had accepted an offer for the player", "Dynamo Rivne"),
            ("Bence has been an outstanding servant", "Dynamo Rivne"),
            ("his client was \"excited\"", "Tamas Horvath"),
            ("several other clubs had made enquiries", "Tamas Horvath"),
            ("If he stays fit, he'll get you 15 goals", "Graham Pell"),
            ("What's been missing is the finisher", "Graham Pell"),
            ("defender Kyle Summers would be out for six weeks", "Neil Doyle"),
        ],
        # a reporter's question ("Asked whether ..."): PolNeAR reads ask+ccomp as content
        optional=["whether the deal would be done by Monday", "Doyle admits 'we need goals'",
                  "his side must add firepower",
                  "The service is there", "the two clubs agreed a fee",
                  "thanked him for his contribution"],
        forbidden=["is expected to travel to England", "scored just 21 goals",
                   "unlikely to make a move", "believes Varga would suit",
                   "Watch Harcastle vs Ellsworth", "Transfer Centre", "By Liam Corrigan"],
    ),
    "science_study.txt": Gold(
        expected=[
            ("the findings were \"encouraging\"", "Fiona MacLeod"),
            ("We can't say for certain that walking itself", "Fiona MacLeod"),
            ("the link held even after we accounted for diet", "Fiona MacLeod"),
            ("the results added to growing evidence", "Rajiv Menon"),
            ("Walking is free, it's safe", "Rajiv Menon"),
            ("larger trials were needed", None),
            ("This is a well-designed study", "Helen Ashworth"),
            ("It adds weight to the advice", "Helen Ashworth"),
            ("people with mobility problems should not feel", "Helen Ashworth"),
            ("Other forms of activity, such as swimming", "Helen Ashworth"),
        ],
        # "It found that ...": a finding is no speech (cue_policy.tsv: find+ccomp 0.00 in the
        # speech scope), so optional, as is "according to" a study
        optional=["participants who walked briskly for at least 30 minutes",
                  "could reduce the risk of developing dementia", "the benefit was strongest",
                  "the study showed an association", "welcomed the findings",
                  "cuts dementia risk by a fifth"],
        forbidden=["Around 982,000 people", "hopes to begin a randomised trial",
                   "runs a helpline", "This article was amended", "followed 41,300 adults"],
    ),
    "live_blog.txt": Gold(
        expected=[
            ("about 48,000 homes across the west coast", "Harbour Power"),
            ("engineers were working \"as quickly and safely", "Harbour Power"),
            ("the storm was \"one of the most severe", "Alasdair Rennie"),
            ("Please look out for your neighbours", "Alasdair Rennie"),
            ("every unnecessary journey adds to the pressure", "Alasdair Rennie"),
            ("the government would set up a fund", "Alasdair Rennie"),
            ("gusts of up to 100mph were possible", "Kirsty Galloway"),
            ("This is a dangerous storm", "Kirsty Galloway"),
            ("We apologise to passengers for the disruption", None),
            ("Anyone booked on a cancelled sailing can rebook", "Westline"),
        ],
        optional=["Harbour Power says 48,000 homes still", "not to travel unless",
                  "All ferry sailings to the islands", "Our teams are out",
                  "If you see a fallen line"],
        forbidden=["Key events", "Show key events only", "12:48 PM", "Forecasters expect",
                   "What is a red weather warning", "This blog is now closed"],
    ),
    "irish_politics.txt": Gold(
        expected=[
            ("Minister Declan Furlong had his \"full confidence\"", "Séamus Mac Giolla"),
            ("The Minister is doing a difficult job", "Séamus Mac Giolla"),
            ("More homes were completed last year", "Séamus Mac Giolla"),
            ("the Government had \"lost control\"", "Niamh Costigan"),
            ("Young people are leaving this country", "Niamh Costigan"),
            ("The Taoiseach should stop reading out statistics", "Niamh Costigan"),
            ("her party would table a motion", "Niamh Costigan"),
            ("he would not be \"distracted by political stunts\"", "Declan Furlong"),
            ("the Government would publish a new rental strategy", "Declan Furlong"),
            ("rural areas had been ignored", "Brendan O'Shea"),
            ("In my constituency you can't get", "Brendan O'Shea"),
            ("the party was confident of winning", None),
            ("investment in rental housing had fallen", "Irish Property Council"),
            ("the Government had no plans to introduce a rent freeze", "Orla Quinlivan"),
            ("A freeze would choke off supply", "Orla Quinlivan"),
        ],
        # "rejected calls for X to resign", "calls for": PolNeAR content (reject+dobj 0.80,
        # call for 0.94), so optional
        optional=["calls for housing minister to resign",
                  "calls for the Minister for Housing to resign",
                  "Opposition accuses Government",
                  "average of €1,980 a month", "called for changes to the tax",
                  "rent pressure zones were working"],
        forbidden=["is expected to defeat the motion", "Rent pressure zones explained",
                   "Aoife Brennan, Political Correspondent", "18:20"],
    ),
}


#: Speakers still named otherwise (see docs: known gaps): "the club said" after a club the
#: recognizer tagged a person ("Dynamo Rivne").
KNOWN_WRONG: dict[str, list[str]] = {
    "transfer_story.txt": ["Bence has been an outstanding servant"],
}


CHECKS = article_checks(GOLD, known_wrong=KNOWN_WRONG)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_captions_plans_or_figures = CHECKS.nothing_else
test_known_gaps = CHECKS.known_gaps


@pytest.mark.parametrize(("name", "speaker", "titles"), [
    ("court_report.txt", "Sarah Whitmore", {"Detective Constable"}),  # one rank, not two
    ("court_report.txt", "Martin Ellery", {"Judge"}),
    ("science_study.txt", "Fiona MacLeod", {"Lead author"}),
    ("science_study.txt", "Rajiv Menon", {"Co-author", "Professor"}),  # a glued hyphen
    ("live_blog.txt", "Kirsty Galloway", {"chief meteorologist"}),
    ("live_blog.txt", "Alasdair Rennie", {"first minister"}),
    ("irish_politics.txt", "Orla Quinlivan", {"Tánaiste"}),  # a title tagged ORG
    ("irish_politics.txt", "Brendan O'Shea", {"Independent TD"}),
    ("transfer_story.txt", "Graham Pell", {"Former Harcastle captain"}),
])
def test_titles(articles, name: str, speaker: str, titles: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert titles <= titles_of(articles, name, speaker)
