"""Questions about a report's web page rather than its text: the day the report was published,
the page's index number (索引号). They are answered from the page's own field lines, kept verbatim
at ingest (ReportMeta.page_fields: '来源:发改委 时间:2022-01-19 15:01', '索 引 号: 737546075/…'),
and the line is the quote. A report whose page stated neither is left to the text (which may sign
off with a date)."""

from __future__ import annotations

import re
import time

from assistant.ask.injection import safe_title
from assistant.zh.text import DATE, INDEX_NUMBER, iso_date
from assistant.model import Answer, Citation

# The report itself is asked about ('那份年报', 'the 2021 report'), not something it counts.
ABOUT_REPORT = re.compile(r"年报|报告|(?i:\breport\b)")
ASKS_DAY = re.compile(r"哪天|哪一天|哪日|什么时候|何时|几月几[日号]|几号|日期|(?i:\bwhen\b|\bwhat date\b|\bwhich day\b|\bdate\b)")
PUBLISHED = re.compile(r"发布|公开|公布|挂|上网|网上|贴出|印发|发出|出炉|(?i:publish|releas|post|put online|put up|issued)")
ASKS_INDEX = re.compile(r"索\s*引\s*号|(?i:\bindex number\b|\bindex no\b)")
# Dates that are not the day of publication: the period the report covers, when it was written.
NOT_PUBLISHED = re.compile(r"统计期限|统计时限|成文|起止|期间|(?i:\bperiod\b|\bcover)")

SECTION_ZH, SECTION_EN = "页面信息", "page fields"


def asks_page(question: str) -> str:
    """'published', 'index' or '' — what a question asks of the report's page."""
    if not ABOUT_REPORT.search(question) or NOT_PUBLISHED.search(question):
        return ""
    if ASKS_INDEX.search(question):
        return "index"
    if ASKS_DAY.search(question) and PUBLISHED.search(question):
        return "published"
    return ""


def page_answer(question: str, language: str, reports: list[dict], started: float, named: bool = True) -> Answer | None:
    """The answer from the page of each report asked about (one, or the two to four years or bodies
    a question names: '2024年和2025年的年报分别是哪天发布的'), or None (not such a question, or a
    page that stated nothing of it). ``named``: the question names the bodies of ``reports`` (several
    reports of bodies it does not name are no answer to it)."""
    asked = asks_page(question)
    records = list({r["source"]: r for r in reports}.values())
    if not asked or not 1 <= len(records) <= 4 or (len(records) > 1 and not named):
        return None
    found = [_page_value(record, asked) for record in records]
    if not all(found):
        return None  # (what one page does not state is not answered for the others alone)
    statements, citations = [], []
    for n, (record, (value, line)) in enumerate(zip(records, found), start=1):
        title = safe_title(record.get("title", ""), record.get("body", ""), record.get("year"))
        if language == "zh":
            what = "发布日期" if asked == "published" else "索引号"
            statements.append(f"根据《{title}》所在页面的信息：该报告的{what}为{value}[{n}]")
        else:
            what = "publication date" if asked == "published" else "index number"
            statements.append(f"According to the page of “{title}”: the report's {what} is {value} [{n}]")
        citations.append(Citation(id=n, source=record["source"], title=record.get("title", ""),
                                  section=SECTION_ZH if language == "zh" else SECTION_EN, page=None, quote=line))
    text = "；".join(statements) + "。" if language == "zh" else "; ".join(statements) + "."
    return Answer(question=question, answer=text, answered=True, citations=citations, verified=True,
                  mode="extractive", latency_ms=(time.perf_counter() - started) * 1000)


def _page_value(record: dict, asked: str) -> tuple[str, str] | None:
    """(the value the page states, its line), or None."""
    lines = [x for x in (record.get("page_fields") or "").split("\n") if x.strip()]
    if asked == "published":
        line = _line_of_date(lines, record.get("published") or "")
        # as the page writes it ('2021年01月18日' with its 日)
        value = re.search(DATE.pattern + r"\s*日?", line).group(0).strip() if line else ""
    else:
        value = record.get("index_number") or ""
        line = next((x for x in lines if (m := INDEX_NUMBER.search(x)) and m.group(1) == value), "")
    return (value, line) if value and line else None


def _line_of_date(lines: list[str], value: str) -> str:
    """The page line that states the date (with its label line before it when the date stands on a
    line of its own)."""
    for n, line in enumerate(lines):
        if value and iso_date(line) == value:
            label = lines[n - 1] if n and not re.search(r"\d", lines[n - 1]) else ""
            return f"{label} {line}".strip()
    return ""
