"""Six more articles from outside US politics, written for these tests
(tests/fixtures/world_news/*.txt): a Brazilian wire story, a European Commission story, a
Scottish council budget, an energy company's write-down, a tech company's layoffs with a
memo and a press-release quote block, and a local election night of many short quotes.
Gold (speech scope) is written by hand and scored as in test_world_news.py."""

from __future__ import annotations

import pytest
from test_world_news import Gold, article_checks, titles_of

GOLD: dict[str, Gold] = {
    "reuters_brazil.txt": Gold(
        expected=[
            ("Deforestation in Brazil's Amazon rainforest fell 31%", "Renata Figueiredo Lago"),
            ("This is the result of a state that decided", "Renata Figueiredo Lago"),
            ("But we are not celebrating yet", "Renata Figueiredo Lago"),
            ("the government would hire 1,200 more environmental agents",
             "Renata Figueiredo Lago"),
            ("fires, which are not counted in the deforestation data", None),
            ("Fire is the new frontier of destruction", "Claudio Bastos Neto"),
            ("the government needed to treat fire", "Claudio Bastos Neto"),
            ("farmers had \"done their part\"", None),
            ("the rules amounted to \"green protectionism.\"", "Joao Martins Pereira"),
            ("agents had faced armed resistance", None),
            ("Our people are being shot at", None),
            ("inspectors had fined her twice this year", None),
            ("They treat us like criminals", None),
            ("The market is now doing part of the work", "Beatriz Coutinho"),
        ],
        # the headline; "welcomed the figures", "crediting stepped-up enforcement" (PolNeAR
        # content: welcome+dobj 0.60, credit+dobj 1.00); figures "according to" an agency
        optional=["Amazon deforestation falls to nine-year low", "welcomed the figures",
                  "stepped-up enforcement against illegal logging",
                  "Deforestation in the Cerrado savanna", "Preliminary satellite data",
                  "has pushed back against a European Union law"],
        forbidden=["By Ana Paula Moreira", "BRASILIA, Aug 7", "not to be named",
                   "her name not be used",
                   "declined to comment", "Analysts expect pressure", "Reporting by"],
    ),
    "eu_chemicals.txt": Gold(
        expected=[
            ("the changes would save companies around €360 million", "Tomas Varhola"),
            ("Europe has the highest standards in the world", "Tomas Varhola"),
            ("What we are removing is paperwork", "Tomas Varhola"),
            ("it was \"a first step in the right direction\"", "Margit Lindqvist"),
            ("energy prices remained the sector's biggest problem", "Margit Lindqvist"),
            ("the Commission was pursuing \"deregulation by stealth\"",
             "European Environmental Bureau"),
            ("less data on chemicals would make it harder", "European Environmental Bureau"),
            ("Every exemption is a blind spot", "Hélène Dufresne-Marchal"),
            ("You cannot regulate what you do not know exists", "Hélène Dufresne-Marchal"),
            ("several capitals wanted to go further", None),
            ("the Netherlands would \"not accept any weakening\"", "Joost van Rijckevorsel"),
            ("she hoped to conclude negotiations", "Friederike Albers"),
            ("Companies need certainty, and they need it fast", "Friederike Albers"),
            ("the executive had \"no intention\" of reopening", "Arianna Pellegrini"),
            ("Our decisions are taken in Brussels, by Europeans", "Tomas Varhola"),
        ],
        # the subheadline; "proposed exempting ..." and "welcomed the plan" (PolNeAR content:
        # propose, welcome+dobj); the reporter's question ("Asked whether ...")
        optional=["Commission says simplification will save industry",
                  "green groups warn of 'deregulation by stealth'",
                  "exempting thousands of small chemical producers", "welcomed the plan",
                  "whether the package had been drawn up under pressure"],
        forbidden=["By Katrin Vogelsang", "Read more: What is REACH", "the closed-door talks",
                   "Under the proposal, firms with fewer than 50 employees"],
    ),
    "council_budget.txt": Gold(
        expected=[
            ("the authority had been left with \"no good options\"", "Morag Dunlop"),
            ("Nobody came into local politics to close libraries", "Morag Dunlop"),
            ("the administration of \"balancing the books", "Stuart McIlwraith"),
            ("An eight per cent rise, on top of last year's", "Stuart McIlwraith"),
            ("We have shown there is an alternative", "Alison Baird"),
            ("further savings would be needed next year", "Ravi Sandhu"),
            ("the council's reserves were at their lowest level", "Ravi Sandhu"),
            ("The budget agreed today invests £14 million", None),
            ("staff were \"exhausted\"", "Gillian Corr"),
            ("councils would receive record funding", None),
            ("It is for individual councils to set their budgets", None),
        ],
        # the subheadline (the accuser unnamed); "proposed a freeze" (propose+dobj); "The
        # meeting heard that ...": what was said, by no one named
        optional=["balancing the books on the backs of working families'",
                  "a freeze funded by selling council-owned land",
                  "the council faces a funding gap", "called on the council to rule out"],
        forbidden=["By Euan Robertson", "Local Democracy Reporting Service",
                   "Got a story? Email", "passed by 38 votes to 34"],
    ),
    "wind_writedown.txt": Gold(
        expected=[
            ("it would abandon its 1.4-gigawatt Skerry Bank", "Nordvind Energy"),
            ("The company will book an impairment charge", "Nordvind Energy"),
            ("the write-down was overdue", None),
            ("the company had given up too early", None),
            ("We have done everything we could", "Ingrid Solbakken"),
            ("But we will not build projects that destroy value", "Ingrid Solbakken"),
            ("the company remained committed to offshore wind", "Ingrid Solbakken"),
            ("Nordvind would cut its capital spending", "Ingrid Solbakken"),
            ("it was disappointed by the decision", None),
            ("One company's commercial decision does not change", "Rhys Pemberton"),
            ("the move was not a surprise", None),
            ("The economics of offshore wind have been under strain", "Mark Oyelaran"),
            ("the cancellation showed the government needed", None),
            ("We cannot hit net zero on the cheap", "Tamsin Hale"),
            ("hundreds of jobs at a planned turbine assembly plant", "Kenny Gillespie"),
            ("Workers were promised a green jobs revolution", "Kenny Gillespie"),
            ("the dividend would be kept at 4 crowns", "Erik Haugland"),
        ],
        # "blaming higher interest rates ..." (blame+dobj), "voiced concern" and "reported an
        # adjusted operating profit" (report+dobj 0.75 in PolNeAR)
        optional=["higher interest rates, supply chain bottlenecks", "voiced concern",
                  "an adjusted operating profit of 3.1 billion crowns"],
        forbidden=["By Lars Eriksen", "Its shares fell 9%", "Reporting by Lars Eriksen",
                   "Nordvind, which is 51% owned"],
    ),
    "tech_layoffs.txt": Gold(
        expected=[
            ("it would lay off about 1,800 employees", "Lumora"),
            ("The cuts, disclosed in a regulatory filing", "Lumora"),
            ("Today is a hard day", "Rohan Mehta"),
            ("We hired too quickly during the pandemic", "Rohan Mehta"),
            ("affected employees in the U.S. would receive", "Rohan Mehta"),
            ("The board fully supports Rohan", "Claire Bettencourt"),
            ("These are difficult but necessary steps", "Claire Bettencourt"),
            ("the layoffs \"cynical.\"", "Communications Workers of America"),
            ("They are replacing experienced people with chatbots", "Marisol Ortega"),
            ("Twelve years at Lumora and it ended", "Jason Pruitt"),
            ("investors would reward the cuts", "Priya Venkataraman"),
            ("he had spoken to the company", "Conor Whelan"),
        ],
        # the subheadline; "questioned whether ..." (question+ccomp: PolNeAR content);
        # "share the news" (share+dobj 0.56)
        optional=["Company says it will 'reshape' its workforce",
                  "union calls the move 'cynical'",
                  "whether the company's AI products were ready", "share the news"],
        forbidden=["By Dana Whitfield", "In a memo to staff", "Lumora expects to take",
                   "a press release with comments", "declined to say how many",
                   "About Lumora", "Media contact", "Shares of Lumora rose"],
    ),
    "election_night.txt": Gold(
        expected=[
            ("We did it", "Teresa Ramos"),
            ("Millbrook, we did it!", "Teresa Ramos"),
            ("The voters have spoken", "Gary Whitcomb"),
            ("I called Teresa and wished her well", "Gary Whitcomb"),
            ("Ask me tomorrow.", "Gary Whitcomb"),
            ("Turnout reached 38%", "Nancy Hollis"),
            ("Lines out the door at three precincts", "Nancy Hollis"),
            ("I haven't seen that since 2008", "Nancy Hollis"),
            ("Incredible", "Denise Carver"),
            ("Overdue", "Luis Pacheco"),
            ("Finally", "Maya Greene"),
            ("it was the first time she had voted", "Maya Greene"),
            ("her first act would be to order an audit", "Teresa Ramos"),
            ("Day one. Audit", "Teresa Ramos"),
            ("People deserve to know where their money went", "Teresa Ramos"),
            ("Too close for comfort", "Ray Dubois"),
            ("But I'll take it", "Ray Dubois"),
            ("It's not over", "Amira Haddad"),
            ("Every vote gets counted", "Amira Haddad"),
            ("Disappointed? Sure", "Tom Kessler"),
            ("Surprised? No", "Tom Kessler"),
        ],
        # the reporter's question, kept without a speaker at most; "summed up the night in a
        # word" introduces the quotes that follow
        optional=["what went wrong", "the night in a word"],
        forbidden=["By Kyle Brandt", "with 54% of the vote", "the Ledger", "reporters on Tuesday",
                   "The results will be certified", "was not ready to concede"],
    ),
}


# (No speaker is still named otherwise since the speaker stage learnt names tagged ORG after a
# title, "Cllr" before a name with an inner capital and "the company" after a legal form.)


CHECKS = article_checks(GOLD)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_captions_plans_or_figures = CHECKS.nothing_else


@pytest.mark.parametrize(("name", "speaker", "titles"), [
    ("reuters_brazil.txt", "Renata Figueiredo Lago", {"Environment Minister"}),
    ("eu_chemicals.txt", "Tomas Varhola", {"Commission Executive Vice-President"}),
    ("council_budget.txt", "Morag Dunlop", {"Council leader", "Cllr"}),
    ("council_budget.txt", "Ravi Sandhu", {"Finance convener", "Cllr"}),
    ("wind_writedown.txt", "Ingrid Solbakken", {"Chief Executive"}),
    # a body the recognizer tags before a title is the affiliation, as "Microsoft chief
    # executive" is (guide: Titles and affiliation)
    ("election_night.txt", "Tom Kessler", {"Director"}),
])
def test_titles(articles, name: str, speaker: str, titles: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert titles <= titles_of(articles, name, speaker)
