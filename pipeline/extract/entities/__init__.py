"""Products, organizations, regulations and abbreviations.

Parts, by file: ``types`` (a candidate mention and the document context),
``lexicon`` (the lexicon files as entries), ``rules`` (cue words and patterns from
the lexicon files), ``tokens`` (tokens and name boundaries), ``discovery`` and
``context`` (finders of names no lexicon lists), ``abbrev`` (abbreviations, name
pairs, regulations), ``records`` (mentions grouped into linked records) and
``phrases`` (lexicon names where the words spell them), ``component`` (the finder,
the ordered finder table and the entry point) and ``spacy_pipe`` (the stage as a
spaCy component, imported on use by ``entity_nlp``).
"""

from pipeline.extract.entities.component import (
    EntityFacts,
    at_least,
    entity_nlp,
    extract_entities,
    find_entities,
    ruler_patterns,
    warm_up,
)
from pipeline.extract.entities.lexicon import Lexicons

__all__ = [
    "EntityFacts",
    "Lexicons",
    "at_least",
    "entity_nlp",
    "extract_entities",
    "find_entities",
    "ruler_patterns",
    "warm_up",
]
