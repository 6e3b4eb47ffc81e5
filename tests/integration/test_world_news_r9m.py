"""Round 9 (statements and speakers): six articles written for these tests
(tests/fixtures/world_news/r9m_*.txt) in genres and Englishes not covered before: an
Australian Senate estimates story ("the Treasurer", "Senator X told Sky News"), a Bangladeshi
English-press story ("Minister for Planning ...", "talking to media", "in a statement issued
here"), a US local crime story (a sheriff's spokesperson, a neighbour, a criminal complaint),
a celebrity split (an Instagram post, "a source close to the singer told People", a
representative's statement), a British by-election night (victory speech, concession,
returning officer) and a mergers-and-acquisitions story (a joint statement, a regulatory
filing, analysts' notes). Gold (speech scope) is written by hand from the text, before
quotekit was run on it, and scored as in test_world_news.py.

Untouched score (main c34373b), before any rule was written for these articles: 70
expected, 69 found, 1 missed, 6 with a wrong speaker, 1 spurious, 0 forbidden (the spurious
one, "Announcing the result", was made optional afterwards, by the PolNeAR reading of
"announce" + object that the earlier rounds' gold follows)."""

from __future__ import annotations

from test_world_news import Gold, Parse, article_checks, speaker_of

GOLD: dict[str, Gold] = {
    "r9m_canberra_estimates.txt": Gold(
        expected=[
            ("the cost of the scheme had blown out by $1.4 billion", None),
            ("the department had revised its costings in April", "Fiona Carrodus"),
            ("The original figure assumed construction costs would stabilise",
             "Fiona Carrodus"),
            ("the revised estimate had been provided to the Treasurer's office",
             "Fiona Carrodus"),
            ("the government had \"sat on the numbers for two months\"", "Brendan Vasey"),
            ("Australians were told this fund would pay for itself", "Brendan Vasey"),
            ("the government had been \"completely upfront\" about rising costs",
             "Daniel Okonkwo-Reid"),
            ("Every dollar in this fund is building a home", "Daniel Okonkwo-Reid"),
            ("I'm not going to apologise for that", "Daniel Okonkwo-Reid"),
            ("the blowout showed the fund was \"too small and too slow\"", "Talia Marchetti"),
            ("We've been saying for three years", "Talia Marchetti"),
            ("she would move a motion next week", "Jocelyn Pryor-Haigh"),
            ("the minister would not comment on figures", None),
        ],
        # the headline; "defended the ... fund" (defend + object, see Gold); "rejected the
        # claim"; the nested "were told" inside Vasey's words; "Today we learned it won't"
        optional=["Treasurer grilled over $1.4bn housing fund blowout",
                  "the government's troubled housing fund", "rejected the claim",
                  "this fund would pay for itself", "Today we learned it won't"],
        forbidden=["By Hamish Tregellis", "Updated 3 June 2026",
                   "Estimates hearings resume on Wednesday"],
    ),
    "r9m_dhaka_planning.txt": Gold(
        expected=[
            ("the government would revise the Annual Development Programme",
             "Abdul Mannan Khasru"),
            ("Implementation in the first eight months stood at only 31 percent",
             "Abdul Mannan Khasru"),
            ("approved 14 projects involving Tk 9,240 crore", "Md Shahidul Islam Bhuiyan"),
            ("the PM had directed the ministries to complete the ongoing projects",
             "Md Shahidul Islam Bhuiyan"),
            ("The Prime Minister asked us not to start any project",
             "Md Shahidul Islam Bhuiyan"),
            ("work on the Padma-Jamuna link road was \"progressing as per schedule\"",
             "Road Transport and Bridges Ministry"),
            ("the ADP cuts proved that the government's development claims were",
             "Anwar Hossain Chowdhury"),
            ("Money is allocated in June and spent in a hurry", "Anwar Hossain Chowdhury"),
            ("the low implementation rate was a \"chronic problem\"", "Selina Haque"),
            ("Every year we see the same pattern", "Selina Haque"),
            ("the revised ADP would be placed before the NEC in April", None),
        ],
        # the headline; the PM's direction reported inside the secretary's words; figures
        # "according to" a body; the second half of the ministry's statement
        optional=["Govt to revise ADP as project implementation lags",
                  "not to start any project without a proper feasibility study",
                  "the Health Services Division spent only 19 percent",
                  "62 percent of the work had been completed"],
        forbidden=["Staff Correspondent", "Dhaka, March 14"],
    ),
    "r9m_dayton_stabbing.txt": Gold(
        expected=[
            ("deputies found the victim on the ground with \"significant injuries.\"",
             "Dana Whitacre"),
            ("He was taken to Miami Valley Hospital", "Dana Whitacre"),
            ("This is a situation that escalated very quickly", "Dana Whitacre"),
            ("We'd encourage anybody who is in a dispute with a neighbor", "Dana Whitacre"),
            ("the two men had argued about the parking space for months", "Lorraine Bixby"),
            ("Every week it was something", "Lorraine Bixby"),
            ("I never thought it would go that far", "Lorraine Bixby"),
            ("it would present the case to a grand jury next month",
             "Montgomery County Prosecutor's Office"),
            ("his client \"acted in self-defense\"", "Marcus Delgado-Freeman"),
            ("There's a lot more to this story", "Marcus Delgado-Freeman"),
        ],
        # what police "say" in the lede (a body named by a description); what court records
        # "show" and what a criminal complaint "states" (documents as evidence); "would plead
        # not guilty" (the second half of the lawyer's words)
        optional=["police say he stabbed his neighbor",
                  "Terrence Hollowell was booked into the Montgomery County Jail",
                  "Hollowell and the victim, a 51-year-old man, argued",
                  "retrieved a kitchen knife from his vehicle",
                  "Hollowell has no prior felony convictions", "would plead not guilty"],
        forbidden=["By Kristen Vollmer", "Published 7:45 a.m.", "Contact Kristen Vollmer",
                   "His next court appearance is scheduled"],
    ),
    "r9m_singer_split.txt": Gold(
        expected=[
            ("she and actor Jules Abernathy have separated", "Maren Quist"),
            ("the decision was \"mutual and made with so much love.\"", "Maren Quist"),
            ("Jules and I have decided to go our separate ways", "Maren Quist"),
            ("We ask for privacy at this time", "Maren Quist"),
            ("the actor \"remains grateful for the years they shared.\"", None),
            ("the couple had been living apart since the spring", None),
            ("They tried really hard to make it work", None),
            ("There's no drama here", None),
            ("I missed my son's first steps", "Maren Quist"),
            ("That stays with you", "Maren Quist"),
            ("her upcoming album, Saltwater, was \"the most honest thing", "Maren Quist"),
            ("Sending you all the love, sis", "Tamsin Rowe"),
        ],
        # the headline (its quote included); "shared the news"; "confirmed the split";
        # "opened up about" (a topic, no words)
        optional=["Maren Quist confirms split from actor Jules Abernathy",
                  "'We will always be family'", "shared the news in an Instagram post",
                  "confirmed the split", "opened up about the pressures of touring"],
        forbidden=["By Priya Castellanos", "Published Friday, 11:02 AM",
                   "has not commented publicly", "Quist's world tour is scheduled"],
    ),
    "r9m_wellbrook_byelection.txt": Gold(
        expected=[
            ("turnout had been 38.4%", "Simon Treadgold"),
            ("the result was \"a vote for change that hasn't come fast enough\"",
             "Nadia Fenwick"),
            ("I have heard you on the doorsteps", "Nadia Fenwick"),
            ("his party had \"put Labour on notice\"", "Gareth Penhallow"),
            ("Two years ago we were nowhere here", "Gareth Penhallow"),
            ("Next time, we win", "Gareth Penhallow"),
            ("it had been \"a difficult night\" for her party", "Harriet Lowe-Denison"),
            ("the result showed voters still trusted Labour", "Ellen Marsh"),
            ("there were \"lessons to learn\"", "Ellen Marsh"),
            ("the swing to Reform UK of almost 14 points", "Alan Cuthbertson"),
            ("If that were repeated at a general election", "Alan Cuthbertson"),
            ("his party would \"reflect carefully\" on the result", "Rory Quayle"),
        ],
        # the headline; "conceded defeat" and "congratulated the winner" (acts, no words);
        # "Announcing the result" (a speech act: PolNeAR reads "announce" + object as
        # content, cue_policy.tsv announce+dobj 0.92, as r5q's "declares Oyetunde winner";
        # made optional after the untouched score, which counted it spurious)
        optional=["Labour's Nadia Fenwick wins with reduced majority", "conceded defeat",
                  "congratulated the winner",
                  "the result at Wellbrook Leisure Centre shortly after 3am"],
        forbidden=["By Oliver Strand", "BBC News, Wellbrook", "Ms Fenwick will be sworn in",
                   "The by-election was called after"],
    ),
    "r9m_merger_chemicals.txt": Gold(
        expected=[
            ("Halvorsen Materials agreed to buy Corvane Chemical for $8.7 billion", None),
            ("Corvane shareholders will receive $42.50 in cash", None),
            ("Together we will have the scale and the technology", "Ingrid Sørlie"),
            ("the combined company would be able to cut costs", "Ingrid Sørlie"),
            ("the deal would add to earnings in its first full year", "Ramon Achterberg"),
            ("it had secured a $6 billion bridge loan", "Halvorsen Materials"),
            ("the offer \"delivers immediate and certain value\"", "Patrick Oduya"),
            ("the price was \"full\"", "Wen Tao Liang"),
            ("This is a good strategic fit at a very rich price", "Wen Tao Liang"),
            ("the deal made sense", "Claire Ravensworth"),
            ("integration risk was \"high\"", "Claire Ravensworth"),
            ("it would oppose the deal", "Stonefield Capital"),
        ],
        # the headline; the second that-clause of one verb (CFO, analyst); "arguing" the
        # price (the activist's reason)
        optional=["Halvorsen to buy rival Corvane",
                  "the company expected to keep its investment-grade credit rating",
                  "antitrust review in the European Union could take more than a year",
                  "the company was worth at least $55 a share"],
        forbidden=["Reporting by Lucas Brennan-Ito", "Halvorsen shares fell 6.2%",
                   "The deal is expected to close"],
    ),
}

