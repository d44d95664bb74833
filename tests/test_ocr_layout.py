"""OCR layout pieces that need no OCR run: ruling lines → cells (merged cells included), the
skew estimate, lines and unruled tables from boxes, page-image grouping, and the OCR budgets.
Drawn images and invented boxes only."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw

pytest.importorskip("cv2", reason="the OCR extra is not installed (pip install 'gongkai[ocr]')")

from assistant.errors import LimitExceeded  # noqa: E402
from assistant.ingest.limits import Limits  # noqa: E402
from assistant.ingest.loaders.image import PageGroup, group_pages  # noqa: E402
from assistant.ingest.ocr.engine import Box  # noqa: E402
from assistant.ingest.ocr.layout import _unruled, group_lines, ruled_tables, skew_angle  # noqa: E402
from assistant.model import Grid  # noqa: E402


def drawn_table(angle: float = 0.0) -> np.ndarray:
    """A 4-row, 4-column ruled table at 150 dpi whose first row's last three cells are merged."""
    image = Image.new("L", (1240, 900), 255)
    draw = ImageDraw.Draw(image)
    xs, ys = [150, 450, 650, 850, 1050], [200, 260, 320, 380, 440]
    for y in ys:
        draw.line([(xs[0], y), (xs[-1], y)], fill=0, width=2)
    for x in xs:
        top = ys[1] if x in (650, 850) else ys[0]  # the merged heading spans columns 2-4
        draw.line([(x, top), (x, ys[-1])], fill=0, width=2)
    for i in range(12):  # some text lines below, for the skew estimate
        draw.rectangle([150, 520 + i * 30, 1000, 532 + i * 30], fill=0)
    if angle:
        image = image.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    return np.asarray(image)


def test_ruling_lines_become_cells_with_merged_cells_as_none():
    tables = ruled_tables(drawn_table(), dpi=150)
    assert len(tables) == 1
    rows = tables[0]
    assert len(rows) == 4 and all(len(r) == 4 for r in rows)
    assert rows[0][1] is not None and rows[0][2] is None and rows[0][3] is None  # merged
    assert all(cell is not None for row in rows[1:] for cell in row)
    x0, top, x1, bottom = rows[1][0]
    assert abs(x0 - 150) <= 3 and abs(x1 - 450) <= 3 and abs(top - 260) <= 3 and abs(bottom - 320) <= 3


@pytest.mark.parametrize("angle", [-1.5, 1.0, 2.0])
def test_the_skew_of_a_page_is_found(angle):
    assert skew_angle(drawn_table(angle)) == pytest.approx(-angle, abs=0.15)


def test_a_page_laid_askew_is_straightened_before_its_table_is_read():
    from assistant.ingest.ocr.layout import deskew

    straight, angle = deskew(drawn_table(1.5))
    assert angle == pytest.approx(-1.5, abs=0.15)
    rows = ruled_tables(straight, dpi=150)[0]
    assert len(rows) == 4 and rows[0][2] is None


def box(text, x0, top, width=None, height=20):
    return Box(text, 1.0, x0, top, x0 + (width or 20 * len(text)), top + height)


def test_boxes_group_into_lines_by_vertical_overlap():
    lines = group_lines([box("乙", 300, 103), box("甲", 100, 100), box("丙", 100, 140)])
    assert [[b.text for b in line] for line in lines] == [["甲", "乙"], ["丙"]]


def test_lines_of_figures_without_rules_become_a_grid_by_their_columns():
    boxes = [box("项目", 100, 100), box("甲列", 400, 100), box("乙列", 600, 100),
             box("第一行", 100, 140), box("12", 410, 140), box("7", 620, 140),
             box("第二行", 100, 180), box("3", 415, 180), box("40", 605, 180),
             box("第三行", 100, 220), box("5", 615, 220)]  # its 甲列 figure was missed
    prose, grids = _unruled(boxes, page=1, scale=1.0)
    assert len(grids) == 1
    grid = grids[0][1]
    assert isinstance(grid, Grid)
    assert grid.rows == (("项目", "甲列", "乙列"), ("第一行", "12", "7"), ("第二行", "3", "40"), ("第三行", "", "5"))
    assert prose == []


