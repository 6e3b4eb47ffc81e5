"""Round 7 (statements): eight articles written for these tests
(tests/fixtures/world_news/r7s_*.txt) in genres not covered before: an Indian court report
("the bench observed", "senior advocate X submitted", "the court said in its order"), a
football manager's pre-match press conference (Q/A lines, "told reporters", mixed-zone quotes),
a chipmaker's results story (analysts, "on a call with analysts", "in a note to clients"), a
university press release on a study ("the study found" is evidence; "the authors wrote" is a
statement), a South African politics story ("told News24", "said in a statement"), a wire
exclusive ("people familiar with the matter", "according to a document seen by", "declined to
comment"), a US city council meeting ("during public comment") and an obituary with tributes
("wrote on X", "in a post on Instagram"). Gold (speech scope) is written by hand, before
quotekit was run on them, and scored as in test_world_news.py."""

from __future__ import annotations

import pytest
from test_world_news import Gold, Parse, article_checks, contents, speaker_of

GOLD: dict[str, Gold] = {
    "r7s_delhi_court.txt": Gold(
        expected=[
            ("the animals had died of starvation", "Jeev Raksha Trust"),
            ("The corporation cannot wash its hands of animals", None),
            ("A shelter that cannot feed its inmates is not a shelter", None),
            ("the MCD had been warned of the fodder shortage", "Kirti Malhotra"),
            ("the caretakers had been buying hay", "Kirti Malhotra"),
            ("These letters were received, stamped and filed", "Kirti Malhotra"),
            ("the deaths had been caused by an outbreak", "Deepak Raizada"),
            ("a fresh fodder tender had been issued", "Deepak Raizada"),
            ("If it was disease, where are the post-mortem reports?", "Rohini Mathur"),
            ("the MCD commissioner must personally verify", None),
            ("the Animal Husbandry Department should carry out", None),
            ("the order was \"a small victory\"", "Manish Goel"),
            ("We will keep going back to court", "Manish Goel"),
            ("the corporation would comply with the order", None),
        ],
        # the headline; the direction to file a report (an order: a directive); "The bench
        # was not persuaded" (no words)
        optional=["HC pulls up civic body", "to file an action-taken report"],
        forbidden=["Ananya Bhardwaj", "Updated: March 18", "With inputs from PTI",
                   "The matter will next be heard", "The bench was not persuaded"],
    ),
    "r7s_presser_football.txt": Gold(
        expected=[
            ("his side are \"not in a crisis\"", "Tom Harwick"),
            ("he still had the full backing of the board", "Tom Harwick"),
            ("Crisis is a big word", "Tom Harwick"),
            ("Every week. We talk every week", "Tom Harwick"),
            ("You'd have to ask the chairman", "Tom Harwick"),
            ("captain Liam Sorensen would miss the game", "Tom Harwick"),
            ("the club would look at \"one or two areas\"", "Tom Harwick"),
            ("he understood their frustration", "Tom Harwick"),
            ("They pay their money", "Tom Harwick"),
            ("We have to look at ourselves first", "Ruben Halvorsen"),
            ("the squad had held a players-only meeting", "Josh Kerrigan"),
            ("We cleared the air", "Josh Kerrigan"),
        ],
        # the headline; the reporters' questions ("Asked whether ...", the Q: line); a
        # refusal to be drawn
        optional=["Harwick insists Rovers 'not in a crisis'", "whether he had spoken to",
                  "Is your job under threat?", "Asked about the fans",
                  "refused to be drawn on names"],
        forbidden=["By Callum Pryce", "Friday 6 November 2026", "Rovers have not won away",
                   "Kick-off on Sunday", "Kelston City are unbeaten"],
    ),
    "r7s_earnings_chipmaker.txt": Gold(
        expected=[
            ("it expects revenue of $2.15 billion", "Valdris Semiconductor"),
            ("Fourth-quarter revenue rose 18%", "Valdris Semiconductor"),
            ("Some of our largest customers are digesting", "Marisol Treviño"),
            ("We see this as a pause, not a reversal", "Marisol Treviño"),
            ("the company had not lost any customers", "Marisol Treviño"),
            ("gross margin would dip to about 58%", "Anders Kjellberg"),
            ("margins should recover in the second half", "Anders Kjellberg"),
            ("The guide is a disappointment", "Howard Lim"),
            ("the inventory correction could run into the third quarter",
             "Rachel Adeyemi-Strauss"),
            ("We think management is being too optimistic", "Rachel Adeyemi-Strauss"),
        ],
        # the headline; the forecast (a plan/estimate the article reports as an act) and what
        # it cited; the analysts' consensus "according to LSEG data"; the announced buyback;
        # the second "that" clause of Treviño's report, one statement with the first (as
        # coordinated "that" clauses are throughout the gold; first written as a statement
        # of its own, against that convention)
        optional=["shares slide as data-centre demand cools",
                  "bookings for its next-generation Helix accelerator",
                  "forecast first-quarter revenue below Wall Street estimates",
                  "citing slower orders", "Analysts had on average expected",
                  "announced a $1.5 billion share buyback"],
        forbidden=["By Priya Nandakumar", "Reporting by Priya", "declined to comment",
                   "had more than doubled", "Analysts were divided", "kept his buy rating"],
    ),
    "r7s_university_study.txt": Gold(
        expected=[
            ("the length of the nap was what mattered most", "Imogen Castellanos"),
            ("A short nap seems to give the brain a chance", "Imogen Castellanos"),
            ("But if you sleep too long, you wake up groggy", "Imogen Castellanos"),
            ("the team had been surprised by the size of the effect", "Samuel Okoro"),
            ("We expected a small improvement", "Samuel Okoro"),
            ("the results did not prove that napping prevents dementia", None),
            ("older people should not feel guilty", "Imogen Castellanos"),
            ("Napping has a bad reputation", "Imogen Castellanos"),
            ("the findings could help care homes", "Margaret Whitfield"),
        ],
        # the headline (what a study "finds"); the finding "according to new research"; the
        # call for a longer trial
        optional=["Short naps improve memory in older adults, University of Calderbrook study "
                  "finds", "A 20-minute nap in the early afternoon can improve the memory",
                  "called for a longer trial"],
        # what the study found and the data showed (evidence), the release's furniture
        forbidden=["naps longer than 45 minutes brought no benefit",
                   "increased activity in the hippocampus", "Participants who took a short",
                   "Media contact", "Notes to editors", "is available on request",
                   "The research was funded", "For immediate release"],
    ),
    "r7s_za_councillors.txt": Gold(
        expected=[
            ("the party had opened a case of fraud and corruption", "Annelie Botha-Mokoena"),
            ("The contract was awarded to a company", "Annelie Botha-Mokoena"),
            ("the company had no record of building water infrastructure",
             "Annelie Botha-Mokoena"),
            ("The DA has run out of ideas", "Thabo Mothibeli"),
            ("The tender process was followed to the letter", "Thabo Mothibeli"),
            ("the ANC would not defend anyone found guilty", "Thabo Mothibeli"),
            ("the tender had been approved by the bid adjudication committee",
             "Mangaung Metropolitan Municipality"),
            ("the metro would co-operate fully with the police", "Lerato Kgosana"),
            ("they were tired of the politics", None),
            ("We don't care who gets the contract", "Dimakatso Lekhoaba"),
            ("a case had been opened", "Mpho Sekhesa"),
            ("it had been referred to the Hawks", "Mpho Sekhesa"),
            ("it would table a motion of no confidence", "EFF"),
        ],
        # the headline; "accused ... of" (PolNeAR content); "rejected the allegations"
        # (reject+dobj, PolNeAR content); the second "that" clause of Botha-Mokoena's report
        optional=["ANC and DA trade blows", "playing games with people's taps",
                  "rejected the allegations", "its sole director was the brother-in-law",
                  "all documents were available to the Auditor-General"],
        forbidden=["Sipho Dlamini-Ncube", "17 August 2026",
                   "did not respond to a request for comment", "- News24",
                   "some areas have had no running water"],
    ),
    "r7s_wire_sources.txt": Gold(
        expected=[
            ("Nordhavn Shipping is exploring a sale of its product tanker business", None),
            ("The company has hired investment bank Halvorsen Lind", None),
            ("A sale is not certain", None),
            ("the group would \"review all options\"", "Ingrid Solheim"),
            ("We want to be the best at one thing", "Ingrid Solheim"),
            ("Buyers will want a discount for that", "Jonas Eklund"),
            ("private equity investors were more likely to bid", "Jonas Eklund"),
            ("at least two Greek shipowners had expressed interest", None),
        ],
        # the headline; what a document says (evidence, as the complaint in r6s); rates
        # "according to" a shipbroker (figures)
        optional=["explores sale of tanker unit, sources say",
                  "The tanker unit operates 38 vessels",
                  "the fleet's average age is 9.5 years",
                  "Tanker rates have fallen about 20%"],
        forbidden=["By Erik Lindahl", "Nordhavn declined to comment",
                   "did not respond to a request for comment", "(Reporting by Erik",
                   "Shares in Nordhavn rose", "speaking on condition of anonymity"],
    ),
    "r7s_city_council.txt": Gold(
        expected=[
            ("the council needed more time to review a traffic study", "Denise Okafor-Lund"),
            ("I'm not comfortable voting on something this big", "Denise Okafor-Lund"),
            ("We owe it to the people in this room", "Denise Okafor-Lund"),
            ("the city could not afford to wait", "Raymond Tibbs"),
            ("Rents in this town went up 11 percent", "Raymond Tibbs"),
            ("the neighborhood's streets were already jammed", "Lorraine Petrakis"),
            ("You can't get a fire truck down Carver Street", "Lorraine Petrakis"),
            ("he had been looking for a bigger place for two years", "Jamal Whitcombe"),
            ("My rent is half my paycheck", "Jamal Whitcombe"),
            ("the company had agreed to set aside 15 percent", "Brent Osterhaus"),
            ("staff would return with an analysis of the traffic study", "Teresa Vance"),
            ("it could, but that a new pump station would be needed", "Kevin Ng"),
        ],
        # the headline; the council's vote; "Others spoke in favor" (no words); a
        # councilor's question to staff
        optional=["Council delays vote on Eastgate rezoning", "to postpone a decision",
                  "Others spoke in favor", "whether the city's water system could handle"],
        forbidden=["By Marcus Delaney", "Posted Jan 21", "Contact Marcus Delaney",
                   "The council is expected to vote", "The proposal would allow up to 900"],
    ),
    "r7s_obituary.txt": Gold(
        expected=[
            ("she died peacefully at her home in Clifden", None),
            ("Mam sang to us every night of our lives", None),
            ("We ask for privacy", None),
            ("Maeve taught half of us how to hold a room", "Declan Rourke"),
            ("Tiernan had \"carried the songs of the west of Ireland", "Niall Fennessy"),
            ("Tiernan had been \"the kindest person in every room\"", "Cassidy Hale"),
            ("she had insisted on recording The Salt Road live", "Felim Costigan"),
            ("She said the songs would lose their breath if we did them twice. She was right",
             "Felim Costigan"),
            ("she never thought of herself as a star", "Maeve Tiernan"),
            ("I'm a woman who sings old songs", "Maeve Tiernan"),
        ],
        # the headline's 'irreplaceable'; "Tributes poured in" (no words); what Tiernan said
        # inside Costigan's quotation; the photograph Hale shared (first written as
        # forbidden: PolNeAR reads a picture someone posts or tweets as the content of the
        # verb, and a rule dropping pictures lost 10 matches on PolNeAR train)
        optional=["Tributes paid to 'irreplaceable'", "Tributes poured in",
                  "the songs would lose their breath if we did them twice",
                  "a photograph of the two of them on stage in Boston"],
        forbidden=["By Orla Brennan", "Sat 4 Apr 2026", "Funeral arrangements will be",
                   "She is survived by"],
    ),
}

