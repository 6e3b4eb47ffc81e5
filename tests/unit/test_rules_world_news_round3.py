"""Statement rules found on the round-3 world news articles (Brazilian wire copy, a
Commission story, a council budget, a company's layoffs, an election night), on hand-built
parses: no trained model. Each parse is the one en_core_web_sm gives (or the misparse the
rule is for, where the comment says so)."""

from __future__ import annotations

from statement_docs import context, state

from quotekit.pipeline.statements import find_statements, quoted
from quotekit.pipeline.statements._withheld import asked_one, no_content
from quotekit.types import Evidence

TITLED_NAME_TEXT = '“Sure,” said Public Works Director Tom Kessler.'
TITLED_NAME = [
    ('“', 4, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Sure', 4, 'intj', 'INTJ', 'UH', 'sure', 'O'),
    (',', 4, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 4, 'punct', 'PUNCT', "''", '"', 'O'),
    ('said', 4, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('Public', 6, 'compound', 'PROPN', 'NNP', 'Public', 'B-ORG'),
    ('Works', 7, 'compound', 'PROPN', 'NNP', 'Works', 'I-ORG'),
    ('Director', 9, 'compound', 'PROPN', 'NNP', 'Director', 'O'),
    ('Tom', 9, 'compound', 'PROPN', 'NNP', 'Tom', 'B-PERSON'),
    ('Kessler', 4, 'nsubj', 'PROPN', 'NNP', 'Kessler', 'I-PERSON'),
    ('.', 4, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_short_quote_said_by_a_titled_name() -> None:
    """The speaker's name with its titles counts as one word after the verb."""
    st = state(TITLED_NAME_TEXT, TITLED_NAME)
    f = quoted.frame(st, 0)
    assert f.title
    d = quoted.cue_after(st, f)
    assert d is not None and d.evidence == Evidence(rule="direct:cue-after-quote")
    assert d.source is not None and d.source.text == "Kessler"


TOLD_TEXT = '“Day one. Audit,” she told the Ledger.'
TOLD = [
    ('“', 1, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Day', 1, 'ROOT', 'NOUN', 'NN', 'day', 'O'),
    ('one', 1, 'nummod', 'NUM', 'CD', 'one', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
    ('Audit', 8, 'dep', 'PROPN', 'NNP', 'Audit', 'O'),
    (',', 8, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 8, 'punct', 'PUNCT', "''", '"', 'O'),
    ('she', 8, 'nsubj', 'PRON', 'PRP', 'she', 'O'),
    ('told', 8, 'ROOT', 'VERB', 'VBD', 'tell', 'O'),
    ('the', 10, 'det', 'DET', 'DT', 'the', 'O'),
    ('Ledger', 8, 'dobj', 'PROPN', 'NNP', 'Ledger', 'B-PRODUCT'),
    ('.', 8, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_short_quote_told_to_someone() -> None:
    """The one spoken to (a proper noun the recognizer did not take for a name) is no
    content, and no obstacle to the short quotation's explicit attribution."""
    ctx = context(TOLD_TEXT, TOLD)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end].rstrip(",") == "Day one. Audit"
    assert d.evidence == Evidence(rule="direct:cue-after-quote")
    assert d.source is not None and d.source.text == "she"


MEMO_TEXT = ('In a memo to staff that was also posted on the blog, Chief Executive Rohan Mehta '
             'wrote:')
MEMO = [
    ('In', 8, 'prep', 'ADP', 'IN', 'in', 'O'),
    ('a', 2, 'det', 'DET', 'DT', 'a', 'O'),
    ('memo', 0, 'pobj', 'NOUN', 'NN', 'memo', 'O'),
    ('to', 2, 'prep', 'ADP', 'IN', 'to', 'O'),
    ('staff', 3, 'pobj', 'NOUN', 'NN', 'staff', 'O'),
    ('that', 8, 'nsubjpass', 'PRON', 'WDT', 'that', 'O'),
    ('was', 8, 'auxpass', 'AUX', 'VBD', 'be', 'O'),
    ('also', 8, 'advmod', 'ADV', 'RB', 'also', 'O'),
    ('posted', 17, 'ccomp', 'VERB', 'VBN', 'post', 'O'),
    ('on', 8, 'prep', 'ADP', 'IN', 'on', 'O'),
    ('the', 11, 'det', 'DET', 'DT', 'the', 'O'),
    ('blog', 9, 'pobj', 'NOUN', 'NN', 'blog', 'O'),
    (',', 17, 'punct', 'PUNCT', ',', ',', 'O'),
    ('Chief', 14, 'compound', 'PROPN', 'NNP', 'Chief', 'O'),
    ('Executive', 16, 'compound', 'PROPN', 'NNP', 'Executive', 'O'),
    ('Rohan', 16, 'compound', 'PROPN', 'NNP', 'Rohan', 'B-PERSON'),
    ('Mehta', 17, 'nsubj', 'PROPN', 'NNP', 'Mehta', 'I-PERSON'),
    ('wrote', 17, 'ROOT', 'VERB', 'VBD', 'write', 'O'),
    (':', 17, 'punct', 'PUNCT', ':', ':', 'O'),
]


def test_a_relative_clause_taken_for_the_clause_before_the_verb() -> None:
    """The parser hung the memo's relative clause on "wrote": it reports no memo."""
    assert find_statements(context(MEMO_TEXT, MEMO), policy=None) == []


CERTIFIED_TEXT = 'The results will be certified by the county.'
CERTIFIED = [
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('results', 4, 'nsubjpass', 'NOUN', 'NNS', 'result', 'O'),
    ('will', 4, 'aux', 'AUX', 'MD', 'will', 'O'),
    ('be', 4, 'auxpass', 'AUX', 'VB', 'be', 'O'),
    ('certified', 4, 'ROOT', 'VERB', 'VBN', 'certify', 'O'),
    ('by', 4, 'agent', 'ADP', 'IN', 'by', 'O'),
    ('the', 7, 'det', 'DET', 'DT', 'the', 'O'),
    ('county', 5, 'pobj', 'NOUN', 'NN', 'county', 'O'),
    ('.', 4, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_future_passive_reports_nothing_yet() -> None:
    assert find_statements(context(CERTIFIED_TEXT, CERTIFIED), policy=None) == []
    past = CERTIFIED_TEXT.replace("will be", "were")
    rows = [r for r in CERTIFIED if r[0] not in ("will", "be")]
    rows.insert(2, ('were', 4, 'auxpass', 'AUX', 'VBD', 'be', 'O'))
    rows = [(w, h - 1 if h >= 3 else h, *rest) for w, h, *rest in rows]
    [d] = find_statements(context(past, rows), policy=None)  # done: the passive reports
    assert past[d.start:d.end] == "The results"


PRESENTING_TEXT = ('Presenting the package in Brussels, Commissioner Tomas Varhola said the '
                   'changes would save money.')
# the misparse the rule is for: the opening participle a clausal subject, the name an
# apposition of "Brussels"
PRESENTING = [
    ('Presenting', 9, 'csubj', 'VERB', 'VBG', 'present', 'O'),
    ('the', 2, 'det', 'DET', 'DT', 'the', 'O'),
    ('package', 0, 'dobj', 'NOUN', 'NN', 'package', 'O'),
    ('in', 0, 'prep', 'ADP', 'IN', 'in', 'O'),
    ('Brussels', 3, 'pobj', 'PROPN', 'NNP', 'Brussels', 'B-GPE'),
    (',', 4, 'punct', 'PUNCT', ',', ',', 'O'),
    ('Commissioner', 8, 'compound', 'PROPN', 'NNP', 'Commissioner', 'O'),
    ('Tomas', 8, 'compound', 'PROPN', 'NNP', 'Tomas', 'B-PERSON'),
    ('Varhola', 4, 'appos', 'PROPN', 'NNP', 'Varhola', 'I-PERSON'),
    ('said', 9, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('the', 11, 'det', 'DET', 'DT', 'the', 'O'),
    ('changes', 13, 'nsubj', 'NOUN', 'NNS', 'change', 'O'),
    ('would', 13, 'aux', 'AUX', 'MD', 'would', 'O'),
    ('save', 9, 'ccomp', 'VERB', 'VB', 'save', 'O'),
    ('money', 13, 'dobj', 'NOUN', 'NN', 'money', 'O'),
    ('.', 9, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_an_opening_participle_is_no_speaker() -> None:
    ctx = context(PRESENTING_TEXT, PRESENTING)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "the changes would save money"
    assert d.source is not None and d.source.text == "Varhola"
    assert d.mention is not None and ctx.doc[d.mention[0]].text == "Commissioner"


RELEASE_TEXT = 'The company issued a press release with comments from its chair:'
RELEASE = [
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('company', 2, 'nsubj', 'NOUN', 'NN', 'company', 'O'),
    ('issued', 2, 'ROOT', 'VERB', 'VBD', 'issue', 'O'),
    ('a', 5, 'det', 'DET', 'DT', 'a', 'O'),
    ('press', 5, 'compound', 'NOUN', 'NN', 'press', 'O'),
    ('release', 2, 'dobj', 'NOUN', 'NN', 'release', 'O'),
    ('with', 5, 'prep', 'ADP', 'IN', 'with', 'O'),
    ('comments', 6, 'pobj', 'NOUN', 'NNS', 'comment', 'O'),
    ('from', 7, 'prep', 'ADP', 'IN', 'from', 'O'),
    ('its', 10, 'poss', 'PRON', 'PRP$', 'its', 'O'),
    ('chair', 8, 'pobj', 'NOUN', 'NN', 'chair', 'O'),
    (':', 2, 'punct', 'PUNCT', ':', ':', 'O'),
]


def test_a_vessel_before_a_colon_that_ends_its_paragraph_is_none() -> None:
    doc = context(RELEASE_TEXT, RELEASE).doc
    assert no_content(doc[2], "issue", doc[5], "dobj") == "thing"
    assert find_statements(context(RELEASE_TEXT, RELEASE), policy=None) == []


UNNAMED_TEXT = 'An official, who asked not to be named, said the talks had failed.'
UNNAMED = [
    ('An', 1, 'det', 'DET', 'DT', 'an', 'O'),
    ('official', 10, 'nsubj', 'NOUN', 'NN', 'official', 'O'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('who', 4, 'nsubj', 'PRON', 'WP', 'who', 'O'),
    ('asked', 1, 'relcl', 'VERB', 'VBD', 'ask', 'O'),
    ('not', 8, 'neg', 'PART', 'RB', 'not', 'O'),
    ('to', 8, 'aux', 'PART', 'TO', 'to', 'O'),
    ('be', 8, 'auxpass', 'AUX', 'VB', 'be', 'O'),
    ('named', 4, 'xcomp', 'VERB', 'VBN', 'name', 'O'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('said', 10, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('the', 12, 'det', 'DET', 'DT', 'the', 'O'),
    ('talks', 14, 'nsubj', 'NOUN', 'NNS', 'talk', 'O'),
    ('had', 14, 'aux', 'AUX', 'VBD', 'have', 'O'),
    ('failed', 10, 'ccomp', 'VERB', 'VBN', 'fail', 'O'),
    ('.', 10, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_asking_not_to_be_named_reports_nothing() -> None:
    ctx = context(UNNAMED_TEXT, UNNAMED)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "the talks had failed"
    assert no_content(ctx.doc[4], "ask", ctx.doc[8], "xcomp") == "refusal"


SHRUG_TEXT = ('Whitcomb lost. “We tried,” he said.\n\n'
              'Asked what went wrong, he shrugged. “Ask me tomorrow.”')
SHRUG = [
    ('Whitcomb', 1, 'nsubj', 'PROPN', 'NNP', 'Whitcomb', 'B-PERSON'),
    ('lost', 1, 'ROOT', 'VERB', 'VBD', 'lose', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
    ('“', 9, 'punct', 'PUNCT', '``', '"', 'O'),
    ('We', 5, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('tried', 9, 'ccomp', 'VERB', 'VBD', 'try', 'O'),
    (',', 9, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 9, 'punct', 'PUNCT', "''", '"', 'O'),
    ('he', 9, 'nsubj', 'PRON', 'PRP', 'he', 'O'),
    ('said', 9, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('.', 9, 'punct', 'PUNCT', '.', '.', 'O'),
    ('\n\n', 10, 'dep', 'SPACE', '_SP', '\n\n', 'O'),
    ('Asked', 18, 'advcl', 'VERB', 'VBD', 'ask', 'O'),
    ('what', 14, 'nsubj', 'PRON', 'WP', 'what', 'O'),
    ('went', 12, 'ccomp', 'VERB', 'VBD', 'go', 'O'),
    ('wrong', 14, 'advmod', 'ADJ', 'JJ', 'wrong', 'O'),
    (',', 18, 'punct', 'PUNCT', ',', ',', 'O'),
    ('he', 18, 'nsubj', 'PRON', 'PRP', 'he', 'O'),
    ('shrugged', 18, 'ROOT', 'VERB', 'VBD', 'shrug', 'O'),
    ('.', 18, 'punct', 'PUNCT', '.', '.', 'O'),
    ('“', 21, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Ask', 21, 'ROOT', 'VERB', 'VB', 'ask', 'O'),
    ('me', 21, 'dobj', 'PRON', 'PRP', 'I', 'O'),
    ('tomorrow', 21, 'npadvmod', 'NOUN', 'NN', 'tomorrow', 'B-DATE'),
    ('.', 21, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 21, 'punct', 'PUNCT', "''", '"', 'O'),
]


def test_asked_tagged_as_a_past_tense_and_the_gesture_after_it() -> None:
    """"Asked what went wrong" (tagged VBD) is the asker's question, not his; the quotation
    after "he shrugged" is his (the subject of the sentence before, a gesture no cue)."""
    ctx = context(SHRUG_TEXT, SHRUG)
    assert asked_one(ctx.doc[12], "ask")
    drafts = find_statements(ctx, policy=None)
    by_text = {ctx.text[d.start:d.end]: d for d in drafts}
    assert by_text["what went wrong"].source is None
    answer = by_text["Ask me tomorrow."]
    assert answer.evidence == Evidence(rule="direct:sentence-subject")
    assert answer.source is not None and answer.source.i == 17


SEMICOLON_TEXT = 'The ministry said talks would resume; critics warned that the deal was weak.'
SEMICOLON = [
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('ministry', 2, 'nsubj', 'NOUN', 'NN', 'ministry', 'O'),
    ('said', 8, 'ccomp', 'VERB', 'VBD', 'say', 'O'),
    ('talks', 5, 'nsubj', 'NOUN', 'NNS', 'talk', 'O'),
    ('would', 5, 'aux', 'AUX', 'MD', 'would', 'O'),
    ('resume', 2, 'ccomp', 'VERB', 'VB', 'resume', 'O'),
    (';', 8, 'punct', 'PUNCT', ':', ';', 'O'),
    ('critics', 8, 'nsubj', 'NOUN', 'NNS', 'critic', 'O'),
    ('warned', 8, 'ROOT', 'VERB', 'VBD', 'warn', 'O'),
    ('that', 12, 'mark', 'SCONJ', 'IN', 'that', 'O'),
    ('the', 11, 'det', 'DET', 'DT', 'the', 'O'),
    ('deal', 12, 'nsubj', 'NOUN', 'NN', 'deal', 'O'),
    ('was', 8, 'ccomp', 'AUX', 'VBD', 'be', 'O'),
    ('weak', 12, 'acomp', 'ADJ', 'JJ', 'weak', 'O'),
    ('.', 8, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_clause_before_a_semicolon_is_its_own_statement() -> None:
    """The parser hung "The ministry said ..." on "warned" across the semicolon: two
    statements, each with its own speaker, not the ministry's words as the critics'."""
    ctx = context(SEMICOLON_TEXT, SEMICOLON)
    found = {ctx.text[d.start:d.end]: d.source.text for d in find_statements(ctx, policy=None)
             if d.source is not None}
    assert found == {"talks would resume": "ministry", "that the deal was weak": "critics"}


TOLD_TUESDAY_TEXT = '“Absolutely,” she told reporters on Tuesday.'
TOLD_TUESDAY = [
    ('“', 5, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Absolutely', 5, 'advmod', 'ADV', 'RB', 'absolutely', 'O'),
    (',', 5, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 5, 'punct', 'PUNCT', "''", '"', 'O'),
    ('she', 5, 'nsubj', 'PRON', 'PRP', 'she', 'O'),
    ('told', 5, 'ROOT', 'VERB', 'VBD', 'tell', 'O'),
    ('reporters', 5, 'dobj', 'NOUN', 'NNS', 'reporter', 'O'),
    ('on', 5, 'prep', 'ADP', 'IN', 'on', 'O'),
    ('Tuesday', 7, 'pobj', 'PROPN', 'NNP', 'Tuesday', 'B-DATE'),
    ('.', 5, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_the_one_told_on_a_date_is_no_content() -> None:
    """"told reporters on Tuesday": a date after the hearer says no topic, so "reporters"
    stays the one spoken to and the short quotation is hers."""
    ctx = context(TOLD_TUESDAY_TEXT, TOLD_TUESDAY)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end].rstrip(",") == "Absolutely"
    assert d.source is not None and d.source.text == "she"


ANONYMITY_TEXT = 'An official, who requested anonymity to discuss the talks, said they had failed.'
ANONYMITY = [
    ('An', 1, 'det', 'DET', 'DT', 'an', 'O'),
    ('official', 11, 'nsubj', 'NOUN', 'NN', 'official', 'O'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('who', 4, 'nsubj', 'PRON', 'WP', 'who', 'O'),
    ('requested', 1, 'relcl', 'VERB', 'VBD', 'request', 'O'),
    ('anonymity', 4, 'dobj', 'NOUN', 'NN', 'anonymity', 'O'),
    ('to', 7, 'aux', 'PART', 'TO', 'to', 'O'),
    ('discuss', 4, 'xcomp', 'VERB', 'VB', 'discuss', 'O'),
    ('the', 9, 'det', 'DET', 'DT', 'the', 'O'),
    ('talks', 7, 'dobj', 'NOUN', 'NNS', 'talk', 'O'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('said', 11, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('they', 14, 'nsubj', 'PRON', 'PRP', 'they', 'O'),
    ('had', 14, 'aux', 'AUX', 'VBD', 'have', 'O'),
    ('failed', 11, 'ccomp', 'VERB', 'VBN', 'fail', 'O'),
    ('.', 11, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_what_anonymity_was_asked_for_is_no_content() -> None:
    """"requested anonymity to discuss the talks": the reason of the anonymity names a topic,
    as "met to discuss ..." does, and the request itself says nothing."""
    ctx = context(ANONYMITY_TEXT, ANONYMITY)
    doc = ctx.doc
    assert no_content(doc[7], "discuss", doc[9], "dobj") == "meeting"
    assert no_content(doc[4], "request", doc[5], "dobj") == "refusal"
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "they had failed"


CONTRAST_TEXT = 'Critics say the plan will fail, while supporters argue it is overdue.'
CONTRAST = [
    ('Critics', 1, 'nsubj', 'NOUN', 'NNS', 'critic', 'O'),
    ('say', 1, 'ROOT', 'VERB', 'VBP', 'say', 'O'),
    ('the', 3, 'det', 'DET', 'DT', 'the', 'O'),
    ('plan', 5, 'nsubj', 'NOUN', 'NN', 'plan', 'O'),
    ('will', 5, 'aux', 'AUX', 'MD', 'will', 'O'),
    ('fail', 1, 'ccomp', 'VERB', 'VB', 'fail', 'O'),
    (',', 5, 'punct', 'PUNCT', ',', ',', 'O'),
    ('while', 9, 'mark', 'SCONJ', 'IN', 'while', 'O'),
    ('supporters', 9, 'nsubj', 'NOUN', 'NNS', 'supporter', 'O'),
    ('argue', 5, 'advcl', 'VERB', 'VBP', 'argue', 'O'),
    ('it', 11, 'nsubj', 'PRON', 'PRP', 'it', 'O'),
    ('is', 9, 'ccomp', 'AUX', 'VBZ', 'be', 'O'),
    ('overdue', 11, 'acomp', 'ADJ', 'JJ', 'overdue', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_another_sources_clause_of_contrast_is_its_own_statement() -> None:
    """The parser hung "while supporters argue ..." inside the critics' clause: the critics'
    content stops at the comma, and the supporters' is a statement of its own."""
    ctx = context(CONTRAST_TEXT, CONTRAST)
    found = {ctx.text[d.start:d.end]: d.source.text for d in find_statements(ctx, policy=None)
             if d.source is not None}
    assert found == {"the plan will fail": "Critics", "it is overdue": "supporters"}


LAUGHED_TEXT = 'Asked if he would run again, Whitcomb laughed. “Not a chance.”'
LAUGHED = [
    ('Asked', 8, 'advcl', 'VERB', 'VBN', 'ask', 'O'),
    ('if', 4, 'mark', 'SCONJ', 'IN', 'if', 'O'),
    ('he', 4, 'nsubj', 'PRON', 'PRP', 'he', 'O'),
    ('would', 4, 'aux', 'AUX', 'MD', 'would', 'O'),
    ('run', 0, 'ccomp', 'VERB', 'VB', 'run', 'O'),
    ('again', 4, 'advmod', 'ADV', 'RB', 'again', 'O'),
    (',', 8, 'punct', 'PUNCT', ',', ',', 'O'),
    ('Whitcomb', 8, 'nsubj', 'PROPN', 'NNP', 'Whitcomb', 'B-PERSON'),
    ('laughed', 8, 'ROOT', 'VERB', 'VBD', 'laugh', 'O'),
    ('.', 8, 'punct', 'PUNCT', '.', '.', 'O'),
    ('“', 13, 'punct', 'PUNCT', '``', '"', 'O'),
    ('Not', 13, 'neg', 'PART', 'RB', 'not', 'O'),
    ('a', 13, 'det', 'DET', 'DT', 'a', 'O'),
    ('chance', 13, 'ROOT', 'NOUN', 'NN', 'chance', 'O'),
    ('.', 13, 'punct', 'PUNCT', '.', '.', 'O'),
    ('”', 13, 'punct', 'PUNCT', "''", '"', 'O'),
]


def test_a_first_quotation_after_a_gesture_is_the_gesturers() -> None:
    """No quotation comes before in the article: the one who laughed says it."""
    ctx = context(LAUGHED_TEXT, LAUGHED)
    by_text = {ctx.text[d.start:d.end]: d for d in find_statements(ctx, policy=None)}
    answer = by_text["Not a chance."]
    assert answer.evidence == Evidence(rule="direct:sentence-subject")
    assert answer.source is not None and answer.source.text == "Whitcomb"
    assert by_text["if he would run again"].source is None


NAME_UNUSED_TEXT = 'A resident, who asked that her name not be used, said she was afraid.'
NAME_UNUSED = [
    ('A', 1, 'det', 'DET', 'DT', 'a', 'O'),
    ('resident', 12, 'nsubj', 'NOUN', 'NN', 'resident', 'O'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('who', 4, 'nsubj', 'PRON', 'WP', 'who', 'O'),
    ('asked', 1, 'relcl', 'VERB', 'VBD', 'ask', 'O'),
    ('that', 10, 'mark', 'SCONJ', 'IN', 'that', 'O'),
    ('her', 7, 'poss', 'PRON', 'PRP$', 'her', 'O'),
    ('name', 10, 'nsubjpass', 'NOUN', 'NN', 'name', 'O'),
    ('not', 10, 'neg', 'PART', 'RB', 'not', 'O'),
    ('be', 10, 'auxpass', 'AUX', 'VB', 'be', 'O'),
    ('used', 4, 'ccomp', 'VERB', 'VBN', 'use', 'O'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('said', 12, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('she', 14, 'nsubj', 'PRON', 'PRP', 'she', 'O'),
    ('was', 12, 'ccomp', 'AUX', 'VBD', 'be', 'O'),
    ('afraid', 14, 'acomp', 'ADJ', 'JJ', 'afraid', 'O'),
    ('.', 12, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_asking_that_ones_name_not_be_used_reports_nothing() -> None:
    ctx = context(NAME_UNUSED_TEXT, NAME_UNUSED)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "she was afraid"
