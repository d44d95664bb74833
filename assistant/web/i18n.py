"""UI strings in Chinese and English, for the Gradio chat and the embeddable widget.

``text(lang, key)`` falls back to Chinese for an unknown language and to the key itself for an
unknown key, so a missing translation shows up as a visible key instead of an exception.
"""

from __future__ import annotations

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"

STRINGS: dict[str, dict[str, str]] = {
    "zh": {
        "app_title": "政务公开年报问答",
        "app_intro": "就政府信息公开工作年度报告提问。每个数字都附有引用，并与报告原文核对。",
        "language": "界面语言",
        "question": "问题",
        "question_placeholder": "例如：某市2024年主动公开了多少条政府信息？",
        "send": "提问",
        "chat": "对话",
        "filter": "限定报告",
        "filter_info": "不选则在全部报告中查找",
        "examples": "示例问题",
        "sources": "引用来源",
        "sources_empty": "提问后，这里显示答案引用的报告原文。",
        "section": "章节",
        "page": "页码",
        "file": "文件",
        "verified": "答案中的数字均已在引用原文中核对。",
        "not_verified": "答案中的数字未能全部在引用原文中核对，请以原文为准。",
        "refused": "报告中没有找到答案，因此没有引用。",
        "thinking": "正在查找报告……",
        "too_long": "问题太长（最多 {max} 个字符）。",
        "error": "出错了：{message}",
        "error_title": "出错了",
        "internal_error": "服务器内部错误，请稍后再试。",
        "admin": "上传报告（管理员）",
        "admin_token": "管理员令牌",
        "admin_files": "报告文件（PDF、Word、HTML、TXT、Markdown）",
        "admin_upload": "上传并建立索引",
        "admin_bad_token": "管理员令牌不正确。",
        "admin_no_files": "请先选择文件。",
        "admin_done": "已导入 {reports} 份报告，{passages} 个段落，用时 {seconds:.1f} 秒。",
        "admin_failed": "未能导入：",
        "admin_back": "返回问答",
        "footer": "HTTP 接口说明见 [/docs](/docs)；可嵌入门户网站的小窗口见 [/widget](/widget)。",
        "stop": "停止",
        "stopped": "（已停止）",
        "understood_as": "按“{question}”理解：",
        "sources_of": "第 {n} 个回答的引用来源（点击对话中的其他回答可切换）",
        "view_source": "查看原文",
        "view_page_alt": "报告页面",
        "view_no_page": "此报告没有可显示的页面图像（仅保存了 PDF 原件）；下面是引用段落及其上下文。",
        "view_table": "在表格中的位置",
        "view_context": "上下文",
        "chart": "图表",
        "values": "引用的数值",
        "value": "数值",
        "label": "项目",
        "note_label": "附言（可选）：哪里不对？",
        "note_send": "提交附言",
        "note_saved": "已记下，谢谢！",
        "feedback_saved": "已记下您的评价。可以再补充一句附言。",
        "demo_banner": "当前的演示报告（标题带“（演示）”）描述的是虚构的青溪市，不是真实的政府数据。",
        "empty_index": "索引中还没有报告：管理员可运行 gongkai ingest 导入报告，或在上传页面上传。",
        "demo_label": "演示·虚构",
        "copy": "复制",
        "copied": "已复制",
        "feedback_up": "有帮助",
        "feedback_down": "有问题",
        "feedback_note": "哪里不对？（可选）",
        "feedback_send": "发送",
        "feedback_thanks": "谢谢反馈！",
        "covers": "可回答 {n} 份报告：",
        # widget
        "widget_title": "政务公开问答",
        "widget_open": "打开问答窗口",
        "widget_close": "关闭",
        "widget_welcome": "您好！请就政府信息公开工作年度报告提问，答案会注明出处。",
        "widget_error": "暂时无法回答：",
        "widget_network": "无法连接服务器，请稍后再试。",
    },
    "en": {
        "app_title": "Gongkai: ask the disclosure reports",
        "app_intro": "Ask about government information-disclosure annual reports (政府信息公开工作年度报告). "
                     "Every figure is cited and checked against the report text.",
        "language": "Language",
        "question": "Question",
        "question_placeholder": "e.g. How many items did 青溪市 disclose proactively in 2024?",
        "send": "Ask",
        "chat": "Chat",
        "filter": "Limit to reports",
        "filter_info": "Leave empty to search every report",
        "examples": "Example questions",
        "sources": "Sources",
        "sources_empty": "After you ask, the report passages the answer cites appear here.",
        "section": "Section",
        "page": "Page",
        "file": "File",
        "verified": "Every figure in the answer was found in the cited passages.",
        "not_verified": "Not every figure in the answer could be found in the cited passages; "
                        "check the report text.",
        "refused": "The reports do not answer this question, so nothing is cited.",
        "thinking": "Searching the reports…",
        "too_long": "The question is too long (at most {max} characters).",
        "error": "Something went wrong: {message}",
        "error_title": "Error",
        "internal_error": "Internal server error, please try again later.",
        "admin": "Upload reports (admin)",
        "admin_token": "Admin token",
        "admin_files": "Report files (PDF, Word, HTML, TXT, Markdown)",
        "admin_upload": "Upload and index",
        "admin_bad_token": "The admin token is not correct.",
        "admin_no_files": "Choose some files first.",
        "admin_done": "Indexed {reports} reports, {passages} passages in {seconds:.1f} s.",
        "admin_failed": "Not indexed:",
        "admin_back": "Back to the chat",
        "footer": "HTTP API: [/docs](/docs). Embeddable widget for portals: [/widget](/widget).",
        "stop": "Stop",
        "stopped": "(stopped)",
        "understood_as": "Read as “{question}”:",
        "sources_of": "Sources of answer {n} (click another answer in the chat to see its sources)",
        "view_source": "View in the report",
        "view_page_alt": "Report page",
        "view_no_page": "No page image for this report (only PDF originals are kept); the cited passage in its context follows.",
        "view_table": "In its table",
        "view_context": "In context",
        "chart": "Chart",
        "values": "The cited values",
        "value": "Value",
        "label": "Item",
        "note_label": "Note (optional): what was wrong?",
        "note_send": "Send note",
        "note_saved": "Noted, thank you!",
        "feedback_saved": "Your rating is noted. You may add a note.",
        "demo_banner": "The demo reports (titles marked （演示）) describe an invented city, 青溪市: they are not real government data.",
        "empty_index": "The index holds no reports yet: an administrator can add some with gongkai ingest or the upload page.",
        "demo_label": "demo, fictional",
        "copy": "Copy",
        "copied": "Copied",
        "feedback_up": "Helpful",
        "feedback_down": "Not right",
        "feedback_note": "What was wrong? (optional)",
        "feedback_send": "Send",
        "feedback_thanks": "Thanks for the feedback!",
        "covers": "Answers from {n} reports: ",
        # widget
        "widget_title": "Ask the disclosure reports",
        "widget_open": "Open the Q&A window",
        "widget_close": "Close",
        "widget_welcome": "Hello! Ask about the information-disclosure annual reports; "
                          "every answer names its source.",
        "widget_error": "Cannot answer right now:",
        "widget_network": "The server cannot be reached, please try again later.",
    },
}