# Speaker-stage gaps (not the statements stage's), left for the speaker stage: the first words
# of each statement still named otherwise, checked by a strict xfail (``known_gaps``).
KNOWN_WRONG = {
    # "He said ..." (and "the 51-year-old said", and the quotation after it) after "Harwick
    # told reporters that captain Liam Sorensen would miss the game ... but that striker Dario
    # Mensah-Cole was available": the pronoun goes to the last name inside the content, not
    # to the speaker of the statement before
    "r7s_presser_football.txt": ["the club would look at", "he understood their frustration",
                                 "They pay their money"],
}

CHECKS = article_checks(GOLD, known_wrong=KNOWN_WRONG)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_bylines_plans_or_figures = CHECKS.nothing_else
test_known_speaker_gaps = CHECKS.known_gaps


@pytest.mark.parametrize(("text", "content"), [
    ("Appearing for the residents, senior advocate Meera Kulkarni submitted that the "
     "demolition notice was illegal.\n", "that the demolition notice was illegal"),
    ("Counsel for the state submitted that the delay was caused by the strike.\n",
     "that the delay was caused by the strike"),
])
def test_counsel_submitted_that(quotekit_parse: Parse, text: str, content: str) -> None:
    """"submitted that ..." (counsel's word in court reports) reports its clause, as
    "argued that ..." does."""
    assert contents(text, quotekit_parse) == [content]