# Gaps left (a statement missed, a speaker named otherwise), checked by a strict xfail
# (``known_gaps``).
KNOWN_MISSED = {
    # "The meeting, chaired by ..., approved 14 projects ..., Planning Division Secretary
    # Md Shahidul Islam Bhuiyan told reporters": the parser hangs "approved" on the name as an
    # adjective (amod), so the clause before ", X told reporters" is no complement
    "r9m_dhaka_planning.txt": ["approved 14 projects"],
}
KNOWN_WRONG = {
    # "In a regulatory filing, Halvorsen said": the recognizer tags no word of "Halvorsen
    # Materials" in the lede, and "materials" ends no company name in company_words.tsv, so
    # "Halvorsen" is a person. Adding "materials" there fixes it but makes "the company said"
    # in r5s_merger_mumbai the object company named last ("merge with smaller rival Kaveri
    # Infra Materials", two speakers lost): "the company" needs the subject company first
    "r9m_merger_chemicals.txt": ["it had secured a $6 billion"],
}
CHECKS = article_checks(GOLD, known_missed=KNOWN_MISSED, known_wrong=KNOWN_WRONG)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_bylines_plans_or_figures = CHECKS.nothing_else
test_known_gaps = CHECKS.known_gaps


def test_a_name_in_a_titles_portfolio_before_an_adverb_of_time(quotekit_parse: Parse) -> None:
    """"Minister for Energy Farida Osmani today said": the name ending the title's "for"
    phrase is the speaker though an adverb or bare noun of time stands between it and the
    verb, also where a dateline before it sways the parse, and "the minister" later is her."""
    article = quotekit_parse(
        "Staff Correspondent\nDhaka, March 14\n\nMinister for Energy Farida Osmani today said "
        "the government would end power cuts by August.\n\n\"We have cleared the circular "
        "debt,\" the minister said while talking to media.\n")
    assert speaker_of(article, "would end power cuts") == "Farida Osmani"
    assert speaker_of(article, "We have cleared") == "Farida Osmani"


def test_a_company_and_a_capitalised_title_before_a_name(quotekit_parse: Parse) -> None:
    """A company and a capitalised title the recognizer took into a person's name ("Dunmore
    Chief Executive Ana Kovač" tagged as one entity) leave the person's name alone."""
    article = quotekit_parse(
        "\"We expect margins to recover next year,\" Dunmore Chief Executive Ana Kovač said on "
        "a call with analysts.\n\nKovač said the plant in Leeds would close.\n")
    assert speaker_of(article, "We expect margins") == "Ana Kovač"
    assert speaker_of(article, "the plant in Leeds") == "Ana Kovač"


def test_a_ministrys_name_split_at_and(quotekit_parse: Parse) -> None:
    """A ministry's name the recognizer split at "and" ("the Road Transport| and |Highways
    Ministry", two bodies) is one body: the first half has no head of its own."""
    article = quotekit_parse(
        "In a statement issued here, the Road Transport and Highways Ministry said the new "
        "rules would apply from May.\n")
    assert speaker_of(article, "the new rules would apply") == \
        "Road Transport and Highways Ministry"