# Example questions, filled from a report record's body and year.
EXAMPLE_TEMPLATES: dict[str, tuple[str, ...]] = {
    "zh": ("{body}{year}年主动公开了多少条政府信息？",
           "{body}{year}年新收政府信息公开申请多少件？",
           "{body}{year}年行政处罚的本年处理决定数量是多少？"),
    "en": ("How many items did {body} disclose proactively in {year}?",
           "How many new information disclosure requests did {body} receive in {year}?",
           "How many administrative penalty decisions did {body} make in {year}?"),
}


def normalize_lang(lang: str | None) -> str:
    lang = (lang or "").strip().lower()
    return "en" if lang.startswith("en") else DEFAULT_LANG


def text(lang: str | None, key: str, **values) -> str:
    table = STRINGS[normalize_lang(lang)]
    template = table.get(key, STRINGS[DEFAULT_LANG].get(key, key))
    return template.format(**values) if values else template


# What the source view (static/sourceview.js) says, in the chat and the widget.
VIEW_KEYS = ["view_source", "view_page_alt", "view_no_page", "view_table", "view_context", "page", "thinking",
             "widget_close", "widget_error"]


def view_strings() -> dict[str, dict[str, str]]:
    return {lang: {k: STRINGS[lang][k] for k in VIEW_KEYS} for lang in LANGS}


def widget_strings() -> dict[str, dict[str, str]]:
    """The strings the widget page needs, per language (embedded in the page as JSON)."""
    keys = [k for k in STRINGS[DEFAULT_LANG] if k.startswith("widget_")] + VIEW_KEYS + [
        "question_placeholder", "send", "section", "file", "verified", "not_verified", "examples",
        "understood_as", "copy", "copied", "feedback_up", "feedback_down", "feedback_note", "feedback_send",
        "feedback_thanks", "covers", "demo_label", "values", "value", "label", "too_long"]
    return {lang: {k: STRINGS[lang][k] for k in keys} for lang in LANGS}


def admin_strings() -> dict[str, dict[str, str]]:
    """The strings the upload page needs, per language (embedded in the page as JSON)."""
    keys = [k for k in STRINGS[DEFAULT_LANG] if k.startswith("admin")] + ["error_title", "widget_network"]
    return {lang: {k: STRINGS[lang][k] for k in keys} for lang in LANGS}


def example_questions(reports: list[dict], lang: str | None, limit: int = 4) -> list[str]:
    """A few questions about the indexed reports (newest first), one per report. The table
    questions go only to reports whose standard tables were found; the first template (how much
    was disclosed proactively) is answered by the prose of almost every report. Once a real
    report is indexed, the fictional demo reports give no examples: a list mixing 青溪市 with
    real cities would suggest the invented city is one of them."""
    from assistant.demo import is_demo

    templates = EXAMPLE_TEMPLATES[normalize_lang(lang)]
    if any(not is_demo(r) for r in reports):
        reports = [r for r in reports if not is_demo(r)]
    ranked = sorted((r for r in reports if r.get("body") and (r.get("year") or -1) > 0),
                    key=lambda r: (-r["year"], r["source"]))
    return [templates[i % len(templates) if (r.get("tables") or 0) >= 3 else 0].format(body=r["body"], year=r["year"])
            for i, r in enumerate(ranked[:limit])]
