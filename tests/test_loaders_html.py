"""The HTML loader on pages shaped like government report pages: chrome around a content box,
colspan/rowspan tables, GBK encoding, markup that must stay text."""

from __future__ import annotations

from assistant.ingest.loaders import html
from assistant.model import Grid, Line

PAGE = """<!DOCTYPE html>
<html><head><meta {meta}><title>某市2024年政府信息公开工作年度报告_某市人民政府</title>
<script>var tracker = "脚本文字";</script><style>p {{ color: red }}</style></head>
<body>
<header><div class="logo">某市人民政府门户网站</div></header>
<nav><a href="/">首页</a> <a href="/gk">政务公开</a> <a href="/hd">互动交流</a></nav>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 年度报告</div>
<div class="left-menu"><ul><li>政府信息公开指南</li><li>政府信息公开制度</li></ul></div>
<div class="article">
  <h1>某市2024年政府信息公开
      工作年度报告</h1>
  <div class="info">发布日期：2025-01-20</div>
  <div id="zoom" class="TRS_Editor">
    <p>本报告根据《中华人民共和国政府信息公开条例》（国令第 711 号）编制。</p>
    <h2>一、总体情况</h2>
    <p>2024 年，全市共受理申请 <b>3119</b> 件，答复 3050 件。<!-- 编辑备注 --></p>
    <p>示例：&lt;script&gt;alert(1)&lt;/script&gt; 不是脚本。<script>alert("real")</script></p>
    <p>第一行<br>第二行</p>
    <h2>二、主动公开政府信息情况</h2>
    <table border="1">
      <tr><td colspan="3">第二十条第（一）项</td></tr>
      <tr><td rowspan="2">信息内容</td><td colspan="2">本年</td></tr>
      <tr><th>制发<br>件数</th><th>废止件数</th></tr>
      <tr><td>规章</td><td><p><span>1</span></p></td><td>0</td></tr>
    </table>
    <div>三、收到和处理政府信息公开申请情况</div>
    <ul><li>列表一</li><li>列表二</li></ul>
  </div>
  <div class="share">分享到：微信 微博</div>
</div>
<footer><p>版权所有：某市人民政府办公室</p><p>网站标识码 1234</p></footer>
</body></html>
"""

EXPECTED = [
    Line("某市2024年政府信息公开工作年度报告", heading_level=1),
    Line("发布日期：2025-01-20"),
    Line("本报告根据《中华人民共和国政府信息公开条例》（国令第711号）编制。"),
    Line("一、总体情况", heading_level=2),
    Line("2024年，全市共受理申请3119件，答复3050件。"),
    Line("示例：<script>alert(1)</script> 不是脚本。"),
    Line("第一行"),
    Line("第二行"),
    Line("二、主动公开政府信息情况", heading_level=2),
    Grid((
        ("第二十条第（一）项", None, None),
        ("信息内容", "本年", None),
        (None, "制发件数", "废止件数"),
        ("规章", "1", "0"),
    )),
    Line("三、收到和处理政府信息公开申请情况"),
    Line("列表一"),
    Line("列表二"),
]


