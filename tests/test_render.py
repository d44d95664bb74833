"""What the chat renders from answers: markers that name their answer and source, table quotes
read as row › column: value, and report text escaped wherever it lands (text or attribute)."""

from __future__ import annotations

from assistant.web.render import answer_markdown, bot_message, quote_html, sources_html, values_html

EVIL = '"><img src=x onerror=alert(1)>${x}'


def test_markers_carry_their_answer_and_source_as_classes():
    rendered = answer_markdown("共3985758件[1]，另见[12]。", turn=3)
    assert 'class="gk-cite gk-turn-3 gk-n-1"' in rendered and 'class="gk-cite gk-turn-3 gk-n-12"' in rendered
    assert "<img" not in answer_markdown(EVIL + "[1]", turn=0)


def test_a_follow_up_says_how_it_was_read():
    message = bot_message({"answer": "为172487件[1]。", "understood_as": "青溪市2022年" + EVIL}, 1, "zh")
    assert message.startswith('<span class="gk-understood">按“青溪市2022年') and "<img" not in message


def test_table_quotes_read_as_row_column_value():
    html = quote_html("行政处罚｜本年处理决定数量｜3,985,758", ["3985758"])
    assert html.startswith('<span class="gk-row">行政处罚</span> › <span class="gk-col">本年处理决定数量</span>：')
    assert "<mark>3,985,758</mark>" in html
    assert "<img" not in quote_html(f"{EVIL}｜列｜5", ["5"])


def test_sources_escape_report_text_in_attributes_too():
    answer = {"answered": True, "verified": True, "citations": [{
        "id": 1, "source": EVIL + ".pdf", "title": EVIL, "section": EVIL, "page": 2, "quote": EVIL,
        "figures": ['1"2'], "passage_id": "fact:apply.new"}]}
    html = sources_html(answer, "zh", 4)
    assert 'id="gk-source-4-1"' in html and 'data-turn="4"' in html
    assert "<img" not in html and "${" not in html
    assert 'data-figures="[&quot;1\\&quot;2&quot;]"' in html


def test_values_table_escapes_labels():
    html = values_html({"title": EVIL, "unit": "件", "points": [{"label": EVIL, "value": "1", "source": "a.md"}]}, "zh")
    assert "<img" not in html and html.count("<tr>") == 2
