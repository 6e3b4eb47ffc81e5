"""Interview transcripts and dialogues (statements/transcript.py, statements/interview.py,
speakers/_labels.py) on hand-built parses.

Each paragraph is either a string, parsed flat (one sentence, the first word its root,
capitalised words proper nouns), or explicit rows ``(word, head, dep, pos, ent)`` with heads
counted within the paragraph; :func:`build` joins them with blank lines.
"""

from __future__ import annotations

import regex
from statement_docs import make_doc

from quotekit.pipeline.context import Context
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.speakers import resolve_speakers
from quotekit.pipeline.statements import find_statements, labels
from quotekit.types import Speaker

Part = str | list[tuple[str, ...]]
_WORD_RE = regex.compile(r"\p{L}+(?:['’]\p{L}+)?|\d+|[^\p{L}\d\s]")
_PUNCT_POS = "PUNCT"


def _flat(para: str, people: dict[str, str]) -> list[tuple[str, ...]]:
    words = _WORD_RE.findall(para)
    rows = []
    for k, w in enumerate(words):
        if not regex.match(r"[\p{L}\d]", w):
            pos = _PUNCT_POS
        elif w in ("I", "you", "You", "we", "We", "it", "It", "they", "They"):
            pos = "PRON"
        elif w[0].isupper():
            pos = "PROPN"
        else:
            pos = "VERB" if k == 1 else "NOUN"
        label = people.get(w, "")
        ent = "O"
        if label:
            prev = words[k - 1] if k else ""
            ent = ("I-" if people.get(prev) == label else "B-") + label
        rows.append((w, "0", "ROOT" if k == 0 else ("punct" if pos == _PUNCT_POS else "dep"),
                     pos, ent))
    return rows


def build(*parts: Part, people: dict[str, str] | None = None) -> Context:
    """The Context of paragraphs ``parts`` (``people``: word -> entity label for flat ones)."""
    text_parts: list[str] = []
    rows: list[tuple[str, int, str, str, str, str, str]] = []
    for n, part in enumerate(parts):
        if n:
            rows.append(("\n\n", len(rows) - 1, "dep", "SPACE", "_SP", "\n\n", "O"))
            text_parts.append("\n\n")
        prows = _flat(part, people or {}) if isinstance(part, str) else part
        base = len(rows)
        para = part if isinstance(part, str) else ""
        for k, (w, head, dep, pos, ent, *lemma) in enumerate(prows):
            rows.append((w, base + int(head), dep, pos, "XX", lemma[0] if lemma else w.lower(),
                         ent))
            if not isinstance(part, str):
                nxt = prows[k + 1][0] if k + 1 < len(prows) else ""
                para += w + ("" if not nxt or not regex.match(r"[\p{L}\d]", nxt) else " ")
        text_parts.append(para)
    return Context(make_doc("".join(text_parts), rows))


#: "Hospitals need nurses, Ruth Adeyemi said in an interview with the Ledger."
INTRO_WITH_OUTLET = [
    ("Hospitals", 1, "nsubj", "NOUN", "O"), ("need", 6, "ccomp", "VERB", "O"),
    ("nurses", 1, "dobj", "NOUN", "O"), (",", 6, "punct", "PUNCT", "O"),
    ("Ruth", 5, "compound", "PROPN", "B-PERSON"), ("Adeyemi", 6, "nsubj", "PROPN", "I-PERSON"),
    ("said", 6, "ROOT", "VERB", "O"), ("in", 6, "prep", "ADP", "O"),
    ("an", 9, "det", "DET", "O"), ("interview", 7, "pobj", "NOUN", "O"),
    ("with", 9, "prep", "ADP", "O"), ("the", 12, "det", "DET", "O"),
    ("Ledger", 10, "pobj", "PROPN", "B-ORG"), (".", 6, "punct", "PUNCT", "O"),
]
#: "This is an interview with Ruth Adeyemi."
INTRO_WITH_PERSON = [
    ("This", 1, "nsubj", "PRON", "O"), ("is", 1, "ROOT", "AUX", "O"),
    ("an", 3, "det", "DET", "O"), ("interview", 1, "attr", "NOUN", "O"),
    ("with", 3, "prep", "ADP", "O"), ("Ruth", 6, "compound", "PROPN", "B-PERSON"),
    ("Adeyemi", 4, "pobj", "PROPN", "I-PERSON"), (".", 1, "punct", "PUNCT", "O"),
]


