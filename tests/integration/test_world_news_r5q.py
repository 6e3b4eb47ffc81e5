"""Round 5 (speakers, second set): six articles written for these tests
(tests/fixtures/world_news/r5q_*.txt) in genres not covered before: a Nigerian governorship
election (returning officer, "Comrade", "SP"), an Indian state-politics story ("Shri", "Smt.",
"said the minister"), a Canadian First Nation's emergency (Chief, Grand Chief, band council,
"Coun."), a German budget row in translation ("Bundeskanzler", "a government spokesman"), a
football transfer saga (agents, "sources close to the player") and an Australian court story
("Judge", "Justice", "Crown prosecutor", "SC"); then focused tests of speaker errors found by
probing fresh text, each with a text written for the test. Gold (speech scope) is written by
hand and scored as in test_world_news.py."""

from __future__ import annotations

from test_world_news import Gold, Parse, article_checks, speaker_of

from quotekit import Article

GOLD: dict[str, Gold] = {
    "r5q_nigeria_election.txt": Gold(
        expected=[
            ("Oyetunde polled 214,806 votes", "Halima Bako-Sule"),
            ("Femi Oyetunde is hereby declared the winner", "Halima Bako-Sule"),
            ("the bimodal voter accreditation devices had worked", "Ibrahim Danjuma-Kolo"),
            ("voting was delayed in parts of Ikole-Ora", "Ibrahim Danjuma-Kolo"),
            ("the party had evidence of vote-buying", "Tunde Afolabi"),
            ("What happened yesterday was not an election", "Tunde Afolabi"),
            ("We are heading to the tribunal", "Tunde Afolabi"),
            ("Do not take the law into your hands", "Ngozi Umeh-Bassey"),
            ("the situation across the state was \"calm and under control.\"", "Aminu Kolo"),
            ("its 600 monitors had recorded cash changing hands", "Civic Ballot Watch"),
            ("the commission had done \"a creditable job\"", "Adaeze Nwachukwu"),
            ("This victory belongs to everyone in Ekiti-Ora", "Femi Oyetunde"),
            ("she had voted for the first time", "Bisi Adeyemo"),
            ("I came out because I want good roads", "Bisi Adeyemo"),
        ],
        # the headline; "urged them to remain calm" (a call); the police command's statement
        # (a body named only by its description); the second half of Nwachukwu's words; the
        # declaration of the winner (a speech act: PolNeAR reads "declare" + object as content,
        # cue_policy.tsv declare+dobj 0.78) and "rejected the outcome" (reject+dobj 0.80)
        optional=["declares Oyetunde winner", "to remain calm", "23 suspects had been arrested",
                  "vote-buying \"remains the cancer of our elections.\"", "thanked voters",
                  "winner of Saturday's governorship election", "rejected the outcome"],
        forbidden=["By Chinedu Okafor-Eze", "Published: Sunday",
                   "Oyetunde is expected to be sworn in"],
    ),
    "r5q_india_water.txt": Gold(
        expected=[
            ("approved the Rs 4,200-crore Sabarmati-Vasna canal project", "Rajendra Patil"),
            ("the first phase would be completed in 30 months", "Rajendra Patil"),
            ("Water will reach Kutchhal before the next assembly election", "Rajendra Patil"),
            ("the state would bear 60 per cent of the cost", "Rajendra Patil"),
            ("no family would be displaced", "Kavita Deshmukh"),
            ("the government had not consulted the gram sabhas", "Mahendra Solanki"),
            ("They are building a canal for the cities", "Mahendra Solanki"),
            ("We will raise this on the floor of the House", "Mahendra Solanki"),
            ("the alignment had been changed twice", "Rajendra Patil"),
            ("Not one acre will be taken without the consent", "Rajendra Patil"),
            ("villagers in Dediapada had received notices", "Leela Vasava"),
            ("The notice came in English", "Leela Vasava"),
            ("the tender would be floated by September", None),
        ],
        # the headline; "described the project as ..."; the Opposition's allegation (a body
        # named by a description); a demand; figures "according to" a body
        optional=["Opposition cries foul over tribal land", "the lifeline of Kutchhal",
                  "nearly 900 hectares of tribal land would be submerged",
                  "the project report be placed in the public domain",
                  "groundwater levels in Kutchhal have fallen"],
        forbidden=["This story has not been edited", "Ahmedpur, July 22 (PTI)"],
    ),
    "r5q_canada_firstnation.txt": Gold(
        expected=[
            ("was never designed for a community of this size", "Dorothy Muskego"),
            ("We have been boiling water since January 19", "Dorothy Muskego"),
            ("Ottawa has spent years promising", "Wilfred Anderson"),
            ("it was \"working closely with the leadership\"", "Indigenous Services Canada"),
            ("bottled water had been flown in", None),
            ("the community had asked for a new plant in 2019", "Harold Spence"),
            ("We sent engineering reports", "Harold Spence"),
            ("the nursing station had seen a rise in skin infections", "Amanda Flett"),
            ("the station was running low on antibiotic cream", "Amanda Flett"),
            ("a new plant for Kinosao was \"a priority\"", "Claire Boisvert"),
            ("the ice road into the community was expected to close", "Lorne Ducharme"),
            ("the community would not lift the state of emergency", "Dorothy Muskego"),
            ("We are not asking for charity", "Dorothy Muskego"),
        ],
        # the headline and deck; "called the situation ..."; the resolution "asking" ISC; the
        # declaration of a state of emergency (a speech act: PolNeAR reads "declare" + object
        # as content, cue_policy.tsv declare+dobj 0.78)
        optional=["declares state of emergency over water plant failure",
                  "a state of emergency after the community's water treatment plant failed",
                  "1,400 residents without safe tap water for third week",
                  "a failure of the Crown's duty to our people",
                  "for an emergency evacuation of people with medical needs"],
        forbidden=["Rachel Beardy", "With files from Jason Harper", "Posted: Feb 09"],
    ),
    "r5q_berlin_budget.txt": Gold(
        expected=[
            ("there was \"no legal basis\"", "Matthias Kettelhut"),
            ("The debt brake is not a suggestion", "Matthias Kettelhut"),
            ("the chancellor was \"confident that an agreement", None),
            ("talks between the three party leaders would continue", "Anja Lindqvist"),
            ("investment in rail and in the energy grid would have to be cut",
             "Katharina Oberholz"),
            ("Every bridge we do not repair today", "Katharina Oberholz"),
            ("there were \"several ways\" to close the gap", "Jonas Brückner"),
            ("both sides were partly right", "Sabine Hellwig"),
            ("The rules are the rules", "Sabine Hellwig"),
            ("the coalition had \"lost the ability to govern.\"", "Florian Weisskirchen"),
            ("I am an optimist by profession", "Matthias Kettelhut"),
        ],
        # the headline; the ministry "rejecting demands"; "accused ... of" (PolNeAR content);
        # a call for elections; figures "according to" DIW estimates; the words before an
        # inserted "she said" (PolNeAR annotates such a piece as a content unit of its own,
        # even an adverbial: a rule dropping them lost 9 PolNeAR dev matches); a reporter's
        # question ("Asked whether ...": the asker's, neither way, as in r7q)
        optional=["clash over debt brake", "rejecting demands from the Greens",
                  "playing politics with the country's future", "called for new elections",
                  "the budget gap stands at around 17 billion euros", "Without new borrowing",
                  "whether that date would hold"],
        forbidden=["dpa kh/xx yydd", "Berlin (dpa)", "The cabinet is due to approve"],
    ),
    "r5q_transfer_saga.txt": Gold(
        expected=[
            ("has told the French club he wants to join Juventus Torino", None),
            ("his client \"dreams of playing in Serie A\"", "Patrice Mbemba"),
            ("no deal was done", "Patrice Mbemba"),
            ("There is interest, there are conversations", "Patrice Mbemba"),
            ("the striker was \"not for sale at any price\"", "Gérard Vasseur"),
            ("We have built this team around Ousmane", "Gérard Vasseur"),
            ("He is a great player, but he is a Lyon player", "Alessandro Morini"),
            ("the club was prepared to raise its offer", None),
            ("the player had a \"minor muscle problem\"", "Bruno Castagnède"),
            ("the absence had anything to do with the transfer talks", "Bruno Castagnède"),
            ("I spoke with Ousmane this morning", "Bruno Castagnède"),
            ("a compromise involving a loan back to Lyonnais", None),
            ("the club should cash in", "Yohan Bertrand"),
            ("If the player's head is in Turin", "Yohan Bertrand"),
        ],
        # the headline; what the player told the club (inside the sources' words); "is
        # understood to have agreed"; the rest of Vasseur's sentence; "rejected two offers"
        # (PolNeAR reads "reject" + object as content, cue_policy.tsv reject+dobj 0.80, as
        # "rejecting demands" in the Berlin story)
        optional=["wants Turin move as agent flies in for talks", "he wants to join Juventus",
                  "rejected two offers",
                  "to have agreed personal terms", "he expected him to honour his contract"],
        forbidden=["By Marco Ferrante", "Tuesday 18 August 2026",
                   "Lyonnais host Stade Rennais on Saturday"],
    ),
    "r5q_sydney_court.txt": Gold(
        expected=[
            ("Wickstead had abused the trust", "Rosalind Achterberg"),
            ("The money you took was money meant for the care", "Rosalind Achterberg"),
            ("the offending was \"sophisticated, sustained and motivated by greed\"",
             "Daniel Obeid"),
            ("Wickstead had created false invoices", "Daniel Obeid"),
            ("her client had been drinking heavily", "Fiona McTaggart"),
            ("he had repaid about $400,000", "Fiona McTaggart"),
            ("he was \"deeply ashamed\"", "Graham Wickstead"),
            ("I betrayed people who trusted me", "Graham Wickstead"),
            ("the sentence sent \"a clear message\"", "Priya Raghunathan"),
            ("Our residents and their families deserve to know", "Priya Raghunathan"),
            ("the court would deliver its judgment", "Peter Hallinan"),
            ("it was reviewing Banksia's financial controls",
             "Aged Care Quality and Safety Commission"),
        ],
        optional=["Former aged care boss jailed for $3.2m fraud"],
        forbidden=["Australian Associated Press", "June 11, 2026 - 4:31PM", "Lifeline 13 11 14",
                   "Wickstead will be eligible for parole"],
    ),
}

