"""spaCy's parses kept on disk for the benchmarks, so that a rule change is measured by running
quotekit's own stages only (``polnear_eval.py --docs``, ``snapshot.py --docs``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin

__all__ = ["cached_docs"]


def cached_docs(nlp: Language, texts: Sequence[str], path: Path,
                batch_size: int = 16) -> list[Doc]:
    """The Docs of ``texts``: parsed by ``nlp`` and stored in the ``DocBin`` file ``path`` on
    first use, read back from it afterwards (the caller checks they are still its texts)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        store = DocBin(store_user_data=False)
        for doc in nlp.pipe(texts, batch_size=batch_size):
            store.add(doc)
        store.to_disk(path)
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))
