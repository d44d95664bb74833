"""Measuring OCR against the text layer: a text-layer PDF rasterised into a scan of itself, and
the facts and prose read from the scan compared with those read from the original.

    images = rasterise(pdf, dpi=150, rotate=1.5)     # PIL images, one per page
    write_image_pdf(images, out_pdf, dpi=150)        # an image-only PDF (no text layer)
    write_page_images(images, folder, "report")      # report.p1.png, report.p2.png, …
    score = compare_facts(reference_facts, scanned_facts)
    accuracy = char_accuracy(reference_text, scanned_text)

Used by the OCR tests (tests/test_ocr.py) and ``bench/ingest.py --ocr``; needs pypdfium2 (a
pdfplumber dependency) and Pillow.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["rasterise", "write_image_pdf", "write_page_images", "compare_facts", "FactScore", "char_accuracy",
           "prose_text"]


def rasterise(pdf: Path, dpi: float = 150, rotate: float = 0.0) -> list:
    """The PDF's pages as greyscale PIL images at ``dpi``, each turned by ``rotate`` degrees
    (counter-clockwise, white filling the corners) as a page laid askew on a scanner."""
    import pypdfium2
    from PIL import Image

    document = pypdfium2.PdfDocument(str(pdf))
    images = []
    try:
        for page in document:
            image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
            if rotate:
                image = image.rotate(rotate, resample=Image.BICUBIC, expand=False, fillcolor=255)
            images.append(image)
            page.close()
    finally:
        document.close()
    return images


def write_image_pdf(images: list, out: Path, dpi: float = 150) -> Path:
    images[0].save(out, "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return out


def write_page_images(images: list, folder: Path, name: str, suffix: str = ".png") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, image in enumerate(images, start=1):
        path = folder / f"{name}.p{number}{suffix}"
        image.save(path)
        paths.append(path)
    return paths


@dataclass
class FactScore:
    cells: int = 0  # cells of the reference (readable there)
    right: int = 0  # read from the scan with the reference's value
    unreadable: int = 0  # marked unreadable from the scan (never stated)
    missing: int = 0  # not found in the scan at all
    wrong: list[tuple[str, str, str]] = field(default_factory=list)  # (key, reference, scan): stated wrongly
    corrected: int = 0  # right thanks to the arithmetic

    @property
    def accuracy(self) -> float:
        return self.right / self.cells if self.cells else 0.0

    def summary(self) -> str:
        return (f"{self.right}/{self.cells} cells right ({self.accuracy:.3f}; {self.corrected} corrected by the "
                f"arithmetic), {self.unreadable} unreadable, {self.missing} missing, {len(self.wrong)} wrong")


def compare_facts(reference: list, scanned: list) -> FactScore:
    """Facts read from a scan against those of the original (by key)."""
    theirs = {f.key: f for f in scanned}
    score = FactScore()
    for fact in reference:
        if fact.value is None:
            continue
        score.cells += 1
        other = theirs.get(fact.key)
        if other is None:
            score.missing += 1
        elif other.value is None:
            score.unreadable += 1
        elif other.value == fact.value:
            score.right += 1
            score.corrected += "arithmetic" in (other.note or "")
        else:
            score.wrong.append((fact.key, str(fact.value), str(other.value)))
    return score


def prose_text(report) -> str:
    """A report's paragraphs, in order, without spaces (what char_accuracy compares)."""
    parts = [p.text for _, section in report.walk() for p in section.paragraphs]
    parts += [section.heading for _, section in report.walk() if section.heading]
    return "".join("".join(parts).split())


def char_accuracy(reference: str, candidate: str) -> float:
    """1 - (character edits to turn ``reference`` into ``candidate``) / len(reference), from
    the longest matching blocks (difflib's opcodes; insertions count too)."""
    if not reference:
        return 1.0 if not candidate else 0.0
    matcher = difflib.SequenceMatcher(None, reference, candidate, autojunk=False)
    edits = 0
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            edits += max(i2 - i1, j2 - j1)
    return max(0.0, 1 - edits / len(reference))
