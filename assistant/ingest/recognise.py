"""Whether a parsed document is a government information-disclosure annual report at all.

A folder of reports often holds other files too (a SOURCES.md, a README, a suite file); indexed
as reports they answer questions with figures that are no report's. A Chinese document counts as a
report when it is mostly written in Chinese and any of these holds: it states a disclosure-report
title; a national statistics table was read from it; it has two of the six standard section
headings, or one and speaks of 政府信息公开 / 政务公开; or its opening speaks of them and of a
报告 / 年报 (excerpts often start at "一、总体情况"). An English document counts when it states an
English title naming disclosure (or transparency) and an annual report.
"""

from __future__ import annotations

import re

from assistant.ingest import metadata as md
from assistant.model import Report

from assistant.national.sections import SECTION_TOPICS

__all__ = ["looks_like_report", "NOT_A_REPORT"]

NOT_A_REPORT = ("not a government information-disclosure annual report (no report title, none of the "
                "standard section headings or statistics tables, and no such words at its start)")
TITLE = re.compile(r"政府信息公开.{0,10}(?:报告|年报)|政务公开.{0,8}年度报告")
OPENING = re.compile(r"政府信息公开|政务公开")
REPORT_WORD = re.compile(r"报告|年报")


def _cjk_share(text: str) -> float:
    letters = [ch for ch in text if not ch.isspace() and not ch.isdigit()]
    return sum(1 for ch in letters if "\u4e00" <= ch <= "\u9fff") / len(letters) if letters else 0.0


def looks_like_report(report: Report, fact_tables: int = 0) -> bool:
    meta = report.meta
    text = " ".join(p.text for _, s in report.walk() for p in s.paragraphs)
    headings = " ".join(s.heading for _, s in report.walk() if s.heading)
    english_title = bool(meta.title_stated and md.looks_like_english_title(meta.title or ""))
    if meta.language == "en" or english_title:
        # An English report states its own title; notes that merely mention such reports do not.
        return english_title
    # A Chinese report is written in Chinese: a README or notes in another language that quote a
    # report's title are not one.
    if _cjk_share(headings + text[:5000]) < 0.4:
        return False
    if fact_tables or (meta.title_stated and TITLE.search(meta.title or "")):
        return True
    level1 = " ".join(s.heading for s in report.sections if s.level == 1)
    sections = sum(1 for topic in SECTION_TOPICS if re.search(topic, level1))
    if sections >= 2 or (sections and OPENING.search(text[:2000])):
        return True
    opening = text[:600]
    return bool(OPENING.search(opening) and REPORT_WORD.search(opening))
