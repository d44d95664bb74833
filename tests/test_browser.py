"""The web app in a real browser: Debian's Chromium driven by Playwright, the real app served by
uvicorn on a free port over an index of the real reports, a portal page served from another port.

Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect

from assistant.service import Gongkai
from browsing import MARKS, browser, free_port, serving  # noqa: F401 (browser is a fixture)
from assistant.settings import Settings

PORTAL = Path(__file__).parent / "portal"

QUESTION = "淮安市2024年行政处罚的本年处理决定数量是多少？"
FIGURE = re.compile(r"3,?985,?758")
XSS_QUESTION = "测试市2024年主动公开政府信息多少条？"
XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_REPORT = f"""测试市人民政府2024年政府信息公开工作年度报告

一、总体情况

（一）主动公开情况。本年度测试市主动公开政府信息{XSS_SCRIPT}共计4321条，其中{XSS_IMG}门户网站发布2100条，${{window.__xss=1}}。

（二）依申请公开情况。本年度新收政府信息公开申请57件。
"""

ADMIN_TOKEN = "browser-test-admin-token"
UPLOAD_REPORT = """青岩镇人民政府2023年政府信息公开工作年度报告

一、总体情况

（一）主动公开情况。本年度青岩镇主动公开政府信息318条。
"""

pytestmark = MARKS


@pytest.fixture(scope="module")
def app_url(eval_docs, tmp_path_factory):
    """The real app over the dev reports plus a report full of markup, served by uvicorn."""
    home = tmp_path_factory.mktemp("browser-home")
    xss = tmp_path_factory.mktemp("xss") / "xss-test-2024.txt"
    xss.write_text(XSS_REPORT, encoding="utf-8")
    service = Gongkai(Settings(home=home, admin_token=ADMIN_TOKEN))
    result = service.ingest([eval_docs, xss])
    assert result.ok, result.failures
    with serving(service) as url:
        yield url


@pytest.fixture(scope="module")
def portal_url(app_url):
    """tests/portal/ served from another port, with the app's origin filled into the page."""
    class Portal(http.server.SimpleHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            if self.path.split("?")[0] not in ("/", "/index.html"):
                return super().do_GET()
            page = (PORTAL / "index.html").read_text(encoding="utf-8").replace("__GONGKAI_ORIGIN__", app_url)
            data = page.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()),
                                             functools.partial(Portal, directory=str(PORTAL)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(60_000)
    yield page
    context.close()


def ask_in_chat(page, app_url: str, question: str) -> None:
    page.goto(app_url + "/")
    page.locator("#gk-question textarea").fill(question)
    page.locator("#gk-send").click()
    page.locator("#gk-sources .gk-source").first.wait_for()


def ask_in_widget(frame, question: str):
    frame.locator("#gk-input").fill(question)
    frame.locator("#gk-send").click()
    answer = frame.locator(".gk-answer").last
    answer.wait_for()
    return answer


def boxes_overlap(a: dict, b: dict) -> bool:
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


def on_top(page, locator) -> bool:
    """Whether the element is what a click at its centre would hit (nothing of the portal above it)."""
    return locator.evaluate("el => { const r = el.getBoundingClientRect();"
                            " return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === el; }")


def test_chat_answers_with_citation_and_source(page, app_url, artifacts_dir):
    ask_in_chat(page, app_url, QUESTION)
    bot = page.locator("#gk-chat .message.bot, #gk-chat [data-testid='bot']").last
    assert FIGURE.search(bot.inner_text())
    assert page.locator("#gk-chat sup.gk-cite").first.inner_text() == "[1]"

    source = page.locator("#gk-sources .gk-source").first
    source.locator("summary").click()  # fold and unfold the source: the quote is shown when open
    source.locator("summary").click()
    assert source.evaluate("el => el.open")
    assert "淮安市人民政府2024年政府信息公开工作年度报告" in source.locator(".gk-title").inner_text()
    assert "主动公开政府信息情况" in source.locator(".gk-meta").inner_text()
    assert FIGURE.search(source.locator(".gk-quote").inner_text())
    assert FIGURE.fullmatch(source.locator(".gk-quote mark").first.inner_text())
    page.screenshot(path=str(artifacts_dir / "chat-answer.png"), full_page=True)


def test_chat_language_toggle(page, app_url):
    page.goto(app_url + "/?lang=en")
    expect(page.locator("#gk-send")).to_have_text("Ask")
    expect(page.locator("#gk-examples")).to_contain_text("Example questions")


def test_portal_embeds_two_widgets(browser, portal_url, artifacts_dir):
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(portal_url)
    buttons = page.locator(".gongkai-embed-button")
    buttons.nth(1).wait_for()
    assert buttons.count() == 2
    first, second = buttons.nth(0), buttons.nth(1)
    assert first.is_visible() and second.is_visible()
    assert not boxes_overlap(first.bounding_box(), second.bounding_box())
    assert on_top(page, first) and on_top(page, second)  # above the portal's own fixed button
    assert "淮安年报问答" in first.inner_text() and "Ask all reports" in second.inner_text()

    first.click()
    frame_element = page.locator("iframe.gongkai-embed-frame")
    frame_element.wait_for()
    frame = page.frame_locator("iframe.gongkai-embed-frame")
    expect(frame.locator("#gk-title")).to_have_text("淮安年报问答")
    answer = ask_in_widget(frame, QUESTION)
    assert FIGURE.search(answer.inner_text())
    cite = frame.locator(".gk-cite").first
    assert "淮安市人民政府2024年政府信息公开工作年度报告" in cite.inner_text()
    assert FIGURE.fullmatch(cite.locator("mark").first.inner_text())
    # The open widget sits above the buttons, so both stay visible and clickable.
    box = frame_element.bounding_box()
    assert not boxes_overlap(box, first.bounding_box()) and not boxes_overlap(box, second.bounding_box())
    assert on_top(page, first) and on_top(page, second)
    page.screenshot(path=str(artifacts_dir / "portal-widget.png"))

    second.click()  # opening the other widget closes the first one
    page.locator("iframe.gongkai-embed-frame >> nth=1").wait_for()
    expect(page.locator("iframe.gongkai-embed-frame").first).to_be_hidden()
    expect(page.frame_locator("iframe.gongkai-embed-frame >> nth=1").locator("#gk-send")).to_have_text("Ask")
    context.close()


def test_portal_widget_on_a_phone(browser, portal_url, artifacts_dir):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True,
                                  locale="zh-CN")
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(portal_url)
    buttons = page.locator(".gongkai-embed-button")
    buttons.nth(1).wait_for()
    assert not boxes_overlap(buttons.nth(0).bounding_box(), buttons.nth(1).bounding_box())
    buttons.nth(0).tap()
    frame_element = page.locator("iframe.gongkai-embed-frame")
    frame_element.wait_for()
    box = frame_element.bounding_box()
    assert box["width"] >= 0.9 * 375 and box["height"] >= 0.8 * 740
    frame = page.frame_locator("iframe.gongkai-embed-frame")
    frame.locator("#gk-input").wait_for()
    page.screenshot(path=str(artifacts_dir / "portal-widget-phone.png"))
    frame.locator("#gk-close").tap()  # the widget's own close button hands control back to the portal
    frame_element.wait_for(state="hidden")
    context.close()


