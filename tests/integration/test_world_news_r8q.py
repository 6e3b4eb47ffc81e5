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

import pytest
from test_world_news import Gold, Parse, article_checks

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
        # the headline; figures "according to" a filing; the topic of a comment not made
        # and the questions not answered (written as forbidden before quotekit was run;
        # PolNeAR annotates both as content: "has not commented on the reason ...", "did not
        # respond to several questions about the aircraft", and a rule dropping them lowered
        # PolNeAR train by 12 matches)
        optional=["halts A321neo deliveries in lessor dispute -sources",
                  "reported a net loss of 1.2 trillion rupiah", "the deliveries",
                  "Reuters' questions"],
        forbidden=["By Stefanus Wibisono", "JAKARTA/SINGAPORE, Oct 8 (Reuters)",
                   "Shannonvale declined to comment",
                   "Airbus did not respond to a request for comment",
                   "Shares of Nusantara Air fell",
                   "($1 = 15,580.0000 rupiah)", "Reporting by Stefanus Wibisono"],
    ),
}

# Speaker-stage gaps (not the statements stage's), left for the speaker stage: the first words
# of each statement still named otherwise, checked by a strict xfail (``known_gaps``).
KNOWN_WRONG = {
    # "The Mississauga, Ont.-based grocer said" after "Harbourline Foods Inc.": the business
    # epithet is not resolved to the company
    "r8q_earnings_call.txt": ["adjusted earnings per share"],
    # "When ... Sunita Raghavan accused ..., the Speaker, Sir Roland Pettigrew, intervened.
    # '...,' he said.": "he" goes to Raghavan (a woman: "she", "Ms Raghavan"), not to the
    # man in apposition to the subject of the main clause
    "r8q_commons_debate.txt": ["The honourable member knows"],
    # "The health secretary has said ..." in the lede, named in the next paragraph ("Edmund
    # Carrow-Vance said"): the description is not resolved (as r7p's Kyiv lede)
    "r8q_radio_interview.txt": ["he is \"hopeful"],
    # "The former finance chief of a collapsed medical-testing startup told jurors" in the
    # lede, named in the next paragraph ("..., who served as chief financial officer"): not
    # resolved
    "r8q_court_testimony.txt": ["its founder pressed her"],
    # "Headliner Maisie Okoro-Flynn wrote": the role word stays in the name (as r7q's
    # "Forecaster Tomasz Rybak"); '... Rhys Albanese-Tran (@rhysat) had a blunter take: "..."':
    # the parser reads "a blunter take" as a clause with "blunter" as its subject, which the
    # colon rule takes for the speaker
    "r8q_social_roundup.txt": ["she had found out", "Absolutely gutted. We were",
                               "Festival promoter"],
}
CHECKS = article_checks(GOLD, known_wrong=KNOWN_WRONG)
articles = CHECKS.articles
test_every_expected_statement_is_found = CHECKS.found
test_each_speaker_is_named_in_full = CHECKS.speakers
test_nothing_in_furniture_bylines_plans_or_figures = CHECKS.nothing_else
test_known_speaker_gaps = CHECKS.known_gaps


def _contents(text: str, parse: Parse) -> list[str]:
    """The contents of the statements quotekit finds in ``text``."""
    return [s.content for s in parse(text).statements]


@pytest.mark.parametrize("text", [
    "The council has refused to publish the audit of its housing fund.\n",
    "The club declined to release the names of the players involved.\n",
])
def test_a_text_refused_is_not_published(quotekit_parse: Parse, text: str) -> None:
    """A verb that makes a text public under a refusal ("refused to publish the audit")
    reports nothing: nothing was published (``producing`` under ``refusal`` in
    data/non_statements.tsv)."""
    assert _contents(text, quotekit_parse) == []


def test_a_document_verb_in_the_future_reports_nothing_yet(quotekit_parse: Parse) -> None:
    """A verb of the document family with "will" and a bare object ("will report first-half
    results") has reported nothing yet; a demand in the future is still one ("will demand
    more details": PolNeAR annotates it)."""
    assert _contents("Corvell Mining will report first-half results on Thursday.\n",
                     quotekit_parse) == []
    assert _contents("The union will demand more details at the meeting.\n",
                     quotekit_parse) == ["more details at the meeting"]


