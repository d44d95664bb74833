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


def page_answer(question: str, language: str, reports: list[dict], started: float) -> Answer | None:
    """The answer from the page of the one report asked about, or None (not such a question, not
    one report, or its page stated nothing of it)."""
    asked = asks_page(question)
    if not asked or len({r["source"] for r in reports}) != 1:
        return None
    record = reports[0]
    lines = [x for x in (record.get("page_fields") or "").split("\n") if x.strip()]
    if asked == "published":
        line = _line_of_date(lines, record.get("published") or "")
        # as the page writes it ('2021年01月18日' with its 日)
        value = re.search(DATE.pattern + r"\s*日?", line).group(0).strip() if line else ""
    else:
        value = record.get("index_number") or ""
        line = next((x for x in lines if (m := INDEX_NUMBER.search(x)) and m.group(1) == value), "")
    if not value or not line:
        return None
    title = safe_title(record.get("title", ""), record.get("body", ""), record.get("year"))
    if language == "zh":
        what = "发布日期" if asked == "published" else "索引号"
        text = f"根据《{title}》所在页面的信息：该报告的{what}为{value}[1]。"
    else:
        what = "publication date" if asked == "published" else "index number"
        text = f"According to the page of “{title}”: the report's {what} is {value} [1]."
    citation = Citation(id=1, source=record["source"], title=record.get("title", ""),
                        section=SECTION_ZH if language == "zh" else SECTION_EN, page=None, quote=line)
    return Answer(question=question, answer=text, answered=True, citations=[citation], verified=True,
                  mode="extractive", latency_ms=(time.perf_counter() - started) * 1000)


def _line_of_date(lines: list[str], value: str) -> str:
    """The page line that states the date (with its label line before it when the date stands on a
    line of its own)."""
    for n, line in enumerate(lines):
        if value and iso_date(line) == value:
            label = lines[n - 1] if n and not re.search(r"\d", lines[n - 1]) else ""
            return f"{label} {line}".strip()
    return ""
