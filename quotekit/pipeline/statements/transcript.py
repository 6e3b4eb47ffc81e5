"""Interview transcripts and dialogues: whole paragraphs said by the speaker their label names.

* ``direct:transcript-answer``: in a Q/A transcript ("Q: ..." / "A: ...", "Q." / "A.",
  "QUESTION:" / "ANSWER:"), an answer is said by the person the article introduces as
  interviewed (:mod:`.interview`); where it introduces nobody, the answer has no speaker
  (never "A");
* ``direct:transcript-question``: a question is said by the interviewer, and is a statement
  only where the article names the interviewer (an outlet or a reporter); otherwise it is no
  statement (and never the interviewee's);
* ``direct:transcript-label``: in a dialogue ("SMITH: ...", "JANE SMITH: ...", and
  "Smith: ..." where several people take turns), the paragraph is said by the person its
  label names (the speaker stage finds the full name the article gives);
* ``direct:transcript-continued``: the paragraphs after an answer or a labelled turn, up to
  the next label, continue it.

A turn's statement is its whole paragraph: the attributions nested in it ("I think ...")
give way to it. A label word ("Q", "A") and "I" or "you" are never speaker names: "you" in
a question stands for the interviewee, "I" for the interviewer (where named).
"""

from __future__ import annotations

from collections import Counter

import attrs
import regex
from spacy.tokens import Token

from quotekit import lexicon
from quotekit.pipeline import confidence
from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements._common import RuleState, trim
from quotekit.pipeline.statements.interview import Introduction, introduction
from quotekit.pipeline.statements.labels import LABEL_RE, NOT_LABELS, qa_label
from quotekit.types import Evidence

__all__ = ["Turn", "transcript", "turns"]

#: A title-case speaker label opening a paragraph of a dialogue: ``Matthews:``,
#: ``Luciana Lopez:``.
NAME_LABEL_RE = regex.compile(
    r"^[\"“'‘]?(\p{Lu}[\p{Ll}'’\-]+(?:\ \p{Lu}[\p{L}'’\-]+){0,2}):[ \t]+(?=\S)")
#: A question label run into its question when the markup was stripped ("QWhy now?"), read
#: only beside answer labels with colons.
GLUED_Q_RE = regex.compile(r"^Q(?=\p{Lu}\p{Ll})")
#: The most paragraphs a turn continues over before the next label: more is the article's
#: own text again.
MAX_CONTINUED = 4
_LETTER_RE = regex.compile(r"\p{L}")
#: A stage direction between turns: "(CROSSTALK.)", "[BEGIN VIDEO CLIP]".
_STAGE_RE = regex.compile(r"\([^()]*\)\.?|\[[^\[\]]*\]\.?")


@attrs.frozen(slots=True)
class Turn:
    """A labelled paragraph of a transcript.

    Attributes:
        paragraph: The paragraph's index.
        role: ``"question"``, ``"answer"`` or ``"name"`` (a speaker label).
        label: Character offsets of the label.
        mark: Character offsets of the colon (or full stop) after it.
        content: Where the words after the label start.
        form: How the label is written: ``":"`` or ``"."`` for a Q/A label, ``"glued"`` for
            a "Q" run into its question, ``"upper"`` or ``"title"`` for a name.
    """

    paragraph: int
    role: str
    label: tuple[int, int]
    mark: tuple[int, int]
    content: int
    form: str

    def name(self, text: str) -> str:
        """The label as written, apostrophes straightened."""
        return text[self.label[0]:self.label[1]].replace("’", "'")


def _turn(text: str, pi: int, pa: int, pb: int) -> Turn | None:
    para = text[pa:pb]
    qa = qa_label(para)
    if qa is not None:
        form = para[qa.mark]
        return Turn(pi, qa.role, (pa + qa.start, pa + qa.end), (pa + qa.mark, pa + qa.mark + 1),
                    pa + qa.content, form)
    if GLUED_Q_RE.match(para):  # "QWhy should ...": a bold "Q" whose colon was lost
        return Turn(pi, "question", (pa, pa + 1), (pa, pa + 1), pa + 1, "glued")
    for rx, form in ((LABEL_RE, "upper"), (NAME_LABEL_RE, "title")):
        m = rx.match(para)
        if m and m.group(1).replace("’", "'").upper() not in NOT_LABELS:
            return Turn(pi, "name", (pa + m.start(1), pa + m.end(1)),
                        (pa + m.end(1), pa + m.end(1) + 1), pa + m.end(), form)
    return None


