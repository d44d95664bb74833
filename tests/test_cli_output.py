"""What the CLI prints from stored reports cannot be broken by what they hold: a name or title
with a newline, a tab, an ANSI escape or a right-to-left override stays on its own line,
visibly escaped."""

from __future__ import annotations

import json

from assistant import cli
from assistant.ingest.chunking import passages_for
from assistant.ingest.loaders.text import lines_to_elements
from assistant.ingest.pipeline import report_record
from assistant.ingest.structure import parse_report
from assistant.model import RawDocument
from assistant.service import Gongkai
from assistant.settings import Settings
from assistant.terminal import json_text, shown

EVIL = "evil\nname\t\x1b[2J\u202egpj.txt"


def test_shown_escapes_what_would_break_a_line_and_nothing_else():
    assert shown("淮安市人民政府2024年报告.pdf") == "淮安市人民政府2024年报告.pdf"
    assert shown(EVIL) == "evil\\nname\\t\\x1b[2J\\u202egpj.txt"
    assert shown("a\\nb") == "a\\\\nb"  # a literal backslash cannot pass for an escape
    assert shown("\x85\u2028\ue000") == "\\x85\\u2028\\ue000"
    assert shown(2024) == "2024"


def test_json_text_is_valid_json_with_hidden_characters_escaped():
    value = [{"source": EVIL, "title": "报告\x9b31m\u200b", "year": 2024}]
    text = json_text(value)
    assert json.loads(text) == value
    assert "\x1b" not in text and "\u202e" not in text and "\x9b" not in text and "\u200b" not in text
    assert "报告" in text  # Chinese stays readable


def test_list_prints_one_line_per_report_whatever_its_name(tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    g = Gongkai(Settings(home=home))
    text = "青溪市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n本年度共收到申请12件。\n"
    report = parse_report(RawDocument(source=EVIL, elements=lines_to_elements(text)))
    passages = passages_for(report)
    # Stored directly, as an index written by an older version (or another tool) could hold it.
    g.store.replace_source(EVIL, passages, report_record(report, len(passages)))
    monkeypatch.setenv("GONGKAI_HOME", str(home))

    assert cli.main(["list"]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "body\tyear\tsource\tpassages\ttitle"  # the header, then one line per report
    assert len(lines) == 2 and lines[1].count("\t") == 4
    assert "\x1b" not in out and "\u202e" not in out
    assert lines[1].startswith("青溪市人民政府\t2024\tevil\\nname\\t\\x1b[2J\\u202egpj.txt\t")

    assert cli.main(["list", "--json"]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)[0]["source"] == EVIL and "\x1b" not in out
