"""jieba read word by word from the table (assistant/zh/jieba_table.py, used by a one-shot
`gongkai ask`) cuts every question of the suites, and the demo reports, into the same words, parts
of speech and lexical tokens as jieba with its dictionary in memory, also when it loads the
dictionary whole midway (a process cutting many texts)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import EVAL_DIR, REPO

SUITES = sorted((REPO / "tests" / "suites").glob("*.suite.yaml")) + [EVAL_DIR / "dev.suite.yaml"]

PROBE = r"""
import json, sys
from pathlib import Path
texts = json.load(sys.stdin)
used = None
if sys.argv[1].startswith("table"):
    from assistant.zh import jieba_table
    if sys.argv[1] == "table-bulk":  # past this many reads, each column is loaded whole
        jieba_table.READS_MAX = 300
    used = jieba_table.use_table(Path(sys.argv[2]))
import jieba, jieba.posseg
from assistant.zh.tokens import tokenize
out = {"used": used, "loaded": type(jieba.dt.FREQ) is dict, "cuts": []}
for text in texts:
    words = list(jieba.cut(text))
    out["cuts"].append([words, list(jieba.cut(text, HMM=False)), list(jieba.cut_for_search(text)),
                        [list(p) for p in jieba.posseg.cut(text)], tokenize(text),
                        [jieba.dt.FREQ.get(w, 0) for w in words]])
out["whole"] = [getattr(jieba.dt.FREQ, "_whole", None) is not None,
                getattr(jieba.posseg.dt.word_tag_tab, "_whole", None) is not None]
print(json.dumps(out, ensure_ascii=False))
"""


def questions() -> list[str]:
    found = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "question" and isinstance(value, str):
                    found.append(value)
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for suite in SUITES:
        walk(yaml.safe_load(suite.read_text(encoding="utf-8")))
    return found


def cut(mode: str, texts: list[str], folder: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", PROBE, mode, str(folder)], input=json.dumps(texts),
                         capture_output=True, text=True, env=env, timeout=600, cwd=REPO)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def test_the_table_cuts_as_jieba_does(tmp_path):
    asked = questions()
    assert len(asked) > 1000
    texts = asked + [line for report in sorted((REPO / "demo").glob("*.md"))
                     for line in report.read_text(encoding="utf-8").splitlines() if line.strip()]
    made = cut("table", texts[:5], tmp_path)  # no table yet: made, and jieba's own dictionary used
    assert made["used"] is False and made["loaded"] and list(tmp_path.glob("jieba-*.sqlite3"))
    table = cut("table", texts, tmp_path)
    assert table["used"] is True and not table["loaded"]  # the dictionary was never loaded whole
    assert table["whole"] == [False, False]
    bulk = cut("table-bulk", texts, tmp_path)  # a process cutting many texts: loaded whole midway
    assert bulk["used"] is True and bulk["whole"] == [True, True]
    full = cut("full", texts, tmp_path)
    assert full["loaded"]
    for text, mine, many, theirs in zip(texts, table["cuts"], bulk["cuts"], full["cuts"]):
        assert mine == theirs and many == theirs, text