@pytest.mark.parametrize("text", [
    "The builder submitted a bid for the bridge contract last year.\n",
    "The figures appear in financial documents he submitted to the tax office.\n",
    "The emails were among 19 the auditor submitted for review.\n",
])
def test_what_is_submitted_is_no_statement(quotekit_parse: Parse, text: str) -> None:
    """"submit" with an object or a preposition ("submitted a bid", "submitted to the tax
    office", "submitted for review") hands something in: no statement."""
    assert contents(text, quotekit_parse) == []


def test_a_name_hung_on_an_opening_phrase_without_a_comma(quotekit_parse: Parse) -> None:
    """A name in apposition the parser hung on the last noun of an opening phrase is the
    subject of the verb right after it, with no comma between ("In a post on Facebook, the
    drummer Nils Aarset wrote that ..."), and of a second report joined to that verb ("shared
    a clip and wrote that ...")."""
    article = quotekit_parse(
        "In a post on Facebook, the veteran drummer Nils Aarset wrote that the band would "
        "tour again in the spring.\n\nIn a message on Instagram, the Welsh actor Gethin "
        "Rowlands shared a clip of the two of them in Cardiff and wrote that Aarset had been "
        "a generous friend.\n")
    assert speaker_of(article, "would tour again") == "Nils Aarset"
    assert speaker_of(article, "a generous friend") == "Gethin Rowlands"


