"""The entity stage as a spaCy component (``itis_entity_discovery``), for users of spaCy.

Importing this module imports spaCy and registers the factory; the pipeline itself
runs ``EntityFinder`` on the token layer and never imports it (``entity_nlp`` does,
on use).
"""

from __future__ import annotations

import functools

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline import segment
from pipeline.extract.entities.component import (
    _REGISTRY,
    SPAN_GROUP,
    EntityFinder,
)
from pipeline.extract.entities.lexicon import Lexicons


@Language.factory("itis_entity_discovery", default_config={"lexicons_key": ""})
def make_entity_discovery(nlp: Language, name: str, lexicons_key: str) -> EntityDiscovery:
    return EntityDiscovery(nlp, _REGISTRY[lexicons_key])


class EntityDiscovery:
    """``EntityFinder`` on a Doc: lexicon hits become ``doc.ents``, the resolved mentions
    the span group ``doc.spans["itis_entities"]``, the finding ``doc.user_data``."""

    def __init__(self, nlp: Language, lex: Lexicons) -> None:
        self.finder = EntityFinder(lex, getattr(nlp.tokenizer, "segmenter", None))
        self.table = self.finder.table

    def __call__(self, doc: Doc) -> Doc:
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        finding, hits = self.finder.find(
            segment.doc_text(doc), words, spaces, segment.token_spans(doc)
        )
        doc.ents = [Span(doc, h.start, h.end, label=h.label, span_id=h.ent_id) for h in hits]
        doc.user_data[SPAN_GROUP] = finding
        spans = [
            doc.char_span(m.start, m.end, m.label, alignment_mode="expand")
            for m in finding.mentions
        ]
        doc.spans[SPAN_GROUP] = [s for s in spans if s is not None]
        return doc


@functools.lru_cache(maxsize=4)
def entity_pipeline(lex: Lexicons) -> Language:
    """``spacy.blank("zh")`` on our segmenter with the discovery component."""
    _REGISTRY[lex.key] = lex
    words = None if lex == Lexicons.load() else lex.user_words()
    nlp = segment.new_nlp(words)
    nlp.add_pipe("itis_entity_discovery", config={"lexicons_key": lex.key})
    return nlp
