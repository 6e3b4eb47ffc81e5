"""One statement per stretch of text (statements/nesting.py): drafts built directly."""

from __future__ import annotations

from quotekit.pipeline.drafts import Draft
from quotekit.pipeline.statements.nesting import drop_nested
from quotekit.types import Evidence

TEXT = "Reed said “we will win the race” and left, his aide said."


def draft(start: int, end: int, kind: str, cue: int | None, follows: Draft | None = None
          ) -> Draft:
    return Draft(start=start, end=end, kind=kind, evidence=Evidence(rule=f"{kind}:test"),
                 confidence=0.5, cue=(cue, cue + 1, "x") if cue is not None else None,
                 follows=follows)


def test_nested_statement_goes() -> None:
    outer, inner = draft(0, 41, "indirect", 43), draft(11, 31, "indirect", 5)
    assert drop_nested(TEXT, [inner, outer]) == [outer]


def test_direct_replaces_the_indirect_of_the_same_cue() -> None:
    outer, inner = draft(5, 41, "indirect", 5), draft(11, 31, "direct", 5)
    assert drop_nested(TEXT, [outer, inner]) == [inner]


def test_overlapping_indirect_is_cut_before_the_quotation() -> None:
    indirect, direct = draft(0, 20, "indirect", 5), draft(11, 31, "direct", 0)
    kept = drop_nested(TEXT, [direct, indirect])
    assert kept == [indirect, direct]
    assert TEXT[indirect.start:indirect.end] == "Reed said"  # quote mark and space trimmed


def test_separate_statements_stay_and_follows_skips_dropped_ones() -> None:
    first = draft(0, 9, "direct", None)
    dropped = draft(2, 5, "direct", None, follows=first)
    last = draft(43, 56, "direct", None, follows=dropped)
    kept = drop_nested(TEXT, [last, dropped, first])
    assert kept == [first, last]
    assert last.follows is first
