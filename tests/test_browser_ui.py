"""The chat and the widget as people use them, in Debian's Chromium (Playwright): the source view
of a PDF citation (its highlight checked against pdfplumber's box of the cell), [n] markers that
show their own answer's source, the phone layout, an over-long question that keeps the
conversation, feedback stored and exported, /docs with the network cut, the widget's copy button
and example questions, a chart of a two-year question and a follow-up read in context.

The app serves the fictional demo reports (青溪市 2022 and 2024 have full tables), one real PDF
and one real text report. Screenshots go to test-artifacts/ (copies of them are in
docs/screenshots/).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from assistant.evaluation.suite import load_suite
from assistant.errors import SuiteError
from assistant.feedback import FeedbackStore, export_suite
from assistant.service import Gongkai
from pdfcells import cell_box
from browsing import MARKS, browser, serving  # noqa: F401 (browser is a fixture)
from assistant.settings import Settings

DEMO = Path(__file__).resolve().parents[1] / "demo"
PDF = "huaian-szf-2024.pdf"
PDF_QUESTION = "淮安市2024年行政处罚的本年处理决定数量是多少？"
PENALTY_2024 = "青溪市2024年行政处罚的本年处理决定数量是多少？"
TWO_YEARS = "青溪市2022年和2024年行政处罚的本年处理决定数量分别是多少？"
DISLIKE = "#gk-chat button[aria-label='踩'], #gk-chat button[aria-label='Dislike']"

pytestmark = MARKS


@pytest.fixture(scope="module")
def served(eval_docs, tmp_path_factory):
    """(the app's URL, its home): the demo reports, a real PDF and a real text report."""
    home = tmp_path_factory.mktemp("ui-home")
    folder = tmp_path_factory.mktemp("ui-reports")
    for path in [*DEMO.glob("qingxi-*.md"), eval_docs / PDF, eval_docs / "lishui-szf-2024.txt"]:
        shutil.copy(path, folder / path.name)
    service = Gongkai(Settings(home=home))
    assert service.ingest([folder]).ok
    with serving(service) as url:
        yield url, home


@pytest.fixture(scope="module")
def url(served) -> str:
    return served[0]


def new_page(browser, width=1280, height=900, phone=False):
    context = browser.new_context(viewport={"width": width, "height": height}, locale="zh-CN",
                                  is_mobile=phone, has_touch=phone, device_scale_factor=2 if phone else 1)
    page = context.new_page()
    page.set_default_timeout(60_000)
    return context, page


@pytest.fixture
def page(browser):
    context, page = new_page(browser)
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context, page = new_page(browser, 390, 844, phone=True)
    yield page
    context.close()


def ask(page, question: str, turn: int) -> None:
    """Ask in the chat and wait until the sources panel shows answer ``turn`` (0-based)."""
    page.locator("#gk-question textarea").fill(question)
    page.locator("#gk-send").click()
    page.locator(f"#gk-sources .gk-sources[data-turn='{turn}']").wait_for()


def bot_messages(page):
    return page.locator("#gk-chat .message.bot, #gk-chat [data-testid='bot']")


def overlap(a: tuple, b: tuple) -> float:
    """Intersection over union of two (x0, top, x1, bottom) boxes."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union else 0.0


def test_a_pdf_citation_shows_its_page_with_the_cell_boxed(page, url, eval_docs, artifacts_dir):
    page.goto(url + "/")
    ask(page, PDF_QUESTION, 0)
    page.screenshot(path=str(artifacts_dir / "chat-answer-desktop.png"), full_page=True)
    page.locator("#gk-sources button.gk-view").first.click()
    image = page.locator("#gk-viewer .gkv-sheet img")
    expect(image).to_be_visible()
    page.wait_for_function("() => { const i = document.querySelector('#gk-viewer .gkv-sheet img');"
                           " return i && i.complete && i.naturalWidth > 0; }")
    expect(page.locator("#gk-viewer .gkv-title")).to_contain_text("4")
    strong = page.locator("#gk-viewer .gkv-strong")
    assert strong.count() == 1
    (x0, top, x1, bottom), (width, height) = cell_box(eval_docs / PDF, 4, "3985758")
    shown = image.bounding_box()
    scale = shown["width"] / width
    expected = (shown["x"] + x0 * scale, shown["y"] + top * scale, shown["x"] + x1 * scale, shown["y"] + bottom * scale)
    got = strong.bounding_box()
    drawn = (got["x"], got["y"], got["x"] + got["width"], got["y"] + got["height"])
    assert overlap(expected, drawn) > 0.85, (expected, drawn)
    assert abs(shown["height"] / shown["width"] - height / width) < 0.01  # the page, not a crop
    expect(page.locator("#gk-viewer .gkv-cited mark")).to_have_text("3985758")
    page.screenshot(path=str(artifacts_dir / "source-view-desktop.png"))
    page.keyboard.press("Escape")
    expect(page.locator("#gk-viewer")).to_have_count(0)


def test_markers_show_the_sources_of_their_own_answer(page, url, artifacts_dir):
    page.goto(url + "/")
    ask(page, PENALTY_2024, 0)
    ask(page, "青溪市2022年新收政府信息公开申请多少件？", 1)
    assert page.locator("#gk-source-1-1").count() == 1 and page.locator("#gk-source-0-1").count() == 0
    page.locator("#gk-chat sup.gk-cite.gk-turn-0.gk-n-1").click()
    page.locator("#gk-sources .gk-sources[data-turn='0']").wait_for()
    source = page.locator("#gk-source-0-1")
    expect(source).to_have_class(re.compile(r"\bgk-flash\b"))
    expect(source.locator(".gk-quote mark")).to_have_text("99571")
    expect(page.locator("#gk-sources .gk-which")).to_contain_text("第 1 个回答")
    page.locator("#gk-chat sup.gk-cite.gk-turn-1.gk-n-1").click()  # and back to the second
    page.locator("#gk-sources .gk-sources[data-turn='1']").wait_for()
    page.screenshot(path=str(artifacts_dir / "chat-markers-desktop.png"), full_page=True)


def test_phone_layout(phone, url, artifacts_dir):
    phone.goto(url + "/")
    box = phone.locator("#gk-question textarea")
    box.wait_for()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    assert phone.evaluate("window.scrollY") == 0
    input_box = box.bounding_box()
    assert input_box["y"] >= 0 and input_box["y"] + input_box["height"] <= 844, input_box
    title = phone.locator("#gk-header h2").bounding_box()
    assert title["width"] >= 200  # the title has the width, not squeezed beside the language toggle
    phone.screenshot(path=str(artifacts_dir / "chat-phone.png"))
    box.fill(PDF_QUESTION)
    phone.locator("#gk-send").tap()
    phone.locator("#gk-sources .gk-sources[data-turn='0'] .gk-source").wait_for()
    answer = bot_messages(phone).last.bounding_box()
    source = phone.locator("#gk-sources .gk-source").first.bounding_box()
    assert 0 < source["y"] - (answer["y"] + answer["height"]) < 0.6 * 844, (answer, source)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.screenshot(path=str(artifacts_dir / "chat-answer-phone.png"), full_page=True)
    phone.locator("#gk-sources button.gk-view").first.tap()
    phone.locator("#gk-viewer .gkv-strong").wait_for()
    phone.wait_for_function("() => { const i = document.querySelector('#gk-viewer .gkv-sheet img');"
                            " return i && i.complete && i.naturalWidth > 0; }")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.screenshot(path=str(artifacts_dir / "source-view-phone.png"))


def test_an_over_long_question_keeps_the_conversation(page, url, artifacts_dir):
    page.goto(url + "/")
    ask(page, PENALTY_2024, 0)
    messages = bot_messages(page).count()
    box = page.locator("#gk-question textarea")
    assert box.get_attribute("maxlength") == "500"
    box.fill("问" * 5000)
    assert len(box.input_value()) == 500  # the textbox stops at the limit
    # A client that gets past the textbox is refused by the server, in the UI's language.
    box.evaluate("el => { el.removeAttribute('maxlength'); el.value = '问'.repeat(5000);"
                 " el.dispatchEvent(new Event('input', {bubbles: true})); }")
    page.locator("#gk-send").click()
    expect(page.locator("#gk-alert")).to_contain_text("问题太长（最多 500 个字符）")
    assert bot_messages(page).count() == messages
    expect(page.locator("#gk-sources .gk-sources[data-turn='0'] .gk-source")).to_have_count(1)
    assert page.get_by_text("Error", exact=True).count() == 0 and page.locator(".toast-body").count() == 0
    assert page.locator("[data-testid='status-tracker'].error, .error[data-testid]").count() == 0
    page.screenshot(path=str(artifacts_dir / "chat-too-long-desktop.png"), full_page=True)


def test_feedback_is_stored_and_exported(page, browser, served, tmp_path, artifacts_dir):
    url, home = served
    page.goto(url + "/")
    ask(page, PENALTY_2024, 0)
    page.locator(DISLIKE).last.click()
    page.locator("#gk-note textarea").fill("应该问的是2022年")
    page.screenshot(path=str(artifacts_dir / "chat-feedback-desktop.png"), full_page=True)
    page.locator("#gk-note-send").click()
    expect(page.locator("#gk-alert")).to_contain_text("已记下，谢谢")

    context, widget = new_page(browser, 400, 700)
    widget.goto(url + "/widget?reports=qingxi-szf-2022.md,qingxi-szf-2024.md")
    widget.locator("#gk-input").fill(PENALTY_2024)
    widget.locator("#gk-send").click()
    widget.locator(".gk-answer").wait_for()
    widget.locator(".gk-down").click()
    widget.locator(".gk-note input").fill("数字不对")
    widget.locator(".gk-note button").click()
    expect(widget.locator(".gk-thanks")).to_be_visible()
    widget.screenshot(path=str(artifacts_dir / "widget-feedback.png"))
    context.close()

    rows = FeedbackStore(home).all(rating=-1)
    chat = next(r for r in rows if r.channel == "chat" and r.note == "应该问的是2022年")
    widget_row = next(r for r in rows if r.channel == "widget" and r.note == "数字不对")
    assert chat.question == widget_row.question == PENALTY_2024 and "99571" in chat.answer
    assert chat.citations[0]["source"] == "qingxi-szf-2024.md"
    suite = tmp_path / "feedback.suite.yaml"
    (tmp_path / "qingxi-szf-2024.md").write_text("x", encoding="utf-8")
    assert export_suite([chat, widget_row], suite, home=home) == 2
    with pytest.raises(SuiteError, match="FILL IN"):
        load_suite(suite)


def test_docs_render_with_the_network_cut(browser, url, artifacts_dir):
    context, page = new_page(browser)
    outside: list[str] = []

    def only_local(route):
        host = route.request.url.split("/")[2].split(":")[0]
        if host in ("127.0.0.1", "localhost"):
            return route.continue_()
        outside.append(route.request.url)
        return route.abort()

    context.route("**/*", only_local)
    page.goto(url + "/docs")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Gongkai")
    expect(page.locator(".swagger-ui .opblock-summary-path").first).to_be_visible()
    assert page.locator(".swagger-ui .opblock-summary-path", has_text="/api/ask").count() >= 1
    assert outside == []
    page.screenshot(path=str(artifacts_dir / "docs-offline.png"))
    context.close()


def test_widget_examples_and_copy(browser, url, artifacts_dir):
    context, page = new_page(browser, 400, 700)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url)
    page.goto(url + "/widget?reports=qingxi-szf-2022.md,qingxi-szf-2024.md")
    expect(page.locator("#gk-covers")).to_contain_text("2 份报告")
    expect(page.locator("#gk-covers")).to_contain_text("演示")
    chips = page.locator(".gk-example")
    chips.first.wait_for()
    assert all("青溪市" in q for q in chips.all_inner_texts())
    page.screenshot(path=str(artifacts_dir / "widget-examples.png"))
    asked = chips.first.inner_text()
    chips.first.click()
    answer = page.locator(".gk-answer").last
    answer.wait_for()
    expect(page.locator(".gk-msg.gk-user").last).to_have_text(asked)
    expect(page.locator("#gk-examples")).to_be_hidden()
    page.locator(".gk-copy").last.click()
    expect(page.locator(".gk-copy").last).to_have_text("已复制")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(answer.inner_text()) and "[1] " in copied
    page.locator(".gk-marker").first.click()
    expect(page.locator(".gk-cite").first).to_have_class(re.compile(r"\bgk-flash\b"))
    page.locator(".gk-view").first.click()
    expect(page.locator("#gk-viewer .gkv-cited")).to_be_visible()
    page.screenshot(path=str(artifacts_dir / "widget-source-view.png"))
    context.close()


def test_two_years_give_a_chart_and_its_values(page, url, artifacts_dir):
    page.goto(url + "/")
    ask(page, TWO_YEARS, 0)
    chart = page.locator("#gk-chart-line")
    expect(chart).to_be_visible()
    expect(chart.locator("canvas, svg").first).to_be_visible()
    expect(page.locator("#gk-chart-bar")).to_be_hidden()
    rows = page.locator("#gk-values tbody tr")
    expect(rows).to_have_count(2)
    assert [r.split("\t")[:2] for r in rows.all_inner_texts()] == [["2022", "172487"], ["2024", "99571"]]
    page.screenshot(path=str(artifacts_dir / "chat-chart-desktop.png"), full_page=True)
    # Retry asks again in place: still one question, one answer, its chart and sources.
    page.locator("#gk-chat button[aria-label='重试'], #gk-chat button[aria-label='Retry']").last.click()
    expect(page.locator("#gk-send")).to_be_visible()
    page.locator("#gk-sources .gk-sources[data-turn='0'] .gk-source").first.wait_for()
    expect(page.locator("#gk-chat [data-testid='user']")).to_have_count(1)
    expect(page.locator("#gk-chat [data-testid='bot']")).to_have_count(1)
    expect(page.locator("#gk-values tbody tr")).to_have_count(2)


def test_a_follow_up_is_read_in_context(page, browser, url, artifacts_dir):
    page.goto(url + "/")
    ask(page, PENALTY_2024, 0)
    ask(page, "那2022年呢？", 1)
    reply = bot_messages(page).last
    expect(reply).to_contain_text("172487")
    expect(reply.locator(".gk-understood")).to_contain_text("2022")
    expect(page.locator("#gk-source-1-1")).to_contain_text("qingxi-szf-2022.md")
    page.screenshot(path=str(artifacts_dir / "chat-follow-up-desktop.png"), full_page=True)

    context, widget = new_page(browser, 400, 700)
    widget.goto(url + "/widget?reports=qingxi-szf-2022.md,qingxi-szf-2024.md")
    for question in (PENALTY_2024, "那2022年呢？"):
        widget.locator("#gk-input").fill(question)
        widget.locator("#gk-send").click()
        widget.locator(".gk-answer").nth(0 if question == PENALTY_2024 else 1).wait_for()
    expect(widget.locator(".gk-answer").last).to_contain_text("172487")
    expect(widget.locator(".gk-understood")).to_contain_text("2022")
    widget.locator("#gk-input").fill(TWO_YEARS)
    widget.locator("#gk-send").click()
    expect(widget.locator(".gk-series tbody tr")).to_have_count(2)
    widget.screenshot(path=str(artifacts_dir / "widget-follow-up-and-values.png"))
    context.close()