def test_a_body_after_an_opening_phrase_stays_with_the_speaker_stage(
        quotekit_parse: Parse) -> None:
    """Without a comma before the verb, only a person's name is taken from the opening
    phrase: "In an email to the Herald, a spokesperson for the Landlords' Federation said"
    is the federation's statement, as before."""
    article = quotekit_parse(
        "In an email to the Dunmore Herald, a spokesperson for the Dunmore Landlords' "
        "Federation said the new levy \"punishes small owners\".\n")
    assert speaker_of(article, "punishes small owners") == "Dunmore Landlords' Federation"


@pytest.mark.parametrize(("text", "content"), [
    ("Kestrel Foods is weighing a sale of its frozen pizza unit, two people familiar with "
     "the talks said, as the group shifts its focus to snacks.\n",
     "Kestrel Foods is weighing a sale of its frozen pizza unit"),
    ("The central bank will hold rates next week, three officials said, as the currency "
     "steadies after a turbulent month.\n", "The central bank will hold rates next week"),
])
def test_the_writers_as_clause_after_an_inserted_attribution(quotekit_parse: Parse,
                                                             text: str, content: str) -> None:
    """An "as" clause on the content's main verb after an attribution inserted between commas
    ("..., two people familiar with the talks said, as the group shifts its focus") is the
    writer's, not what they said: the content stops before the attribution."""
    assert contents(text, quotekit_parse) == [content]


def test_the_content_around_an_inserted_attribution(quotekit_parse: Parse) -> None:
    """Content on both sides of an inserted attribution stays content ("The plan, she said,
    is flawed.")."""
    assert contents("The plan, she said, is flawed.\n", quotekit_parse) == [
        "The plan", "is flawed"]


@pytest.mark.parametrize(("text", "content"), [
    ("Harbour engineer Tove Lind said it could, but that a new sea wall would be needed by "
     "2031.\n", "it could, but that a new sea wall would be needed by 2031"),
    ("The treasurer said it would, but that the money would come in stages.\n",
     "it would, but that the money would come in stages"),
])
def test_a_second_that_clause_hung_on_the_verb(quotekit_parse: Parse, text: str,
                                               content: str) -> None:
    """A second "that" clause the parser hung on the reporting verb as a conjunct ("said it
    could, but that a new sea wall would be needed") is reported by the same verb: one
    statement over both, as coordinated "that" clauses are."""
    assert contents(text, quotekit_parse) == [content]


@pytest.mark.parametrize("mark", ['"', "\u201c"])
def test_a_quoted_title_after_a_noun_of_a_work(quotekit_parse: Parse, mark: str) -> None:
    """A quotation set off by commas right after a noun of a work ("The paper, "..." , is
    available") is its title, not something said, even where it reads as a sentence."""
    close = '"' if mark == '"' else "\u201d"
    text = (f"The report, {mark}Why small towns are losing their last banks and what comes "
            f"next{close}, is published today.\n\nHer memoir, {mark}I never asked to be "
            f"anyone's hero{close}, sold 40,000 copies.\n")
    assert contents(text, quotekit_parse) == []


def test_a_quoted_statement_after_its_noun_is_still_speech(quotekit_parse: Parse) -> None:
    """A quotation after a noun of something said ("His statement, "...", was read out")
    stays a statement."""
    assert contents("His statement, \"We will not be bullied by anyone at all,\" was read "
                     "out at the rally.\n", quotekit_parse) == [
        "We will not be bullied by anyone at all"]

