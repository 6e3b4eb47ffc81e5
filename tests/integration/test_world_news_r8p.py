"""Round 8 (speakers): six articles written for these tests (tests/fixtures/world_news/
r8p_*.txt) in speaker-heavy genres not covered before: a Chilean Senate story (Spanish double
surnames, later one surname; "the president's spokeswoman"; a ministry named in Spanish and
English), a Nigerian business story ("Alhaji", "Chief", "Dr.", "Mrs.", a state governor
speaking through his press secretary, the central bank), a German carmaker's job cuts ("Dr.",
"Prof.", "von", "van der", a works council, "a spokeswoman for the carmaker"), a football
transfer (manager, agent, club statement, the player's Instagram post), a university press
release (lead author, co-author, PhD student, "the researchers said") and a defence story
("Gen.", "Lt. Col.", "Rear Adm.", a Pentagon spokesman, a ministry, unnamed officials). Gold
(speech scope) is written by hand, before quotekit was run on them, and scored as in
test_world_news.py."""

from __future__ import annotations

from test_world_news import Gold, Parse, article_checks, speaker_of

GOLD: dict[str, Gold] = {
    "r8p_santiago_lithium.txt": Gold(
        expected=[
            ("the figures sent by the ministry in March were", "Macarena Cifuentes Araya"),
            ("We are not against the royalty", "Macarena Cifuentes Araya"),
            ("If the price of lithium has halved", "Macarena Cifuentes Araya"),
            ("the delay would cost the regions of Antofagasta", "Daniela Ortúzar Beltrán"),
            ("Every month of uncertainty is a month", "Daniela Ortúzar Beltrán"),
            ("his ministry would send the updated figures", "Rodrigo Valdivieso Paredes"),
            ("The estimate will be lower", "Rodrigo Valdivieso Paredes"),
            ("the proposed rate of 8% on sales", "Consejo Minero del Norte"),
            ("They wanted a photo for the June 1 speech", "Felipe Aránguiz Mella"),
            ("her city had waited fifteen years", "Patricia Lagos Tapia"),
            ("The lithium leaves through our roads", "Patricia Lagos Tapia"),
            ("the royalty is the centrepiece of his plan", "Ignacio Fuenzalida Larraín"),
        ],
        # the headline; "accused ... of" (PolNeAR content); the committee's vote to ask the
        # ministry for figures (an act)
        optional=["government warns of a \"lost decade\"",
                  "accused the government of rushing the bill",
                  "to ask the Ministry of Finance (Ministerio de Hacienda)"],
        forbidden=["By Valentina Echeverría Soto", "declined to comment",
                   "The bill passed the lower house", "additional reporting by"],
    ),
    "r8p_kaduna_millers.txt": Gold(
        expected=[
            ("eleven of the association's 26 member mills", "Sani Dankwambo-Yusuf"),
            ("We have letters of credit that have been pending", "Sani Dankwambo-Yusuf"),
            ("If nothing changes by March 31", "Sani Dankwambo-Yusuf"),
            ("about 14,000 direct jobs were at risk", "Sani Dankwambo-Yusuf"),
            ("the bank had cleared a backlog", "Folasade Adeyemi-Okoro"),
            ("The bank is aware of the concerns", "Folasade Adeyemi-Okoro"),
            ("the state government would waive some levies", "Ibrahim Garba Makarfi-Lawal"),
            ("he had also written to the Vice President", "Ibrahim Garba Makarfi-Lawal"),
            ("His Excellency understands that when a mill closes", "Yakubu Ahmed Bawa"),
            ("You cannot plan a factory when the rules change", "Olusegun Ekundayo-Bright"),
            ("the bank's tight stance had helped", "Hauwa Abubakar-Sambo"),
            ("The pain is real, but the alternative", "Hauwa Abubakar-Sambo"),
            ("the price of a bag of flour had risen", "Rahila Danladi"),
            ("We have reduced the size of the loaf", "Rahila Danladi"),
            ("it would meet on March 20", "Northern Millers Association"),
        ],
        # the headline; the millers' threat (an intention); "blamed the crisis on what he
        # called ..." (PolNeAR content)
        optional=["Kaduna millers threaten shutdown as CBN promises new window",
                  "have threatened to shut their factories by the end of the month",
                  "blamed the crisis on what he called \"policy somersaults.\""],
        forbidden=["By Emeka Nwosu-Ibe", "Published Monday, 9 March 2026"],
    ),
    "r8p_hallberg_jobs.txt": Gold(
        expected=[
            ("will cut 4,500 jobs at its plants", "Hallberg Motoren Werke"),
            ("as far as possible without compulsory redundancies", "Hallberg Motoren Werke"),
            ("the group had to lower its costs", "Carsten von Elbering"),
            ("We are not closing a single plant", "Carsten von Elbering"),
            ("employees had learned of the plan from the press", "Sabine Kowalczyk"),
            ("This is not how a company that calls itself a family", "Sabine Kowalczyk"),
            ("The works council would use \"every legal means\"", "Sabine Kowalczyk"),
            ("the union would demand a job guarantee", "Thorsten Brenninkmeyer"),
            ("the restructuring would cost about 1.2 billion euros", "Maarten van der Kolk"),
            ("Nothing is off the table", "Maarten van der Kolk"),
            # an unnamed spokeswoman, affiliated with the carmaker (checked below)
            ("the Leipzig-Süd engine plant, which employs", None),
            ("the cuts were \"overdue but too small.\"", "Ferdinand Hauschild"),
            ("German carmakers built for a market", "Ferdinand Hauschild"),
            ("she expected the management", "Ulrike Seebach-Nolte"),
        ],
        # the headline; the reason the company gave ("blaming weak demand ...")
        optional=["as works council vows resistance",
                  "blaming weak demand for electric cars and competition from Chinese rivals"],
        forbidden=["By Johanna Kessler-Brandt", "Editing by Peter Albrecht",
                   "Hallberg shares closed"],
    ),
    "r8p_kowalski_transfer.txt": Gold(
        expected=[
            ("has signed a five-year contract", "Wexford Rovers"),
            ("Mateusz is a player who fits our style", "Wexford Rovers"),
            ("the deal was \"the perfect fit\"", "Dieter Brandt"),
            ("He presses, he runs in behind", "Dieter Brandt"),
            ("I told the board: this is the one", "Dieter Brandt"),
            ("the player had turned down offers", "Pedro Salgueiro Nunes"),
            ("Money was never the question", "Pedro Salgueiro Nunes"),
            ("leaving Lublin was \"the hardest decision", "Mateusz Kowalski"),
            ("To the fans who sang my name", "Mateusz Kowalski"),
            ("the fee was a club record", "Krzysztof Wiśniewski-Bąk"),
            ("We did not want to sell", "Krzysztof Wiśniewski-Bąk"),
            ("the club had \"respected every timeline\"", "Niamh Callaghan"),
        ],
        optional=["as Brandt hails \"perfect fit\""],
        forbidden=["By Sam Ferreira-Holt", "Last updated 21:07",
                   "Kowalski is expected to go straight", "whether he would start",
                   "scored 21 goals"],
    ),
    "r8p_urchin_study.txt": Gold(
        expected=[
            ("Reefs inside no-take marine reserves regained", None),
            ("We expected some recovery, but not this fast", "Mere Tautahi-Black"),
            ("Once crayfish and snapper numbers come back", "Mere Tautahi-Black"),
            ("the results matched what his team had seen", "Henrik Solvang"),
            ("The mechanism is the same on both sides", "Henrik Solvang"),
            ("the team had counted more than 300,000 urchins", "Aroha Pene-Williams"),
            ("Some days we would come up with our hands numb", "Aroha Pene-Williams"),
            ("warming seas could slow the recovery", None),
            ("the findings gave \"a clear, practical option\"", "David Olumide-Hart"),
            ("This is ten years of cold, careful work", "David Olumide-Hart"),
        ],
        # the headline (a finding); the finding "according to a study"
        optional=["can recover within a decade, study finds",
                  "can grow back within ten years once the urchins' predators are protected"],
        forbidden=["Embargoed until", "Media contact", "Kirsty Lowe",
                   "Predator recovery reverses urchin barrens", "The study was funded"],
    ),
    "r8p_shoal_patrols.txt": Gold(
        expected=[
            ("will expand joint naval patrols", None),
            ("the collision had damaged the supply boat's hull", "Ramon Villacorta Jr."),
            ("This was not an accident", "Ramon Villacorta Jr."),
            ("the Philippine boat had \"deliberately rammed\"", "Ministry of National Defense"),
            ("the United States stood by its commitments", "Derek Hollings"),
            ("Our commitment to the Philippines is ironclad", "Derek Hollings"),
            ("two American destroyers would join", "Caroline Whitcombe"),
            ("We will sail and operate wherever", "Caroline Whitcombe"),
            ("the patrols would include surveillance aircraft", None),
            ("Manila had filed its 40th diplomatic protest", "Arnulfo Macaraeg Dimaculangan"),
            ("We will not be bullied out of our own waters", "Arnulfo Macaraeg Dimaculangan"),
            ("the injured sailors were in stable condition", "Jocelyn Baluyot-Reyes"),
            ("the patrols were \"a signal more than a shield.\"", "Marisol Ventura"),
            ("China has learned to work below the threshold", "Marisol Ventura"),
        ],
        # "accused Washington of ..." (PolNeAR content)
        optional=["accused Washington of \"stirring up trouble\" in the region"],
        forbidden=["By Marcus Delgado-Whitfield", "Copyright 2026 Defense Desk",
                   "has been the scene of repeated confrontations"],
    ),
}