def test_report_markup_is_shown_as_text_in_chat(page, app_url, artifacts_dir):
    ask_in_chat(page, app_url, XSS_QUESTION)
    bot = page.locator("#gk-chat .message.bot, #gk-chat [data-testid='bot']").last
    assert "4321" in bot.inner_text()
    assert XSS_SCRIPT in bot.inner_text()
    quote = page.locator("#gk-sources .gk-quote").first.inner_text()
    assert XSS_SCRIPT in quote and XSS_IMG in quote and "${window.__xss=1}" in quote
    page.wait_for_timeout(500)
    assert page.evaluate("window.__xss") is None
    assert page.locator("img[src='x']").count() == 0
    page.screenshot(path=str(artifacts_dir / "chat-xss.png"), full_page=True)


def test_report_markup_is_shown_as_text_in_widget(page, app_url, artifacts_dir):
    page.goto(app_url + "/widget?title=" + "%3Cimg%20src%3Dx%20onerror%3D%22window.__xss%3D1%22%3E")
    expect(page.locator("#gk-title")).to_have_text(XSS_IMG)
    answer = ask_in_widget(page, XSS_QUESTION)
    assert "4321" in answer.inner_text() and XSS_SCRIPT in answer.inner_text()
    quote = page.locator(".gk-quote").first.inner_text()
    assert XSS_SCRIPT in quote and XSS_IMG in quote
    page.wait_for_timeout(500)
    assert page.evaluate("window.__xss") is None
    assert page.locator("img[src='x']").count() == 0
    page.screenshot(path=str(artifacts_dir / "widget-xss.png"))


def test_admin_upload_needs_the_token_and_reports_failures(page, app_url, tmp_path, artifacts_dir):
    good = tmp_path / "qingyan-zzf-2023.txt"
    good.write_text(UPLOAD_REPORT, encoding="utf-8")
    empty = tmp_path / "empty-2023.txt"
    empty.write_text("", encoding="utf-8")
    page.goto(app_url + "/")
    link = page.get_by_role("link", name="上传报告（管理员）")
    assert link.get_attribute("href").startswith("admin")
    page.goto(app_url + "/" + link.get_attribute("href"))
    page.locator("#gk-admin-files").set_input_files([str(good), str(empty)])
    page.locator("#gk-admin-token").fill("not-the-token")
    page.locator("#gk-admin-upload").click()
    page.get_by_text("管理员令牌不正确").first.wait_for()

    page.locator("#gk-admin-token").fill(ADMIN_TOKEN)
    page.locator("#gk-admin-upload").click()
    result = page.locator("#gk-admin-result")
    expect(result).to_contain_text("已导入 1 份报告")
    expect(result).to_contain_text("empty-2023.txt")
    page.screenshot(path=str(artifacts_dir / "chat-admin-upload.png"), full_page=True)
    ask_in_chat(page, app_url, "青岩镇2023年主动公开政府信息多少条？")
    assert "318" in page.locator("#gk-sources .gk-quote").first.inner_text()
