"""Fuzzing every loader through the path ingest takes (the worker process with its budgets):
whatever the bytes, reading a file ends in a report or an IngestError, never another exception
and never a hang.

Inputs are small valid files built here (txt/md in UTF-8 and GBK, HTML, DOCX, PDF), mutated
(bytes flipped, inserted, deleted, repeated, truncated; format tokens spliced in; a DOCX's XML
mutated inside a valid zip), plus the structural cases of issue 8 (hostile.py) and generated
text in several encodings. The seed is fixed (derandomize), so a run is repeatable.

    GONGKAI_FUZZ_EXAMPLES=20000 GONGKAI_FUZZ_REPORT=fuzz.json python -m pytest tests/test_fuzz_loaders.py -m slow

runs a long campaign and writes its counts (outcomes, slowest file, peak memory per file), and
the slowest input beside the report.
"""

from __future__ import annotations

import functools
import io
import json
import os
import re
import time
import zipfile
from xml.sax.saxutils import escape
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hostile
import pdfmake
from assistant.errors import IngestError, LimitExceeded
from assistant.ingest.limits import Limits
from assistant.ingest.worker import ParserBug, Worker

EXAMPLES = int(os.environ.get("GONGKAI_FUZZ_EXAMPLES", "2000"))  # the slow run (CI runs it)
QUICK_EXAMPLES = min(EXAMPLES, 300)  # the quick run (-m "not slow"): the same seed's first inputs
REPORT_PATH = os.environ.get("GONGKAI_FUZZ_REPORT")
# The default budgets, with a parse time no fuzz input should come near: a timeout is a hang
# the budgets failed to stop early, and fails the test.
LIMITS = Limits(parse_seconds=30)

# A fictional report in the national format, enough to exercise headings, prose and tables.
REPORT = """青溪市人民政府2024年政府信息公开工作年度报告
一、总体情况
2024年，青溪市共收到政府信息公开申请3,985,758件，其中45.28万件予以公开。
（一）主动公开政府信息情况
| 信息内容 | 本年制发件数 | 本年废止件数 |
| 规章 | 3 | 0 |
| 行政规范性文件 | 12 | 2 |
第二十条第（五）项 |
| 信息内容 | 本年处理决定数量 |
| 行政许可 | 45 |
二、收到和处理政府信息公开申请情况
本年新收政府信息公开申请120件。
三、存在的主要问题及改进情况
无。
"""


