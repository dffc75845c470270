"""Targets, biomarkers, genes and cell types as their own records (t-prefixed ids: tg1 …).

Drug reports name what a drug acts on (PD-1, CD20, HER2, TIGIT) as often as the drug;
these names are kept apart from products (``drug_stems.yaml``: ``targets``) and each
spelling of one target (PD-L1, PDL1) is an alias of one record.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from pipeline.extract.entities.records import mention_of
from pipeline.extract.entities.rules import TARGET_FAMILIES, Rules, fold_target
from pipeline.extract.entities.types import Ctx, rule_id
from pipeline.models import CharSpan, Document, Target

TARGET_RULE = rule_id("target")
# CD antigens and interleukins beyond the listed ones: CD7, CD70, CD276, IL-15, IL-33.
_CD = TARGET_FAMILIES


def target_pattern(names: Iterable[str], *, gate: bool = True) -> re.Pattern[str]:
    """Any of ``names`` (a space in one may be left out) or a CD / IL family member,
    case-blind, with no letter, digit or dash glued on either side.

    ``gate`` puts a lookahead for the possible first characters before the alternation:
    with ``re.IGNORECASE`` the engine cannot skip a branch by its first character and
    tries all of them at every offset of the text (0.05 s on 150k characters); the one
    character class turns most offsets away first. Every alternative starts with one of
    those characters, so the matches are the same (``gate=False`` is the plain pattern).
    """
    names = sorted(set(names), key=lambda n: (-len(n), n))
    words = "|".join(re.escape(n).replace(r"\ ", r"\s?") for n in names)
    lead = ""
    if gate and all(n and not n[0].isspace() for n in names):
        # each family alternative opens with a literal letter (CD…, IL…)
        firsts = {n[0] for n in names} | {alt[0] for alt in _CD.split("|")}
        lead = "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"
    return re.compile(rf"(?<![A-Za-z0-9\-]){lead}(?:{words}|{_CD})(?![A-Za-z0-9])", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _target_re(rules: Rules) -> re.Pattern[str]:
    return target_pattern(rules.target_names)


# PD-(L)1: a target written with one of its letters optional, in parentheses
_OPTIONAL_LETTER = re.compile(r"(?<![A-Za-z0-9])[A-Z]{1,5}-?\([A-Z]\)-?[0-9]{1,3}(?![A-Za-z0-9])")


def target_spans(ctx: Ctx) -> list[tuple[int, int]]:
    """Where targets are written (capitals, as ``find_targets`` reads them), in order; a
    target with an optional letter in parentheses (PD-(L)1: PD-1 and PD-L1) is one too."""
    spans = [
        m.span()
        for m in _target_re(ctx.rules).finditer(ctx.fold)
        if not (m.group().isascii() and m.group().isalpha() and not m.group().isupper())
    ]
    spans += [
        m.span()
        for m in _OPTIONAL_LETTER.finditer(ctx.fold)
        if fold_target(re.sub(r"[()]", "", m.group())) in ctx.rules.targets
    ]
    return sorted(spans)


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