def turns(state: RuleState) -> list[Turn]:
    """The labelled paragraphs of the document that make it a transcript or dialogue."""
    ctx = state.ctx
    # (a colon dateline is no label: "NEW DELHI: The ...")
    found = [t for pi, (pa, pb) in enumerate(ctx.paragraphs)
             if (not state.skip[pi] or state.verbless[pi]) and pi != state.dateline
             and (t := _turn(ctx.text, pi, pa, pb)) is not None]
    keep = _qa_turns([t for t in found if t.role != "name"])
    keep += _name_turns(state, [t for t in found if t.form == "upper"], dialogue_only=False)
    keep += _name_turns(state, [t for t in found if t.form == "title"], dialogue_only=True)
    return sorted(keep, key=lambda t: t.paragraph)


def _qa_turns(found: list[Turn]) -> list[Turn]:
    """The Q/A labels of a transcript: of each form, both roles, or (with colons) two
    answers ("A. Smith" alone is a name, not an answer); glued questions ("QWhy ...") beside
    answers with colons."""
    keep: list[Turn] = []
    for form in (":", "."):
        of = [t for t in found if t.form == form]
        roles = Counter(t.role for t in of)
        if (roles["question"] and roles["answer"]) or (form == ":" and roles["answer"] >= 2):
            keep += of
    if any(t.form == ":" and t.role == "answer" for t in keep):
        keep += [t for t in found if t.form == "glued"]
    return keep


def _person_parts(state: RuleState, exclude: list[Turn]) -> set[str]:
    """The lower-case words of every person the recognizer names (outside the labels of
    ``exclude``: the recognizer misreads upper-case words)."""
    ctx = state.ctx
    labels = {t.paragraph: t.label for t in exclude}
    out: set[str] = set()
    for e in ctx.doc.ents:
        a, b = labels.get(ctx.paragraph_of(e.start_char), (0, 0))
        if e.label_ == "PERSON" and not a <= e.start_char < b:
            out.update(w.lower() for w in e.text.split())
    return out


def _name_turns(state: RuleState, found: list[Turn], *, dialogue_only: bool) -> list[Turn]:
    """The speaker labels of a dialogue. Upper case: with several labels, one of them naming
    a person of the article or coming back; a label alone where it names a person of the
    article. Title case ("Matthews:"), only in a dialogue: every label a person, one of them
    back for a second turn ("Jeb Bush: Student loans" heads a list). The words after a label
    must hold a letter ("Clinton: 547" is a tally)."""
    ctx = state.ctx
    text = ctx.text
    found = [t for t in found
             if _LETTER_RE.search(text, t.content, ctx.para_bounds(t.paragraph)[1])]
    if not found:
        return []
    people = _person_parts(state, [] if dialogue_only else found)
    names = Counter(t.name(text).lower() for t in found)

    def known(t: Turn) -> bool:  # the label's last word names a person of the article
        return t.name(text).lower().split()[-1] in people

    if dialogue_only:  # every label a person, one of them back for a second turn
        last = Counter(t.name(text).lower().split()[-1] for t in found)
        ok = len(names) >= 2 and max(last.values()) >= 2 and all(known(t) for t in found)
        return found if ok else []
    if len(names) >= 2 and any(known(t) or names[t.name(text).lower()] >= 2 for t in found):
        return found
    return [t for t in found if known(t)]


def _mention(state: RuleState, t: Turn) -> tuple[int, int]:
    ctx = state.ctx
    return ctx.token_at(t.label[0]), ctx.token_at(t.label[1] - 1) + 1


def _reported(state: RuleState, t: Turn, pb: int) -> bool:
    """Whether turn ``t`` is a quotation the paragraph itself attributes ("A: \"It's up
    there,\" Pettigrew said."): the words after the label open with a quotation and words
    follow the last one (its cue), so the quotation rules, not the label, give its speaker."""
    ctx = state.ctx
    found = ctx.quotes_in(t.content, pb)
    if not found or ctx.text[t.content:ctx.quotations[found[0]].start].strip():
        return False
    return _LETTER_RE.search(ctx.text, ctx.quotations[found[-1]].end, pb) is not None