# Speaker-stage gaps left: the first words of each statement still named otherwise, checked
# by a strict xfail (``known_gaps``).
KNOWN_WRONG = {
    # "Speaking through his Chief Press Secretary, Mr. Yakubu Ahmed Bawa, the governor said":
    # the parser makes Bawa the subject and "the governor" his apposition (named Bawa); "The
    # association said" goes to the association named last (the Manufacturers Association of
    # Nigeria, a former president's), not the millers' association the story is about
    "r8p_kaduna_millers.txt": ["he had also written", "it would meet on March 20"],
    # "the club said in a statement" and "the statement said" after "Wexford Rovers have
    # completed the signing of ... from Dynamo Lublin": football clubs the recognizer tags as
    # people, and "club" a class of body never resolved to the article's body (named "club")
    "r8p_kowalski_transfer.txt": ["has signed a five-year", "Mateusz is a player"],
}
# Statement-stage gaps (not the speaker stage's): left for that stage.
SPURIOUS_GAPS = {
    "r8p_hallberg_jobs.txt": "statement stage: 'Asked whether Hallberg would sell its stake "
                             "..., Van der Kolk said:' makes the reporter's question a "
                             "statement",
    "r8p_kowalski_transfer.txt": "statement stage: 'Brandt would not say whether he would "
                                 "start' (a refusal) is a statement",
}
CHECKS = article_checks(GOLD, known_wrong=KNOWN_WRONG, spurious_gaps=SPURIOUS_GAPS)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_bylines_plans_or_figures = CHECKS.nothing_else
test_known_speaker_gaps = CHECKS.known_gaps


