"""The same report as Markdown, DOCX (real merged cells) and an HTML page (colspan, navigation)
must give the same tables and the same answers: formats differ only inside the loaders."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from assistant.ingest.loaders import load_document
from assistant.service import Gongkai
from assistant.settings import Settings
from assistant.ingest.structure import parse_report

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo" / "qingxi-szf-2024.md"


def blocks(markdown: str):
    """('title'|'heading'|'para', text) and ('table', rows) from the demo Markdown."""
    table: list[list[str]] = []
    for line in markdown.splitlines() + [""]:
        line = line.strip()
        if line.startswith("|"):
            if not set(line) <= set("|-: "):
                table.append([c.strip() for c in line.strip("|").split("|")])
            continue
        if table:
            yield "table", table
            table = []
        if line.startswith("# "):
            yield "title", line[2:]
        elif line.startswith("## "):
            yield "heading", line[3:]
        elif line:
            yield "para", line


def runs(row: list[str]) -> list[tuple[int, int]]:
    """(start, end) of runs of equal neighbouring cells: a merged cell in the flattened row."""
    out, start = [], 0
    for i in range(1, len(row) + 1):
        # Equal labels side by side are one merged cell; equal figures are separate cells.
        if i == len(row) or row[i] != row[start] or not row[i] or row[i].replace(".", "").isdigit():
            out.append((start, i))
            start = i
    return out


def to_docx(markdown: str, path: Path) -> None:
    import docx

    doc = docx.Document()
    for kind, value in blocks(markdown):
        if kind == "title":
            doc.add_heading(value, level=0)
        elif kind == "heading":
            doc.add_heading(value, level=1)
        elif kind == "para":
            doc.add_paragraph(value)
        else:
            width = max(len(r) for r in value)
            table = doc.add_table(rows=len(value), cols=width)
            for r, row in enumerate(value):
                row = row + [""] * (width - len(row))
                for start, end in runs(row):
                    table.cell(r, start).text = row[start]
                    if end - start > 1:
                        table.cell(r, start).merge(table.cell(r, end - 1))
    doc.save(path)


def to_html(markdown: str, path: Path) -> None:
    body = []
    for kind, value in blocks(markdown):
        if kind == "title":
            body.append(f"<h1>{html.escape(value)}</h1>")
        elif kind == "heading":
            body.append(f"<h2>{html.escape(value)}</h2>")
        elif kind == "para":
            body.append(f"<p>{html.escape(value)}</p>")
        else:
            rows = []
            for row in value:
                cells = "".join(f'<td colspan="{end - start}">{html.escape(row[start])}</td>'
                                for start, end in runs(row))
                rows.append(f"<tr>{cells}</tr>")
            body.append("<table border='1'>" + "".join(rows) + "</table>")
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>青溪市人民政府门户网站</title></head><body>"
            "<div class='nav'><a href='/'>首页</a> <a href='/zwgk'>政务公开</a> <a href='/hd'>互动交流</a></div>"
            "<div id='content' class='article'>" + "".join(body) + "</div>"
            "<div class='footer'>主办：青溪市人民政府办公室 版权所有 电话：0000-0000000</div></body></html>")
    path.write_text(page, encoding="utf-8")


@pytest.fixture(scope="module")
def copies(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("formats")
    markdown = DEMO.read_text(encoding="utf-8")
    paths = {"md": folder / "qingxi-2024.md", "docx": folder / "qingxi-2024.docx", "html": folder / "qingxi-2024.html"}
    paths["md"].write_text(markdown, encoding="utf-8")
    to_docx(markdown, paths["docx"])
    to_html(markdown, paths["html"])
    return paths


def cells(path: Path) -> dict:
    report = parse_report(load_document(path))
    return report.meta, {(t.context, c.row_label, c.column_label): c.value for t in report.tables for c in t.cells()}


def test_same_metadata_and_table_cells_in_every_format(copies):
    meta_md, md = cells(copies["md"])
    assert meta_md.body == "青溪市人民政府" and meta_md.year == 2024
    assert len(md) > 150
    for kind in ("docx", "html"):
        meta, other = cells(copies[kind])
        assert (meta.title, meta.body, meta.year) == (meta_md.title, meta_md.body, meta_md.year), kind
        assert other == md, kind


def test_same_answers_in_every_format(copies, tmp_path):
    questions = ["青溪市人民政府2024年行政处罚的本年处理决定数量是多少？",
                 "青溪市人民政府2024年新收的政府信息公开申请中，法律服务机构提出的有多少件？",
                 "青溪市人民政府2024年全年组织了多少场政务公开业务培训？"]
    answers = {}
    for kind, path in copies.items():
        g = Gongkai(Settings(home=tmp_path / kind))
        assert g.ingest([path]).ok
        answers[kind] = [g.ask(q) for q in questions]
    for i, _ in enumerate(questions):
        texts = {kind: a[i].answer for kind, a in answers.items()}
        assert all(a[i].answered and a[i].verified for a in answers.values()), texts
        assert len(set(texts.values())) == 1, texts
        sections = {kind: a[i].citations[0].section for kind, a in answers.items()}
        assert len(set(sections.values())) == 1, sections
