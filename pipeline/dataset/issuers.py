"""Whose document is it: a company's own (with its stock code when printed) or an industry report.

A company's filing or investor deck states its own figures (餘額, 實收資本額, 營收)
under generic subjects; two companies' "餘額" are not one metric. Industry reports
state figures of a market or a sector, comparable across reports. The cue words
and stock-code patterns are data (``pipeline/lexicon/issuers.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pipeline.chars import fold_width
from pipeline.lexicon import load_lexicon


@dataclass(frozen=True)
class Issuer:
    company_document: bool  # a company's own filing or deck
    stock_code: str | None  # its stock code, when the title or first page prints one


def find_issuer(doc: dict[str, Any]) -> Issuer:
    """The issuer of a serialized document, from its title and first pages."""
    lex = load_lexicon("issuers")
    text = str(doc.get("text", ""))
    pages = (doc.get("pages") or [])[: int(lex["first_pages"])]
    end = pages[-1]["end"] if pages else len(text)
    head = fold_width(
        str((doc.get("metadata") or {}).get("title") or "")
        + "\n"
        + text[: min(end, int(lex["first_page_chars"]))]
    )
    code = None
    for pattern in lex["stock_code_patterns"]:
        m = re.search(pattern, head, re.IGNORECASE)
        if m:
            code = m.group(1)
            break
    lowered = head.lower()
    cue = any(c.lower() in lowered for c in lex["company_document_cues"])
    return Issuer(company_document=cue or code is not None, stock_code=code)


def issuer_key(doc_id: str, issuer: Issuer) -> str:
    """What a company document's figures are about: its stock code, else the document
    itself (so it lines up with nothing else); empty for an industry report."""
    if not issuer.company_document:
        return ""
    return f"stock:{issuer.stock_code}" if issuer.stock_code else f"doc:{doc_id}"
