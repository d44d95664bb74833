"""HTML and Markdown the chat shows: answers with clickable [n] markers, the sources panel of one
answer, the table of a chart's values, the report filter's labels.

Report text is never trusted as markup: everything that reaches the page is HTML-escaped first
(and, in chat messages, Markdown-escaped), and only then are our own tags added. Attributes we
add hold only numbers we produce, or escaped text.
"""

from __future__ import annotations

import html
import json
import re

from assistant.demo import is_demo
from assistant.sourceview import figure_pattern
from assistant.web.i18n import text

_CITE = re.compile(r"\[(\d{1,3})\]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")


def esc(raw: object) -> str:
    """Escape for HTML text and attributes, and neutralise template syntax (``${…}``, ``{{…}}``)
    that a client-side template engine could otherwise evaluate."""
    return (html.escape(str(raw), quote=True)
            .replace("$", "&#36;").replace("{", "&#123;").replace("}", "&#125;"))


def md_text(raw: str) -> str:
    """Plain text for a Markdown chat message: HTML-escaped, then Markdown punctuation escaped
    (``html.escape(quote=False)`` only emits ``&amp; &lt; &gt;``, which this leaves intact)."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(raw, quote=False))


def _splice(text_: str, pattern: re.Pattern, plain, matched) -> str:
    """``text_`` with the pieces between matches rendered by ``plain`` and each match by
    ``matched``: report text is escaped piece by piece, never after markup is added."""
    parts, pos = [], 0
    for m in pattern.finditer(text_):
        parts.append(plain(text_[pos:m.start()]))
        parts.append(matched(m))
        pos = m.end()
    parts.append(plain(text_[pos:]))
    return "".join(parts)


def answer_markdown(answer: str, turn: int | None = None) -> str:
    """The answer as a chat message: escaped text, citation markers as superscripts that name
    their answer and source in their classes (``gk-turn-<t> gk-n-<n>``: Gradio's sanitizer keeps
    classes, not data attributes), so a click can show that source."""
    where = f" gk-turn-{turn}" if turn is not None else ""
    return _splice(answer, _CITE, md_text,
                   lambda m: f'<sup class="gk-cite{where} gk-n-{m.group(1)}" title="[{m.group(1)}]">[{m.group(1)}]</sup>')


def bot_message(answer: dict, turn: int, lang: str) -> str:
    """An answered turn's chat message: how a follow-up was read, then the answer."""
    head = ""
    if answer.get("understood_as"):
        head = f'<span class="gk-understood">{esc(text(lang, "understood_as", question=answer["understood_as"]))}</span>\n\n'
    return head + answer_markdown(answer.get("answer", ""), turn)


def quote_html(quote: str, figures: list[str]) -> str:
    """The quote escaped, with the cited figures wrapped in <mark> (escaping each piece first).
    A table cell's quote ('行政处罚｜本年处理决定数量｜99571') reads as row › column: value."""
    pattern = figure_pattern(figures)
    parts = quote.split("｜")
    if len(parts) >= 3:
        row, column, value = "｜".join(parts[:-2]), parts[-2], parts[-1]
        shown = _splice(value, pattern, esc, lambda m: f"<mark>{esc(m.group(0))}</mark>") if pattern else esc(value)
        return (f'<span class="gk-row">{esc(row)}</span> › <span class="gk-col">{esc(column)}</span>：'
                f'<span class="gk-val">{shown}</span>')
    if pattern is None:
        return esc(quote)
    return _splice(quote, pattern, esc, lambda m: f"<mark>{esc(m.group(0))}</mark>")


def sources_html(answer: dict | None, lang: str, turn: int | None = None) -> str:
    """The sources panel for one answer (``Answer.to_dict()``), or its empty state. ``turn``
    numbers the answer in the conversation: each source's id is ``gk-source-<turn>-<n>``."""
    if not answer:
        return f'<div class="gk-sources"><p class="gk-empty">{esc(text(lang, "sources_empty"))}</p></div>'
    mark = f' data-turn="{turn}"' if turn is not None else ""
    head = f'<p class="gk-which">{esc(text(lang, "sources_of", n=turn + 1))}</p>' if turn is not None else ""
    if not answer.get("answered"):
        return f'<div class="gk-sources"{mark}>{head}<p class="gk-empty">{esc(text(lang, "refused"))}</p></div>'
    status = "verified" if answer.get("verified") else "not_verified"
    items = [head, f'<p class="gk-status gk-{status}">{esc(text(lang, status))}</p>']
    for c in answer.get("citations", []):
        page = c.get("page")
        meta = [(text(lang, "section"), c.get("section") or "—")]
        if page is not None:
            meta.append((text(lang, "page"), page))
        meta.append((text(lang, "file"), c.get("source", "")))
        rows = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in meta)
        n = int(c.get("id") or 0)
        ident = f"gk-source-{turn}-{n}" if turn is not None else f"gk-source-{n}"
        figures = json.dumps([str(f) for f in c.get("figures", [])][:12], ensure_ascii=False)
        items.append(
            f'<details class="gk-source" id="{ident}" data-n="{n}" open>'
            f'<summary><span class="gk-num">[{n}]</span> '
            f'<span class="gk-title">{esc(c.get("title", ""))}</span></summary>'
            f'<dl class="gk-meta">{rows}</dl>'
            f'<blockquote class="gk-quote">{quote_html(c.get("quote", ""), c.get("figures", []))}</blockquote>'
            f'<button type="button" class="gk-view" data-source="{esc(c.get("source", ""))}" '
            f'data-passage="{esc(c.get("passage_id", ""))}" data-figures="{esc(figures)}" '
            f'data-title="{esc(c.get("title", ""))}">{esc(text(lang, "view_source"))}</button>'
            "</details>")
    return f'<div class="gk-sources"{mark}>' + "".join(items) + "</div>"


def values_html(series: dict | None, lang: str) -> str:
    """The values a chart draws, as a table under it (what the widget shows instead of a chart)."""
    if not series or not series.get("points"):
        return ""
    unit = series.get("unit") or ""
    caption = (series.get("title") or text(lang, "values")) + (f"（{unit}）" if unit and lang == "zh" else
                                                                f" ({unit})" if unit else "")
    rows = "".join(f'<tr><td>{esc(p.get("label", ""))}</td><td class="gk-num">{esc(p.get("value", ""))}</td>'
                   f'<td class="gk-file">{esc(p.get("source", ""))}</td></tr>' for p in series["points"])
    return (f'<table class="gk-values"><caption>{esc(caption)}</caption><thead><tr>'
            f'<th>{esc(text(lang, "label"))}</th><th>{esc(text(lang, "value"))}</th><th>{esc(text(lang, "file"))}</th>'
            f"</tr></thead><tbody>{rows}</tbody></table>")


def report_choices(reports: list[dict], lang: str = "zh") -> list[tuple[str, str]]:
    """Dropdown choices (label "body year", value source), labels made unique; the fictional
    demo reports say so."""
    labels = [" ".join(str(x) for x in (r.get("body") or r.get("title") or r["source"],
                                        r.get("year") if (r.get("year") or -1) > 0 else "") if x)
              + (f"（{text(lang, 'demo_label')}）" if is_demo(r) else "")
              for r in reports]
    return [(label if labels.count(label) == 1 else f"{label} ({r['source']})", r["source"])
            for label, r in zip(labels, reports)]