@pytest.mark.parametrize(("text", "content"), [
    ("In an Instagram post liked more than 50,000 times, singer Mara Quell said she would "
     "tour again next year.\n", "she would tour again next year"),
    ("In a Facebook video viewed more than 300,000 times, councillor Ade Brunt said the "
     "library would close.\n", "the library would close"),
])
def test_a_participle_on_the_phrase_before_the_cue_is_no_content(
        quotekit_parse: Parse, text: str, content: str) -> None:
    """A participle right after the noun of an opening phrase ("In an Instagram post [liked
    more than 50,000 times], X said ..."), which the parser may hang on the cue as a clause,
    is a reduced relative clause of that noun: the clause after the cue is the content."""
    assert _contents(text, quotekit_parse) == [content]


@pytest.mark.parametrize("text", [
    "One reader, posting as @canal_kate, wrote that the towpath had flooded twice this "
    "month.\n",
    "Someone posting as \"Harbour Mum\" wrote that the school had not warned parents.\n",
    "She spoke as a parent, not a politician, when she said the school must stay open.\n",
])
def test_who_one_writes_or_speaks_as_is_no_content(quotekit_parse: Parse, text: str) -> None:
    """The "as" phrase of a verb of writing or speaking ("posting as @canal_kate", "spoke as
    a parent") says in what capacity, not what was said (``never`` = prep-as in
    reporting_verbs.tsv); the "that" clause is the one statement."""
    [content] = _contents(text, quotekit_parse)
    assert content.startswith(("that the towpath", "that the school", "the school must"))


def test_a_dateline_of_two_places_is_no_content(quotekit_parse: Parse) -> None:
    """A wire dateline naming two places with a slash ("PARIS/BERLIN, June 2 (Reuters) -")
    is taken out of the lede's content, as one place is."""
    [content] = _contents(
        "PARIS/BERLIN, June 2 (Reuters) - French carmaker Vellure is close to a deal to sell "
        "its German parts unit, two people familiar with the talks told Reuters.\n",
        quotekit_parse)
    assert content.startswith("French carmaker Vellure")


@pytest.mark.parametrize(("text", "contents"), [
    ("Replying to the debate on the motion, the minister said the scheme would be extended to "
     "40 more districts.\n", ["the scheme would be extended to 40 more districts"]),
    ("Responding to a brief discussion in the council, the mayor said the depot would close "
     "in June.\n", ["the depot would close in June"]),
    # something said stays what was answered (PolNeAR: respond + "to" half content)
    ("Responding to the criticism, the mayor said the depot would close in June.\n",
     ["the criticism", "the depot would close in June"]),
])
def test_a_talk_replied_to_is_an_occasion(quotekit_parse: Parse, text: str,
                                          contents: list[str]) -> None:
    """The "to" object of a verb of answering that names a talk as an occasion ("Replying to
    the debate on the motion", group ``occasion`` of data/non_statements.tsv) is no
    statement; the clause the speaker then says is."""
    assert _contents(text, quotekit_parse) == contents


def test_an_update_post_after_a_clock_time_is_article_text(quotekit_parse: Parse) -> None:
    """A live blog's post opened by "Update:" or "Breaking:" right after a line holding only
    a clock time ("09:12 BST") is article text (group ``post`` of furniture_labels.tsv);
    elsewhere "UPDATE: ..." stays a note (tests/integration/test_non_statements.py)."""
    text = ("Rail strike live: commuters face second day of disruption\n\n"
            "09:12 BST\nUpdate: Northline Rail says only one train in four will run on "
            "Friday.\n\n08:47 BST\nBreaking: The union says talks with the operator have "
            "collapsed.\n")
    assert _contents(text, quotekit_parse) == [
        "only one train in four will run on Friday", "talks with the operator have collapsed"]


@pytest.mark.parametrize(("text", "content"), [
    ("The recall notice states that no injuries have been reported in Canada.\n",
     "that no injuries have been reported in Canada"),
    ("Maplebrook's recall notice states that the snaps can detach under normal use.\n",
     "that the snaps can detach under normal use"),
    ("The agency's safety notice states that parents should check the label.\n",
     "that parents should check the label"),
])
def test_a_subject_glued_onto_the_cue_as_a_compound(quotekit_parse: Parse, text: str,
                                                    content: str) -> None:
    """A reporting verb whose subject the parser made a compound on it, as if the verb were a
    plural noun ("The recall notice [states] that ...", "states" tagged a verb or a noun),
    still reports its clause, with that noun as its source."""
    [s] = quotekit_parse(text).statements
    assert s.content == content and s.mention is not None and "notice" in s.mention.text
