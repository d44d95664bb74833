"""Check an answer against the passages it cites: every figure must be found in one of them.

A figure counts as supported when a passage the answer marks with ``[n]`` states the same
quantity (see :mod:`assistant.zh.figures` for what "same" means). Only *marked* passages count, so
an answer that writes "[1]" after a figure taken from passage 3 fails: its citation would point
the reader at the wrong passage (``only_marked=False`` accepts any passage in ``cited``).
A passage is searched as
``title + section + text``, because the year is often only in the report's title.
A year that the question itself names is also accepted: answers repeat it ("2024年……").
Only years are taken from the question, not other numbers, so that a leading question
("是3985758件吗？") cannot vouch for its own figure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.zh.figures import Figure, extract_figures, figure_supported
from assistant.zh.text import FIRST_YEAR, LAST_YEAR, fold_width
from assistant.model import Passage

__all__ = ["Verification", "verify_answer", "citation_markers", "strip_markers", "support_text"]

# [1], [12], [1,2], [1, 3] (full-width brackets and commas are folded first).
_MARKER = re.compile(r"\[\s*([0-9]+(?:\s*[,、]\s*[0-9]+)*)\s*\]")
# A page reference such as "(p. 3)" or "(第3页)" names where a figure is, it is not a figure.
_PAGE_REF = re.compile(r"\(\s*(?:p\.?|page|第)\s*[0-9]+\s*页?\s*\)", re.IGNORECASE)


@dataclass
class Verification:
    ok: bool
    unsupported: list[str] = field(default_factory=list)  # raw figures no cited passage states
    figures_by_citation: dict[int, list[str]] = field(default_factory=dict)  # n -> raw figures
    unknown_markers: list[int] = field(default_factory=list)  # [n] with no cited passage n


def citation_markers(text: str) -> list[int]:
    """The passage numbers cited in ``text``, in order of first appearance."""
    seen: list[int] = []
    for m in _MARKER.finditer(fold_width(text)):
        for part in re.split(r"[,、]", m.group(1)):
            n = int(part)
            if n not in seen:
                seen.append(n)
    return seen


def strip_markers(text: str) -> str:
    """``text`` without citation markers and page references (each replaced by a space, so the
    numbers on either side never run together)."""
    return _PAGE_REF.sub(" ", _MARKER.sub(" ", fold_width(text)))


def support_text(passage: Passage) -> str:
    return f"{passage.title} {passage.section} {passage.text}"


def _question_years(question: str) -> list[Figure]:
    return [
        f for f in extract_figures(question)
        if f.kind == "" and f.value == f.value.to_integral_value() and FIRST_YEAR <= f.value <= LAST_YEAR
    ]


def verify_answer(
    answer_text: str, cited: dict[int, Passage], question: str = "", *, only_marked: bool = True
) -> Verification:
    """Verify ``answer_text`` against the passages it may cite (``cited``: marker number -> passage,
    e.g. every passage given to the LLM, numbered as in its prompt).

    ``ok`` is False when a figure is stated by none of the passages the answer marks (nor is a year
    of the question) or when the text has a marker that is not in ``cited``.
    ``figures_by_citation`` lists, for each passage that counts, the answer's figures it states.
    """
    markers = citation_markers(answer_text)
    unknown = [n for n in markers if n not in cited]
    counted = [n for n in cited if n in markers] if only_marked else list(cited)
    figures = extract_figures(strip_markers(answer_text))
    supports = {n: support_text(cited[n]) for n in counted}
    years = _question_years(question)

    by_citation: dict[int, list[str]] = {n: [] for n in counted}
    unsupported: list[str] = []
    for fig in figures:
        found = [n for n, text in supports.items() if figure_supported(fig, text)]
        for n in found:
            if fig.raw not in by_citation[n]:
                by_citation[n].append(fig.raw)
        if not found and not any(y.key == fig.key for y in years) and fig.raw not in unsupported:
            unsupported.append(fig.raw)

    return Verification(
        ok=not unsupported and not unknown,
        unsupported=unsupported,
        figures_by_citation=by_citation,
        unknown_markers=unknown,
    )
