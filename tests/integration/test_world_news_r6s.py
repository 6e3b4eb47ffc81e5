"""Round 6 (statements): eight articles written for these tests
(tests/fixtures/world_news/r6s_*.txt) in genres not covered before: an Irish rail-strike live
blog (timestamps, "Key events"), a US local TV crime story ("police said", "according to a
criminal complaint"), a wire story on an airline's results (CEO on the analysts' call, "said in
a filing"), a health study ("the study found" is evidence; "the authors wrote" is a
statement), a Singapore parliament story ("in a written reply"), a Nairobi protest story, a
BBC flooding story (Met Office warnings, "a spokesperson for the Environment Agency") and an
opinion column whose own sentences are not statements; then focused tests of the statement
errors found on them, each with a text written for the test. Gold (speech scope) is written
by hand and scored as in test_world_news.py."""

from __future__ import annotations

import pytest
from test_world_news import Gold, Parse, article_checks, contents

GOLD: dict[str, Gold] = {
    "r6s_liveblog_strike.txt": Gold(
        expected=[
            ("I am sorry for the disruption you have faced", "Declan Foxhall"),
            ("We made a fair offer and we will keep talking", "Declan Foxhall"),
            ("the company had offered a 6.5% pay rise", "Declan Foxhall"),
            ("her members were \"paying for a service they are not getting\"",
             "Gráinne Moloney"),
            ("People have lost shifts, missed hospital appointments", "Gráinne Moloney"),
            ("A refund is the very least", "Gráinne Moloney"),
            ("\"the door remains open\" for talks at the Workplace Relations Commission",
             "Seán Ó Dálaigh"),
            ("he had spoken to both sides last night", "Seán Ó Dálaigh"),
            ("the government would not intervene directly", "Seán Ó Dálaigh"),
            ("I won't be negotiating on the floor of this House", "Seán Ó Dálaigh"),
            ("a second 48-hour strike will go ahead", "National Train Drivers' Association"),
            ("the company's offer \"does not come close\"",
             "National Train Drivers' Association"),
            ("drivers had voted by 94% to take action", "Pádraig Mulready"),
            ("Nobody wants to strike", "Pádraig Mulready"),
        ],
        # the headline and the "Key events" lines (headlines of the entries); an apology with
        # no words; a call and an urging; "accused ... of" (PolNeAR content)
        optional=["talks collapse as drivers' union confirms second walkout",
                  "Union confirms second 48-hour strike", "Minister says \"the door remains",
                  "Commuter groups demand compensation", "Company chief apologises",
                  "has apologised to passengers", "to refund monthly ticket holders",
                  "urged them to return to the table", "sitting on his hands"],
        forbidden=["By Niamh Carrick", "Live | Updated 2h ago", "That's all from us today",
                   "Quick recap for anyone just joining us", "no intercity or commuter trains",
                   "Related: Rail strike"],
    ),
    "r6s_local_tv_crime.txt": Gold(
        expected=[
            ("he robbed a gas station at gunpoint", None),
            ("officers were called to the Speedway", None),
            ("An officer spotted a car matching the description", None),
            ("Thankfully, nobody else was on the road at that hour", "Angela Dorsey"),
            ("This could have ended a lot worse", "Angela Dorsey"),
            ("the suspect was treated at a local hospital", "Angela Dorsey"),
            ("she had worked at the store for three years", None),
            ("I just kept thinking about my kids", None),
            ("I gave him everything he wanted", None),
            ("the crash knocked out power to about a dozen homes", "Ray Whitlock"),
            ("It sounded like a bomb went off", "Ray Whitlock"),
            ("power was restored by 7 a.m.", "AEP Ohio"),
        ],
        # the headline; what court records and the criminal complaint (documents) say
        optional=["Man charged after armed robbery", "was charged with aggravated robbery",
                  "the suspect pointed a handgun at a clerk", "he left with about $340",
                  "Court records do not list an attorney", "asked not to be identified"],
        forbidden=["By Kayla Brandt", "Published: Oct. 14", "Copyright 2026 KTVR",
                   "Anyone with information about the case", "is being held on a $150,000",
                   "His first court appearance is scheduled"],
    ),
    "r6s_earnings_call.txt": Gold(
        expected=[
            ("inspections of its Aerion engines would keep up to 14 aircraft on the ground",
             "Corvane Air Group"),
            ("Demand for premium seats has never been stronger", "Lorraine Achebe-Whitfield"),
            ("the airline was in talks with the engine maker over compensation",
             "Lorraine Achebe-Whitfield"),
            ("the groundings would reduce its capacity by about 2%", "Corvane Air Group"),
            ("fuel costs had fallen 9% from a year earlier", "Marcus Delahunt"),
            ("the airline would use the savings to pay down", "Marcus Delahunt"),
            ("the carrier had \"no intention of chasing the market down\"", "Marcus Delahunt"),
            ("the engine problems could weigh on results", None),
            ("Management is being optimistic about the timeline", "Tobias Kerrigan"),
            ("it would hold a strike authorization vote next month",
             "Association of Flight Attendants"),
            ("it \"values its flight attendants\"", "Corvane Air Group"),
        ],
        # the headline; "reported a ... profit" (results, not words); figures "according to"
        # LSEG; the analyst's question; the company's forecast
        optional=["beats profit estimates but warns engine checks",
                  "reported a better-than-expected third-quarter profit",
                  "above the average analyst estimate", "whether Corvane would cut fares",
                  "now expects full-year adjusted earnings"],
        forbidden=["By Priyanka Venkataraman", "Reporting by", "Shares of the Dallas-based",
                   "Revenue rose 6% to $5.9 billion"],
    ),
    "r6s_health_study.txt": Gold(
        expected=[
            ("It is a modest effect, but it is a consistent one", "Hannelore Vrieling"),
            ("A short nap seems to help", "Hannelore Vrieling"),
            ("the findings \"do not establish cause and effect\"", None),
            ("the team had tried to account for sleep at night", "Hannelore Vrieling"),
            ("was the only way to be sure", "Hannelore Vrieling"),
            ("What it cannot tell us is whether the nap does the work", "Olusegun Adebanjo"),
            ("People who feel well enough to take a neat 30-minute nap", "Olusegun Adebanjo"),
            ("the results were encouraging", "Sleep Health Foundation"),
            ("the team had applied for funding for a two-year trial", "Hannelore Vrieling"),
        ],
        # the headline and the lede "according to a study"; "described the study as";
        # a warning (advice); figures "according to" the ONS
        optional=["Afternoon naps linked to sharper memory", "A short nap after lunch may help",
                  "well designed and carefully reported",
                  "not to change their habits on the strength",
                  "Some 40% of adults over 65 in the UK"],
        forbidden=["Health correspondent Fiona Haldane", "The study found that those",
                   "The data suggest that the benefit", "The results were published",
                   "The study was funded by", "Longer naps, of more than an hour"],
    ),
    "r6s_singapore_parliament.txt": Gold(
        expected=[
            ("Victims in Singapore lost $742 million to scams in 2025", "Tan Wei Ming"),
            ("the figure remained \"unacceptably high\"", "Tan Wei Ming"),
            ("the Government would not hesitate to tighten the rules", "Tan Wei Ming"),
            ("the framework had \"sharpened incentives\"", "Tan Wei Ming"),
            ("Banks now know that if they do not meet their duties", "Tan Wei Ming"),
            ("residents in her ward had told her that the banking apps", "Jolene Ong"),
            ("the police would expand the ScamShield outreach programme", "Tan Wei Ming"),
            ("1.2 million people had installed the ScamShield app", "Rahayu Binte Salleh"),
            ("the ministry was studying whether to require a \"cooling-off period\"",
             "Rahayu Binte Salleh"),
            ("the framework placed too much of the burden on victims", "Lim Jia Hui"),
            ("We cannot keep telling people to be careful", "Lim Jia Hui"),
            ("most scams still relied on victims authorising the transfers", "Tan Wei Ming"),
            ("it had arrested 312 people", "Singapore Police Force"),
        ],
        # the headline; an MP's question; "disagreed" (no words); police figures; "responding
        # to questions from several MPs" (PolNeAR annotates most "respond to questions" as
        # content: a rule dropping them lost 8 matches on PolNeAR train)
        optional=["Scam losses fell 18% last year but remain", "questions from several MPs",
                  "whether elderly victims were being adequately protected", "Mr Tan disagreed",
                  "Scam cases fell to 46,120 in 2025"],
        forbidden=["Get The Straits Times app", "Join ST's Telegram channel",
                   "The debate on the Online Criminal Harms"],
    ),
    "r6s_nairobi_protest.txt": Gold(
        expected=[
            ("We are tired. Bread is expensive", "Brian Njoroge"),
            ("We will not go home", "Brian Njoroge"),
            ("officers had acted \"with restraint\"", "Josephat Mwakio"),
            ("We respect the right to demonstrate peacefully", "Josephat Mwakio"),
            ("its monitors had recorded at least 18 injuries", "Independent Medico-Legal Unit"),
            ("the government needed the revenue to repay maturing Eurobonds",
             "Jeremiah Kiprono"),
            ("These are difficult decisions", "Jeremiah Kiprono"),
            ("the society would go to court if any protester was killed",
             "Faith Wambui Mutua"),
            ("My door is open. Come and talk to us", "Daniel Kiptoo Rotich"),
            ("they had lost days of trade", None),
            ("I closed my shop at 10 o'clock", "Mary Nduta"),
        ],
        # the chant; "defended the levy"; "accused ... of"; calls and urgings; "condemned
        # what it called"
        optional=["Levy must fall", "defended the levy", "punishing the hustler",
                  "to reject the bill when it comes to the floor",
                  "condemned what it called the excessive use of force",
                  "to engage the government through dialogue"],
        forbidden=["By Wanjiru Kamau", "NAIROBI, Kenya, Jul 9", "Follow us on Twitter",
                   "is expected to table its report"],
    ),
    "r6s_uk_flooding.txt": Gold(
        expected=[
            ("up to 120mm could fall on high ground", "Met Office"),
            ("\"fast-flowing or deep floodwater is likely", "Met Office"),
            ("crews had carried out 23 rescues overnight", "South Wales Fire and Rescue Service"),
            ("Please do not attempt to drive through flood water", "Gethin Rowlands"),
            ("teams had been working through the night", None),
            ("River levels are expected to remain high throughout Sunday", None),
            ("she was \"heartbroken\"", "Jenny Catterall"),
            ("We spent £30,000 getting back on our feet", "Jenny Catterall"),
            ("it had issued four severe flood warnings", "Natural Resources Wales"),
            ("the Welsh government would make emergency funding available", "Eluned Prosser"),
            ("the Cardiff to Merthyr Tydfil line would remain closed", "Network Rail"),
            ("the storm was moving slowly", "Andrew Hemsley"),
        ],
        # the headline; the warning issued (an act); thanks; figures "according to" the grid
        optional=["Amber warning as Storm Gwenllian", "has issued an amber warning for rain",
                  "the emergency services and volunteers who have worked",
                  "More than 9,000 properties were without power"],
        forbidden=["By Owen Pritchard", "Published 3 hours ago", "Image caption, Firefighters",
                   "Are you affected by the flooding", "the River Kent burst its banks"],
    ),
    "r6s_opinion_column.txt": Gold(
        expected=[
            ("the trial had saved £1.2m in agency costs", "Peter Askwith"),
            ("Our staff did the same work in less time", "Peter Askwith"),
            ("the trial was \"not value for money\"", "Rachel Oduya"),
            ("its position \"has not changed\"", None),
            ("the results were \"robust\"", "Amira Shafiq"),
            ("The productivity gains are real", "Amira Shafiq"),
        ],
        # the standfirst; "called the decision ..."; the request the letter made
        optional=["The four-day week is coming. Managers had better get ready",
                  "a slap in the face to every council tax payer", "asking it to stop"],
        # the columnist's own sentences, the author's note and the letters furniture
        forbidden=["Catherine Ashdown is a columnist", "Sat 14 Mar 2026",
                   "It is the look of a man", "I have seen it many times",
                   "about to become a great deal more common", "I understand the anger",
                   "people who work fewer hours tend to work better",
                   "Nobody should pretend otherwise", "Trust your staff",
                   "The only question is whether bosses", "Do you have an opinion"],
    ),
}

