"""Tests for quotekit.pipeline.quotes: finding quotations in raw text by their quote marks."""

from __future__ import annotations

import itertools
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotekit.pipeline.quotes import QUOTE_MARKS, Quotation, find_quotations, paragraphs


def contents(text: str) -> list[str]:
    """The quoted words of every quotation found in ``text``."""
    return [q.text_of(text) for q in find_quotations(text)]


def _visible(text: str) -> str:
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf").strip()


def check_invariants(text: str, quotes: list[Quotation]) -> None:
    """Offsets are in bounds, consistent, sorted and non-overlapping."""
    paras = paragraphs(text)
    prev_end = 0
    for q in quotes:
        assert 0 <= q.start < q.content_start <= q.content_end <= q.end <= len(text)
        assert q.start >= prev_end
        prev_end = q.end
        assert text.startswith(q.open_mark, q.start)
        # only the spaces of a spaced quotation (« ... ») lie between marks and words, and
        # invisible format characters (a bidi embedding), which the scanner reads as spaces
        assert not _visible(text[q.start + len(q.open_mark) : q.content_start])
        if q.close_mark is None:
            assert q.content_end == q.end
        else:
            assert text.startswith(q.close_mark, q.end - len(q.close_mark))
            assert not _visible(text[q.content_end : q.end - len(q.close_mark)])
        ps, pe = paras[q.paragraph]
        assert ps <= q.start and q.end <= pe
        if q.continued:
            assert q.close_mark is None and q.end == pe
    for q, nxt in itertools.pairwise(quotes):
        assert q.continued == nxt.continues
        if q.continued:
            assert nxt.paragraph > q.paragraph


# -- paragraphs -------------------------------------------------------------------------


def test_paragraphs_split_on_any_line_break_and_trim() -> None:
    text = "  One.  \n\n\nTwo.\r\nThree.\rFour.\u2028Five.\u2029 \t \nSix."
    assert [text[s:e] for s, e in paragraphs(text)] == [
        "One.",
        "Two.",
        "Three.",
        "Four.",
        "Five.",
        "Six.",
    ]


@pytest.mark.parametrize("text", ["", "\n", " \n\t\r\n  ", "\u2029"])
def test_paragraphs_of_blank_text(text: str) -> None:
    assert paragraphs(text) == []
    assert find_quotations(text) == []


# -- styles -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "open_mark", "close_mark"),
    [
        ("He said “we will win” today.", "“", "”"),
        ('He said "we will win" today.', '"', '"'),
        ("He said ‘we will win’ today.", "‘", "’"),
        ("He said 'we will win' today.", "'", "'"),
        ("Il a dit «we will win» hier.", "«", "»"),
        ("Il a dit « we will win » hier.", "«", "»"),
        ("Il a dit «\u00a0we will win\u00a0» hier.", "«", "»"),
        ("Il a dit «\u202fwe will win\u202f», hier.", "«", "»"),
        ("Il dit ‹ we will win › hier.", "‹", "›"),
        ("He said ``we will win'' today.", "``", "''"),
        ("He said `` we will win '' today.", "``", "''"),
        ("Er sagte »we will win« heute.", "»", "«"),
        ("Hän sanoi »we will win» eilen.", "»", "»"),
        ("Er sagte „we will win“ heute.", "„", "“"),
        ("Powiedział „we will win” dziś.", "„", "”"),
        ("Er sagte ‚we will win‘ heute.", "‚", "‘"),
        ("Han sa ”we will win” i dag.", "”", "”"),
        ("Il dit ‹we will win› hier.", "‹", "›"),
        ("He said ″we will win″ today.", "″", "″"),
        ("He said ＂we will win＂ today.", "＂", "＂"),
        ("He said ''we will win'' today.", "''", "''"),
    ],
)
def test_styles(text: str, open_mark: str, close_mark: str) -> None:
    (q,) = find_quotations(text)
    assert q.text_of(text) == "we will win"  # spaces inside spaced marks left out
    assert (q.open_mark, q.close_mark) == (open_mark, close_mark)
    whole = text[q.start : q.end]
    assert whole.startswith(open_mark) and whole.endswith(close_mark)
    assert whole[len(open_mark) : len(whole) - len(close_mark)].strip() == "we will win"
    check_invariants(text, [q])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French spacing: the closer after a space closes even before a comma
        ("« Non », a-t-il dit. « Jamais. »", ["Non", "Jamais."]),
        ("‹ Non ›, a-t-il dit.", ["Non"]),
        # a spaced closer with nothing open is no mark: breadcrumbs, "next" links
        ("Home » News » World", []),
        ("Page 2 › Next ›", []),
        # a spaced opener never closed is dropped (navigation: « Previous)
        ("« Previous article", []),
        # a line led by » (a Markdown or mail quote) is not a quotation
        ("» Jane Doe said it was fine.", []),
        # reversed guillemets (German, Danish) keep working, unspaced
        ("Er sagte »Nein« und ging.", ["Nein"]),
        # LaTeX quotes, and backquotes that are not LaTeX quotes
        ("``Never,'' he said, ``not once.''", ["Never,", "not once."]),
        ("Run `ls` or ```code``` here.", []),
        ("``One `two' three,'' she said.", ["One `two' three,"]),
    ],
)
def test_spaced_and_latex_quotes(text: str, expected: list[str]) -> None:
    quotes = find_quotations(text)
    check_invariants(text, quotes)
    assert [q.text_of(text) for q in quotes] == expected


