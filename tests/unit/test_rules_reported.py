"""Cue-driven rules (statements/reported.py) on hand-built parses: no trained model."""

from __future__ import annotations

from statement_docs import context, state

from quotekit import lexicon
from quotekit.pipeline.statements import find_statements, reported
from quotekit.types import Evidence

SAID_THAT_TEXT = 'The ministry said that talks would resume in May.'
SAID_THAT = [
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('ministry', 2, 'nsubj', 'NOUN', 'NN', 'ministry', 'O'),
    ('said', 2, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('that', 6, 'mark', 'SCONJ', 'IN', 'that', 'O'),
    ('talks', 6, 'nsubj', 'NOUN', 'NNS', 'talk', 'O'),
    ('would', 6, 'aux', 'AUX', 'MD', 'would', 'O'),
    ('resume', 2, 'ccomp', 'VERB', 'VB', 'resume', 'O'),
    ('in', 6, 'prep', 'ADP', 'IN', 'in', 'O'),
    ('May', 7, 'pobj', 'PROPN', 'NNP', 'May', 'B-DATE'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]

PARENTHETICAL_TEXT = 'This campaign, he says, is different.'
PARENTHETICAL = [
    ('This', 1, 'det', 'DET', 'DT', 'this', 'O'),
    ('campaign', 6, 'nsubj', 'NOUN', 'NN', 'campaign', 'O'),
    (',', 4, 'punct', 'PUNCT', ',', ',', 'O'),
    ('he', 4, 'nsubj', 'PRON', 'PRP', 'he', 'O'),
    ('says', 6, 'parataxis', 'VERB', 'VBZ', 'say', 'O'),
    (',', 4, 'punct', 'PUNCT', ',', ',', 'O'),
    ('is', 6, 'ROOT', 'AUX', 'VBZ', 'be', 'O'),
    ('different', 6, 'acomp', 'ADJ', 'JJ', 'different', 'O'),
    ('.', 6, 'punct', 'PUNCT', '.', '.', 'O'),
]

PASSIVE_TEXT = 'He is said to be ill.'
PASSIVE = [
    ('He', 2, 'nsubjpass', 'PRON', 'PRP', 'he', 'O'),
    ('is', 2, 'auxpass', 'AUX', 'VBZ', 'be', 'O'),
    ('said', 2, 'ROOT', 'VERB', 'VBN', 'say', 'O'),
    ('to', 4, 'aux', 'PART', 'TO', 'to', 'O'),
    ('be', 2, 'xcomp', 'AUX', 'VB', 'be', 'O'),
    ('ill', 4, 'acomp', 'ADJ', 'JJ', 'ill', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]

CLAIM_TEXT = "Trump's claim that the vote was rigged spread quickly."
CLAIM = [
    ('Trump', 2, 'poss', 'PROPN', 'NNP', 'Trump', 'B-ORG'),
    ("'s", 0, 'case', 'PART', 'POS', "'s", 'O'),
    ('claim', 8, 'nsubj', 'NOUN', 'NN', 'claim', 'O'),
    ('that', 7, 'mark', 'SCONJ', 'IN', 'that', 'O'),
    ('the', 5, 'det', 'DET', 'DT', 'the', 'O'),
    ('vote', 7, 'nsubjpass', 'NOUN', 'NN', 'vote', 'O'),
    ('was', 7, 'auxpass', 'AUX', 'VBD', 'be', 'O'),
    ('rigged', 2, 'acl', 'VERB', 'VBN', 'rig', 'O'),
    ('spread', 8, 'ROOT', 'VERB', 'VB', 'spread', 'O'),
    ('quickly', 8, 'advmod', 'ADV', 'RB', 'quickly', 'O'),
    ('.', 8, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_said_that_clause_is_indirect() -> None:
    ctx = context(SAID_THAT_TEXT, SAID_THAT)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "that talks would resume in May"
    assert d.kind == "indirect"
    assert d.evidence == Evidence(rule="indirect:verb", cue="say+ccomp")
    assert d.cue == (13, 17, "say")
    assert d.source is not None and d.source.i == 1 and d.mention == (0, 2)
    assert d.confidence == 0.6  # no policy: the unlearned default (confidence.tsv)


def test_learned_policy_sets_confidence_and_drops_weak_pairs() -> None:
    ctx = context(SAID_THAT_TEXT, SAID_THAT)
    [d] = find_statements(ctx, policy={("say", "ccomp"): 0.9})
    assert d.confidence == 0.9
    assert find_statements(ctx, policy={("say", "ccomp"): reported.POLICY_THRESHOLD - 0.01}) == []


def test_verb_rule_called_alone() -> None:
    st = state(SAID_THAT_TEXT, SAID_THAT)
    cue = st.cues_by_head[2]  # "said" ("talks" is a noun cue too)
    assert (cue.lemma, cue.kind) == ("say", "verb")
    [d] = reported.verb(st, cue)
    assert str(d.evidence) == "indirect:verb(say+ccomp)"
    assert st.used == set()


def test_parenthetical_gives_two_linked_pieces() -> None:
    ctx = context(PARENTHETICAL_TEXT, PARENTHETICAL)
    first, second = find_statements(ctx, policy=None)
    assert ctx.text[first.start:first.end] == "This campaign"
    assert ctx.text[second.start:second.end] == "is different"
    assert first.evidence == Evidence(rule="indirect:verb-parenthetical", cue="say+parenthetical")
    assert second.follows is first and first.confidence == 0.85
    assert first.source is not None and first.source.text == "he"


def test_agentless_passive_is_no_statement() -> None:
    assert find_statements(context(PASSIVE_TEXT, PASSIVE), policy=None) == []


def test_noun_cue_with_that_clause() -> None:
    ctx = context(CLAIM_TEXT, CLAIM)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "that the vote was rigged"
    assert d.evidence == Evidence(rule="indirect:noun", cue="claim+noun-that")
    assert d.source is not None and d.source.text == "Trump" and d.mention == (0, 2)


def test_noun_cue_with_that_clause_needs_no_learned_pair() -> None:
    # a "that" clause on a reporting noun reports it even where the policy never saw the pair
    # (too few examples to learn); a pair learned below the threshold still yields nothing
    ctx = context(CLAIM_TEXT, CLAIM)
    [d] = find_statements(ctx, policy={("say", "ccomp"): 0.9})
    assert ctx.text[d.start:d.end] == "that the vote was rigged"
    assert find_statements(context(CLAIM_TEXT, CLAIM), policy={("claim", "noun-that"): 0.1}) == []


def test_bare_object_falls_back_to_the_verb_class() -> None:
    verbs = lexicon.reporting_verbs()
    assert reported.allowed("deny", "dobj", {}) == (
        verbs["deny"].family in reported.DIRECTOBJ_CLASSES
        and not verbs["deny"].needs_complement)
    assert reported.allowed("say", "ccomp", None)
    assert reported.DIRECTOBJ_CLASSES <= lexicon.VERB_FAMILIES


def test_unseen_preposition_pairs_need_a_content_preposition() -> None:
    # "spoke about the war" may report; "sang at church", "said during the debate" never do
    assert reported.allowed("speak", "prep-about", {})
    assert reported.allowed("warn", "prep-of", {})
    assert not reported.allowed("sing", "prep-at", {})
    assert not reported.allowed("say", "prep-during", {})
    # a learned pair keeps its learned verdict
    assert reported.allowed("say", "prep-during", {("say", "prep-during"): 0.9})


def test_constructions_that_never_report_override_the_policy() -> None:
    # "prices continued to rise": never, even with a policy (or none) that would keep it
    assert not reported.allowed("continue", "xcomp", {("continue", "xcomp"): 0.9})
    assert not reported.allowed("continue", "xcomp", None)
    assert reported.allowed("continue", "ccomp", None)


def test_what_the_object_is_called_is_the_complement() -> None:
    # "His surrogates called him [a genius]": the object predicate, even after a pronoun
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    from quotekit.pipeline.statements._complement import complement

    words = ["His", "surrogates", "called", "him", "a", "genius", "."]
    doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 2, 5, 2, 2],
              deps=["poss", "nsubj", "ROOT", "dobj", "det", "oprd", "punct"])
    comp, kind = complement(doc[2], "call")
    assert (comp.text if comp is not None else None, kind) == ("genius", "oprd")


QUOTED_SUBJECT_TEXT = '“We won in Ohio,” Lee said.'
QUOTED_SUBJECT = [  # the parser took a quoted word for the subject of "said"
    ('“', 8, 'punct', 'PUNCT', '``', '“', 'O'),
    ('We', 2, 'nsubj', 'PRON', 'PRP', 'we', 'O'),
    ('won', 8, 'ccomp', 'VERB', 'VBD', 'win', 'O'),
    ('in', 2, 'prep', 'ADP', 'IN', 'in', 'O'),
    ('Ohio', 8, 'nsubj', 'PROPN', 'NNP', 'Ohio', 'B-GPE'),
    (',', 8, 'punct', 'PUNCT', ',', ',', 'O'),
    ('”', 8, 'punct', 'PUNCT', "''", '”', 'O'),
    ('Lee', 8, 'dep', 'PROPN', 'NNP', 'Lee', 'B-PERSON'),
    ('said', 8, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('.', 8, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_quoted_subject_gives_way_to_the_name_before_the_verb() -> None:
    # "“... Michigan, Ohio,” Mr. Trump said": the speaker is Trump, not a quoted word
    ctx = context(QUOTED_SUBJECT_TEXT, QUOTED_SUBJECT)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end] == "We won in Ohio,"
    assert d.source is not None and d.source.text == "Lee" and d.mention == (7, 8)


HEARER_TEXT = 'Ruiz told the crowd in Dayton.'
HEARER = [
    ('Ruiz', 1, 'nsubj', 'PROPN', 'NNP', 'Ruiz', 'B-PERSON'),
    ('told', 1, 'ROOT', 'VERB', 'VBD', 'tell', 'O'),
    ('the', 3, 'det', 'DET', 'DT', 'the', 'O'),
    ('crowd', 1, 'dobj', 'NOUN', 'NN', 'crowd', 'O'),
    ('in', 1, 'prep', 'ADP', 'IN', 'in', 'O'),
    ('Dayton', 4, 'pobj', 'PROPN', 'NNP', 'Dayton', 'B-GPE'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]

LOST_CLAUSE_TEXT = 'Ruiz told the crowd in Dayton to vote.'
LOST_CLAUSE = [
    ('Ruiz', 1, 'nsubj', 'PROPN', 'NNP', 'Ruiz', 'B-PERSON'),
    ('told', 1, 'ROOT', 'VERB', 'VBD', 'tell', 'O'),
    ('the', 3, 'det', 'DET', 'DT', 'the', 'O'),
    ('crowd', 1, 'dobj', 'NOUN', 'NN', 'crowd', 'O'),
    ('in', 1, 'prep', 'ADP', 'IN', 'in', 'O'),
    ('Dayton', 4, 'pobj', 'PROPN', 'NNP', 'Dayton', 'B-GPE'),
    ('to', 7, 'aux', 'PART', 'TO', 'to', 'O'),
    ('vote', 5, 'relcl', 'VERB', 'VB', 'vote', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_audience_told_in_a_place_is_no_content() -> None:
    # "told the crowd in Dayton": the crowd heard; a place or time after it says nothing
    assert find_statements(context(HEARER_TEXT, HEARER), policy={("tell", "dobj"): 0.5}) == []


def test_hearer_with_a_lost_clause_keeps_its_content() -> None:
    # a verb after the hearer (a clause the parser hung elsewhere) keeps the object as content
    ctx = context(LOST_CLAUSE_TEXT, LOST_CLAUSE)
    [d] = find_statements(ctx, policy={("tell", "dobj"): 0.5})
    assert ctx.text[d.start:d.end].startswith("the crowd in Dayton to vote")


IN_A_STATEMENT_TEXT = 'The council said in a statement that rents had risen.'
IN_A_STATEMENT = [
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('council', 2, 'nsubj', 'NOUN', 'NN', 'council', 'O'),
    ('said', 2, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('in', 2, 'prep', 'ADP', 'IN', 'in', 'O'),
    ('a', 5, 'det', 'DET', 'DT', 'a', 'O'),
    ('statement', 3, 'pobj', 'NOUN', 'NN', 'statement', 'O'),
    ('that', 9, 'mark', 'SCONJ', 'IN', 'that', 'O'),
    ('rents', 9, 'nsubj', 'NOUN', 'NNS', 'rent', 'O'),
    ('had', 9, 'aux', 'AUX', 'VBD', 'have', 'O'),
    ('risen', 5, 'acl', 'VERB', 'VBN', 'rise', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_clause_hung_on_in_a_statement_is_the_verbs() -> None:
    # the parser hung "that rents had risen" on "statement": "said" reports it
    ctx = context(IN_A_STATEMENT_TEXT, IN_A_STATEMENT)
    [d] = find_statements(ctx, policy=None)
    assert ctx.text[d.start:d.end].startswith("that rents had risen")
    assert d.cue is not None and d.cue[2] == "say"


Row = tuple[str, int, str, str, str, str, str]


def _argument_rows(subject: tuple[str, str, str, str]) -> list[Row]:
    """"<subject> is an argument for moving faster." (``subject``: word, pos, tag, lemma)."""
    word, pos, tag, lemma = subject
    return [
        (word, 1, 'nsubj', pos, tag, lemma, 'O'),
        ('is', 1, 'ROOT', 'AUX', 'VBZ', 'be', 'O'),
        ('an', 3, 'det', 'DET', 'DT', 'an', 'O'),
        ('argument', 1, 'attr', 'NOUN', 'NN', 'argument', 'O'),
        ('for', 3, 'prep', 'ADP', 'IN', 'for', 'O'),
        ('moving', 4, 'pcomp', 'VERB', 'VBG', 'move', 'O'),
        ('faster', 5, 'advmod', 'ADV', 'RBR', 'fast', 'O'),
        ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
    ]


def test_what_a_thing_is_an_argument_for_is_said_by_no_one() -> None:
    policy = {("argument", "noun-prep-for"): 0.7}
    ctx = context("It is an argument for moving faster.",
                  _argument_rows(('It', 'PRON', 'PRP', 'it')))
    assert find_statements(ctx, policy=policy) == []
    ctx = context("This is an argument for moving faster.",
                  _argument_rows(('This', 'PRON', 'DT', 'this')))
    assert find_statements(ctx, policy=policy) == []
    ctx = context("Smith is an argument for moving faster.",  # (a person may argue)
                  _argument_rows(('Smith', 'PROPN', 'NNP', 'Smith')))
    [d] = find_statements(ctx, policy=policy)
    assert ctx.text[d.start:d.end] == "moving faster"
