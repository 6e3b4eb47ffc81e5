"""Hand-built parses for the speaker strategy tests (no trained model): one row per token,
``"word POS dep head [B-LABEL|I-LABEL] [tag=..] [lemma=..] [nospace]"`` with the head as an
absolute token index; the parse trees give the sentences."""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.tokens import Doc

from quotekit.pipeline.context import Context
from quotekit.pipeline.drafts import Draft, Resolution
from quotekit.pipeline.speakers import resolve_speakers
from quotekit.types import Evidence, Speaker

VOCAB = spacy.blank("en").vocab
_TAGS = {"PROPN": "NNP", "NOUN": "NN", "VERB": "VBD", "PRON": "PRP", "DET": "DT",
         "PUNCT": ".", "ADP": "IN", "CCONJ": "CC", "ADJ": "JJ", "PART": "POS", "AUX": "VBD",
         "NUM": "CD", "ADV": "RB"}


def make_doc(*rows: str) -> Doc:
    """A Doc from token rows (see the module docstring)."""
    words, spaces, pos, deps, heads, ents, tags, lemmas = [], [], [], [], [], [], [], []
    for row in rows:
        word, p, dep, head, *rest = row.split()
        opts = dict(o.split("=", 1) for o in rest if "=" in o)
        words.append(word)
        pos.append(p)
        deps.append(dep)
        heads.append(int(head))
        ents.append(next((o for o in rest if o[:2] in ("B-", "I-")), "O"))
        tags.append(opts.get("tag", _TAGS.get(p, "XX")))
        lemmas.append(opts.get("lemma", word.lower()))
        spaces.append("nospace" not in rest)
    return Doc(VOCAB, words=words, spaces=spaces, pos=pos, deps=deps, heads=heads, ents=ents,
               tags=tags, lemmas=lemmas)


def draft(doc: Doc, source: int | None, mention: tuple[int, int] | None = None, *,
          content: tuple[int, int] = (0, 1), follows: Draft | None = None) -> Draft:
    """A direct-statement draft whose content is tokens ``content`` (start, end exclusive),
    with source token ``source`` and mention ``mention`` (the source alone by default)."""
    start, end = doc[content[0]].idx, doc[content[1] - 1].idx + len(doc[content[1] - 1])
    if source is not None and mention is None:
        mention = (source, source + 1)
    return Draft(start=start, end=end, kind="direct", evidence=Evidence(rule="direct:test"),
                 confidence=0.9, source=doc[source] if source is not None else None,
                 mention=mention,
                 follows=follows)


def resolve(doc: Doc, *drafts: Draft) -> tuple[list[Resolution], list[Speaker]]:
    """The speaker stage on ``doc`` and ``drafts``."""
    return resolve_speakers(Context(doc), list(drafts))


def only(doc: Doc, source: int, mention: tuple[int, int] | None = None) -> Resolution:
    """The resolution of one draft with source ``source``."""
    resolutions, _speakers = resolve(doc, draft(doc, source, mention))
    return resolutions[0]


def names(speakers: Sequence[Speaker]) -> list[str]:
    """The speakers' names."""
    return [s.name for s in speakers]
