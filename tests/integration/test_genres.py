"""News beyond politics, written for these tests (tests/fixtures/genres/*.txt): a markets
story on a chipmaker's results (an earnings call, "said in a note to clients", "according to
FactSet", a company statement, "declined to comment"), a health study ("published in", the
lead author, "the researchers wrote", outside experts, "data show"), a football match report
(the manager and players "told reporters after the game", a press-conference Q&A), a court
and crime story (a sheriff's news release, a prosecutor, a defence lawyer, a judge "wrote in
her ruling", "court records"), an interview profile of a singer (present-tense "says", "she
laughs", "she recalls") and an opinion column (the author's own claims are no one else's
statements; the experts quoted are).

Each statement's gold is (words of the content, the speaker's name or None for a group or an
unnamed source, the kind, the cue's first word), scored as in test_world_news.py (more than
30% of the words covered, one to one) plus the kind and the cue."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_world_news import article_checks
from test_world_news_canada import CanadaGold as GenreGold
from test_world_news_canada import Said, kind_and_cue

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "genres"

GOLD: dict[str, GenreGold] = {
    "markets_earnings.txt": GenreGold(
        expected=[
            Said("We are not seeing the rebound in handset orders", "Margit Solberg",
                 "direct", "said"),
            Said("Customers are working through inventory", "Margit Solberg", "direct", "said"),
            Said("the company would slow hiring and delay the opening", "Margit Solberg",
                 "indirect", "said"),
            Said("orders from data-center customers remained strong", "Margit Solberg",
                 "indirect", "added"),
            Said("gross margins would fall to about 41%", "Dennis Okoro", "indirect", "told"),
            Said("This is a cyclical trough, not a structural problem", "Dennis Okoro",
                 "direct", "said"),
            Said("When volumes come back, the margins come back", "Dennis Okoro", "direct",
                 "said"),
            Said("the guidance cut was \"bigger and broader than feared\"", "Rebecca Lindqvist",
                 "mixed", "said"),
            Said("The handset weakness we could have lived with", "Rebecca Lindqvist",
                 "direct", "wrote"),
            Said("What worries us is that industrial and auto customers", "Rebecca Lindqvist",
                 "direct", "wrote"),
            Said("the sell-off looked overdone", "Marcus Feld", "indirect", "said"),
            Said("Halvorsen's board also approved a $500 million share buyback", None,
                 "indirect", "said"),
        ],
        optional=["citing weaker demand from smartphone makers",
                  "Analysts had expected $8.95 billion, according to FactSet"],
        forbidden=["By Priya Natarajan", "declined to comment", "plans to report",
                   "Related: Chip stocks", "This story has been updated",
                   "The stock has lost about a third"],
    ),
    "health_study.txt": GenreGold(
        expected=[
            Said("Most people who take these pills don't need them", "Ingrid Mortensen",
                 "direct", "said"),
            Said("Our results suggest doctors should review", "Ingrid Mortensen", "direct",
                 "said"),
            Said("the study was observational and could not prove", "Ingrid Mortensen",
                 "indirect", "stressed"),
            Said("People who take the medicines for years tend to be older", "Ingrid Mortensen",
                 "indirect", "said"),
            Said("We cannot rule out that something we did not measure", None, "direct",
                 "wrote"),
            Said("the findings fit with earlier, smaller studies", "Samuel Achterberg",
                 "indirect", "said"),
            Said("The signal keeps showing up", "Samuel Achterberg", "direct", "said"),
            Said("That doesn't mean anyone should stop", "Samuel Achterberg", "direct", "said"),
            Said("stopping the drugs abruptly can cause a rebound", "Samuel Achterberg",
                 "indirect", "noted"),
            Said("patients should talk to their doctor first", "Samuel Achterberg",
                 "indirect", "said"),
            Said("the size of the effect was modest", "Helen Carrow", "indirect", "said"),
            Said("When you look harder, you find more", "Helen Carrow", "direct", "said"),
            Said("the drugs had been used safely by millions", None, "indirect", "said"),
        ],
        optional=["People who take a widely used class of heartburn drugs",
                  "Those who used proton pump inhibitors daily"],
        forbidden=["Data show that about one in 12", "plan to study whether",
                   "Photo: Proton pump", "funded by the Danish", "Not everyone was convinced"],
    ),
    "sports_match.txt": GenreGold(
        expected=[
            Said("I've never heard this ground like that", "Graham Pettigrew", "direct", "told"),
            Said("The players gave everything", "Graham Pettigrew", "direct", "told"),
            Said("he had told his players at halftime to be braver", "Graham Pettigrew",
                 "mixed", "said"),
            Said("He's had a tough month, and he could have sulked", "Graham Pettigrew",
                 "direct", "said"),
            Said("Instead he trained like a madman", "Graham Pettigrew", "direct", "said"),
            Said("he had not expected to score", "Daniel Okafor", "indirect", "said"),
            Said("Honestly, I just shut my eyes and jumped", "Daniel Okafor", "direct", "said"),
            Said("I didn't see it go in", "Daniel Okafor", "direct", "said"),
            Said("his team had stopped playing after taking the lead", "Anders Holm",
                 "indirect", "said"),
            Said("We got comfortable", "Anders Holm", "direct", "said"),
            Said("You can't do that in a quarterfinal", "Anders Holm", "direct", "said"),
            Said("I'll let you watch it again and decide", "Anders Holm", "direct", "said"),
            Said("the dressing room was \"silent\" after the match", "Sean Whitley", "mixed",
                 "said"),
            Said("Brennan, who limped off late with a calf problem", "Graham Pettigrew",
                 "indirect", "said"),
            Said("It's up there. But we haven't won anything yet", "Graham Pettigrew",
                 "direct", "said"),
        ],
        optional=["praised Okafor, who had been dropped",
                  "whether the penalty decision that led to Ashbury's corner"],
        forbidden=["Does this feel like the biggest win", "Attendance was 14,212",
                   "Read more: Ashbury chairman", "ASHBURY --"],
    ),
    "court_case.txt": GenreGold(
        expected=[
            Said("A former treasurer of a youth hockey league in Brantley County", None,
                 "indirect", "said"),
            Said("Carla Pennington, 51, of Oakhurst, was arrested Tuesday",
                 "Brantley County Sheriff's Office", "indirect", "said"),
            Said("Pennington wrote herself hundreds of checks", None, "indirect", "said"),
            Said("These were registration fees paid by families", "Roland Hatcher", "direct",
                 "said"),
            Said("Every dollar taken was taken from a child", "Roland Hatcher", "direct",
                 "said"),
            Said("prosecutors would ask that Pennington be held without bail",
                 "Monica Delgado", "mixed", "said"),
            Said("the investigation was continuing", "Monica Delgado", "indirect", "said"),
            Said("his client would plead not guilty", "Gregory Whitfield", "indirect", "said"),
            Said("Ms. Pennington has served this league for twenty years", "Gregory Whitfield",
                 "direct", "said"),
            Said("There is a great deal more to these accounts", "Gregory Whitfield", "direct",
                 "said"),
            Said("the amount of money involved and Pennington's ties", "Eleanor Vance",
                 "mixed", "wrote"),
            Said("Pennington could not contact any member", "Eleanor Vance", "indirect",
                 "said"),
            Said("they were shocked", None, "indirect", "said"),
            Said("She was at every tournament, every fundraiser", "Kevin Marsh", "direct",
                 "said"),
            Said("We trusted her with everything", "Kevin Marsh", "direct", "said"),
            Said("the organization had hired an outside accounting firm", "Dana Oyelaran",
                 "indirect", "said"),
            Said("the league expected to recover part of the money", "Dana Oyelaran",
                 "indirect", "said"),
        ],
        optional=["more than 600 checks were written to accounts",
                  "The league's board discovered problems last fall",
                  "ordered Pennington to surrender her passport"],
        forbidden=["stealing $1.2 million from youth hockey league\n",
                   "faces up to 20 years", "Anyone with information", "Copyright 2025",
                   "is due back in court"],
    ),
    "culture_profile.txt": GenreGold(
        expected=[
            Said("I thought I was burned out", "Lena Moravec", "direct", "says"),
            Said("But it wasn't that. I had just run out of things", "Lena Moravec", "direct",
                 "says"),
            Said("There was so much snow", "Lena Moravec", "direct", "says"),
            Said("I sat by the stove and read", "Lena Moravec", "direct", "says"),
            Said("he did not try to talk her into a bigger sound", "Tobias Renner", "indirect",
                 "says"),
            Said("Lena knew exactly what she wanted", "Tobias Renner", "direct", "says"),
            Said("My job was mostly to stay out of the way", "Tobias Renner", "direct", "says"),
            # ("He laughs." stands between: the quotation continues "he says")
            Said("That happened twice", "Tobias Renner", "direct", "says"),
            Said("the songs came back slowly", "Lena Moravec", "indirect", "says"),
            Said("One morning I wrote a whole verse", "Lena Moravec", "direct", "says"),
            Said("I didn't even notice I was doing it", "Lena Moravec", "direct", "says"),
            Said("I'm glad people like it", "Lena Moravec", "direct", "says"),
            Said("But I'd have made it anyway", "Lena Moravec", "direct", "says"),
            Said("All the time", "Lena Moravec", "direct", "says"),
            Said("But now I know the silence isn't the end", "Lena Moravec", "direct", "says"),
        ],
        optional=["why she did not pick up a guitar", "the first winter as the hardest",
                  "the bravest record of her career"],
        forbidden=["By Julian Ashe", "has no plans to tour", "Caption: Lena Moravec",
                   "is out Friday on Greywater", "Does she worry"],
    ),
    "opinion_column.txt": GenreGold(
        expected=[
            Said("If a three-bedroom unit rents for only a little more", "Arjun Malhotra",
                 "direct", "said"),
            Said("It's simple arithmetic", "Arjun Malhotra", "direct", "said"),
            Said("cities could change that arithmetic", "Arjun Malhotra", "indirect", "said"),
            Said("the city had already reduced fees for family-sized units", "Beth Ormond",
                 "indirect", "told"),
            Said("We have to be careful not to give away revenue", "Beth Ormond", "direct",
                 "said"),
            Said("Those matter to families too", "Beth Ormond", "direct", "said"),
            Said("Vienna proves that the market will deliver", "Arjun Malhotra", "direct",
                 "said"),
        ],
        optional=["families there move out of the city far less often",
                  "the margins are too thin", "the buildings are too tall"],
        forbidden=["Councils should stop charging", "the same development fee on every unit",
                   "an argument for moving faster",
                   "I think he is right", "city figures show", "By Teresa Vandermeer",
                   "is a columnist for", "The views expressed here", "Read more: Why rents"],
    ),
}


#: Expected statements still missed (strict xfail in test_known_gaps).
KNOWN_MISSED: dict[str, list[str]] = {}


CHECKS = article_checks(GOLD, FIXTURES)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_bylines_captions_plans_or_the_authors_claims = CHECKS.nothing_else


@pytest.mark.parametrize("name", sorted(GOLD))
def test_kind_and_cue(articles, name: str) -> None:  # type: ignore[no-untyped-def]
    text, article = articles[name]
    assert kind_and_cue(text, GOLD[name], article) == []


def test_a_criminal_charge_and_a_price_charged_are_no_statements(quotekit_parse) -> None:  # type: ignore[no-untyped-def]
    text = ("Former treasurer charged with stealing $1.2 million from hockey league\n\n"
            "The city charges a $40 fee for every permit, and councils should stop charging "
            "it.\n\n"
            "The mayor charged that the fee was unfair.\n")
    contents = [s.content for s in quotekit_parse(text).statements]
    assert contents == ["that the fee was unfair"]


def test_according_to_at_a_paragraph_s_end_is_left_out_of_the_content(articles) -> None:  # type: ignore[no-untyped-def]
    # the paragraph break the parser kept in the sentence is no word after the phrase
    _text, article = articles["markets_earnings.txt"]
    [s] = [s for s in article.statements if "8.95" in s.content]
    assert s.content == "Analysts had expected $8.95 billion"
    assert s.speaker is not None and s.speaker.name == "FactSet"
