"""Targets, biomarkers, genes and cell types as their own records (t-prefixed ids: tg1 …).

Drug reports name what a drug acts on (PD-1, CD20, HER2, TIGIT) as often as the drug;
these names are kept apart from products (``drug_stems.yaml``: ``targets``) and each
spelling of one target (PD-L1, PDL1) is an alias of one record.
"""

from __future__ import annotations

import functools
import re

from pipeline.extract.entities.records import mention_of
from pipeline.extract.entities.rules import TARGET_FAMILIES, Rules, fold_target
from pipeline.extract.entities.types import Ctx, rule_id
from pipeline.models import CharSpan, Document, Target

TARGET_RULE = rule_id("target")
# CD antigens and interleukins beyond the listed ones: CD7, CD70, CD276, IL-15, IL-33.
_CD = TARGET_FAMILIES


@functools.lru_cache(maxsize=4)
def _target_re(rules: Rules) -> re.Pattern[str]:
    names = sorted(set(rules.target_names), key=lambda n: (-len(n), n))
    words = "|".join(re.escape(n).replace(r"\ ", r"\s?") for n in names)
    return re.compile(rf"(?<![A-Za-z0-9\-])(?:{words}|{_CD})(?![A-Za-z0-9])", re.IGNORECASE)


def find_targets(doc: Document, ctx: Ctx) -> list[Target]:
    """Every written target, one record per target, ids in order of first mention."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for m in _target_re(ctx.rules).finditer(ctx.fold):
        word = m.group()
        if word.isascii() and word.isalpha() and not word.isupper():
            continue  # met, ret, alk as English words; targets are written in capitals
        groups.setdefault(fold_target(word), []).append(m.span())
    out: list[Target] = []
    for i, spans in enumerate(groups.values(), start=1):
        s, e = spans[0]
        written = list(dict.fromkeys(doc.text[a:b] for a, b in spans))
        out.append(
            Target(
                id=f"tg{i}",
                text=doc.text[s:e],
                span=CharSpan(start=s, end=e),
                page=doc.page_at(s),
                sentence=doc.sentence_at(s),
                rule=TARGET_RULE,
                name=written[0],
                aliases=written[1:],
                mentions=[mention_of(doc, a, b, TARGET_RULE) for a, b in spans],
            )
        )
    return out
