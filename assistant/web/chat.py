"""The Gradio chat: streaming answers, every answer keeping its sources, the source view, charts
of figures across years or bodies, follow-ups, 👍/👎 with a note, retry and stop, a report
filter, example questions and a zh/en toggle.

- **Conversation on the server.** The Chatbot is only ever an output; the turns (question, the
  answer's JSON, the chat message it is shown in, its feedback row) live in ``gr.State``, and a
  follow-up is asked with the earlier questions from there: a client's copy of the history is
  never read (docs/security.md).
- **Each answer keeps its sources.** The sources panel shows the answer the reader picked
  (clicking an answer, or one of its [n] markers, selects it; a new answer selects itself).
  ``static/chat.js`` scrolls to and flashes the source a marker names, and opens the source
  view (``static/sourceview.js``, over ``/api/source`` and ``/api/page``).
- **Errors keep the conversation.** A question over the limit is cut by the textbox's maxlength
  and, if one arrives anyway, refused with a toast in the UI's language; a failed answer is a
  message in the chat. No handler raises, so no output is replaced by an error badge.

Rendering is in ``render.py``; the only shared object is the ``Gongkai`` service.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path

import gradio as gr

from assistant.demo import is_demo
from assistant.errors import GongkaiError
from assistant.feedback import MAX_NOTE, FeedbackStore
from assistant.service import Gongkai
from assistant.settings import Settings
from assistant.web.api import MAX_HISTORY, MAX_QUESTION
from assistant.web.i18n import DEFAULT_LANG, example_questions, normalize_lang, text, view_strings
from assistant.web.render import bot_message, esc, md_text, report_choices, sources_html, values_html

log = logging.getLogger(__name__)

STATIC = Path(__file__).parent / "static"
CHAT_CSS = STATIC / "chat.css"


def chat_head() -> str:
    """What the chat page's <head> gets: the source view and the chat's own script, and the
    source view's strings (JSON made safe inside <script>)."""
    strings = (json.dumps(view_strings(), ensure_ascii=False)
               .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
    return ('<link rel="stylesheet" href="widget-static/sourceview.css">'
            f'<script type="application/json" id="gk-view-strings">{strings}</script>'
            '<script src="widget-static/sourceview.js" defer></script>'
            '<script src="widget-static/chat.js" defer></script>')


def _panel(turns: list, index: int | None, lang: str) -> tuple:
    """The right column for one answer: its sources, its chart (line or bars) and values."""
    answer = turns[index]["answer"] if index is not None and 0 <= index < len(turns) else None
    series = (answer or {}).get("series") if (answer or {}).get("answered") else None
    hidden = gr.update(visible=False, value=None)
    if not series or len(series.get("points") or []) < 2:
        return sources_html(answer, lang, index), hidden, hidden, gr.update(visible=False, value="")
    import pandas as pd

    try:
        numbers = [float(p["value"]) for p in series["points"]]
    except (TypeError, ValueError, KeyError):  # not plottable: the values table alone
        return sources_html(answer, lang, index), hidden, hidden, gr.update(visible=True, value=values_html(series, lang))
    frame = pd.DataFrame({"label": [str(p["label"]) for p in series["points"]], "value": numbers})
    title = series.get("title") or text(lang, "chart")
    unit = series.get("unit") or ""
    plot = gr.update(visible=True, value=frame, title=title, y_title=unit or text(lang, "value"),
                     x_title=text(lang, "label"))
    line, bar = (plot, hidden) if series.get("kind") == "line" else (hidden, plot)
    return sources_html(answer, lang, index), line, bar, gr.update(visible=True, value=values_html(series, lang))


def _say(message: str, kind: str = "warn"):
    """A line under the question box, in the UI's language (Gradio's toasts title themselves
    "Warning"/"Error" in English whatever the page's language)."""
    return gr.update(value=f'<p role="alert" class="gk-say gk-{kind}">{esc(message)}</p>', visible=True)


def _quiet():
    return gr.update(value="", visible=False)


def _notice_text(reports: list[dict], lang: str) -> str:
    """What the banner over the chat says: that the index is empty, or that the demo reports
    in it are invented; nothing once only real reports are indexed."""
    if not reports:
        return md_text(text(lang, "empty_index"))
    if any(is_demo(r) for r in reports):
        return md_text(text(lang, "demo_banner"))
    return ""


def _notice(reports: list[dict], lang: str):
    said = _notice_text(reports, lang)
    return gr.update(value=said, visible=bool(said))


# ---------------------------------------------------------------------------- the Blocks
def build_chat(service: Gongkai, settings: Settings) -> gr.Blocks:
    admin = bool(settings.admin_token)
    initial_reports = service.reports()
    ratings = FeedbackStore(settings.home)
    L = DEFAULT_LANG

    with gr.Blocks(title="Gongkai 政务公开年报问答", analytics_enabled=False) as blocks:
        lang = gr.State(L)
        # Per answer: {"question", "answer": Answer JSON or None, "message": index of its chat
        # message, "feedback": its feedback row or None}. Server-side only.
        turns = gr.State([])
        history_state = gr.State([])  # the chat messages (the Chatbot only displays them)
        shown = gr.State(None)  # the turn whose sources the panel shows
        rated = gr.State(None)  # the feedback row a note goes to

        with gr.Row(equal_height=True, elem_id="gk-top"):
            header = gr.Markdown(_header(L), elem_id="gk-header")
            lang_radio = gr.Radio([("中文", "zh"), ("English", "en")], value=L, label=text(L, "language"),
                                  scale=0, min_width=200, elem_id="gk-lang")
        said = _notice_text(initial_reports, L)
        notice = gr.Markdown(said, visible=bool(said), elem_id="gk-notice")
        with gr.Row(elem_id="gk-main"):
            with gr.Column(scale=3, min_width=320, elem_id="gk-left"):
                chatbot = gr.Chatbot(label=text(L, "chat"), height=460, elem_id="gk-chat", latex_delimiters=[],
                                     feedback_options=("Like", "Dislike"), buttons=["copy"])
                with gr.Row(equal_height=True, elem_id="gk-ask-row"):
                    question = gr.Textbox(show_label=False, placeholder=text(L, "question_placeholder"), scale=5,
                                          max_lines=4, max_length=MAX_QUESTION, elem_id="gk-question")
                    send = gr.Button(text(L, "send"), variant="primary", scale=1, min_width=80, elem_id="gk-send")
                    stop = gr.Button(text(L, "stop"), variant="stop", scale=1, min_width=80, visible=False,
                                     elem_id="gk-stop")
                alert = gr.HTML("", visible=False, elem_id="gk-alert")
                with gr.Row(equal_height=True, visible=False, elem_id="gk-note-row") as note_row:
                    note = gr.Textbox(label=text(L, "note_label"), max_length=MAX_NOTE, max_lines=3, scale=5,
                                      elem_id="gk-note")
                    note_send = gr.Button(text(L, "note_send"), scale=1, min_width=80, elem_id="gk-note-send")
            with gr.Column(scale=2, min_width=320, elem_id="gk-right"):
                sources_title = gr.Markdown(f"### {text(L, 'sources')}", elem_id="gk-sources-title")
                sources = gr.HTML(sources_html(None, L), elem_id="gk-sources")
                line_plot = gr.LinePlot(x="label", y="value", visible=False, sort="x", height=240,
                                        elem_id="gk-chart-line", show_label=False)
                bar_plot = gr.BarPlot(x="label", y="value", visible=False, height=240, elem_id="gk-chart-bar",
                                      show_label=False)
                values = gr.HTML("", visible=False, elem_id="gk-values")
        examples = gr.Dataset(components=[question], label=text(L, "examples"),
                              samples=[[q] for q in example_questions(initial_reports, L)], elem_id="gk-examples")
        report_filter = gr.Dropdown(report_choices(initial_reports, L), value=[], multiselect=True,
                                    label=text(L, "filter"), info=text(L, "filter_info"), elem_id="gk-filter")
        if admin:  # uploads go through /admin (token checked before any byte is stored)
            admin_link = gr.Markdown(_admin_link(L), elem_id="gk-admin")
        footer = gr.Markdown(text(L, "footer"), elem_id="gk-footer")

        panel_outputs = [sources, line_plot, bar_plot, values]
        ask_outputs = [chatbot, history_state, turns, shown, *panel_outputs, question, alert]
        skip_all = tuple(gr.skip() for _ in ask_outputs)

        def out(messages=None, turns_=None, index=None, panel=None, question_=None, alert_=None) -> tuple:
            """The outputs of an ask event, in ask_outputs' order; what is not given is left as it is."""
            keep = gr.skip()
            return (keep if messages is None else messages, keep if messages is None else messages,
                    keep if turns_ is None else turns_, keep if index is None else index,
                    *(panel if panel is not None else (keep,) * 4),
                    keep if question_ is None else question_, keep if alert_ is None else alert_)

        # ------------------------------------------------------------ asking
        def answer_turns(q: str, messages: list, turns_: list, selected: list[str] | None, lang_: str):
            """Ask ``q`` after ``turns_``: yields the outputs of ask_outputs as the answer streams."""
            messages, turns_ = list(messages or []), [dict(t) for t in (turns_ or [])]
            earlier = [t["question"] for t in turns_][-MAX_HISTORY:]
            index = len(turns_)
            messages.append({"role": "user", "content": md_text(q)})
            messages.append({"role": "assistant", "content": md_text(text(lang_, "thinking"))})
            turns_.append({"question": q, "answer": None, "message": len(messages) - 1, "feedback": None})
            yield out(messages, turns_, question_="", alert_=_quiet())
            written = ""
            try:
                for kind, value in service.ask_stream(q, sources=list(selected or []) or None,
                                                      history=earlier or None):
                    if kind == "delta":
                        written += value
                        messages[-1] = {"role": "assistant", "content": bot_message({"answer": written}, index, lang_)}
                        yield out(messages)
                    elif kind == "answer":
                        data = value.to_dict()
                        turns_[index]["answer"] = data
                        messages[-1] = {"role": "assistant", "content": bot_message(data, index, lang_)}
                        yield out(messages, turns_, index, _panel(turns_, index, lang_))
            except GongkaiError as err:
                messages[-1] = {"role": "assistant", "content": md_text(text(lang_, "error", message=str(err)))}
                yield out(messages, turns_)
            except Exception:  # never show a traceback to the user; the log has it
                log.exception("answering %r failed", q)
                messages[-1] = {"role": "assistant", "content": md_text(text(lang_, "internal_error"))}
                yield out(messages, turns_)

        def respond(q, messages, turns_, selected, lang_):
            q = q.strip() if isinstance(q, str) else ""
            if not q:
                yield skip_all
                return
            if len(q) > MAX_QUESTION:  # the textbox stops typing at the limit; a crafted event may not
                yield out(alert_=_say(text(lang_, "too_long", max=MAX_QUESTION)))
                return
            yield from answer_turns(q, messages, turns_, selected, lang_)

        def retry(messages, turns_, selected, lang_):
            """Ask the last question again, in place of its answer."""
            turns_ = list(turns_ or [])
            if not turns_:
                yield skip_all
                return
            last = turns_.pop()
            yield from answer_turns(last["question"], list(messages or [])[: last["message"] - 1], turns_,
                                    selected, lang_)

        running = lambda: (gr.update(visible=False), gr.update(visible=True))  # noqa: E731
        idle = lambda: (gr.update(visible=True), gr.update(visible=False))  # noqa: E731
        ask_inputs = [question, history_state, turns, report_filter, lang]
        events = []
        # The Enter key's event is the chat's API ("ask": question, the two server-side States,
        # the report filter, the language State; bench/load.py drives it); the others are private.
        for trigger, fn, inputs, name in ((question.submit, respond, ask_inputs, "ask"),
                                          (send.click, respond, ask_inputs, None),
                                          (chatbot.retry, retry, ask_inputs[1:], None)):
            started = trigger(running, None, [send, stop], queue=False, api_visibility="private")
            visibility = {"api_name": name} if name else {"api_visibility": "private"}
            asked = started.then(fn, inputs=inputs, outputs=ask_outputs, concurrency_limit=4, **visibility)
            asked.then(idle, None, [send, stop], queue=False, api_visibility="private")
            events.append(asked)
        picked = examples.click(lambda sample: sample[0], inputs=examples, outputs=question, api_visibility="private")
        asked = picked.then(running, None, [send, stop], queue=False).then(
            respond, inputs=ask_inputs, outputs=ask_outputs, concurrency_limit=4, api_visibility="private")
        asked.then(idle, None, [send, stop], queue=False, api_visibility="private")
        events.append(asked)

        def stopped(messages, turns_, lang_):
            messages, turns_ = list(messages or []), list(turns_ or [])
            if turns_ and turns_[-1]["answer"] is None and messages:
                current = messages[turns_[-1]["message"]]["content"]
                thinking = md_text(text(lang_, "thinking"))
                shown_text = "" if current == thinking else current + " "
                messages[turns_[-1]["message"]] = {"role": "assistant",
                                                   "content": shown_text + md_text(text(lang_, "stopped"))}
            return messages, messages, gr.update(visible=True), gr.update(visible=False)

        stop.click(stopped, inputs=[history_state, turns, lang], outputs=[chatbot, history_state, send, stop],
                   cancels=events, queue=False, api_visibility="private")

        # ------------------------------------------------------------ picking an answer
        def pick(turns_, lang_, event: gr.SelectData):
            index = event.index if isinstance(event.index, int) else None
            found = next((i for i, t in enumerate(turns_ or []) if index in (t["message"], t["message"] - 1)), None)
            if found is None or turns_[found]["answer"] is None:
                return (gr.skip(),) * 5
            return (found, *_panel(turns_, found, lang_))

        chatbot.select(pick, inputs=[turns, lang], outputs=[shown, *panel_outputs], api_visibility="private")

        # ------------------------------------------------------------ feedback
        def rate(turns_, lang_, event: gr.LikeData):
            turns_ = [dict(t) for t in (turns_ or [])]
            found = next((i for i, t in enumerate(turns_) if t["message"] == event.index), None)
            if found is None or turns_[found]["answer"] is None or event.liked not in (True, False):
                return gr.skip(), gr.skip(), gr.skip()
            turn, rating = turns_[found], 1 if event.liked else -1
            try:
                if turn["feedback"] is None:
                    answer = turn["answer"]
                    turn["feedback"] = ratings.add(
                        rating=rating, question=turn["question"], answer=answer.get("answer", ""),
                        answered=bool(answer.get("answered")), citations=answer.get("citations", []),
                        history=[t["question"] for t in turns_[:found]][-MAX_HISTORY:], channel="chat")
                else:
                    ratings.set(turn["feedback"], rating=rating)
            except GongkaiError as err:
                return gr.skip(), gr.skip(), gr.skip(), _say(str(err))
            return turns_, turn["feedback"], gr.update(visible=True), _say(text(lang_, "feedback_saved"), "ok")

        chatbot.like(rate, inputs=[turns, lang], outputs=[turns, rated, note_row, alert], api_visibility="private")

        def save_note(text_: str, row: int | None, lang_: str):
            if row is None:
                return gr.skip(), gr.update(visible=False), gr.skip()
            ratings.set(row, note=(text_ or "")[:MAX_NOTE])
            return "", gr.update(visible=False), _say(text(lang_, "note_saved"), "ok")

        for trigger in (note_send.click, note.submit):
            trigger(save_note, inputs=[note, rated, lang], outputs=[note, note_row, alert], api_visibility="private")

        def cleared(lang_):
            return (sources_html(None, lang_), gr.update(visible=False), gr.update(visible=False),
                    gr.update(visible=False), [], [], None, gr.update(visible=False))

        chatbot.clear(cleared, inputs=lang, outputs=[*panel_outputs, turns, history_state, shown, note_row],
                      api_visibility="private")

        # ------------------------------------------------------------ language, load
        def relabel(new_lang: str, turns_, index):
            new_lang = normalize_lang(new_lang)
            t = lambda key: text(new_lang, key)  # noqa: E731
            reports = service.reports()
            updates = [new_lang, gr.Markdown(_header(new_lang)), gr.Radio(value=new_lang, label=t("language")),
                       _notice(reports, new_lang), gr.Chatbot(label=t("chat")),
                       gr.Textbox(placeholder=t("question_placeholder")), gr.Button(t("send")), gr.Button(t("stop")),
                       gr.Textbox(label=t("note_label")), gr.Button(t("note_send")),
                       gr.Dataset(label=t("examples"), samples=[[q] for q in example_questions(reports, new_lang)]),
                       gr.Dropdown(label=t("filter"), info=t("filter_info"), choices=report_choices(reports, new_lang)),
                       gr.Markdown(f"### {t('sources')}"), *_panel(turns_ or [], index, new_lang),
                       gr.Markdown(t("footer"))]
            if admin:
                updates.append(gr.Markdown(_admin_link(new_lang)))
            return updates

        lang_radio.change(relabel, inputs=[lang_radio, turns, shown],
                          outputs=[lang, header, lang_radio, notice, chatbot, question, send, stop, note, note_send,
                                   examples, report_filter, sources_title, *panel_outputs, footer,
                                   *([admin_link] if admin else [])],
                          api_visibility="private")

        def on_load(request: gr.Request):
            wanted = normalize_lang(request.query_params.get("lang") if request else None)
            reports = service.reports()
            return (wanted, gr.Dropdown(choices=report_choices(reports, DEFAULT_LANG)), _notice(reports, DEFAULT_LANG),
                    gr.Dataset(samples=[[q] for q in example_questions(reports, DEFAULT_LANG)]))

        blocks.load(on_load, outputs=[lang_radio, report_filter, notice, examples], api_visibility="private")

    return blocks


def _admin_link(lang: str) -> str:
    return f"[{md_text(text(lang, 'admin'))}](admin?lang={lang})"


def _header(lang: str) -> str:
    return f"## {text(lang, 'app_title')}\n<span class=\"gk-intro\">{md_text(text(lang, 'app_intro'))}</span>"