def test_one_line_with_figures_stays_prose():
    prose, grids = _unruled([box("共收到申请", 100, 100), box("12", 300, 100), box("件，办结", 340, 100),
                             box("10", 500, 100)], page=1, scale=1.0)
    assert grids == [] and len(prose) == 1


def test_page_images_of_one_report_are_grouped_in_page_order(tmp_path):
    names = ["r.p10.png", "r.p2.png", "r.p1.png", "other.png", "s.p1.jpg", "r.p3.jpeg"]
    files = [tmp_path / n for n in names]
    grouped = group_pages(files)
    assert grouped[0] == PageGroup("r.png", (tmp_path / "r.p1.png", tmp_path / "r.p2.png", tmp_path / "r.p10.png"))
    assert grouped[1] == tmp_path / "other.png"
    assert grouped[2] == PageGroup("s.jpg", (tmp_path / "s.p1.jpg",))
    assert grouped[3] == PageGroup("r.jpeg", (tmp_path / "r.p3.jpeg",))


def test_too_many_pages_to_ocr_is_refused_before_reading_any(tmp_path):
    from assistant.ingest.loaders import load_document

    paths = []
    for n in range(1, 4):
        path = tmp_path / f"r.p{n}.png"
        Image.new("L", (50, 50), 255).save(path)
        paths.append(path)
    with pytest.raises(LimitExceeded) as info:
        load_document(PageGroup("r.png", tuple(paths)), limits=Limits(ocr_pages=2))
    assert "3 pages to read by OCR, over the 2" in info.value.reason


def test_an_image_over_the_pixel_budget_is_refused_before_it_is_decoded(tmp_path):
    from assistant.ingest.loaders import load_document

    path = tmp_path / "big.png"
    Image.new("L", (3000, 2000), 255).save(path)
    with pytest.raises(LimitExceeded) as info:
        load_document(path, limits=Limits(ocr_page_pixels=5_000_000))
    assert info.value.source == "big.png"
    assert "page 1 is an image of 6.0 million pixels, over the 5 million" in info.value.reason


def test_an_image_without_the_ocr_extra_says_how_to_install_it(tmp_path, monkeypatch):
    from assistant.errors import IngestError
    from assistant.ingest import ocr
    from assistant.ingest.loaders import load_document

    path = tmp_path / "page.png"
    Image.new("L", (100, 100), 255).save(path)
    monkeypatch.setattr(ocr, "available", lambda: False)
    with pytest.raises(IngestError) as info:
        load_document(path)
    assert "pip install 'gongkai[ocr]'" in info.value.reason


def test_images_in_a_folder_are_skipped_without_the_ocr_extra_but_a_named_one_is_kept(tmp_path, monkeypatch):
    from assistant.ingest import ocr
    from assistant.ingest.pipeline import expand_paths

    for name in ("logo.png", "r.p1.png", "r.p2.png"):
        Image.new("L", (10, 10), 255).save(tmp_path / name)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    files, skipped = expand_paths([tmp_path], recursive=False)
    assert files == [tmp_path / "a.txt", tmp_path / "logo.png",
                     PageGroup("r.png", (tmp_path / "r.p1.png", tmp_path / "r.p2.png"))]
    assert skipped == []
    monkeypatch.setattr(ocr, "available", lambda: False)
    files, skipped = expand_paths([tmp_path], recursive=False)
    assert files == [tmp_path / "a.txt"] and len(skipped) == 3
    files, _ = expand_paths([tmp_path / "logo.png"], recursive=False)
    assert files == [tmp_path / "logo.png"]
