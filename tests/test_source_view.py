"""The source view: boxes kept at ingest (checked against pdfplumber's own cells and lines), the
kept originals, and the two endpoints that show a citation where it is printed."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import httpx
import pdfplumber
import pytest

from assistant.service import Gongkai
from assistant.settings import Settings
from assistant.web import create_app
from pdfcells import cell_box

PDF = "huaian-szf-2024.pdf"
TEXT = "wuwei-szf-2020.txt"


@pytest.fixture(scope="module")
def service(eval_docs, tmp_path_factory) -> Gongkai:
    folder = tmp_path_factory.mktemp("reports")
    for name in (PDF, TEXT):
        shutil.copy(eval_docs / name, folder / name)
    g = Gongkai(Settings(home=tmp_path_factory.mktemp("home"), embedder="fake:64"))
    assert g.ingest([folder]).ok
    return g


@pytest.fixture(scope="module")
def app(service):
    return create_app(service.settings, service=service)


def call(app, url: str, method: str = "GET") -> httpx.Response:
    async def go():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t", timeout=60) as c:
            return await c.request(method, url)
    return asyncio.run(go())


def cell_of(eval_docs: Path, page: int, text: str) -> tuple:
    """pdfplumber's own box of the table cell whose text is ``text``."""
    return cell_box(eval_docs / PDF, page, text)[0]


def test_table_row_passages_keep_their_cells_boxes(service, eval_docs):
    row = next(p for p in service.store.all_passages(where={"source": PDF})
               if "art20.penalty.decisions" in p.facts)
    cell = next(b for b in row.boxes if b["t"] == "3985758")
    expected = cell_of(eval_docs, cell["p"], "3985758")
    assert cell["p"] == row.page == 4
    assert cell["b"] == pytest.approx(list(expected), abs=0.06)
    assert row.boxes[0].get("label") and row.boxes[0]["t"] == "行政处罚"


def test_prose_passages_keep_their_lines(service, eval_docs):
    prose = next(p for p in service.store.all_passages(where={"source": PDF})
                 if p.kind == "prose" and "3119" in p.text)
    line = next(b for b in prose.boxes if "3119" in prose.text[b["o"][0]:b["o"][1]])
    with pdfplumber.open(eval_docs / PDF) as pdf:
        words = [w for w in pdf.pages[line["p"] - 1].extract_words() if "3119" in w["text"]]
    x0, top, x1, bottom = line["b"]
    assert any(x0 - 1 <= w["x0"] and w["x1"] <= x1 + 1 and top - 1 <= w["top"] and w["bottom"] <= bottom + 1
               for w in words)


def test_text_reports_keep_no_boxes_and_no_original(service):
    assert not any(p.boxes for p in service.store.all_passages(where={"source": TEXT}))
    assert (service.settings.home / "originals" / PDF).is_file()
    assert not (service.settings.home / "originals" / TEXT).exists()


def test_a_pdf_citation_gives_its_page_and_the_cited_cell(app, eval_docs):
    view = call(app, f"/api/source?source={PDF}&passage=fact:art20.penalty.decisions&figure=3985758").json()
    assert view["page"] == 4 and view["size"] == [595.0, 842.0] and view["image"].startswith("api/page?")
    strong = [b["b"] for b in view["boxes"] if b["strong"]]
    assert strong == [pytest.approx(list(cell_of(eval_docs, 4, "3985758")), abs=0.06)]
    cited = next(c for c in view["context"] if c["cited"])
    assert [cited["text"][s:e] for s, e in cited["marks"]] == ["3985758"]
    image = call(app, "/" + view["image"])
    assert image.status_code == 200 and image.headers["content-type"] == "image/png"
    assert image.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_text_citation_is_shown_in_context(app, service):
    prose = next(p for p in service.store.all_passages(where={"source": TEXT}) if p.kind == "prose"
                 and any(ch.isdigit() for ch in p.text))
    figure = next(w for w in __import__("re").findall(r"\d+", prose.text))
    view = call(app, f"/api/source?source={TEXT}&passage={prose.id}&figure={figure}").json()
    assert view["image"] is None and view["boxes"] == []
    cited = [c for c in view["context"] if c["cited"]]
    assert len(cited) == 1 and cited[0]["text"] == prose.text and cited[0]["marks"]


@pytest.mark.parametrize("url, status", [
    (f"/api/page?source={PDF}&page=99", 404),
    (f"/api/page?source={PDF}&page=0", 422),
    (f"/api/page?source={PDF}&page=1&width=5000", 422),
    (f"/api/page?source={TEXT}&page=1", 404),  # no original kept for a text report
    ("/api/page?source=..%2F..%2Fetc%2Fpasswd&page=1", 404),
    ("/api/page?source=%2Fetc%2Fpasswd&page=1", 404),
    (f"/api/source?source={PDF}&passage=nope", 404),
    ("/api/source?source=nope.pdf&passage=fact:apply.new", 404),
    (f"/api/source?source={PDF}&passage=%3Cscript%3E", 422),
])
def test_only_indexed_reports_and_real_pages_are_served(app, url, status):
    response = call(app, url)
    assert response.status_code == status and "error" in response.json()


def test_removing_a_report_removes_its_original(service, eval_docs, tmp_path):
    g = Gongkai(Settings(home=tmp_path / "home", embedder="fake:64"))
    g.ingest([eval_docs / PDF])
    kept = tmp_path / "home" / "originals" / PDF
    assert kept.read_bytes() == (eval_docs / PDF).read_bytes()
    g.remove(PDF)
    assert not kept.exists()
