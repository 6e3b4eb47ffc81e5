"""The speech view of broad gold: which gold attributions a speech-scope prediction must find.

PolNeAR (and PARC) annotate every attribution: speech, but also beliefs, plans, perceptions and
evidence. Scored with ``scope="speech"``, a gold attribution stays *required* when its gold cue
is of a speech or writing class, classified with the same lexicon the parser uses
(:func:`quotekit.lexicon.cue_class`, on the lemmas a spaCy pipeline gives the cue's words), or
when its content is quoted (quoted words count in every scope). A cue of speech or writing
whose gold source is headed by an evidence noun (:func:`quotekit.lexicon.evidence_nouns`: "the
data suggest", "a look at the planes suggests") is of class perception, as the parser reads
it. The others become *optional*: an unquoted content whose cue is of class cognition,
intention, perception or other ("believes", "plans to", "polls show"), or unknown to the
lexicon, or absent. A prediction matched to an optional unit is neither a hit nor a false
positive, and missing one is no error.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from quotekit import lexicon
from quotekit.evaluate.gold import GoldAttribution, GoldDocument

__all__ = ["doc_cue_class", "optional_attributions"]


def doc_cue_class(cue: Doc) -> str | None:
    """The class of attribution (:data:`quotekit.lexicon.CUE_CLASSES`) of a parsed cue span.

    The whole phrase first ("according to", "in a statement"), then a reporting verb by its
    lemma, with its particle ("called for"), then any word the lexicon knows; None when no
    word is known. A verb the lexicon says never reports with "to" + verb ("continue",
    "begin", "seem") is passed over when "to" follows it.
    """
    words = [t for t in cue if not t.is_space]
    if not words:
        return None
    whole = lexicon.cue_class(" ".join(t.lower_ for t in words))
    if whole is not None and len(words) > 1:
        return whole
    verbs = lexicon.reporting_verbs()
    # an aspect or raising verb before "to" reports nothing itself (the lexicon's "never"
    # column): "continues to insist" is classed by "insist", "began to realize" by "realize"
    aspect = {i for i, t in enumerate(words[:-1]) if words[i + 1].lower_ == "to" and
              "xcomp" in getattr(verbs.get(t.lemma_.lower()), "never", ())}
    for i, t in enumerate(words):
        lemma = t.lemma_.lower()
        if t.pos_ in ("VERB", "AUX") and lemma in verbs and i not in aspect:
            nxt = words[i + 1].lower_ if i + 1 < len(words) else ""
            return lexicon.cue_class(f"{lemma} {nxt}") if nxt else verbs[lemma].cls
    for i, t in enumerate(words):
        if i in aspect:
            continue
        found = lexicon.cue_class(t.lemma_) or lexicon.cue_class(t.lower_)
        if found is not None and any(ch.isalpha() for ch in t.text):
            return found
    return whole


def _cue_text(text: str, attribution: GoldAttribution) -> str:
    return " ".join(text[a:b] for a, b in attribution.cue or ())


def optional_attributions(docs: Sequence[GoldDocument], scope: str,
                          nlp: Language) -> list[set[int]]:
    """For each document, the ``id()`` of its attributions that are optional in ``scope``.

    Nothing is optional in the ``"attribution"`` scope. In another scope (a key of
    :data:`quotekit.lexicon.SCOPES`), an attribution whose gold content is unquoted and whose
    gold cue has a class outside the scope is optional (see the module docstring).
    """
    classes = lexicon.SCOPES[scope]
    if classes >= frozenset(lexicon.CUE_CLASSES):
        return [set() for _ in docs]
    candidates: list[tuple[int, GoldAttribution, str]] = [
        (n, a, _cue_text(doc.text, a))
        for n, doc in enumerate(docs) for a in doc.attributions
        if a.kind != "quoted"
    ]
    out: list[set[int]] = [set() for _ in docs]
    parsed: Iterable[Doc] = nlp.pipe(c[2] for c in candidates)
    sources: Iterable[Doc] = nlp.pipe(_source_text(docs[c[0]].text, c[1]) for c in candidates)
    for (n, attribution, _text), cue, source in zip(candidates, parsed, sources, strict=True):
        cls = doc_cue_class(cue) if len(cue) else None
        if cls in lexicon.SCOPES["speech"] and len(source) and \
                source[:].root.lemma_.lower() in lexicon.evidence_nouns():
            cls = "perception"  # "the data suggest ...": evidence, as the parser reads it
        if cls not in classes:
            out[n].add(id(attribution))
    return out


def _source_text(text: str, attribution: GoldAttribution) -> str:
    return " ".join(text[a:b] for a, b in attribution.source or ())