# Speaker-stage gaps (not the statements stage's), left for the speaker stage: the first words
# of each statement still named otherwise, checked by a strict xfail (``known_gaps``).
KNOWN_WRONG = {
    # "Senior Minister of State for ... Rahayu Binte Salleh": the name after a long title is
    # not found, and the "she added" after her goes to Ms Ong ("Ms Jolene Ong (Marine
    # Parade-Braddell Heights GRC)" is named without its constituency now)
    "r6s_singapore_parliament.txt": ["1.2 million people", "the ministry was studying"],
}

CHECKS = article_checks(GOLD, known_wrong=KNOWN_WRONG)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_bylines_plans_or_figures = CHECKS.nothing_else
test_known_speaker_gaps = CHECKS.known_gaps


@pytest.mark.parametrize(("text", "words"), [
    ("A retired teacher may have lain on her kitchen floor for three days before she was "
     "found, an inquest has heard.\n", "may have lain on her kitchen floor"),
    ("The inquest heard that the ambulance took three hours to reach the farm.\n",
     "the ambulance took three hours"),
    ("The court heard Mr Hallam had taken more than $40,000 from the club's accounts.\n",
     "Mr Hallam had taken more than $40,000"),
    ("The jury heard how the driver had fled the scene in a borrowed van.\n",
     "the driver had fled the scene"),
])
def test_what_a_hearing_heard_is_a_statement(quotekit_parse: Parse, text: str,
                                             words: str) -> None:
    """"hear" with a hearing as its subject ("an inquest has heard", "the court heard that
    ...", data/hearing_nouns.tsv) reports what was said to it in evidence: a statement of
    speech, where "hear" is otherwise a perception the speech scope leaves out, with no
    speaker (the witness is not named; the hearing is no speaker, nor a body named before)."""
    [s] = quotekit_parse("Tees Living Ltd said the flats would be affordable.\n\n" + text
                         ).statements[1:]
    assert words in s.content and s.speaker is None