CHECKS = article_checks(GOLD)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_bylines_plans_or_figures = CHECKS.nothing_else



def _affiliation_of(article: Article, words: str) -> str | None:
    """The affiliation of the speaker of the one statement holding ``words``."""
    [s] = [s for s in article.statements if words in s.content]
    return s.speaker.affiliation if s.speaker is not None else None


def test_a_name_after_a_role_noun_tagged_as_a_place_is_a_person(quotekit_parse: Parse) -> None:
    """A proper-noun apposition of a noun of people with a role before it ("Varga's teammate,
    midfielder Tomi Adeyemi,") is a person even where the recognizer calls it a place, so a
    later "he" goes to them and not to the speaker named before."""
    article = quotekit_parse(
        "Captain Ilona Varga said the squad was ready for the final. \"We have trained for "
        "this all season,\" Varga said.\n\nVarga's teammate, winger Ade Okafor, was less "
        "certain. \"Honestly? I don't know,\" he told reporters.\n")
    assert speaker_of(article, "I don't know") == "Ade Okafor"
    assert speaker_of(article, "We have trained") == "Ilona Varga"


def test_a_pronoun_after_a_person_named_in_apposition_to_the_subject(
        quotekit_parse: Parse) -> None:
    """"he" after a subject that is a noun of people with a name in apposition ("Varga's
    teammate, Ade Okafor, was less certain.") is that person, not the last speaker."""
    article = quotekit_parse(
        "Captain Ilona Varga said the squad was ready for the final.\n\nVarga's teammate, "
        "Ade Okafor, was less certain. \"Honestly? I don't know,\" he told reporters.\n")
    assert speaker_of(article, "I don't know") == "Ade Okafor"