def _statements(ctx: Context) -> list[Draft]:
    return find_statements(ctx, policy=None)


def _speakers(ctx: Context) -> list[tuple[str, str | None, str]]:
    """(rule, speaker name, content) of every statement."""
    drafts = _statements(ctx)
    resolutions, _all = resolve_speakers(ctx, drafts)
    return [(d.evidence.rule, _name(r.speaker), ctx.text[d.start:d.end])
            for d, r in zip(drafts, resolutions, strict=True)]


def _name(speaker: Speaker | None) -> str | None:
    return speaker.name if speaker is not None else None


def test_answers_are_the_interviewee_s_and_questions_the_named_interviewer_s() -> None:
    ctx = build(INTRO_WITH_OUTLET, "Q: Why now?", "A: Because the lists are long.",
                "Q: And the unions?", "A: They agree.")
    found = _speakers(ctx)
    rows = [(rule, name, content) for rule, name, content in found
            if rule.startswith("direct:transcript")]
    assert rows == [
        ("direct:transcript-question", "Ledger", "Why now?"),
        ("direct:transcript-answer", "Ruth Adeyemi", "Because the lists are long."),
        ("direct:transcript-question", "Ledger", "And the unions?"),
        ("direct:transcript-answer", "Ruth Adeyemi", "They agree."),
    ]


def test_an_answer_s_mention_is_its_label_and_never_an_alias() -> None:
    ctx = build(INTRO_WITH_PERSON, "Q: Why now?", "A: Because the lists are long.")
    drafts = _statements(ctx)
    [answer] = [d for d in drafts if d.evidence.rule == "direct:transcript-answer"]
    assert answer.mention is not None
    a, b = ctx.token_range_chars(*answer.mention)
    assert ctx.text[a:b] == "A" and answer.cue is not None and answer.cue[2] == ":"
    resolutions, _speakers_of = resolve_speakers(ctx, drafts)
    speaker = resolutions[drafts.index(answer)].speaker
    assert speaker is not None and speaker.name == "Ruth Adeyemi"
    assert "A" not in speaker.aliases
    # nobody names the interviewer: the questions are no statements
    assert not [d for d in drafts if d.evidence.rule == "direct:transcript-question"]


def test_without_an_introduction_an_answer_has_no_speaker() -> None:
    ctx = build("Q: What did the council decide?", "A: Nothing yet.",
                "Q. And the budget?", "A. It is balanced.")
    found = _speakers(ctx)
    assert found == [("direct:transcript-answer", None, "Nothing yet."),
                     ("direct:transcript-answer", None, "It is balanced.")]


def test_paragraphs_between_an_answer_and_the_next_label_continue_it() -> None:
    ctx = build(INTRO_WITH_PERSON, "Q: Why now?", "A: Because the lists are long.",
                "The money is there.", "Q: When?", "A: Soon.")
    found = _speakers(ctx)
    assert ("direct:transcript-continued", "Ruth Adeyemi", "The money is there.") in found


def test_one_initial_is_no_answer_label() -> None:
    ctx = build("The council met.", "A. Smith read the minutes.")
    assert not [d for d in _statements(ctx) if "transcript" in d.evidence.rule]


def test_a_question_label_is_never_read_as_a_headline() -> None:
    ctx = build("Q: Is this a transcript?")
    assert _statements(ctx) == []
    assert labels.qa_label("**Q:** Why?") is not None and labels.qa_label("Q : Why?")
    assert labels.qa_label("QUESTION: Why?") is not None
    assert labels.qa_label("Quebec: yes") is None and labels.qa_label("Question. Why") is None


def test_upper_case_labels_name_the_article_s_people() -> None:
    people = {"Tom": "PERSON", "Harlow": "PERSON"}
    ctx = build("Minister Tom Harlow joined us.", "SMITH: Is the plan dead?",
                "HARLOW: Not at all.", "SMITH: Thank you.", people=people)
    found = [(rule, name) for rule, name, _c in _speakers(ctx)]
    # a surname the article names nowhere else stays the label, unresolved
    assert found == [("direct:transcript-label", "SMITH"),
                     ("direct:transcript-label", "Tom Harlow"),
                     ("direct:transcript-label", "SMITH")]