@pytest.mark.parametrize("text", [
    "Neighbours heard a loud bang shortly after midnight.\n",
    "Residents heard that the factory would close.\n",
    "I have heard that the mayor is thinking of standing down.\n",
    "The tribunal heard evidence from six witnesses over two days.\n",
    "The committee heard from the bank's chief executive on Tuesday.\n",
])
def test_what_others_heard_is_no_statement(quotekit_parse: Parse, text: str) -> None:
    """"hear" stays a perception with any other subject, and a hearing's object ("heard
    evidence from six witnesses", "heard from the chief executive") reports no words."""
    assert contents(text, quotekit_parse) == []


@pytest.mark.parametrize("mark", ['"', "\u201d"])
def test_a_second_report_after_a_closing_quote(quotekit_parse: Parse, mark: str) -> None:
    """A second reporting verb after "and" that the parser hung on the first one's clause
    ('said the pitch was "unplayable" and denied the match had been fixed') is a statement
    of its own, also where the word before "and" closes a straight quotation (only an
    opening mark written up to "and" puts it inside a quotation)."""
    opening = '"' if mark == '"' else "\u201c"
    article = quotekit_parse(
        f"Groundsman Petra Lindqvist said the pitch was {opening}unplayable{mark} and denied "
        "the match had been fixed.\n")
    assert [s.content for s in article.statements] == [
        f"the pitch was {opening}unplayable{mark}", "the match had been fixed"]


