"""Run a measuring script with the experimental pronoun ranker (``pronoun_ranker.py``) in front
of the rules for "he" / "she": the ranker's best candidate where there is one, else the rules.

Usage::

    python benchmarks/with_pronoun_ranker.py benchmarks/polnear_eval.py --docs /work/cache
    python benchmarks/with_pronoun_ranker.py tests/fixtures/named_sample.py score -v

This is how the ranker was compared with the rules (docs/speakers.rst); quotekit itself does
not use it.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

__all__ = ["main"]


def main(argv: list[str]) -> None:
    """Patch the rules' pronoun choice with the ranker's, then run ``argv[0]`` with the rest
    of ``argv`` as its command line."""
    import pronoun_ranker

    import quotekit.pipeline.speakers._pronouns as rules
    from quotekit.pipeline.speakers._model import Answer, Mention, State, answer
    from quotekit.pipeline.speakers._table import Resolver

    original = rules.rule_person

    def ranked(r: Resolver, m: Mention, s: State, gender: str) -> Answer:
        if rules.pronoun_gender(m.low) is None:
            return original(r, m, s, gender)
        e = pronoun_ranker.choose(r, m, s, gender)
        return answer(e, "pronoun:subject") if e is not None else original(r, m, s, gender)

    rules.rule_person = ranked  # type: ignore[assignment]
    script = Path(argv[0]).resolve()
    sys.path.insert(0, str(script.parent))
    sys.argv = argv
    runpy.run_path(str(script), run_name="__main__")


if __name__ == "__main__":
    main(sys.argv[1:])