def test_an_upper_case_full_name_named_nowhere_else_is_a_new_person() -> None:
    ctx = build("JANE SMITH: Good evening.", "HARLOW: Hello.", "SMITH: Welcome.")
    names = [name for _rule, name, _c in _speakers(ctx)]
    assert names[0] == "Jane Smith" and names[2] == "Jane Smith"


def test_title_case_labels_make_a_dialogue_only_when_a_speaker_comes_back() -> None:
    people = {"Chris": "PERSON", "Matthews": "PERSON", "Luciana": "PERSON", "Lopez": "PERSON"}
    dialogue = build("Chris Matthews: Will it pass?", "Luciana Lopez: Probably not.",
                     "Matthews: And next week?", people=people)
    rules = [d.evidence.rule for d in _statements(dialogue)]
    assert rules == ["direct:transcript-label"] * 3
    listing = build("Jeb Bush: Student loans for all.", "Marco Rubio: Retirement accounts.",
                    people={"Jeb": "PERSON", "Bush": "PERSON", "Marco": "PERSON",
                            "Rubio": "PERSON"})
    assert not [d for d in _statements(listing) if d.evidence.rule.startswith(
        "direct:transcript")]


def test_you_in_a_question_that_is_no_statement_is_the_interviewee() -> None:
    # "Q: You said taxes rise." with "You" the subject of the cue
    question = [("Q", 3, "dep", "PROPN", "O"), (":", 3, "punct", "PUNCT", "O"),
                ("You", 3, "nsubj", "PRON", "O"), ("said", 3, "ROOT", "VERB", "O", "say"),
                ("taxes", 5, "nsubj", "NOUN", "O"), ("rise", 3, "ccomp", "VERB", "O"),
                (".", 3, "punct", "PUNCT", "O")]
    ctx = build(INTRO_WITH_PERSON, question, "A: They do.")
    found = _speakers(ctx)
    assert ("direct:transcript-answer", "Ruth Adeyemi", "They do.") in found
    said = [row for row in found if row[2] == "taxes rise"]
    assert said and said[0][1] == "Ruth Adeyemi"


def test_title_case_labels_resolve_to_the_full_names() -> None:
    people = {"Chris": "PERSON", "Matthews": "PERSON", "Luciana": "PERSON", "Lopez": "PERSON"}
    ctx = build("Chris Matthews: Will it pass?", "Luciana Lopez: Probably not.",
                "Matthews: And next week?", "Lopez: Maybe.", people=people)
    assert [name for _rule, name, _c in _speakers(ctx)] == [
        "Chris Matthews", "Luciana Lopez", "Chris Matthews", "Luciana Lopez"]


def test_stage_directions_continue_no_turn() -> None:
    ctx = build(INTRO_WITH_PERSON, "Q: Why now?", "A: Because.", "(CROSSTALK.)", "Q: When?",
                "A: Soon.")
    assert not [d for d in _statements(ctx) if d.evidence.rule == "direct:transcript-continued"]


def test_a_question_run_into_its_label_ends_the_answer_before_it() -> None:
    ctx = build(INTRO_WITH_PERSON, "QWhy now?", "A: Because.", "QWhat next?", "A: Rest.")
    found = [row for row in _speakers(ctx) if row[0].startswith("direct:transcript")]
    assert found == [("direct:transcript-answer", "Ruth Adeyemi", "Because."),
                     ("direct:transcript-answer", "Ruth Adeyemi", "Rest.")]


def test_an_answer_that_is_a_quotation_with_its_own_cue_is_no_transcript_turn() -> None:
    # 'A: "It is time," Adeyemi said.': the quotation rules give its speaker, not the label
    ctx = build(INTRO_WITH_PERSON, "Q: Why now?", "A: \"It is time,\" Adeyemi said.",
                "Q: And the unions?", "A: They agree.", people={"Adeyemi": "PERSON"})
    answers = [ctx.text[d.start:d.end] for d in _statements(ctx)
               if d.evidence.rule == "direct:transcript-answer"]
    assert answers == ["They agree."]