def test_a_spokeswoman_for_a_company_has_its_affiliation(quotekit_parse: Parse) -> None:
    """An unresolved description with a body after "for" or "at" has that body as its
    affiliation ("A spokeswoman for Acme Corp said"), as an unnamed source has."""
    article = quotekit_parse(
        "A spokeswoman for Acme Corp said the plant in Dunmore would reopen next month.\n\n"
        "A spokesman at the Home Office said the review was continuing.\n")
    assert _affiliation_of(article, "would reopen next month") == "Acme"
    assert _affiliation_of(article, "the review was continuing") == "Home Office"


def test_a_double_surname_after_a_particle(quotekit_parse: Parse) -> None:
    """A name the recognizer stops before a particle goes on over the particle and a double
    surname ("Dr. Borja| del Río Pardo"), and a later mention opening with the lower-case
    particle is that person."""
    article = quotekit_parse(
        "Dr. Borja del Río Pardo of the University of Southern Denmark led the study of "
        "4,000 adults.\n\n\"Walking after meals helps more than we thought,\" del Río Pardo "
        "said.\n")
    assert speaker_of(article, "Walking after meals") == "Borja del Río Pardo"


def test_no_verb_in_a_speakers_alias(quotekit_parse: Parse) -> None:
    """A name the recognizer ran into the verb after it ("Van der Heijden told") gives no
    alias with the verb."""
    article = quotekit_parse(
        "Harbour master Willem van der Heijden said the terminal should be built on the new "
        "quay. \"It makes no sense to lay hundreds of kilometres of new pipe when the "
        "connections are already here,\" Van der Heijden told the Dutch newspaper NRC.\n")
    [s] = [s for s in article.statements if "It makes no sense" in s.content]
    assert s.speaker is not None and s.speaker.name == "Willem van der Heijden"
    assert all("told" not in a for a in s.speaker.aliases)