def test_spaced_quotation_continues_into_next_paragraph() -> None:
    text = "Il a dit : « Nous gagnerons.\n\n« Et nous tiendrons », a-t-il ajouté."
    quotes = find_quotations(text)
    check_invariants(text, quotes)
    assert [q.text_of(text) for q in quotes] == ["Nous gagnerons.", "Et nous tiendrons"]
    assert [(q.continues, q.continued) for q in quotes] == [(False, True), (True, False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他说「我们会赢」。", ["我们会赢"]),
        ("彼は『勝つ』と言った。", ["勝つ"]),
        ("他说「她说『不』」。", ["她说『不』"]),
        ("〝勝つ〟と", ["勝つ"]),
    ],
)
def test_cjk_brackets_need_no_spaces(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_several_quotations_in_order() -> None:
    text = "“First,” she said, adding «second» and 「third」."
    assert contents(text) == ["First,", "second", "third"]


# -- apostrophes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "South Korea’s plans",
        "I don't know and I don’t care.",
        "rock ’n’ roll and rock 'n' roll",
        "back in the ’90s and the '90s",
        "Jones’ car is red.",
        "Jones' car is red.",
        "the Joneses’ house, the Joneses' house",
        "Get ’em and get 'em.",
        "at five o’clock, at five o'clock",
        "y'all come back, y’all",
        "’Cause I said so, 'til Tuesday, 'tis true",
        "He is 6'2\" tall.",
        "It's the players' and the coaches' fault, isn't it?",
        "South Korea’s, don't, rock ’n’ roll, the ’90s, '90s, Jones’ car, Jones' car, ’em, "
        "o’clock, y'all",
    ],
)
def test_apostrophes_are_not_quotations(text: str) -> None:
    assert find_quotations(text) == []


def test_quotation_containing_apostrophes() -> None:
    text = "“South Korea’s plans,” he said."
    (q,) = find_quotations(text)
    assert q.text_of(text) == "South Korea’s plans,"
    assert (q.start, q.end) == (0, 22)


def test_single_quotation_containing_apostrophes() -> None:
    text = "She said ‘rock ’n’ roll isn’t dead’ and left."
    assert contents(text) == ["rock ’n’ roll isn’t dead"]
    text = "She said 'it's the '90s again' and left."
    assert contents(text) == ["it's the '90s again"]


# -- straight quotes --------------------------------------------------------------------


def test_straight_quotes_decided_by_context() -> None:
    text = 'He said "we will win" and "we will not stop".'
    assert contents(text) == ["we will win", "we will not stop"]


