"""The held bodies' names kept on disk (assistant/ask/held_names.py): a process that reads them
builds the same Catalogue, and so resolves questions the same way, as one that computes them;
only bodies the file lacks are computed; a file written by other code is ignored."""

from __future__ import annotations

import json

import pytest

from assistant.ask import bodies, held_names
from assistant.ask.bodies import Catalogue, resolve

CATALOG = [
    {"source": "a.md", "body": "南京市高淳区人民政府", "year": 2024, "title": "南京市高淳区人民政府2024年报告", "places": "南京市,高淳区"},
    {"source": "b.md", "body": "东至县花园乡人民政府", "year": 2024, "title": "东至县花园乡人民政府2024年报告", "places": ""},
    {"source": "c.md", "body": "福州市大数据发展管理委员会", "year": 2023, "title": "福州市大数据委2023年报告", "places": "福州市"},
    {"source": "d.md", "body": "武汉市硚口区人民政府汉正街道办事处", "year": 2024, "title": "汉正街道2024年报告", "places": ""},
    {"source": "e.md", "body": "Dadukou District People's Government", "year": 2022, "title": "Annual Report", "places": ""},
]
COMPUTE = bodies._names_of  # names_of's own computation (an lru_cache)
QUESTIONS = ["高淳区2024年收到多少件申请？", "花园乡2024年主动公开了多少条？", "福州大数据委2023年行政处罚多少件？",
             "汉正街2024年新收申请多少件？", "How many requests did Dadukou receive in 2022?", "淮安市2024年收到多少件申请？"]


@pytest.fixture
def fresh(monkeypatch):
    """No names recalled or computed yet in this process, as in a new one."""
    monkeypatch.setattr(bodies, "_RECALLED", {})
    monkeypatch.setattr(held_names, "_known", {})
    COMPUTE.cache_clear()
    yield
    COMPUTE.cache_clear()


def tables(catalogue: Catalogue) -> tuple:
    return (catalogue.index, catalogue.latin, catalogue.by_own, catalogue.lengths, catalogue.by_place,
            catalogue.known_latin)


def summary(resolution) -> tuple:
    return ([[r["source"] for r in g] for g in resolution.groups], resolution.unheld, resolution.refusal,
            resolution.ambiguous)


def test_names_read_back_build_the_same_catalogue_and_answers(tmp_path, fresh, monkeypatch):
    computed = Catalogue(list(CATALOG))
    expected = tables(computed)
    answers = [summary(resolve(q, list(CATALOG))) for q in QUESTIONS]
    held_names.recall(tmp_path, CATALOG)  # computes them all (cached in process) and writes the file
    stored = json.loads((tmp_path / held_names.FILE).read_text(encoding="utf-8"))
    assert set(stored["names"]) == {r["body"] for r in CATALOG}

    # A new process: nothing in memory, and names_of may not compute any held body.
    monkeypatch.setattr(bodies, "_RECALLED", {})
    monkeypatch.setattr(held_names, "_known", {})
    COMPUTE.cache_clear()
    held_names.recall(tmp_path, CATALOG)
    held = {r["body"] for r in CATALOG}
    real = bodies._names_of

    def not_for_held(body):
        assert body not in held, f"{body} computed although its names are on disk"
        return real(body)

    monkeypatch.setattr(bodies, "_names_of", not_for_held)
    assert tables(Catalogue(list(CATALOG))) == expected
    assert [summary(resolve(q, list(CATALOG))) for q in QUESTIONS] == answers


def test_only_new_bodies_are_computed_and_added(tmp_path, fresh, monkeypatch):
    held_names.recall(tmp_path, CATALOG[:3])
    monkeypatch.setattr(bodies, "_RECALLED", {})
    monkeypatch.setattr(held_names, "_known", {})
    COMPUTE.cache_clear()
    asked = []
    real = bodies._names_of
    monkeypatch.setattr(bodies, "_names_of", lambda body: asked.append(body) or real(body))
    held_names.recall(tmp_path, CATALOG)
    assert sorted(asked) == sorted(r["body"] for r in CATALOG[3:])
    stored = json.loads((tmp_path / held_names.FILE).read_text(encoding="utf-8"))["names"]
    assert set(stored) == {r["body"] for r in CATALOG}
    # a removed report's body leaves the file when it is next written
    held_names.recall(tmp_path, CATALOG[1:] + [dict(CATALOG[0], body="淮安市人民政府", source="f.md")])
    stored = json.loads((tmp_path / held_names.FILE).read_text(encoding="utf-8"))["names"]
    assert "南京市高淳区人民政府" not in stored and "淮安市人民政府" in stored


def test_a_file_of_other_code_is_ignored_and_rewritten(tmp_path, fresh):
    wrong = ["南京市高淳区人民政府", [], "", "", "department", ["错"], [], []]
    (tmp_path / held_names.FILE).write_text(json.dumps({"fingerprint": "older code", "names": {wrong[0]: wrong}},
                                                       ensure_ascii=False), encoding="utf-8")
    held_names.recall(tmp_path, CATALOG)
    assert bodies.names_of("南京市高淳区人民政府").kind == "government"
    assert "高淳" in bodies.names_of("南京市高淳区人民政府").place_forms
    stored = json.loads((tmp_path / held_names.FILE).read_text(encoding="utf-8"))
    assert stored["fingerprint"] == held_names.fingerprint()


def test_the_fingerprint_follows_the_code(tmp_path, monkeypatch):
    before = held_names.fingerprint()
    held_names.fingerprint.cache_clear()
    monkeypatch.setattr(held_names, "FORMAT", held_names.FORMAT + 1)
    try:
        assert held_names.fingerprint() != before
    finally:
        held_names.fingerprint.cache_clear()
