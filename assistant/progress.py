"""Progress of long work (ingesting, evaluating) on stderr, for the command line."""

from __future__ import annotations

import sys
import time

STAGES = {"parse": "parsing", "ocr": "OCR (pages)", "embed": "embedding", "ask": "asking",
          "baseline": "baseline: indexing", "ask baseline": "baseline: asking"}


class Progress:
    """Progress on stderr: tqdm bars on a terminal, a line per finished stage elsewhere (CI logs)."""

    def __init__(self, prefix: str = ""):
        self.prefix = f"{prefix}: " if prefix else ""
        self.live = sys.stderr.isatty()
        self.bars: dict = {}
        self.started: dict[str, float] = {}

    def __call__(self, stage: str, done: int, total: int, current: str) -> None:
        if done >= total and stage not in self.started:
            return  # a stage may report its end twice
        label = self.prefix + STAGES.get(stage, stage)
        self.started.setdefault(stage, time.perf_counter())
        if self.live:
            self._bar(stage, label, done, total, current)
        elif done >= total:
            seconds = time.perf_counter() - self.started[stage]
            print(f"{label} {total} done in {seconds:.1f} s", file=sys.stderr, flush=True)
        if done >= total:
            del self.started[stage]

    def _bar(self, stage: str, label: str, done: int, total: int, current: str) -> None:
        from tqdm import tqdm

        bar = self.bars.get(stage)
        if bar is None:
            bar = self.bars[stage] = tqdm(total=total, desc=label, file=sys.stderr, leave=True, dynamic_ncols=True)
        bar.total = total
        bar.n = done
        bar.set_postfix_str(current[:40], refresh=False)
        bar.refresh()
        if done >= total:
            bar.close()
            del self.bars[stage]