def test_a_german_works_company_in_a_lede_and_a_headline(quotekit_parse: Parse) -> None:
    """A company's name ending in "Werke" is a body, whatever the recognizer says; the
    headline's "Steelmaker Brandauer" is that company (no person "Steelmaker Brandauer"), and
    "..., the company said" after its full name in the lede is the company."""
    article = quotekit_parse(
        "Steelmaker Brandauer to close two blast furnaces\n\n"
        "Austrian steelmaker Brandauer Stahl Werke will close two blast furnaces at its Linz "
        "site by 2028, the company said on Monday.\n\n"
        "Brandauer said in a statement that no jobs would be lost.\n")
    assert speaker_of(article, "will close two blast furnaces") == "Brandauer Stahl Werke"
    assert speaker_of(article, "no jobs would be lost") == "Brandauer Stahl Werke"


def test_a_spokesperson_for_a_described_body_is_affiliated_with_it(
        quotekit_parse: Parse) -> None:
    """"A spokeswoman for the drugmaker said" after "Swiss drugmaker Corvalis Pharma Werke"
    is an unnamed spokeswoman of that company (the trade noun before the name gives the
    body "the drugmaker" stands for)."""
    article = quotekit_parse(
        "Swiss drugmaker Corvalis Pharma Werke said on Tuesday it would recall 40,000 "
        "inhalers. Chief executive Anja Roth said the fault had been found in one batch.\n\n"
        "A spokeswoman for the drugmaker later said pharmacies had been told on Monday.\n")
    [s] = [s for s in article.statements if "pharmacies had been told" in s.content]
    assert s.speaker is not None and s.speaker.affiliation == "Corvalis Pharma Werke"


def test_a_participle_opening_the_sentence_is_no_speaker(quotekit_parse: Parse) -> None:
    """"Reacting, the bank's director of communications, Mrs. X, said": the participle the
    parser makes the subject is no speaker; the person set off after it is."""
    article = quotekit_parse(
        "Fuel queues returned to Abuja on Monday.\n\n"
        "Reacting, the NNPC's Director of Corporate Affairs, Mrs. Adaeze Okonkwo-Bello, said "
        "the company had enough petrol in its depots.\n\n"
        "Responding, the FAAN's General Manager of Public Affairs, Mr. Tunde Bakare-Ojo, said "
        "the airport would reopen at noon.\n")
    assert speaker_of(article, "enough petrol") == "Adaeze Okonkwo-Bello"
    assert speaker_of(article, "reopen at noon") == "Tunde Bakare-Ojo"