def _html(charset: str = "utf-8") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="{charset}"><title>青溪市2024年政府信息公开工作年度报告</title>
<script>var a = 1 < 2;</script></head><body><nav class="menu"><a href="/">首页</a></nav>
<div class="article"><h1>青溪市人民政府2024年政府信息公开工作年度报告</h1>
<h2>一、总体情况</h2><p>2024年，共收到申请3,985,758件。<br>其中45.28万件予以公开。</p>
<table><tr><th rowspan="2">信息内容</th><th colspan="2">本年</th></tr><tr><th>制发</th><th>废止</th></tr>
<tr><td>规章</td><td>3</td><td>0</td></tr><tr><td>行政规范性文件</td><td>12</td><td>2</td></tr></table>
<h2>二、收到和处理政府信息公开申请情况</h2><p>本年新收申请120件。</p></div>
<footer>版权所有</footer></body></html>""".encode(charset)


def _docx() -> bytes:
    return hostile.docx_bytes(REPORT.splitlines()[:4], [["信息内容", "本年制发件数"], ["规章", "3"],
                                                         ["行政规范性文件", "12"]])


def _pdf(compress: bool) -> bytes:
    lines = [line for line in REPORT.splitlines() if "|" not in line]
    page = "".join(pdfmake.text(60, 800 - 22 * i, line, 11) for i, line in enumerate(lines))
    page += pdfmake.grid(60, 480, [160, 100, 100], 20, [["信息内容", "本年制发件数", "本年废止件数"],
                                                          ["规章", "3", "0"], ["行政规范性文件", "12", "2"]])
    return pdfmake.pdf([page, pdfmake.text(60, 800, "三、存在的主要问题及改进情况")], compress=compress,
                       title="青溪市2024年政府信息公开工作年度报告")


SEEDS: list[tuple[str, bytes]] = [
    (".txt", REPORT.encode("utf-8")),
    (".txt", REPORT.encode("gbk")),
    (".md", ("# " + REPORT.replace("\n| 信息内容 | 本年制发件数 | 本年废止件数 |\n",
                                   "\n| 信息内容 | 本年制发件数 | 本年废止件数 |\n|---|---|---|\n")).encode("utf-8")),
    (".html", _html()),
    (".htm", _html("gbk")),
    (".docx", _docx()),
    (".pdf", _pdf(compress=False)),
    (".pdf", _pdf(compress=True)),
]

# Format tokens worth splicing in: structure a mutation of random bytes rarely hits.
TOKENS = {
    ".txt": [b"|", b"\n| a | 1 |\n", "一、".encode(), "（一）".encode(), b"\r", b"\x00", b"\xef\xbb\xbf",
             b"\xff\xfe", "。".encode("gbk"), b"\x81\x30"],
    ".html": [b"<table>", b"<tr>", b"<td colspan=\"9999\">", b"<td rowspan=\"0\">", b"<td rowspan=\"-1\">",
              b"<meta charset=\"hex\">", b"<meta charset=\"utf-16\">", b"&#0;", b"&#x110000;", b"<!--",
              b"<![CDATA[", b"<br>", b"<h1>", b"</table></table>", b"<div style=\"display:none\">",
              b"<nav>", b"<form>", b"\xef\xbb\xbf"],
    ".pdf": [b"<<", b">>", b"[", b"]", b" 0 R", b"obj", b"endobj", b"stream\n", b"endstream", b"/Filter /FlateDecode",
             b"/Length 999999999", b"/Length -5", b"(", b")", b"\\", b"/Kids [2 0 R]", b"/Count 999999999",
             b"/Type /Pages", b"BT", b"ET", b" Tj", b" TJ", b" Td", b" Tf", b" 1e308 ", b" -0 ", b" re S",
             b"/Encrypt 1 0 R", b"trailer", b"xref", b"startxref", b"%%EOF", b"/Predictor 12",
             b"/DecodeParms << /Predictor 15 /Columns 999999 >>", b"/Filter /LZWDecode",
             b"/Filter /RunLengthDecode", b"/Filter /ASCII85Decode"],
    ".docx": [b"<w:tbl>", b"</w:tbl>", b"<w:tr>", b"</w:tr>", b"<w:tc>", b"</w:tc>", b"<w:p>", b"</w:p>",
              b"<w:t>", b'<w:gridSpan w:val="x"/>', b'<w:gridSpan w:val="0"/>', b'<w:gridSpan w:val="9999999"/>',
              b'<w:gridBefore w:val="-1"/>', b'<w:gridAfter w:val="3"/>', b'<w:vMerge w:val="restart"/>',
              b"<w:vMerge/>", b'<w:pStyle w:val="Heading1"/>', b'<w:outlineLvl w:val="\xc2\xb2"/>',
              b"<w:sdt><w:sdtContent>", b"</w:sdtContent></w:sdt>", b"&amp;", b"&#0;", b"<w:br/>"],
}
TOKENS[".md"] = TOKENS[".txt"]
TOKENS[".htm"] = TOKENS[".html"]

STRUCTURAL = {  # name -> builder; built on first use (a few are large)
    "bom-then-gbk": hostile.bom_then_gbk,
    "odd-utf16": hostile.odd_utf16,
    "lone-surrogate": hostile.utf16_lone_surrogate,
    **{f"gridspan-{v}": functools.partial(hostile.docx_grid_span, v)
       for v in ("x", "-3", "0", "1.5", " 2", "２", "100000000", "9" * 5000)},
    **{f"charset-{name}": functools.partial(hostile.html_meta_charset, name)
       for name in ("hex", "base64", "rot13", "zlib", "bz2", "uu", "quopri", "idna", "punycode",
                    "utf-7", "utf-16", "utf-32", "nonsense", "x-user-defined")},
    "nested-tables": functools.partial(hostile.html_nested_tables, 600),
    "nested-divs": functools.partial(hostile.html_nested_divs, 3000),
    "html-elements": functools.partial(hostile.html_big_table, 6000, 20),
    "html-span-bomb": functools.partial(hostile.html_span_bomb, 50),
    "run-on-text": functools.partial(hostile.run_on_text, 300_000),
    "docx-many-paragraphs": functools.partial(hostile.docx_many_paragraphs, 20_000, 330),
    "docx-zip-bomb": functools.partial(hostile.docx_zip_bomb, 256),
    "docx-vertical-merge": functools.partial(hostile.docx_vertical_merge, 1500),
    "pdf-text-run": functools.partial(hostile.pdf_text_run, 12_000),
    "pdf-flate-bomb": functools.partial(hostile.pdf_flate_bomb, 256),
    "pdf-pages": functools.partial(hostile.pdf_many_pages, 400),
    "pdf-boxes": functools.partial(hostile.pdf_boxes, 120, 100),
}


@functools.cache
def structural(name: str) -> tuple[str, bytes]:
    return STRUCTURAL[name]()


@st.composite
def mutated(draw, data: bytes, tokens: list[bytes]) -> bytes:
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["flip", "insert", "token", "token", "delete", "repeat", "truncate"]))
        at = draw(st.integers(0, len(out)))
        if op == "flip" and out:
            out[min(at, len(out) - 1)] = draw(st.integers(0, 255))
        elif op == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif op == "token":
            out[at:at] = draw(st.sampled_from(tokens))
        elif op == "delete":
            del out[at:at + draw(st.integers(1, 512))]
        elif op == "repeat":
            out[at:at] = bytes(out[at:at + draw(st.integers(1, 512))]) * draw(st.integers(2, 200))
        elif op == "truncate":
            del out[at:]
    return bytes(out)


def _rezip(data: bytes, member: str, body: bytes) -> bytes:
    return hostile.rewrite_member(data, member, lambda _: body)


# Well-formed WordprocessingML fragments, often in places the schema does not allow them: they
# reach python-docx's and our table and style code, where raw byte mutations only reach lxml.
FRAGMENTS = [
    "<w:p><w:r><w:t>{t}</w:t></w:r></w:p>",
    '<w:p><w:pPr><w:pStyle w:val="{v}"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>',
    '<w:p><w:pPr><w:outlineLvl w:val="{v}"/></w:pPr><w:r><w:t>{t}</w:t></w:r></w:p>',
    '<w:tc><w:tcPr><w:gridSpan w:val="{v}"/></w:tcPr><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>',
    '<w:tc><w:tcPr><w:vMerge w:val="{v}"/></w:tcPr><w:p/></w:tc>',
    "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>",
    '<w:tr><w:trPr><w:gridBefore w:val="{v}"/><w:gridAfter w:val="{v}"/></w:trPr><w:tc><w:p/></w:tc></w:tr>',
    "<w:tr><w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc></w:tr>",
    "<w:tr/>",
    "<w:tc/>",
    "<w:tbl><w:tr><w:tc><w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>",
    "<w:tbl><w:tr></w:tr></w:tbl>",
    "<w:tbl/>",
    "<w:sdt><w:sdtContent><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    "<w:r><w:br/><w:t>{t}</w:t><w:tab/></w:r>",
]
VALUES = ["1", "2", "3", "0", "-1", "x", "", "restart", "continue", "9", "99", "100000000", "２", "1.5", "²"]
_ATTRIBUTE = re.compile(rb'w:(?:val|w)="[^"]*"')


@st.composite
def xml_mutated(draw, xml: bytes) -> bytes:
    out = xml
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["fragment", "fragment", "value", "raw"]))
        if op == "fragment":
            ends = [m.end() for m in re.finditer(rb">", out)]
            at = ends[draw(st.integers(0, len(ends) - 1))] if ends else 0
            text = escape(draw(st.text(max_size=20)))
            fragment = draw(st.sampled_from(FRAGMENTS)).format(t=text, v=escape(draw(st.sampled_from(VALUES))))
            out = out[:at] + fragment.encode("utf-8", errors="replace") * draw(st.integers(1, 3)) + out[at:]
        elif op == "value":
            found = list(_ATTRIBUTE.finditer(out))
            if found:
                m = found[draw(st.integers(0, len(found) - 1))]
                name = m.group().split(b"=")[0]
                out = out[:m.start()] + name + f'="{escape(draw(st.sampled_from(VALUES)))}"'.encode() + out[m.end():]
        else:
            out = draw(mutated(out, TOKENS[".docx"]))
    return out


@st.composite
def inputs(draw) -> tuple[str, bytes]:
    kind = draw(st.sampled_from(["mutated"] * 6 + ["structural", "text"]))
    if kind == "structural":
        return structural(draw(st.sampled_from(sorted(STRUCTURAL))))
    if kind == "text":
        text = draw(st.text(max_size=3000))
        encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "gbk", "gb18030", "big5", "utf-16",
                                         "utf-16-be", "latin-1", "cp1252"]))
        suffix = draw(st.sampled_from([".txt", ".md", ".html"]))
        return suffix, text.encode(encoding, errors="replace")
    suffix, data = draw(st.sampled_from(SEEDS))
    if suffix == ".docx" and draw(st.integers(0, 3)):  # mutate the XML, keep the zip valid
        xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")
        return suffix, _rezip(data, "word/document.xml", draw(xml_mutated(xml)))
    return suffix, draw(mutated(data, TOKENS[suffix]))


STATS: Counter = Counter()
SLOWEST: dict = {"seconds": 0.0}
PEAK: dict = {"mb": 0.0}


@pytest.fixture(scope="module")
def worker():
    w = Worker()
    yield w
    w.close()
    if REPORT_PATH:
        Path(REPORT_PATH).write_text(json.dumps({"examples": EXAMPLES, "outcomes": dict(STATS),
                                            "slowest": SLOWEST, "peak_memory_mb": PEAK},
                                           ensure_ascii=False, indent=2))


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=QUICK_EXAMPLES, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(case=inputs())
def test_a_few_hundred_inputs_end_in_a_report_or_an_ingest_error(case, worker, workdir):
    read_one(case, worker, workdir)


@pytest.mark.slow
@settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(case=inputs())
def test_reading_any_bytes_ends_in_a_report_or_an_ingest_error(case, worker, workdir):
    read_one(case, worker, workdir)


def read_one(case, worker, workdir) -> None:
    suffix, data = case
    path = workdir / f"fuzz{suffix}"
    path.write_bytes(data)
    started = time.perf_counter()
    try:
        worker.parse(path, path.name, LIMITS)
        outcome = "report"
    except LimitExceeded as err:
        assert "longer than" not in err.reason, f"a hang: {suffix} input of {len(data)} bytes"
        outcome = "over a budget"
    except IngestError:
        outcome = "malformed"
    except ParserBug as bug:
        STATS["untyped"] += 1
        raise AssertionError(f"untyped failure on a {suffix} input of {len(data)} bytes: {bug}\n"
                             f"{bug.details}") from None
    elapsed = time.perf_counter() - started
    assert elapsed < LIMITS.parse_seconds + 15
    STATS[outcome] += 1
    STATS[f"{suffix} {outcome}"] += 1
    STATS["inputs"] += 1
    if elapsed > SLOWEST["seconds"]:
        SLOWEST.update(seconds=round(elapsed, 2), suffix=suffix, size=len(data), outcome=outcome)
        if REPORT_PATH:  # keep the slowest input beside the report, to look into
            SLOWEST["file"] = str(Path(REPORT_PATH).with_suffix(f".slowest{suffix}"))
            Path(SLOWEST["file"]).write_bytes(data)
    if worker.last_peak_mb > PEAK["mb"]:
        PEAK.update(mb=round(worker.last_peak_mb, 1), suffix=suffix, size=len(data), outcome=outcome)