def test_missing_straight_close_does_not_invert_later_quotes() -> None:
    # The first quotation lost its closing mark: the second is still found correctly.
    text = 'He said "we will win and "we will not stop". Then "more" came.'
    assert contents(text) == ["we will not stop", "more"]


def test_missing_straight_open_is_ignored() -> None:
    text = 'we will win," he said, and "we will not stop".'
    assert contents(text) == ["we will not stop"]


# -- nesting ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“He said ‘no’ to me,” she said", ["He said ‘no’ to me,"]),
        ('“He said "no" to me,” she said', ['He said "no" to me,']),
        ("\"He said 'no' to me,\" she said", ["He said 'no' to me,"]),
        ("“He said ‘no,’” she said", ["He said ‘no,’"]),
        ("''He said 'no.''' she said", ["He said 'no.'"]),
        ("„Er sagte ‚nein‘ zu mir“, sagte sie", ["Er sagte ‚nein‘ zu mir"]),
        ("« Il a dit “non” » dit-elle", ["Il a dit “non”"]),
    ],
)
def test_nested_quotes_stay_inside(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_unclosed_nested_quote_does_not_break_outer() -> None:
    text = "“He said ‘no to me,” she said. “Yes,” he said."
    assert contents(text) == ["He said ‘no to me,", "Yes,"]


# -- multi-paragraph quotations ---------------------------------------------------------


def test_multi_paragraph_quotation() -> None:
    text = (
        "He said: “We will win.\n\n"
        "“And we will fight.\n\n"
        "“Never,” he said. Then “done” was said.\n"
        "A “normal” paragraph."
    )
    quotes = find_quotations(text)
    check_invariants(text, quotes)
    assert [q.text_of(text) for q in quotes] == [
        "We will win.",
        "And we will fight.",
        "Never,",
        "done",
        "normal",
    ]
    assert [(q.continues, q.continued) for q in quotes] == [
        (False, True),
        (True, True),
        (True, False),
        (False, False),
        (False, False),
    ]
    assert [q.paragraph for q in quotes] == [0, 1, 2, 2, 3]
    assert [q.close_mark for q in quotes] == [None, None, "”", "”", "”"]
    assert quotes[0].end == text.index("\n")


def test_multi_paragraph_straight_quotation() -> None:
    text = '"First part.\n"Second part," she said.'
    quotes = find_quotations(text)
    assert [q.text_of(text) for q in quotes] == ["First part.", "Second part,"]
    assert [(q.continues, q.continued) for q in quotes] == [(False, True), (True, False)]


# -- unbalanced marks -------------------------------------------------------------------


def test_unclosed_quote_runs_to_paragraph_end() -> None:
    text = "He said “we will win   \n\nThen “normal” text and “another”."
    quotes = find_quotations(text)
    check_invariants(text, quotes)
    assert [q.text_of(text) for q in quotes] == ["we will win", "normal", "another"]
    first = quotes[0]
    assert first.close_mark is None
    assert first.end == first.content_end == text.index("   \n")
    assert not first.continued and not first.continues


def test_unclosed_straight_quote_then_normal_paragraph() -> None:
    text = 'He said "we will win\nShe said "yes" and "no".'
    assert contents(text) == ["we will win", "yes", "no"]


def test_unclosed_apostrophe_like_single_is_dropped() -> None:
    # A straight ' that never closes is too weak to report; quotes inside still count.
    text = "He's been 'round and 'we said \"hello\" to him\nNext 'one' here."
    assert contents(text) == ["hello", "one"]


def test_stray_closing_marks_are_ignored() -> None:
    text = "Stray” and stray» and stray」 then “real” here."
    assert contents(text) == ["real"]


def test_typo_opening_mark_used_as_closer() -> None:
    assert contents("“Hello,“ he said.") == ["Hello,"]
    assert contents('"Hello,“ he said.') == ["Hello,"]


def test_later_paragraphs_scan_normally_after_garbage() -> None:
    text = "“ ‘ \" ' « „ ‚ 「 『\n\n“fine” and 'fine too'."
    quotes = find_quotations(text)
    assert [q.text_of(text) for q in quotes] == ["fine", "fine too"]
    assert {q.paragraph for q in quotes} == {1}


@pytest.mark.parametrize(
    "text", ['He said "" and “” and “ ” and “...” and ‘—’ and 「」.', '""""', "“”“”"]
)
def test_empty_and_punctuation_only_quotations_are_skipped(text: str) -> None:
    assert find_quotations(text) == []


def test_markup_attribute_values_are_not_quotations() -> None:
    text = '<tweet author="@someone" id="123">“Real quote,” she wrote</tweet>'
    assert contents(text) == ["Real quote,"]


def test_invisible_format_characters_count_as_space() -> None:
    text = "\u202a”Real quote,” she wrote"
    assert contents(text) == ["Real quote,"]


def test_quotations_never_cross_paragraphs() -> None:
    text = "He said “we will\nwin” today."
    quotes = find_quotations(text)
    check_invariants(text, quotes)
    assert [q.text_of(text) for q in quotes] == ["we will"]


def test_quotation_is_frozen() -> None:
    (q,) = find_quotations("“Hi there.”")
    with pytest.raises(AttributeError):
        q.start = 3  # type: ignore[misc]
    assert q.closed


# -- scale (correctness only; timing belongs in benchmarks) -----------------------------


def test_many_marks_in_a_row() -> None:
    for mark in ['"', "“", "'", "’", "«", "「", "`", "« ", " »"]:
        text = mark * 3000
        check_invariants(text, find_quotations(text))
    text = "“a” " * 3000
    assert contents(text) == ["a"] * 3000


def test_long_unclosed_quotation() -> None:
    text = "He said “" + "blah " * 4000 + "\n\n“Next,” she said."
    quotes = find_quotations(text)
    check_invariants(text, quotes)
    assert [q.close_mark for q in quotes] == [None, "”"]
    assert quotes[0].end == len("He said “" + "blah " * 4000) - 1


def test_many_paragraphs() -> None:
    text = "\n".join(f"Line {i} says “quote {i}” ok" for i in range(5000))
    quotes = find_quotations(text)
    assert len(quotes) == 5000
    assert [q.paragraph for q in quotes] == list(range(5000))
    assert quotes[-1].text_of(text) == "quote 4999"


def test_large_text() -> None:
    chunk = "Officials said “this is fine,” and 'that' too.\n\nIt’s the ’90s; rock ’n’ roll.\n"
    text = chunk * 2000
    quotes = find_quotations(text)
    check_invariants(text, quotes)
    assert len(quotes) == 4000


def test_many_nested_openers_then_closers() -> None:
    text = "„「«『‹‚“" * 500 + "x" + "」" * 500
    check_invariants(text, find_quotations(text))


# -- property test ----------------------------------------------------------------------

ALPHABET = sorted(QUOTE_MARKS) + list("aZé9 .,;—-()!?=\t\n\r\u2028\u2029\u202a")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(ALPHABET), max_size=200))
def test_property_offsets_are_sane(text: str) -> None:
    quotes = find_quotations(text)
    check_invariants(text, quotes)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_property_any_unicode(text: str) -> None:
    check_invariants(text, find_quotations(text))


# -- the quote-mark table ----------------------------------------------------------------


def test_every_stage_derives_its_marks_from_one_table() -> None:
    from quotekit.pipeline.quotes import (
        CLOSE_MARKS,
        HEADLINE_MARKS,
        MARK_TABLE,
        OPEN_MARKS,
        STATEMENT_MARKS,
    )
    from quotekit.pipeline.statements._common import QUOTE_CHARS

    marks = [m.mark for m in MARK_TABLE]
    assert len(marks) == len(set(marks))
    assert set(OPEN_MARKS) | CLOSE_MARKS <= set(marks)
    assert QUOTE_MARKS <= set(STATEMENT_MARKS) and set(HEADLINE_MARKS) <= set(STATEMENT_MARKS)
    assert QUOTE_CHARS == STATEMENT_MARKS
    # a mark outside every family is trimmed by the statement rules but never scanned
    assert {m.mark for m in MARK_TABLE if not m.family}.isdisjoint(QUOTE_MARKS)
