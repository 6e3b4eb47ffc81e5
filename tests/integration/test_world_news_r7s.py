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

from test_world_news import Gold, article_checks

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
            ("bookings for its next-generation Helix accelerator", "Marisol Treviño"),
            ("gross margin would dip to about 58%", "Anders Kjellberg"),
            ("margins should recover in the second half", "Anders Kjellberg"),
            ("The guide is a disappointment", "Howard Lim"),
            ("the inventory correction could run into the third quarter",
             "Rachel Adeyemi-Strauss"),
            ("We think management is being too optimistic", "Rachel Adeyemi-Strauss"),
        ],
        # the headline; the forecast (a plan/estimate the article reports as an act) and what
        # it cited; the analysts' consensus "according to LSEG data"; the announced buyback
        optional=["shares slide as data-centre demand cools",
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
        # inside Costigan's quotation
        optional=["Tributes paid to 'irreplaceable'", "Tributes poured in",
                  "the songs would lose their breath if we did them twice"],
        forbidden=["By Orla Brennan", "Sat 4 Apr 2026", "Funeral arrangements will be",
                   "She is survived by", "shared a photograph"],
    ),
}

CHECKS = article_checks(GOLD)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_bylines_plans_or_figures = CHECKS.nothing_else
