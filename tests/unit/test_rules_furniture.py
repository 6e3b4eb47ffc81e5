"""Page furniture, datelines and constructions that report nothing (statements/_furniture.py,
statements/_withheld.py) on texts and hand-built parses: no trained model."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Token
from statement_docs import context, make_doc, state

from quotekit.pipeline.context import Context
from quotekit.pipeline.statements import find_statements
from quotekit.pipeline.statements._common import CAPTION_RE
from quotekit.pipeline.statements._complement import complement
from quotekit.pipeline.statements._furniture import (
    DATELINE_RE,
    FURNITURE_RE,
    _pattern_furniture,
    colon_dateline,
    dateline_end,
    first_line,
    furniture,
)
from quotekit.pipeline.statements._withheld import asked_one, group, no_content


@pytest.mark.parametrize("line", [
    "WATCH: Senator says the bill is dead", "READ MORE: Trump says he will sign",
    "Related: Campaign says emails were deleted", "Source: NATO",
    "Editor's note: This story was updated.", "Editor’s Note: This story was updated.",
    "Media contact: Jane Doe", "Photo: Reuters", "Video: the crash", "Listen: the podcast",
    "Warning: graphic content", "** WINNER: Maria Lopez, CEO",
    "• The senator said the vote was Tuesday.", "* Officials said the road would reopen.",
])
def test_furniture_lines(line: str) -> None:
    assert FURNITURE_RE.match(line)


@pytest.mark.parametrize("line", [
    "WALLACE: Let's start with the budget.", "Sources close to the minister said ...",
    "Watchdog groups said the vote was flawed.", "- Michelle Marks, Philadelphia",
    "UPDATE: The company said ...",
    "Harris: The deal will pass", "The source said: “No.”",
])
def test_not_furniture(line: str) -> None:
    assert not FURNITURE_RE.match(line)


@pytest.mark.parametrize(("line", "end"), [
    ("LONDON (AP) — The government said ...", "LONDON (AP) — "),
    ("BOSTON, May 2, 2024 /Business Wire/ -- Acme Corp. announced ...",
     "BOSTON, May 2, 2024 /Business Wire/ -- "),
    ("SEOUL, South Korea (AP) — North Korea said ...", "SEOUL, South Korea (AP) — "),
    ("NEW YORK -- Shares fell ...", "NEW YORK -- "),
    ("Dec 29 (Reuters) - Clinton said ...", "Dec 29 (Reuters) - "),
])
def test_datelines(line: str, end: str) -> None:
    found = DATELINE_RE.match(line)
    assert found is not None and found.group() == end


@pytest.mark.parametrize("line", ["The minister — a former judge — said ...",
                                  "“We are ready,” Lee said.", "Lee said — again — no."])
def test_not_datelines(line: str) -> None:
    assert DATELINE_RE.match(line) is None


NOVERB_TEXT = 'Storm day\nClinton: 547.'
NOVERB = [
    ('Storm', 1, 'compound', 'NOUN', 'NN', 'storm', 'O'),
    ('day', 1, 'ROOT', 'NOUN', 'NN', 'day', 'O'),
    ('\n', 1, 'dep', 'SPACE', '_SP', '\n', 'O'),
    ('Clinton', 3, 'ROOT', 'PROPN', 'NNP', 'Clinton', 'B-PERSON'),
    (':', 3, 'punct', 'PUNCT', ':', ':', 'O'),
    ('547', 3, 'appos', 'NUM', 'CD', '547', 'O'),
    ('.', 3, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_line_with_no_verb_after_the_first_is_furniture() -> None:
    ctx = context(NOVERB_TEXT, NOVERB)
    assert furniture(ctx) == [None, "verbless"]  # the first line is the headline
    assert find_statements(ctx, policy=None) == []


DATELINE_TEXT = 'BOSTON -- Acme announced a deal.'
DATELINE = [
    ('BOSTON', 3, 'nsubj', 'PROPN', 'NNP', 'Boston', 'B-GPE'),
    ('--', 0, 'punct', 'PUNCT', ':', '--', 'O'),
    ('Acme', 3, 'nsubj', 'PROPN', 'NNP', 'Acme', 'B-ORG'),
    ('announced', 3, 'ROOT', 'VERB', 'VBD', 'announce', 'O'),
    ('a', 5, 'det', 'DET', 'DT', 'a', 'O'),
    ('deal', 3, 'dobj', 'NOUN', 'NN', 'deal', 'O'),
    ('.', 3, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_dateline_gives_way_to_the_other_subject() -> None:
    [d] = find_statements(context(DATELINE_TEXT, DATELINE), policy=None)
    assert d.source is not None and d.source.text == "Acme" and d.mention == (2, 3)


# the parser hangs the name on the dateline as its apposition
DATELINE_APPOS_TEXT = 'BOSTON -- Mayor Lee, opening the fair, said it would grow.'
DATELINE_APPOS = [
    ('BOSTON', 9, 'nsubj', 'PROPN', 'NNP', 'Boston', 'B-GPE'),
    ('--', 0, 'punct', 'PUNCT', ':', '--', 'O'),
    ('Mayor', 3, 'compound', 'PROPN', 'NNP', 'Mayor', 'O'),
    ('Lee', 0, 'appos', 'PROPN', 'NNP', 'Lee', 'B-PERSON'),
    (',', 0, 'punct', 'PUNCT', ',', ',', 'O'),
    ('opening', 9, 'advcl', 'VERB', 'VBG', 'open', 'O'),
    ('the', 7, 'det', 'DET', 'DT', 'the', 'O'),
    ('fair', 5, 'dobj', 'NOUN', 'NN', 'fair', 'O'),
    (',', 9, 'punct', 'PUNCT', ',', ',', 'O'),
    ('said', 9, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('it', 12, 'nsubj', 'PRON', 'PRP', 'it', 'O'),
    ('would', 12, 'aux', 'AUX', 'MD', 'would', 'O'),
    ('grow', 9, 'ccomp', 'VERB', 'VB', 'grow', 'O'),
    ('.', 9, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_dateline_gives_way_to_its_apposition() -> None:
    ctx = context(DATELINE_APPOS_TEXT, DATELINE_APPOS)
    [d] = find_statements(ctx, policy={("say", "ccomp"): 0.9})
    assert ctx.text[d.start:d.end] == "it would grow"
    assert d.source is not None and d.source.text == "Lee" and d.mention == (2, 4)


DECLINED_TEXT = 'Smith declined to comment.'
DECLINED = [
    ('Smith', 1, 'nsubj', 'PROPN', 'NNP', 'Smith', 'B-PERSON'),
    ('declined', 1, 'ROOT', 'VERB', 'VBD', 'decline', 'O'),
    ('to', 3, 'aux', 'PART', 'TO', 'to', 'O'),
    ('comment', 1, 'xcomp', 'VERB', 'VB', 'comment', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]

MET_TEXT = 'Lee met to discuss the sanctions.'
MET = [
    ('Lee', 1, 'nsubj', 'PROPN', 'NNP', 'Lee', 'B-PERSON'),
    ('met', 1, 'ROOT', 'VERB', 'VBD', 'meet', 'O'),
    ('to', 3, 'aux', 'PART', 'TO', 'to', 'O'),
    ('discuss', 1, 'advcl', 'VERB', 'VB', 'discuss', 'O'),
    ('the', 5, 'det', 'DET', 'DT', 'the', 'O'),
    ('sanctions', 3, 'dobj', 'NOUN', 'NNS', 'sanction', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]

PRAISED_TEXT = 'Kim praised the firefighters after the blaze.'
PRAISED = [
    ('Kim', 1, 'nsubj', 'PROPN', 'NNP', 'Kim', 'B-PERSON'),
    ('praised', 1, 'ROOT', 'VERB', 'VBD', 'praise', 'O'),
    ('the', 3, 'det', 'DET', 'DT', 'the', 'O'),
    ('firefighters', 1, 'dobj', 'NOUN', 'NNS', 'firefighter', 'O'),
    ('after', 1, 'prep', 'ADP', 'IN', 'after', 'O'),
    ('the', 6, 'det', 'DET', 'DT', 'the', 'O'),
    ('blaze', 4, 'pobj', 'NOUN', 'NN', 'blaze', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]

PRAISED_FOR_TEXT = 'Kim praised the firefighters for their courage.'
PRAISED_FOR = [*PRAISED[:4], ('for', 1, 'prep', 'ADP', 'IN', 'for', 'O'),
               ('their', 6, 'poss', 'PRON', 'PRP$', 'their', 'O'),
               ('courage', 4, 'pobj', 'NOUN', 'NN', 'courage', 'O'),
               ('.', 1, 'punct', 'PUNCT', '.', '.', 'O')]


CALL_TEXT = 'Police said to call 1-888-310-1122.'
CALL = [
    ('Police', 1, 'nsubj', 'NOUN', 'NNS', 'police', 'O'),
    ('said', 1, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('to', 3, 'aux', 'PART', 'TO', 'to', 'O'),
    ('call', 1, 'xcomp', 'VERB', 'VB', 'call', 'O'),
    ('1-888-310-1122', 3, 'dobj', 'NUM', 'CD', '1-888-310-1122', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]


@pytest.mark.parametrize(("text", "rows", "why"), [
    (DECLINED_TEXT, DECLINED, "refusal"),
    (MET_TEXT, MET, "meeting"),
    (PRAISED_TEXT, PRAISED, "praise"),
])
def test_construction_reports_nothing(text: str, rows: list, why: str) -> None:
    st = state(text, rows)
    assert any(no_content(st.ctx.doc[c.head], c.lemma, *_comp(st.ctx.doc[c.head], c.lemma))
               == why for c in st.cues)
    assert find_statements(st.ctx, policy=None) == []


def _comp(verb: Token, lemma: str) -> tuple[Token | None, str]:
    return complement(verb, lemma)


def test_praise_with_a_reason_reports() -> None:
    [d] = find_statements(context(PRAISED_FOR_TEXT, PRAISED_FOR), policy=None)
    assert PRAISED_FOR_TEXT[d.start:d.end].endswith("for their courage")


ASKED_TEXT = 'Asked whether he would run, Lee said no.'
ASKED = [
    ('Asked', 7, 'advcl', 'VERB', 'VBN', 'ask', 'O'),
    ('whether', 4, 'mark', 'SCONJ', 'IN', 'whether', 'O'),
    ('he', 4, 'nsubj', 'PRON', 'PRP', 'he', 'O'),
    ('would', 4, 'aux', 'AUX', 'MD', 'would', 'O'),
    ('run', 0, 'ccomp', 'VERB', 'VB', 'run', 'O'),
    (',', 7, 'punct', 'PUNCT', ',', ',', 'O'),
    ('Lee', 7, 'nsubj', 'PROPN', 'NNP', 'Lee', 'B-PERSON'),
    ('said', 7, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('no', 7, 'dobj', 'INTJ', 'UH', 'no', 'O'),
    ('.', 7, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_asked_whether_has_no_source() -> None:
    doc = make_doc(ASKED_TEXT, ASKED)
    assert asked_one(doc[0], "ask") and not asked_one(doc[7], "say")
    drafts = find_statements(context(ASKED_TEXT, ASKED), policy=None)
    question = [d for d in drafts if ASKED_TEXT[d.start:d.end].startswith("whether")]
    assert question and all(d.source is None and d.mention is None for d in question)


def test_groups_are_read_from_the_data() -> None:
    assert "decline" in group("refusal") and "comment" in group("withheld")
    assert "meet" in group("meeting") and "praise" in group("praise")
    assert "for" in group("reason") and group("nothing such") == frozenset()


def test_dateline_after_the_headline() -> None:
    text = "Talks fail\nBOSTON -- Acme announced a deal."
    rows = [('Talks', 1, 'nsubj', 'NOUN', 'NNS', 'talk', 'O'),
            ('fail', 1, 'ROOT', 'VERB', 'VBP', 'fail', 'O'),
            ('\n', 1, 'dep', 'SPACE', '_SP', '\n', 'O'),
            *[(w, h + 3, dep, *rest) for w, h, dep, *rest in DATELINE]]
    [d] = find_statements(context(text, rows), policy=None)
    assert d.source is not None and d.source.text == "Acme"


BACK_TEXT = 'Back To Top\nEnvoy: Talks will resume'
BACK = [
    ('Back', 0, 'ROOT', 'ADV', 'RB', 'back', 'O'),
    ('To', 0, 'prep', 'ADP', 'IN', 'to', 'O'),
    ('Top', 1, 'pobj', 'PROPN', 'NNP', 'Top', 'O'),
    ('\n', 2, 'dep', 'SPACE', '_SP', '\n', 'O'),
    ('Envoy', 4, 'ROOT', 'NOUN', 'NN', 'envoy', 'O'),
    (':', 4, 'punct', 'PUNCT', ':', ':', 'O'),
    ('Talks', 8, 'nsubj', 'NOUN', 'NNS', 'talk', 'O'),
    ('will', 8, 'aux', 'AUX', 'MD', 'will', 'O'),
    ('resume', 4, 'appos', 'VERB', 'VB', 'resume', 'O'),
]


def test_headline_after_a_furniture_line() -> None:
    ctx = context(BACK_TEXT, BACK)
    assert first_line(ctx) == 1 and furniture(ctx) == ["label", None]
    [d] = find_statements(ctx, policy=None)
    assert BACK_TEXT[d.start:d.end] == "Talks will resume"
    assert d.evidence.rule == "indirect:headline-colon"


@pytest.mark.parametrize("line, expected", [
    ("Follow Pam Key on Twitter @pamkeyNEN.", True),
    ('"Follow us on Facebook and Instagram."', True),
    ("(CROSSTALK)", True), ('"(CROSSTALK.)', True), ("[APPLAUSE]", True), ("(Laughter.)", True),
    ("Follow the money, he said, and you will find it on Twitter.", False),
    ("(The senator said the vote would be on Tuesday.)", False),
])
def test_follow_lines_and_stage_directions(line: str, expected: bool) -> None:
    from quotekit.pipeline.statements._furniture import _pattern_furniture

    assert _pattern_furniture(line) is expected


@pytest.mark.parametrize("para, expected", [
    ("Hillary Clinton speaks in Ohio. REUTERS/Jonathan Ernst", True),
    ("A crowd gathers outside. AP Photo/Evan Vucci.", True),
    ("Senator Ann Cole (L) and Governor Ben Ruiz (R) at the signing.", True),
    ("According to a Reuters/Ipsos poll, the two candidates are in a dead heat.", False),
    ("Gov. Phil Brandt (R) said he expects an appeal of the ruling.", False),
])
def test_captions_and_credits(para: str, expected: bool) -> None:
    from quotekit.pipeline.statements._common import _is_caption_or_byline

    assert _is_caption_or_byline(para, 0, len(para)) is expected


# --- furniture of scraped pages and wire stories from outside the US (issue: world news) ---

_BLANK = spacy.blank("en")


def _plain(text: str) -> Context:
    """A Context with no parse: the furniture patterns read the text alone."""
    return Context(_BLANK(text))


@pytest.mark.parametrize("line", [
    "Also Read | Delhi Metro Phase 4: Three new corridors to open",
    "ALSO READ | Minister says the bill will pass",
    "Originally published as Magpies coach hails win",
    "(With inputs from PTI)", "Download the City Times app for the latest news",
    "Get our free daily newsletter, which tells you what is happening",
    "This article was originally published by The Conversation.",
])
def test_scraped_page_furniture(line: str) -> None:
    assert _pattern_furniture(line)


@pytest.mark.parametrize("line", [
    "Originally, the minister said the bill would pass.", "Download speeds fell, Ofcom said.",
    "Also, read the report, the minister said.",
])
def test_prose_is_no_page_furniture(line: str) -> None:
    assert not _pattern_furniture(line)


LEDE = ("The Delhi Metro Rail Corporation on Friday announced a fare increase of up to Rs 5 "
        "on most routes from February 1, the first revision in seven years, and its chief "
        "said riders would see better services.")


def test_place_and_colon_opening_the_lede_is_a_dateline() -> None:
    text = f"Metro fares to go up\n\nBy A Reporter\n\nShare\n\nNEW DELHI: {LEDE}\n\nMore."
    ctx = _plain(text)
    assert colon_dateline(ctx) == 3
    end = dateline_end(ctx, 3, colon_dateline(ctx))
    assert text[end:].startswith("The Delhi Metro")


@pytest.mark.parametrize("text", [
    f"Fares\n\nNEW DELHI: {LEDE}\n\nWALLACE: And then?\n\nSMITH: Nothing.",  # a dialogue
    f"BOOM: Fares go up\n\n{LEDE}",                                          # the headline
    f"Fares\n\n{LEDE}\n\nNEW DELHI: {LEDE}",                                 # after the lede
])
def test_other_upper_case_labels_are_no_datelines(text: str) -> None:
    assert colon_dateline(_plain(text)) == -1


def test_lines_under_a_heading_of_links_are_furniture() -> None:
    text = ("Magpies win\n\nThe coach said it was a fine win.\n\nMORE AFL NEWS\n\n"
            "Bulldogs confirm skipper will play 200th game\n\n"
            "'We're not panicking': Northport coach defends selection\n\n"
            "The Magpies said they would appeal.")
    kinds = furniture(_plain(text))
    assert kinds[2:5] == ["label", "label", "label"]
    assert kinds[5] != "label"  # a sentence ends the list


@pytest.mark.parametrize("para", [
    "Prime Minister Ana Ruiz says the plan will cut bills. Picture: NCA NewsWire / Jo Kim",
    "Health Secretary Sam Lee said the service was broken. Photograph: Jane Doe/PA",
    "Image caption, Councillor Jane Smith said the decision was a disgrace",
    "Media caption, Watch: Minister says the vote will go ahead",
])
def test_captions_of_scraped_pages(para: str) -> None:
    assert CAPTION_RE.search(para)


def test_a_picture_in_prose_is_no_caption() -> None:
    assert not CAPTION_RE.search("The bigger picture: prices rose in March, the bank said.")


PUBLISHED_TEXT = 'The report, published on Monday, found gaps.'
PUBLISHED = [
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('report', 7, 'nsubj', 'NOUN', 'NN', 'report', 'O'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('published', 1, 'acl', 'VERB', 'VBN', 'publish', 'O'),
    ('on', 3, 'prep', 'ADP', 'IN', 'on', 'O'),
    ('Monday', 4, 'pobj', 'PROPN', 'NNP', 'Monday', 'B-DATE'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('found', 7, 'ROOT', 'VERB', 'VBD', 'find', 'O'),
    ('gaps', 7, 'dobj', 'NOUN', 'NNS', 'gap', 'O'),
    ('.', 7, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_date_alone_is_no_content() -> None:
    doc = make_doc(PUBLISHED_TEXT, PUBLISHED)
    assert no_content(doc[3], "publish", doc[5], "prep-on") == "date"
    assert no_content(doc[3], "publish", doc[1], "dobj") is None  # not a date


def test_a_telephone_number_is_no_content() -> None:
    # "to call 1-888-310-1122": the call reports nothing ("said to call" may report the call)
    st = state(CALL_TEXT, CALL)
    call = st.ctx.doc[3]
    assert no_content(call, "call", *_comp(call, "call")) == "number"
    assert not any("1-888" == st.ctx.text[d.start:d.start + 5]
                   for d in find_statements(st.ctx, policy=None))


DELIVERED_TEXT = "Get the news delivered to you."
DELIVERED = [
    ('Get', 0, 'ROOT', 'VERB', 'VB', 'get', 'O'),
    ('the', 2, 'det', 'DET', 'DT', 'the', 'O'),
    ('news', 0, 'dobj', 'NOUN', 'NN', 'news', 'O'),
    ('delivered', 2, 'acl', 'VERB', 'VBN', 'deliver', 'O'),
    ('to', 3, 'prep', 'ADP', 'IN', 'to', 'O'),
    ('you', 4, 'pobj', 'PRON', 'PRP', 'you', 'O'),
    ('.', 0, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_pronoun_after_to_is_the_hearer() -> None:
    # "the latest news delivered to you": who hears, not what is said
    doc = make_doc(DELIVERED_TEXT, DELIVERED)
    assert no_content(doc[3], "deliver", doc[5], "prep-to") == "thing"
    assert not find_statements(context(DELIVERED_TEXT, DELIVERED), policy=None)


#: "Councils charge a fee and $5. Mayors charged that it was unfair."
CHARGE_TEXT = "Councils charge a fee and $5. Mayors charged that it was unfair."
CHARGE = [
    ('Councils', 1, 'nsubj', 'NOUN', 'NNS', 'council', 'O'),
    ('charge', 1, 'ROOT', 'VERB', 'VBP', 'charge', 'O'),
    ('a', 3, 'det', 'DET', 'DT', 'a', 'O'),
    ('fee', 1, 'dobj', 'NOUN', 'NN', 'fee', 'O'),
    ('and', 3, 'cc', 'CCONJ', 'CC', 'and', 'O'),
    ('$', 6, 'nmod', 'SYM', '$', '$', 'B-MONEY'),
    ('5', 3, 'conj', 'NUM', 'CD', '5', 'I-MONEY'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
    ('Mayors', 9, 'nsubj', 'NOUN', 'NNS', 'mayor', 'O'),
    ('charged', 9, 'ROOT', 'VERB', 'VBD', 'charge', 'O'),
    ('that', 13, 'mark', 'SCONJ', 'IN', 'that', 'O'),
    ('it', 13, 'nsubj', 'PRON', 'PRP', 'it', 'O'),
    ('was', 13, 'ccomp', 'AUX', 'VBD', 'be', 'O'),
    ('unfair', 12, 'acomp', 'ADJ', 'JJ', 'unfair', 'O'),
    ('.', 9, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_price_charged_is_no_content() -> None:
    doc = make_doc(CHARGE_TEXT, CHARGE)
    assert no_content(doc[1], "charge", doc[3], "dobj") == "thing"      # a fee
    assert no_content(doc[1], "charge", doc[6], "dobj") == "thing"      # an amount of money
    assert no_content(doc[9], "charge", doc[12], "ccomp") is None       # "charged that ..."
    assert no_content(doc[9], "charge", doc[8], "dobj") is None         # no price