@pytest.mark.parametrize("text", [
    "The two councils are due to present a joint bid for the games in June.\n",
    "Harbour towns clash over plan to share new ferry terminal\n\nBy Ana Ruiz\n",
    "The trust unveiled a plan to publish every consultant's waiting list online.\n",
    "The two regions signed an agreement to link their rail timetables.\n",
])
def test_what_is_due_or_planned_is_no_statement(quotekit_parse: Parse, text: str) -> None:
    """The infinitive of an adjective of plan ("are due to present a joint bid") or on a noun
    of plan ("plan to share new ferry terminal") has not happened: no statement, as with
    the verbs of plan ("plans to publish"; the ``plan`` group of non_statements.tsv)."""
    assert contents(text, quotekit_parse) == []


def test_a_plan_someone_reports_is_still_content(quotekit_parse: Parse) -> None:
    """A noun of plan inside what someone said stays in its content."""
    [content] = contents("The union said its plan to announce strike dates had been "
                          "shelved.\n", quotekit_parse)
    assert content == "its plan to announce strike dates had been shelved"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ("The charity attacked the cut. In a post on X, its director, Rhian Fowler, wrote: "
     "\"Shameful and cruel.\"\n", "Shameful and cruel.", "Rhian Fowler"),
    ("After the vote in the Senate, the majority leader, Nancy Ellwood, told reporters the "
     "bill was dead.\n", "the bill was dead", "Nancy Ellwood"),
])
def test_a_speaker_hung_on_an_opening_phrase(quotekit_parse: Parse, text: str, words: str,
                                             speaker: str) -> None:
    """A speaker in apposition that the parser hung on the last noun of an opening phrase
    ("In a post on X, its director, Rhian Fowler, wrote:", "director" an apposition of "X")
    is the subject of the verb after it, which has none of its own."""
    [s] = [s for s in quotekit_parse(text).statements if words in s.content]
    assert s.speaker is not None and s.speaker.name == speaker


@pytest.mark.parametrize(("text", "content"), [
    ("The suspect told detectives he had been at home all night, according to the "
     "affidavit.\n", "he had been at home all night"),
    ("The witness told the jury she had never seen the man before.\n",
     "she had never seen the man before"),
])
def test_a_clause_told_without_that(quotekit_parse: Parse, text: str, content: str) -> None:
    """A clause told to someone without "that", which the parser took for a relative
    clause of the hearer ("told detectives [he had been at home all night]"), is what was
    told, not a relative clause: a statement, without the hearer in it."""
    assert contents(text, quotekit_parse) == [content]
