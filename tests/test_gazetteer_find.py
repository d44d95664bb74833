"""Gazetteer.find reads a short text (a question) by substring lookups and a long one by one
alternation of every name: the two give the same matches."""

from __future__ import annotations

import random
import re
from pathlib import Path

import yaml

from assistant.zh.gazetteer import SCAN_MAX, gazetteer

REPO = Path(__file__).resolve().parents[1]


def test_lookups_find_what_the_alternation_finds():
    g = gazetteer()
    texts = [case["question"] for suite in sorted((REPO / "tests" / "suites").glob("*.suite.yaml"))
             for case in yaml.safe_load(suite.read_text(encoding="utf-8"))["cases"]]
    texts += [line for report in sorted((REPO / "demo").glob("*.md"))
              for line in report.read_text(encoding="utf-8").splitlines() if line.strip()]
    rng = random.Random(14)
    names = g._names
    for _ in range(300):  # names run together, overlapping and cut short
        texts.append("".join(rng.choice(names)[: rng.randint(1, 6)] + rng.choice(["", "的", "市", "县"])
                             for _ in range(rng.randint(1, 12))))
    pattern = re.compile("|".join(re.escape(n) for n in g._names))
    found = 0
    for text in texts:
        text = text[:SCAN_MAX]
        want = [(m.group(0), m.start(), m.end(), g.by_name[m.group(0)]) for m in pattern.finditer(text)]
        assert g.find(text) == want, text
        found += bool(want)
    assert found > 500
    long = "".join(texts)[: SCAN_MAX * 20]  # past SCAN_MAX: the alternation itself
    assert g.find(long) == [(m.group(0), m.start(), m.end(), g.by_name[m.group(0)]) for m in pattern.finditer(long)]