def test_a_name_after_an_honorific_in_a_long_run_of_capitals(quotekit_parse: Parse) -> None:
    """A name the recognizer missed after an honorific that closes a long title ("Leader of
    the Opposition in the Council Shri Vikram Rathod") is that person, not someone the
    description could stand for, and "Rathod" later is the same person."""
    article = quotekit_parse(
        "Leader of the Opposition in the Council Shri Vikram Rathod said the bill had been "
        "rushed through.\n\n\"The members were given the draft at midnight,\" Rathod told "
        "reporters.\n\nParty state unit chief Shri Naveen Gowda demanded a select committee.\n")
    assert speaker_of(article, "the bill had been rushed") == "Vikram Rathod"
    assert speaker_of(article, "given the draft at midnight") == "Vikram Rathod"


def test_a_role_the_parser_hangs_on_a_place(quotekit_parse: Parse) -> None:
    """A role with a person named in apposition that the parser hangs on the place before it
    ("Announcing the result in Oke-Ogun, the returning officer, Prof. ...,") is that
    person, not the place."""
    article = quotekit_parse(
        "Announcing the result in Oke-Ogun, the returning officer, Prof. Musa Bello-Kano, "
        "said the candidate of the ruling party polled 98,210 votes.\n")
    assert speaker_of(article, "polled 98,210 votes") == "Musa Bello-Kano"


def test_police_ranks_before_a_name(quotekit_parse: Parse) -> None:
    """Nigerian and South Asian police ranks before a name ("SP", "DSP") are titles: the
    person is named without them."""
    article = quotekit_parse(
        "The command's spokesperson, SP Musa Adamu, said the roads were calm.\n\n"
        "DSP Ravi Menon said two men had been detained.\n")
    assert speaker_of(article, "the roads were calm") == "Musa Adamu"
    assert speaker_of(article, "two men had been detained") == "Ravi Menon"
