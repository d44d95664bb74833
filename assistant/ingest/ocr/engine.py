"""The OCR engine: RapidOCR (PP-OCRv4 Chinese detection and recognition, ONNX models inside the
``rapidocr-onnxruntime`` wheel), loaded once per process, never downloading anything.

Optional: installed with ``pip install 'gongkai[ocr]'``. Without it, a scanned file fails with
``OcrUnavailable`` saying how to install it; nothing else in Gongkai needs it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from assistant.errors import IngestError

__all__ = ["Box", "OcrUnavailable", "available", "load", "read_page", "read_crops", "INSTALL_HINT"]

INSTALL_HINT = "install the OCR extra: pip install 'gongkai[ocr]'"

# Called before and after the models load (the worker lifts its memory cap, then sets it above them).
before_load: Callable[[], None] | None = None
after_load: Callable[[], None] | None = None


class OcrUnavailable(IngestError):
    """A scan arrived but the OCR extra is not installed."""


@dataclass(frozen=True)
class Box:
    """One line of text the detector found: its text, recognition score, and axis-aligned box
    (x0, top, x1, bottom) in the image's pixels."""

    text: str
    score: float
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    @property
    def height(self) -> float:
        return self.bottom - self.top


_engine = None


def available() -> bool:
    """Whether the OCR extra is installed (found, not imported: importing it maps OpenCV and
    onnxruntime, which the worker does only once its memory cap is lifted for them)."""
    from importlib.util import find_spec

    return find_spec("rapidocr_onnxruntime") is not None


def load(source: str = ""):
    """The engine, loaded on first use (OcrUnavailable without the extra)."""
    return _get(source)


def _get(source: str):
    global _engine
    if _engine is None:
        if not available():
            raise OcrUnavailable(source, f"the file is a scan (no text layer) and OCR is not installed; "
                                         f"{INSTALL_HINT}")
        if before_load is not None:
            before_load()
        import cv2  # noqa: F401  (the layout's too: imported here, under the lifted cap)
        from rapidocr_onnxruntime import RapidOCR

        # No angle classifier: report pages are upright (a page turned 90° is not supported), and
        # it costs a pass over every box.
        _engine = RapidOCR(use_cls=False, print_verbose=False)
        if after_load is not None:
            after_load()
    return _engine


def read_page(image, source: str = "") -> list[Box]:
    """Every text line on a page image (numpy array, grey or BGR)."""
    engine = _get(source)
    result, _ = engine(image, use_cls=False)
    boxes = []
    for points, text, score in result or []:
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        boxes.append(Box(str(text), float(score), min(xs), min(ys), max(xs), max(ys)))
    return boxes


def read_crops(crops: list, source: str = "") -> list[tuple[str, float]]:
    """Recognition alone on small images (table cells): (text, score) each."""
    if not crops:
        return []
    engine = _get(source)
    results, _ = engine.text_rec(crops)
    return [(str(text), float(score)) for text, score in results]