def _draft(state: RuleState, t: Turn, rule: str, source: Token | None) -> Draft | None:
    ctx = state.ctx
    pb = ctx.para_bounds(t.paragraph)[1]
    if _reported(state, t, pb):
        return None
    start, end = trim(ctx.text, t.content, pb, quotes=True)
    if end - start < 2:
        return None
    state.used.update(ctx.quotes_in(start, end))
    return Draft(start=start, end=end, kind="direct", evidence=Evidence(rule=rule),
                 confidence=confidence.rule(rule),
                 cue=(t.mark[0], t.mark[1], ctx.text[t.mark[0]:t.mark[1]]),
                 source=source, mention=_mention(state, t), paragraph=t.paragraph)


def _continued(state: RuleState, first: Draft, after: int, until: int) -> list[Draft]:
    """The paragraphs between a turn (paragraph ``after``) and the next label (``until``)."""
    if until - after - 1 > MAX_CONTINUED:
        return []
    ctx = state.ctx
    rule = "direct:transcript-continued"
    out: list[Draft] = []
    prior = first
    for pi in range(after + 1, until):
        if state.skip[pi]:
            break
        start, end = trim(ctx.text, *ctx.paragraphs[pi], quotes=True)
        if end - start < 2 or not _LETTER_RE.search(ctx.text, start, end) or \
                _STAGE_RE.fullmatch(ctx.text, start, end):
            continue  # "….", "(CROSSTALK)": no words said
        state.used.update(ctx.quotes_in(start, end))
        prior = Draft(start=start, end=end, kind="direct", evidence=Evidence(rule=rule),
                      confidence=confidence.rule(rule), follows=prior, paragraph=pi)
        out.append(prior)
    return out


def _speaker_token(state: RuleState, t: Turn, intro: Introduction) -> tuple[str, Token | None]:
    """The rule and the source token of turn ``t``."""
    if t.role == "answer":
        return "direct:transcript-answer", intro.interviewee
    if t.role == "question":
        return "direct:transcript-question", intro.interviewer
    return "direct:transcript-label", state.ctx.doc[_mention(state, t)[1] - 1]


def _earlier(state: RuleState, found: list[Turn], intro: Introduction) -> None:
    """What earlier rules found in the turns: no content starts in a label ("Q: So do you
    wish ..." is content from "So"); in a question that is no statement, "you" is the
    interviewee and "I" the interviewer (the mention stays the pronoun)."""
    ctx = state.ctx
    labels = {t.paragraph: (ctx.para_bounds(t.paragraph)[0], t.content) for t in found}
    for d in state.drafts:
        a, b = labels.get(ctx.paragraph_of(d.start), (0, 0))
        if a <= d.start < b < d.end:
            d.start = b
    questions = {t.paragraph for t in found if t.role == "question"}
    pronouns = lexicon.word_map("pronouns.tsv")
    for d in state.drafts:
        src = d.source
        if src is None or pronouns.get(src.lower_) != "self" or \
                ctx.paragraph_of_token(src.i) not in questions:
            continue
        d.source = intro.interviewee if src.lower_ == "you" else intro.interviewer


def transcript(state: RuleState) -> list[Draft]:
    """The statements of the document's transcript turns (see the module docstring)."""
    found = turns(state)
    if not found:
        return []
    ctx = state.ctx
    qa = [t for t in found if t.role != "name"]
    intro = introduction(ctx, ctx.para_bounds(qa[0].paragraph)[0]) if qa \
        else Introduction(None, None)
    _earlier(state, found, intro)
    out: list[Draft] = []
    bounds = [t.paragraph for t in found[1:]] + [len(ctx.paragraphs)]
    for t, until in zip(found, bounds, strict=True):
        rule, source = _speaker_token(state, t, intro)
        if t.role == "question" and source is None:
            continue  # the interviewer is not named: the question is no statement
        d = _draft(state, t, rule, source)
        if d is None:
            continue
        out.append(d)
        if until < len(ctx.paragraphs):  # only between two labels
            out += _continued(state, d, t.paragraph, until)
    return out
