"""Round 8 (statements): six articles written for these tests
(tests/fixtures/world_news/r8q_*.txt) in genres not covered before: a Canadian grocer's
earnings call ("told analysts on a conference call", an analyst's question, "on a call with
reporters", an analyst's note), a Commons debate report ("told the Commons", "intervened to
say", a Speaker's ruling, "Hear, hear"), a broadcast-interview report ("Speaking to the BBC's
Today programme", "In an interview with CNN", a presenter's questions, "When pressed on"), a US
fraud trial ("testified", "Under cross-examination", a judge's instruction, "Prosecutors
argued"), a social-media roundup ("wrote on X", "posted on Instagram", "In a TikTok video",
handles, a deleted post) and a wire story of short attributions ("told Reuters", "sources
familiar with the matter", "said in an emailed statement", "declined to comment"). Gold (speech
scope) is written by hand, before quotekit was run on them, and scored as in
test_world_news.py."""

from __future__ import annotations

from test_world_news import Gold, article_checks

GOLD: dict[str, Gold] = {
    "r8q_earnings_call.txt": Gold(
        expected=[
            ("a price war with discount chains had squeezed margins", "Harbourline Foods"),
            ("This was a tough quarter, and I won't pretend otherwise", "Nadia Szabo-Whitlock"),
            ("We chose to protect our customers on price", "Nadia Szabo-Whitlock"),
            ("adjusted earnings per share fell to 61 cents", "Harbourline Foods"),
            ("food inflation in its stores had slowed to 1.8 per cent", "Raymond Achterberg"),
            ("We are not going to chase volume at any cost", "Raymond Achterberg"),
            ("But we are also not going to hand our customers", "Raymond Achterberg"),
            ("the program would continue \"at the same pace\"", "Nadia Szabo-Whitlock"),
            ("the company had no plans to close stores", "Nadia Szabo-Whitlock"),
            ("Every one of our stores is profitable", "Nadia Szabo-Whitlock"),
            ("the guidance cut was \"bigger than feared\"", "Tom Kerrigan"),
            ("it would resist \"any attempt to balance the books",
             "United Food and Commercial Workers"),
        ],
        # the headline and deck; the analyst's questions (the asker's: neither way); the
        # stock's rating
        optional=["CEO flags 'tough' quarter for grocery margins",
                  "blames price war with discounters",
                  "whether the company would slow its store renovation program",
                  "Is there a scenario where you pause the renovations", "sector perform"],
        forbidden=["Meredith Castonguay-Pratt", "Published Nov 19, 2026",
                   "Analysts had expected 70 cents", "Harbourline will report fourth-quarter",
                   "With files from The Canadian Press"],
    ),
    "r8q_commons_debate.txt": Gold(
        expected=[
            ("releasing the papers would breach commercial confidentiality",
             "Gareth Okonedo-Hale"),
            ("I understand the frustration of honourable members", "Gareth Okonedo-Hale"),
            ("the minister was \"hiding behind confidentiality\"", "Fiona Braithwaite-Kerr"),
            ("island communities had waited seven years", "Douglas McPhail"),
            ("My constituents do not care about tender documents", "Douglas McPhail"),
            ("The honourable member knows that she must withdraw that word",
             "Roland Pettigrew"),
            ("she stood by \"the substance of the point\"", "Sunita Raghavan"),
            ("the National Audit Office would be given full access", "Gareth Okonedo-Hale"),
            ("his party would table an urgent question", "Tom Aldridge-Pryce"),
            ("the debate had \"missed the point entirely\"", "Scottish Maritime Workers' Union"),
            ("Our members want steel cut in Scottish yards", "Scottish Maritime Workers' Union"),
        ],
        # the headline; a rhetorical question (the asker's); the benches' cries; "accused ...
        # of" (PolNeAR content); the withdrawal (an act)
        optional=["minister refuses to publish tender papers",
                  "If this contract is as good as the minister says it is", "Hear, hear",
                  "accused the minister of misleading the House", "withdrew the remark"],
        forbidden=["By Alasdair Fennimore", "Thursday 12 November 2026 18:42 GMT",
                   "The first of the six ferries is due"],
    ),
    "r8q_radio_interview.txt": Gold(
        expected=[
            ("he is \"hopeful but not complacent\"", "Edmund Carrow-Vance"),
            ("talks with the British Medical Association had been \"constructive\"",
             "Edmund Carrow-Vance"),
            ("Nobody goes into medicine to stand on a picket line", "Edmund Carrow-Vance"),
            ("the government had \"moved significantly\" on training costs",
             "Edmund Carrow-Vance"),
            ("I'm not going to negotiate on the radio", "Edmund Carrow-Vance"),
            ("no written offer had been received", "Kwame Asante-Lowe"),
            ("We have had warm words", "Kwame Asante-Lowe"),
            ("If the secretary of state has an offer", "Kwame Asante-Lowe"),
            ("British doctors were being \"actively recruited\"", "Kwame Asante-Lowe"),
            ("the government had \"run out of excuses\"", "Bronwen Ellis-Tate"),
            ("it would \"look at the books first\"", "Bronwen Ellis-Tate"),
        ],
        # the headline; the presenter's questions and challenge (the asker's); the topics
        # "pressed on" and "Asked ... whether"
        optional=["Health secretary 'hopeful' of deal",
                  "the government had made the same promise before the last walkout",
                  "What is different this time?",
                  "whether that offer included a pay rise above inflation",
                  "whether her party would meet the doctors' full demand"],
        forbidden=["By Harriet Mbeki-Scott", "Published 3 hours ago",
                   "he declined to give figures", "NHS England figures show",
                   "Strikes are scheduled to begin"],
    ),
    "r8q_court_testimony.txt": Gold(
        expected=[
            ("its founder pressed her to inflate revenue figures", "Carla Villanueva-Stroud"),
            ("founder Jasper Morrow-Klein told her in a March 2022 meeting",
             "Carla Villanueva-Stroud"),
            ("I told him the numbers didn't exist", "Carla Villanueva-Stroud"),
            ("she later signed off on a forecast she knew to be false",
             "Carla Villanueva-Stroud"),
            ("she was shifting blame to avoid a long prison sentence", "Leonard Fitch-Amaro"),
            ("No. I'm here because I'm done lying", "Carla Villanueva-Stroud"),
            ("his client had relied on his finance team", "Leonard Fitch-Amaro"),
            ("Morrow-Klein personally approved slides", None),
            ("investors lost more than $310 million", "Renée Castellanos"),
            ("That testimony is struck", "Harold Benedetto"),
            ("Morrow-Klein is expected to testify in his own defense", None),
        ],
        # the headline; the founder's words inside her testimony; the lawyer's question (the
        # asker's); the judge's instruction (a call); the pleas (acts, no words)
        optional=["founder told her to 'make the numbers work'", "make the numbers work",
                  "You would say anything to stay out of prison",
                  "to disregard a remark by the witness", "pleading guilty to a conspiracy",
                  "has pleaded not guilty", "claiming $48 million in annual revenue"],
        forbidden=["By Daniel Okafor-Brandt", "BOSTON (AP)",
                   "He faces up to 20 years in prison", "The trial is expected to last"],
    ),
    "r8q_social_roundup.txt": Gold(
        expected=[
            ("she had found out \"at the same time as everyone else\"", "Maisie Okoro-Flynn"),
            ("Absolutely gutted. We were packing the van", "Maisie Okoro-Flynn"),
            ("they would play a free show at a Geelong pub", "Paper Lanterns"),
            ("If we can't play Saltmarsh, Saltmarsh can come to us", "Paper Lanterns"),
            ("she had spent $1,100 on tickets", "Chloe Barrington-Wu"),
            ("I'm sitting in an Airbnb in Torquay", "Chloe Barrington-Wu"),
            ("refunds would be processed \"within 30 business days\"", None),
            ("he had asked his department to investigate", "Daniel Petrakis-Lowe"),
            ("Fans deserve their money back, and fast", "Daniel Petrakis-Lowe"),
            ("Festival promoter is the only job", "Rhys Albanese-Tran"),
            ("several smaller acts had complained of unpaid fees", None),
            ("customers who paid by credit card should contact their bank", "Stubbz"),
            ("the festival was \"in the strongest position", "Luke Devereaux"),
        ],
        # the headline (a quotation repeated from a post); the organisers' reason ("citing")
        optional=["'Absolutely gutted': Artists and fans react",
                  "citing \"unforeseen financial circumstances\""],
        forbidden=["Jess Thornbury-Nakamura", "Updated 9:14am, Sat 21 Nov 2026",
                   "Here's how artists, fans and politicians reacted online",
                   "The post had been deleted by Saturday morning",
                   "has not commented publicly", "Have you been affected by the cancellation"],
    ),
    "r8q_wire_airline.txt": Gold(
        expected=[
            ("Nusantara Air has stopped taking delivery of new Airbus A321neo jets", None),
            ("The airline missed two lease payments", None),
            ("it was \"in constructive discussions with all of its lessors\"", "Nusantara Air"),
            ("three aircraft were parked at Airbus's plant in Hamburg", None),
            ("the ministry was monitoring the situation", "Ratna Sulistyowati"),
            ("Our concern is the public", "Ratna Sulistyowati"),
            ("the airline planned to raise fresh capital", "Bayu Hartanto"),
            ("the dispute could prompt other lessors to reclaim aircraft", None),
            ("Lessors talk to each other", "Kenji Marlowe-Ito"),
            ("the family was prepared to inject funds", None),
        ],
        # the headline; figures "according to" a filing
        optional=["halts A321neo deliveries in lessor dispute -sources",
                  "reported a net loss of 1.2 trillion rupiah"],
        forbidden=["By Stefanus Wibisono", "JAKARTA/SINGAPORE, Oct 8 (Reuters)",
                   "It did not comment on the deliveries", "Shannonvale declined to comment",
                   "Airbus did not respond to a request for comment",
                   "did not respond to Reuters' questions", "Shares of Nusantara Air fell",
                   "($1 = 15,580.0000 rupiah)", "Reporting by Stefanus Wibisono"],
    ),
}

CHECKS = article_checks(GOLD)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_bylines_plans_or_figures = CHECKS.nothing_else