def write(tmp_path, name, text, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_main_content_lines_and_table(tmp_path):
    doc = html.load(write(tmp_path, "report.html", PAGE.format(meta='charset="utf-8"')))
    assert doc.source == "report.html"
    assert doc.elements == EXPECTED
    assert doc.hints["title"] == "某市2024年政府信息公开工作年度报告_某市人民政府"
    assert doc.hints["encoding"] == "utf-8"


def test_chrome_scripts_and_comments_are_dropped(tmp_path):
    doc = html.load(write(tmp_path, "report.htm", PAGE.format(meta='charset="utf-8"')))
    text = "\n".join(e.text for e in doc.elements if isinstance(e, Line))
    for noise in ("首页", "当前位置", "政府信息公开指南", "门户网站", "分享到", "版权所有",
                  "脚本文字", 'alert("real")', "编辑备注", "color"):
        assert noise not in text
    # Escaped markup in a paragraph is text and stays text.
    assert "<script>alert(1)</script>" in text


def test_gbk_page_with_meta_charset(tmp_path):
    meta = 'http-equiv="Content-Type" content="text/html; charset=gbk"'
    doc = html.load(write(tmp_path, "gbk.html", PAGE.format(meta=meta), encoding="gbk"))
    assert doc.elements == EXPECTED
    assert doc.hints["encoding"] == "gb18030"  # the superset: gbk-labelled pages stray into it


def test_gbk_page_without_declaration(tmp_path):
    page = PAGE.format(meta='name="generator" content="TRS"')
    doc = html.load(write(tmp_path, "undeclared.html", page, encoding="gb18030"))
    assert doc.elements == EXPECTED


def test_utf8_bom(tmp_path):
    path = tmp_path / "bom.html"
    path.write_bytes(b"\xef\xbb\xbf" + "<p>政府信息公开</p>".encode())
    assert html.load(path).elements == [Line("政府信息公开")]


def test_page_wrapped_in_a_form_keeps_its_content(tmp_path):
    # ASP.NET pages put everything in one <form>: it is not chrome.
    page = """<html><body><form id="form1" method="post">
      <div class="nav"><a>首页</a><a>机构</a></div>
      <div class="content"><p>一、总体情况</p><p>全年主动公开政府信息5500余条。</p></div>
      <form class="search"><input name="q"><span>站内搜索</span></form>
    </form></body></html>"""
    doc = html.load(write(tmp_path, "aspnet.html", page))
    assert doc.elements == [Line("一、总体情况"), Line("全年主动公开政府信息5500余条。")]


def test_layout_table_is_read_as_text(tmp_path):
    paragraph = "全市各级行政机关认真贯彻落实条例，主动公开政府信息。" * 3
    links = " ".join(f"<a>栏目名称{n}</a>" for n in range(20))  # old sites: no nav markup
    page = f"""<html><head><title>年报</title></head><body>
      <table width="100%"><tr><td class="top">{links}</td></tr>
        <tr><td>
          <p>一、总体情况</p><p>{paragraph}</p>
          <table><tr><td>信息内容</td><td>本年制发件数</td></tr>
                 <tr><td>规章</td><td>1</td></tr></table>
        </td></tr></table>
      </body></html>"""
    doc = html.load(write(tmp_path, "layout.html", page))
    assert doc.elements == [
        Line("一、总体情况"),
        Line(paragraph),
        Grid((("信息内容", "本年制发件数"), ("规章", "1"))),
    ]


def test_spans_are_expanded_into_a_rectangle(tmp_path):
    page = """<html><body><p>表格</p><table>
      <tr><th rowspan="3">三、办理结果</th><th colspan="2">（三）不予公开</th><th>总计</th></tr>
      <tr><td>1.属于国家秘密</td><td rowspan="2">2</td><td>2</td></tr>
      <tr><td>2.其他</td><td>31</td><td>extra</td></tr>
      <tr><td colspan="bad">x</td><td rowspan="9">y</td></tr>
    </table></body></html>"""
    (grid,) = [e for e in html.load(write(tmp_path, "spans.html", page)).elements
               if isinstance(e, Grid)]
    assert grid.rows == (
        ("三、办理结果", "（三）不予公开", None, "总计", ""),
        (None, "1.属于国家秘密", "2", "2", ""),
        (None, "2.其他", None, "31", "extra"),
        ("x", "y", "", "", ""),
    )


def test_title_falls_back_to_h1_and_single_column_tables_are_text(tmp_path):
    page = """<html><body><h1>某区 2023 年报告</h1>
      <table><tr><td>框内的一段文字。</td></tr><tr><td>第二段。</td></tr></table>
      </body></html>"""
    doc = html.load(write(tmp_path, "plain.html", page))
    assert doc.hints["title"] == "某区2023年报告"
    assert doc.elements == [
        Line("某区2023年报告", heading_level=1),
        Line("框内的一段文字。"),
        Line("第二段。"),
    ]


def test_zero_spans(tmp_path):
    page = """<html><body><table>
      <tr><td rowspan="0">甲</td><td colspan="0">乙</td></tr>
      <tr><td>丙</td></tr>
      <tr><td>丁</td></tr>
    </table></body></html>"""
    (grid,) = html.load(write(tmp_path, "zero.html", page)).elements
    assert grid.rows == (("甲", "乙"), (None, "丙"), (None, "丁"))
