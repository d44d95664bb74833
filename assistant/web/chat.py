"""The Gradio chat: streaming answers with [n] markers, a sources panel, a report filter,
example questions, a zh/en toggle and, when an admin token is configured, report upload.

Report text is never trusted as markup: everything that reaches the page is HTML-escaped first
(and, in chat messages, Markdown-escaped), and only then are our own tags (<mark>, <sup>) added.
Per-user values (language, last answer) live in ``gr.State``; the only shared object is the
``Gongkai`` service, i.e. the index.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

import gradio as gr

from assistant.errors import GongkaiError
from assistant.service import Gongkai
from assistant.settings import Settings
from assistant.sourceview import figure_pattern

from assistant.web.api import MAX_QUESTION
from assistant.web.i18n import DEFAULT_LANG, example_questions, normalize_lang, text

log = logging.getLogger(__name__)

CHAT_CSS = Path(__file__).parent / "static" / "chat.css"

_CITE = re.compile(r"\[(\d{1,3})\]")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$])")


# ---------------------------------------------------------------------------- rendering
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


def answer_markdown(answer: str) -> str:
    """The answer as a chat message: escaped text, citation markers as superscripts."""
    return _splice(answer, _CITE, md_text, lambda m: f'<sup class="gk-cite">[{m.group(1)}]</sup>')


def quote_html(quote: str, figures: list[str]) -> str:
    """The quote escaped, with the cited figures wrapped in <mark> (escaping each piece first)."""
    pattern = figure_pattern(figures)
    if pattern is None:
        return esc(quote)
    return _splice(quote, pattern, esc, lambda m: f"<mark>{esc(m.group(0))}</mark>")


def sources_html(answer: dict | None, lang: str) -> str:
    """The sources panel for an answer (``Answer.to_dict()``), or its empty state."""
    if not answer:
        return f'<div class="gk-sources"><p class="gk-empty">{esc(text(lang, "sources_empty"))}</p></div>'
    if not answer.get("answered"):
        return f'<div class="gk-sources"><p class="gk-empty">{esc(text(lang, "refused"))}</p></div>'
    status = "verified" if answer.get("verified") else "not_verified"
    items = [f'<p class="gk-status gk-{status}">{esc(text(lang, status))}</p>']
    for c in answer.get("citations", []):
        page = c.get("page")
        meta = [(text(lang, "section"), c.get("section") or "—")]
        if page is not None:
            meta.append((text(lang, "page"), page))
        meta.append((text(lang, "file"), c.get("source", "")))
        rows = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in meta)
        items.append(
            f'<details class="gk-source" id="gk-source-{esc(c.get("id"))}" open>'
            f'<summary><span class="gk-num">[{esc(c.get("id"))}]</span> '
            f'<span class="gk-title">{esc(c.get("title", ""))}</span></summary>'
            f'<dl class="gk-meta">{rows}</dl>'
            f'<blockquote class="gk-quote">{quote_html(c.get("quote", ""), c.get("figures", []))}</blockquote>'
            "</details>")
    return '<div class="gk-sources">' + "".join(items) + "</div>"


def report_choices(reports: list[dict]) -> list[tuple[str, str]]:
    """Dropdown choices (label "body year", value source), labels made unique."""
    labels = [" ".join(str(x) for x in (r.get("body") or r.get("title") or r["source"],
                                        r.get("year") if (r.get("year") or -1) > 0 else "") if x)
              for r in reports]
    return [(label if labels.count(label) == 1 else f"{label} ({r['source']})", r["source"])
            for label, r in zip(labels, reports)]


# ---------------------------------------------------------------------------- the Blocks
def build_chat(service: Gongkai, settings: Settings) -> gr.Blocks:
    admin = bool(settings.admin_token)
    initial_reports = service.reports()

    with gr.Blocks(title="Gongkai 政务公开年报问答", analytics_enabled=False) as blocks:
        lang = gr.State(DEFAULT_LANG)
        last_answer = gr.State(None)
        # The conversation lives on the server: the Chatbot is only ever an output, so no
        # client-supplied message (e.g. a "file" part naming a server path) reaches a handler.
        history_state = gr.State([])

        with gr.Row(equal_height=True):
            header = gr.Markdown(_header(DEFAULT_LANG), elem_id="gk-header")
            lang_radio = gr.Radio([("中文", "zh"), ("English", "en")], value=DEFAULT_LANG,
                                  label=text(DEFAULT_LANG, "language"), scale=0, min_width=240,
                                  elem_id="gk-lang")
        with gr.Row():
            with gr.Column(scale=3):
                chatbot = gr.Chatbot(label=text(DEFAULT_LANG, "chat"), height=460, elem_id="gk-chat",
                                     latex_delimiters=[], feedback_options=None, buttons=["copy"])
                with gr.Row(equal_height=True):
                    question = gr.Textbox(show_label=False, placeholder=text(DEFAULT_LANG, "question_placeholder"),
                                          scale=5, max_lines=4, elem_id="gk-question")
                    send = gr.Button(text(DEFAULT_LANG, "send"), variant="primary", scale=1, min_width=90,
                                     elem_id="gk-send")
                examples = gr.Dataset(components=[question], label=text(DEFAULT_LANG, "examples"),
                                      samples=[[q] for q in example_questions(initial_reports, DEFAULT_LANG)],
                                      elem_id="gk-examples")
            with gr.Column(scale=2):
                report_filter = gr.Dropdown(report_choices(initial_reports), value=[], multiselect=True,
                                            label=text(DEFAULT_LANG, "filter"),
                                            info=text(DEFAULT_LANG, "filter_info"), elem_id="gk-filter")
                sources_title = gr.Markdown(f"### {text(DEFAULT_LANG, 'sources')}")
                sources = gr.HTML(sources_html(None, DEFAULT_LANG), elem_id="gk-sources")

        if admin:  # uploads go through /admin (token checked before any byte is stored)
            admin_link = gr.Markdown(_admin_link(DEFAULT_LANG), elem_id="gk-admin")
        footer = gr.Markdown(text(DEFAULT_LANG, "footer"), elem_id="gk-footer")

        # ------------------------------------------------------------ events
        def respond(q: str, history: list, selected: list[str] | None, lang_: str):
            q = (q or "").strip() if isinstance(q, str) else ""
            history = list(history or [])
            if not q:
                yield history, history, gr.skip(), gr.skip(), gr.skip()
                return
            if len(q) > MAX_QUESTION:
                raise _error(lang_, text(lang_, "too_long", max=MAX_QUESTION))
            history.append({"role": "user", "content": md_text(q)})
            history.append({"role": "assistant", "content": md_text(text(lang_, "thinking"))})
            yield history, history, gr.skip(), gr.skip(), ""
            written = ""
            try:
                for kind, value in service.ask_stream(q, sources=list(selected or []) or None):
                    if kind == "delta":
                        written += value
                        history[-1] = {"role": "assistant", "content": answer_markdown(written)}
                        yield history, history, gr.skip(), gr.skip(), gr.skip()
                    elif kind == "answer":
                        data = value.to_dict()
                        history[-1] = {"role": "assistant", "content": answer_markdown(value.answer)}
                        yield history, history, sources_html(data, lang_), data, gr.skip()
            except GongkaiError as err:
                history[-1] = {"role": "assistant", "content": md_text(text(lang_, "error", message=str(err)))}
                yield history, history, gr.skip(), gr.skip(), gr.skip()
            except Exception:  # never show a traceback to the user; the log has it
                log.exception("answering %r failed", q)
                history[-1] = {"role": "assistant", "content": md_text(text(lang_, "internal_error"))}
                yield history, history, gr.skip(), gr.skip(), gr.skip()

        ask_io = dict(fn=respond, inputs=[question, history_state, report_filter, lang],
                      outputs=[chatbot, history_state, sources, last_answer, question], concurrency_limit=4)
        question.submit(**ask_io, api_name="ask")
        send.click(**ask_io, api_visibility="private")
        examples.click(lambda sample: sample[0], inputs=examples, outputs=question,
                       api_visibility="private").then(**ask_io, api_visibility="private")
        chatbot.clear(lambda lang_: (sources_html(None, lang_), None, []), inputs=lang,
                      outputs=[sources, last_answer, history_state], api_visibility="private")

        def relabel(new_lang: str, answer: dict | None):
            new_lang = normalize_lang(new_lang)
            t = lambda key: text(new_lang, key)  # noqa: E731
            updates = [new_lang, gr.Markdown(_header(new_lang)), gr.Radio(value=new_lang, label=t("language")),
                       gr.Chatbot(label=t("chat")), gr.Textbox(placeholder=t("question_placeholder")),
                       gr.Button(t("send")),
                       gr.Dataset(label=t("examples"),
                                  samples=[[q] for q in example_questions(service.reports(), new_lang)]),
                       gr.Dropdown(label=t("filter"), info=t("filter_info")),
                       gr.Markdown(f"### {t('sources')}"), sources_html(answer, new_lang),
                       gr.Markdown(t("footer"))]
            if admin:
                updates.append(gr.Markdown(_admin_link(new_lang)))
            return updates

        lang_radio.change(relabel, inputs=[lang_radio, last_answer],
                          outputs=[lang, header, lang_radio, chatbot, question, send, examples,
                                   report_filter, sources_title, sources, footer, *([admin_link] if admin else [])],
                          api_visibility="private")

        def on_load(request: gr.Request):
            wanted = normalize_lang(request.query_params.get("lang") if request else None)
            return wanted, gr.Dropdown(choices=report_choices(service.reports()))

        blocks.load(on_load, outputs=[lang_radio, report_filter], api_visibility="private")

    return blocks


def _error(lang: str, message: str) -> gr.Error:
    return gr.Error(message, title=text(lang, "error_title"), print_exception=False)


def _admin_link(lang: str) -> str:
    return f"[{md_text(text(lang, 'admin'))}](admin?lang={lang})"


def _header(lang: str) -> str:
    return f"## {text(lang, 'app_title')}\n{md_text(text(lang, 'app_intro'))}"