def test_a_generational_suffix_keeps_its_full_stop(quotekit_parse: Parse) -> None:
    """"Adm. Eduardo Santos Jr." is named "Eduardo Santos Jr.", full stop kept."""
    article = quotekit_parse(
        "Adm. Eduardo Santos Jr., the navy chief, said the ship would sail on Friday.\n")
    assert speaker_of(article, "would sail on Friday") == "Eduardo Santos Jr."


def test_a_forecaster_and_a_rugby_position(quotekit_parse: Parse) -> None:
    """"Forecaster Ewa Rybak" (a name the recognizer misses) is a title and a name, not a
    person "Forecaster Ewa Rybak"; "the flanker said" after "captain Tomos Reece admitted"
    is the captain (a rugby position stands for the player just named)."""
    article = quotekit_parse(
        "Forecaster Ewa Rybak said the rain was moving more slowly than expected.\n\n"
        "Harlequins captain Tomos Reece admitted his side had been poor. \"We gave them too "
        "much ball,\" the flanker said.\n")
    assert speaker_of(article, "the rain was moving") == "Ewa Rybak"
    assert speaker_of(article, "We gave them too much ball") == "Tomos Reece"


def test_an_adverbial_opener_the_parser_makes_the_subject(quotekit_parse: Parse) -> None:
    """"Outside court, the victim's brother, Arjun Mehta, said": the opening phrase the parser
    makes the subject is no speaker (nor the court named before); the person set off after
    it is."""
    article = quotekit_parse(
        "A man appeared in the Auckland District Court on Tuesday charged with burglary.\n\n"
        "Outside court, the victim's brother, Arjun Mehta, said the family had not slept since "
        "the break-in.\n")
    assert speaker_of(article, "had not slept") == "Arjun Mehta"


def test_a_described_body_is_the_subject_of_the_sentence_before(quotekit_parse: Parse) -> None:
    """"A spokesperson for the company said" right after a sentence whose subject is a name
    the recognizer missed ("Bus operator Tarn Valley Coaches has withdrawn ...") is a
    spokesperson of that body; "the company said" there is the body."""
    article = quotekit_parse(
        "Heavy snow closed roads across the north on Monday.\n\n"
        "Bus operator Tarn Valley Coaches has withdrawn all services from Kendal for the rest "
        "of the day. A spokesperson for the company said tickets would be refunded in full.\n\n"
        "Ferry operator Firth Link has cancelled its evening crossings. The company "
        "said passengers could travel on Tuesday instead.\n")
    [s] = [s for s in article.statements if "tickets would be refunded" in s.content]
    assert s.speaker is not None and s.speaker.affiliation == "Tarn Valley Coaches"
    assert speaker_of(article, "could travel on Tuesday") == "Firth Link"


def test_a_company_described_by_its_home_town(quotekit_parse: Parse) -> None:
    """"The Denver, Colorado-based company said" after the company spoke is that company: the
    places of a location epithet ("X-based") are no other body."""
    article = quotekit_parse(
        "Corvane Semiconductor said on Thursday it would cut 300 jobs at its plant in "
        "Oregon.\n\n"
        "The Denver, Colorado-based company said it expects sales of $410 million to $430 "
        "million for the quarter.\n")
    assert speaker_of(article, "expects sales of $410 million") == "Corvane Semiconductor"


def test_a_chiefs_style_before_a_regnal_name(quotekit_parse: Parse) -> None:
    """"Nana Kwame Asante III" is named "Kwame Asante III" (a ruler's style before a name
    with a regnal number; "Nana" alone before a name may be a given name)."""
    article = quotekit_parse(
        "Farmers in the district blame the traders. Nana Kwame Asante III, the chief of "
        "Akrofuom and a farmer for forty years, said the festival would go ahead.\n")
    assert speaker_of(article, "the festival would go ahead") == "Kwame Asante III"


def test_the_carmaker_s_spokeswoman_is_of_the_carmaker(articles) -> None:  # type: ignore[no-untyped-def]
    """"A spokeswoman for the carmaker later said": a spokeswoman whose affiliation is
    Hallberg Motoren Werke, not the company itself (the convention of test_speakers.py's "a
    spokesperson for the firm")."""
    _text, article = articles["r8p_hallberg_jobs.txt"]
    [s] = [s for s in article.statements if "the Leipzig-Süd engine plant" in s.content]
    assert s.speaker is not None and s.speaker.affiliation == "Hallberg Motoren Werke"
    assert s.speaker.name != "Hallberg Motoren Werke"
