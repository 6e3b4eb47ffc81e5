"""Cues (pipeline/cues.py) on hand-built parses, and the cue word lists."""

from __future__ import annotations

from statement_docs import make_doc

from quotekit import lexicon
from quotekit.pipeline import cues

CALLED_FOR_TEXT = 'The union called for new talks.'
CALLED_FOR = [
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('union', 2, 'nsubj', 'NOUN', 'NN', 'union', 'O'),
    ('called', 2, 'ROOT', 'VERB', 'VBD', 'call', 'O'),
    ('for', 2, 'prep', 'ADP', 'IN', 'for', 'O'),
    ('new', 5, 'amod', 'ADJ', 'JJ', 'new', 'O'),
    ('talks', 3, 'pobj', 'NOUN', 'NNS', 'talk', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]

CONFIDENT_TEXT = 'She is confident that the deal will pass.'
CONFIDENT = [
    ('She', 1, 'nsubj', 'PRON', 'PRP', 'she', 'O'),
    ('is', 1, 'ROOT', 'AUX', 'VBZ', 'be', 'O'),
    ('confident', 1, 'acomp', 'ADJ', 'JJ', 'confident', 'O'),
    ('that', 7, 'mark', 'SCONJ', 'IN', 'that', 'O'),
    ('the', 5, 'det', 'DET', 'DT', 'the', 'O'),
    ('deal', 7, 'nsubj', 'NOUN', 'NN', 'deal', 'O'),
    ('will', 7, 'aux', 'AUX', 'MD', 'will', 'O'),
    ('pass', 2, 'ccomp', 'VERB', 'VB', 'pass', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_phrasal_verb_is_one_cue() -> None:
    doc = make_doc(CALLED_FOR_TEXT, CALLED_FOR)
    cue, talks = cues.find_cues(doc, [False] * len(doc))  # "talks" is a noun cue
    assert (talks.lemma, talks.kind) == ("talk", "noun")
    assert (cue.start, cue.end, cue.head, cue.lemma, cue.kind) == (2, 4, 2, "call for", "verb")
    subject = cues.subject_of(doc[2])
    assert subject is not None and subject.i == 1


def test_stance_adjective_with_a_clause() -> None:
    doc = make_doc(CONFIDENT_TEXT, CONFIDENT)
    found = list(cues.find_cues(doc, [False] * len(doc)))
    assert [(c.lemma, c.kind) for c in found] == [("confident", "adjective")]


def test_quoted_tokens_are_no_cues() -> None:
    doc = make_doc(CALLED_FOR_TEXT, CALLED_FOR)
    assert list(cues.find_cues(doc, [True] * len(doc))) == []


def test_word_lists_come_from_data() -> None:
    verbs = lexicon.reporting_verbs()
    preps = cues._phrasal_preps()
    assert preps["call"] == {"for", "on"}
    assert all(verb in verbs for verb in preps)  # only reporting verbs are cues
    assert "confident" in cues.STANCE_ADJECTIVES
    assert cues.RELATIVE_PRONOUNS == {"who", "that", "which", "whom"}


VISITED_TEXT = 'Lopez visited Madrid calling for talks.'
VISITED = [  # the object taken for the participle's subject, as the small model parses it
    ('Lopez', 1, 'nsubj', 'PROPN', 'NNP', 'Lopez', 'B-PERSON'),
    ('visited', 1, 'ROOT', 'VERB', 'VBD', 'visit', 'O'),
    ('Madrid', 3, 'nsubj', 'PROPN', 'NNP', 'Madrid', 'B-GPE'),
    ('calling', 1, 'advcl', 'VERB', 'VBG', 'call', 'O'),
    ('for', 3, 'prep', 'ADP', 'IN', 'for', 'O'),
    ('talks', 4, 'pobj', 'NOUN', 'NNS', 'talk', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]
ABSOLUTE_TEXT = 'He left, his aides saying so.'
ABSOLUTE = [  # a participle with a subject of its own, set off by a comma
    ('He', 1, 'nsubj', 'PRON', 'PRP', 'he', 'O'),
    ('left', 1, 'ROOT', 'VERB', 'VBD', 'leave', 'O'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('his', 4, 'poss', 'PRON', 'PRP$', 'his', 'O'),
    ('aides', 5, 'nsubj', 'NOUN', 'NNS', 'aide', 'O'),
    ('saying', 1, 'advcl', 'VERB', 'VBG', 'say', 'O'),
    ('so', 5, 'advmod', 'ADV', 'RB', 'so', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_participle_after_the_object_is_the_clause_subject_s() -> None:
    # "Biegun visited Seoul expressing ...": Seoul is what was visited, not who expressed
    doc = make_doc(VISITED_TEXT, VISITED)
    subject = cues.subject_of(doc[3])
    assert subject is not None and subject.text == "Lopez"
    doc = make_doc(ABSOLUTE_TEXT, ABSOLUTE)
    subject = cues.subject_of(doc[5])
    assert subject is not None and subject.text == "aides"


URGED_TEXT = 'The mayor urged the nurses to ask patients.'
URGED = [  # object control: the nurses ask, not the mayor
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('mayor', 2, 'nsubj', 'NOUN', 'NN', 'mayor', 'O'),
    ('urged', 2, 'ROOT', 'VERB', 'VBD', 'urge', 'O'),
    ('the', 4, 'det', 'DET', 'DT', 'the', 'O'),
    ('nurses', 2, 'dobj', 'NOUN', 'NNS', 'nurse', 'O'),
    ('to', 6, 'aux', 'PART', 'TO', 'to', 'O'),
    ('ask', 2, 'xcomp', 'VERB', 'VB', 'ask', 'O'),
    ('patients', 6, 'dobj', 'NOUN', 'NNS', 'patient', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]
USED_TEXT = 'The mayor used the speech to ask voters.'
USED = [  # the object is no person: the infinitive is the subject's
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('mayor', 2, 'nsubj', 'NOUN', 'NN', 'mayor', 'O'),
    ('used', 2, 'ROOT', 'VERB', 'VBD', 'use', 'O'),
    ('the', 4, 'det', 'DET', 'DT', 'the', 'O'),
    ('speech', 2, 'dobj', 'NOUN', 'NN', 'speech', 'O'),
    ('to', 6, 'aux', 'PART', 'TO', 'to', 'O'),
    ('ask', 2, 'xcomp', 'VERB', 'VB', 'ask', 'O'),
    ('voters', 6, 'dobj', 'NOUN', 'NNS', 'voter', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_object_control_gives_the_infinitive_to_the_object() -> None:
    # "pushing private doctors to query veterans": the doctors query
    subject = cues.subject_of(make_doc(URGED_TEXT, URGED)[6])
    assert subject is not None and subject.text == "nurses"
    subject = cues.subject_of(make_doc(USED_TEXT, USED)[6])
    assert subject is not None and subject.text == "mayor"


MISSED_TEXT = 'The mayor missed a chance to thank nurses.'
MISSED = [  # an infinitive on a noun that names no one is the governing verb's subject's
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('mayor', 2, 'nsubj', 'NOUN', 'NN', 'mayor', 'O'),
    ('missed', 2, 'ROOT', 'VERB', 'VBD', 'miss', 'O'),
    ('a', 4, 'det', 'DET', 'DT', 'a', 'O'),
    ('chance', 2, 'dobj', 'NOUN', 'NN', 'chance', 'O'),
    ('to', 6, 'aux', 'PART', 'TO', 'to', 'O'),
    ('thank', 4, 'acl', 'VERB', 'VB', 'thank', 'O'),
    ('nurses', 6, 'dobj', 'NOUN', 'NNS', 'nurse', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]
MET_TEXT = 'The mayor met a nurse urging calm.'
MET = [  # a participle on a person noun is that person's
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('mayor', 2, 'nsubj', 'NOUN', 'NN', 'mayor', 'O'),
    ('met', 2, 'ROOT', 'VERB', 'VBD', 'meet', 'O'),
    ('a', 4, 'det', 'DET', 'DT', 'a', 'O'),
    ('nurse', 2, 'dobj', 'NOUN', 'NN', 'nurse', 'O'),
    ('urging', 4, 'acl', 'VERB', 'VBG', 'urge', 'O'),
    ('calm', 5, 'dobj', 'NOUN', 'NN', 'calm', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_clause_on_a_thing_is_the_governing_subjects() -> None:
    # "Trump never missed an opportunity to remind the audience": Trump reminds
    subject = cues.subject_of(make_doc(MISSED_TEXT, MISSED)[6])
    assert subject is not None and subject.text == "mayor"
    subject = cues.subject_of(make_doc(MET_TEXT, MET)[5])
    assert subject is not None and subject.text == "nurse"


EXPECTED_TEXT = 'She is expected to win voters to claim it.'
EXPECTED = [  # no one does the governing verb (a passive): no one does the infinitive either
    ('She', 2, 'nsubjpass', 'PRON', 'PRP', 'she', 'O'),
    ('is', 2, 'auxpass', 'AUX', 'VBZ', 'be', 'O'),
    ('expected', 2, 'ROOT', 'VERB', 'VBN', 'expect', 'O'),
    ('to', 4, 'aux', 'PART', 'TO', 'to', 'O'),
    ('win', 2, 'xcomp', 'VERB', 'VB', 'win', 'O'),
    ('voters', 4, 'dobj', 'NOUN', 'NNS', 'voter', 'O'),
    ('to', 7, 'aux', 'PART', 'TO', 'to', 'O'),
    ('claim', 4, 'xcomp', 'VERB', 'VB', 'claim', 'O'),
    ('it', 7, 'dobj', 'PRON', 'PRP', 'it', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_no_object_control_under_a_verb_no_one_does() -> None:
    assert cues.subject_of(make_doc(EXPECTED_TEXT, EXPECTED)[7]) is None


# the parser hangs "asking" on "uses": the one the footage shows asks
FOOTAGE_TEXT = "The ad uses footage of Rosa Diaz asking why."
FOOTAGE = [
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('ad', 2, 'nsubj', 'NOUN', 'NN', 'ad', 'O'),
    ('uses', 2, 'ROOT', 'VERB', 'VBZ', 'use', 'O'),
    ('footage', 2, 'dobj', 'NOUN', 'NN', 'footage', 'O'),
    ('of', 3, 'prep', 'ADP', 'IN', 'of', 'O'),
    ('Rosa', 6, 'compound', 'PROPN', 'NNP', 'Rosa', 'B-PERSON'),
    ('Diaz', 4, 'pobj', 'PROPN', 'NNP', 'Diaz', 'I-PERSON'),
    ('asking', 2, 'xcomp', 'VERB', 'VBG', 'ask', 'O'),
    ('why', 7, 'advmod', 'SCONJ', 'WRB', 'why', 'O'),
    ('.', 2, 'punct', 'PUNCT', '.', '.', 'O'),
]
# "the head of the agency" is no picture: the participle stays the subject's
HEAD_TEXT = "Aides met the head of Finance asking why."
HEAD = [
    ('Aides', 1, 'nsubj', 'NOUN', 'NNS', 'aide', 'O'),
    ('met', 1, 'ROOT', 'VERB', 'VBD', 'meet', 'O'),
    ('the', 3, 'det', 'DET', 'DT', 'the', 'O'),
    ('head', 1, 'dobj', 'NOUN', 'NN', 'head', 'O'),
    ('of', 3, 'prep', 'ADP', 'IN', 'of', 'O'),
    ('Finance', 4, 'pobj', 'PROPN', 'NNP', 'Finance', 'B-ORG'),
    ('asking', 1, 'advcl', 'VERB', 'VBG', 'ask', 'O'),
    ('why', 6, 'advmod', 'SCONJ', 'WRB', 'why', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_participle_after_footage_of_someone_is_theirs() -> None:
    subject = cues.subject_of(make_doc(FOOTAGE_TEXT, FOOTAGE)[7])
    assert subject is not None and subject.text == "Diaz"
    subject = cues.subject_of(make_doc(HEAD_TEXT, HEAD)[6])
    assert subject is not None and subject.text == "Aides"


# the parser makes the relative "that" a second subject beside the real one
REASONS_TEXT = "the reasons that Lee refuses to talk"
REASONS = [
    ('the', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('reasons', 1, 'ROOT', 'NOUN', 'NNS', 'reason', 'O'),
    ('that', 4, 'nsubj', 'PRON', 'WDT', 'that', 'O'),
    ('Lee', 4, 'nsubj', 'PROPN', 'NNP', 'Lee', 'B-PERSON'),
    ('refuses', 1, 'relcl', 'VERB', 'VBZ', 'refuse', 'O'),
    ('to', 6, 'aux', 'PART', 'TO', 'to', 'O'),
    ('talk', 4, 'xcomp', 'VERB', 'VB', 'talk', 'O'),
]


def test_a_relative_that_beside_a_subject_is_not_the_subject() -> None:
    subject = cues.subject_of(make_doc(REASONS_TEXT, REASONS)[4])
    assert subject is not None and subject.text == "Lee"


# "by" hung on the participle's object: the agent still calls
CALLED_TEXT = "Guard members, called to service by the governor, arrived."
CALLED = [
    ('Guard', 1, 'compound', 'PROPN', 'NNP', 'Guard', 'B-ORG'),
    ('members', 10, 'nsubj', 'NOUN', 'NNS', 'member', 'O'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('called', 1, 'acl', 'VERB', 'VBN', 'call', 'O'),
    ('to', 3, 'prep', 'ADP', 'IN', 'to', 'O'),
    ('service', 4, 'pobj', 'NOUN', 'NN', 'service', 'O'),
    ('by', 5, 'prep', 'ADP', 'IN', 'by', 'O'),
    ('the', 8, 'det', 'DET', 'DT', 'the', 'O'),
    ('governor', 6, 'pobj', 'NOUN', 'NN', 'governor', 'O'),
    (',', 1, 'punct', 'PUNCT', ',', ',', 'O'),
    ('arrived', 10, 'ROOT', 'VERB', 'VBD', 'arrive', 'O'),
    ('.', 10, 'punct', 'PUNCT', '.', '.', 'O'),
]

# a participle on "an array of artists" is the artists' ("artist" is a person noun)
ARRAY_TEXT = "Obama had an array of artists writing songs."
ARRAY = [
    ('Obama', 1, 'nsubj', 'PROPN', 'NNP', 'Obama', 'B-PERSON'),
    ('had', 1, 'ROOT', 'VERB', 'VBD', 'have', 'O'),
    ('an', 3, 'det', 'DET', 'DT', 'an', 'O'),
    ('array', 1, 'dobj', 'NOUN', 'NN', 'array', 'O'),
    ('of', 3, 'prep', 'ADP', 'IN', 'of', 'O'),
    ('artists', 4, 'pobj', 'NOUN', 'NNS', 'artist', 'O'),
    ('writing', 3, 'acl', 'VERB', 'VBG', 'write', 'O'),
    ('songs', 6, 'dobj', 'NOUN', 'NNS', 'song', 'O'),
    ('.', 1, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_reduced_passive_is_its_by_agents() -> None:
    subject = cues.subject_of(make_doc(CALLED_TEXT, CALLED)[3])
    assert subject is not None and subject.text == "governor"


def test_a_participle_on_an_array_of_people_is_theirs() -> None:
    subject = cues.subject_of(make_doc(ARRAY_TEXT, ARRAY)[6])
    assert subject is not None and subject.text == "artists"


# a heading run into the sentence: the parser gives "said" two subjects
HEADING_TEXT = "THE PLAN Back then, Ms. Ruiz said it worked."
HEADING = [
    ('THE', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('PLAN', 7, 'nsubj', 'NOUN', 'NN', 'plan', 'O'),
    ('Back', 3, 'advmod', 'ADV', 'RB', 'back', 'O'),
    ('then', 7, 'advmod', 'ADV', 'RB', 'then', 'O'),
    (',', 7, 'punct', 'PUNCT', ',', ',', 'O'),
    ('Ms.', 6, 'compound', 'PROPN', 'NNP', 'Ms.', 'O'),
    ('Ruiz', 7, 'nsubj', 'PROPN', 'NNP', 'Ruiz', 'B-PERSON'),
    ('said', 7, 'ROOT', 'VERB', 'VBD', 'say', 'O'),
    ('it', 9, 'nsubj', 'PRON', 'PRP', 'it', 'O'),
    ('worked', 7, 'ccomp', 'VERB', 'VBD', 'work', 'O'),
    ('.', 7, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_of_two_subjects_the_nearer_one_does_it() -> None:
    subject = cues.subject_of(make_doc(HEADING_TEXT, HEADING)[7])
    assert subject is not None and subject.text == "Ruiz"


DECISION_TEXT = "The decision by the FBI to drop charges angered him."
DECISION = [
    ('The', 1, 'det', 'DET', 'DT', 'the', 'O'),
    ('decision', 8, 'nsubj', 'NOUN', 'NN', 'decision', 'O'),
    ('by', 1, 'prep', 'ADP', 'IN', 'by', 'O'),
    ('the', 4, 'det', 'DET', 'DT', 'the', 'B-ORG'),
    ('FBI', 2, 'pobj', 'PROPN', 'NNP', 'FBI', 'I-ORG'),
    ('to', 6, 'aux', 'PART', 'TO', 'to', 'O'),
    ('drop', 1, 'acl', 'VERB', 'VB', 'drop', 'O'),
    ('charges', 6, 'dobj', 'NOUN', 'NNS', 'charge', 'O'),
    ('angered', 8, 'ROOT', 'VERB', 'VBD', 'anger', 'O'),
    ('him', 8, 'dobj', 'PRON', 'PRP', 'he', 'O'),
    ('.', 8, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_a_clause_on_a_decision_by_someone_is_theirs() -> None:
    subject = cues.subject_of(make_doc(DECISION_TEXT, DECISION)[6])
    assert subject is not None and subject.text == "FBI"


# the parser splits "ex-wife" into two subjects: one word, its first piece stays the subject
EXWIFE_TEXT = "His ex-wife agreed."
EXWIFE = [
    ('His', 1, 'poss', 'PRON', 'PRP$', 'his', 'O'),
    ('ex', 4, 'nsubj', 'NOUN', 'NN', 'ex', 'O'),
    ('-', 1, 'punct', 'PUNCT', 'HYPH', '-', 'O'),
    ('wife', 4, 'nsubj', 'NOUN', 'NN', 'wife', 'O'),
    ('agreed', 4, 'ROOT', 'VERB', 'VBD', 'agree', 'O'),
    ('.', 4, 'punct', 'PUNCT', '.', '.', 'O'),
]


def test_two_pieces_of_one_hyphenated_subject_stay_one() -> None:
    subject = cues.subject_of(make_doc(EXWIFE_TEXT, EXWIFE)[4])
    assert subject is not None and subject.text == "ex"
