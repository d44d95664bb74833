"""Reads of an embedded index answered from its file (vectorstore/chroma_file.py) equal chromadb's,
what the reader does not know goes to chromadb, and a one-shot answer about a report whose
vectors are cached does not import chromadb at all (nor load jieba's dictionary whole)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from vectorstore.chroma_file import FileClient, NeedsChroma

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "demo"
FAKE = "fake:64"
QUESTION = "青溪市2024年行政处罚的本年处理决定数量是多少？"


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "GONGKAI_HOME": str(home), "GONGKAI_EMBEDDER": FAKE,
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-m", "assistant.cli", *args], capture_output=True, text=True,
                          env=env, timeout=300, cwd=REPO)


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory) -> Path:
    home = tmp_path_factory.mktemp("file-home")
    out = run_cli("ingest", str(DEMO), "--quiet", home=home)
    assert out.returncode == 0, out.stderr
    return home


def chroma_client(path: Path):
    import chromadb
    from chromadb.config import Settings

    return chromadb.PersistentClient(path=str(path), settings=Settings(anonymized_telemetry=False))


NAMES = ("gongkai-reports", "gongkai-reports-reports", "gongkai-reports-facts", "gongkai-reports-keys")


def test_the_file_reader_answers_as_chromadb_does(demo_home, tmp_path):
    index = tmp_path / "chroma"
    shutil.copytree(demo_home / "chroma", index)
    ours, theirs = FileClient(index), chroma_client(index)
    for name in NAMES:
        mine, real = ours.get_collection(name), theirs.get_collection(name, embedding_function=None)
        assert mine.id == str(real.id) and mine.metadata == real.metadata
        assert mine.configuration_json["hnsw"] == real.configuration_json["hnsw"]
        held = real.get(include=[])["ids"]
        assert held
        # by ids, in any order, with ids not held; each include Gongkai asks for
        asked = [*reversed(held), "not-held.md"]
        for include in (["metadatas"], ["documents", "metadatas"], ["documents"], []):
            got, want = mine.get(ids=asked, include=include), real.get(ids=asked, include=include)
            for key in ("ids", "metadatas", "documents"):
                assert got[key] == want[key], (name, include, key)
        with pytest.raises(NeedsChroma):  # chromadb's error, from chromadb
            mine.get(ids=[], include=["metadatas"])


def test_what_the_file_reader_does_not_answer_goes_to_chromadb(demo_home, tmp_path):
    index = tmp_path / "chroma"
    shutil.copytree(demo_home / "chroma", index)
    reports = FileClient(index).get_collection("gongkai-reports-reports")
    held = reports.get(ids=["qingxi-szf-2024.md"], include=["metadatas"])
    assert held["ids"] == ["qingxi-szf-2024.md"]
    for call in (lambda: reports.get(where={"year": 2024}, include=["metadatas"]),
                 lambda: reports.get(ids=["qingxi-szf-2024.md"], limit=1),
                 lambda: reports.get(ids=["qingxi-szf-2024.md"], include=["embeddings"]),
                 lambda: reports.get(include=[]), lambda: reports.count(),
                 lambda: reports.query(query_embeddings=[[1.0]], n_results=1)):
        with pytest.raises(NeedsChroma):
            call()
    with pytest.raises(NeedsChroma):
        FileClient(index).get_collection("no-such-collection")
    with pytest.raises(NeedsChroma):
        FileClient(tmp_path / "nowhere")
    db = sqlite3.connect(index / "chroma.sqlite3")
    # A record in Chroma's log that the metadata segment has not applied (a writer stopped
    # half-way): chromadb applies it before it reads.
    db.execute("INSERT INTO embeddings_queue (seq_id, operation, topic, id) VALUES "
               "((SELECT MAX(seq_id) FROM embeddings_queue) + 1000, 0, ?, 'x')",
               (f"persistent://default_tenant/default_database/{reports.id}",))
    db.commit()
    with pytest.raises(NeedsChroma):
        FileClient(index).get_collection("gongkai-reports-reports").get(ids=["qingxi-szf-2024.md"],
                                                                          include=["metadatas"])
    # A schema migrated beyond what the reader knows (another chromadb).
    db.execute("INSERT INTO migrations VALUES ('metadb', 99, 'x.sql', '', '')")
    db.commit()
    db.close()
    with pytest.raises(NeedsChroma):
        FileClient(index)


def test_a_one_shot_answer_from_cached_vectors_does_not_import_chromadb(demo_home, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(demo_home, home)
    first = run_cli("ask", QUESTION, "--no-daemon", home=home)  # may bring the lexical index up to date
    assert first.returncode == 0 and "99571" in first.stdout, first.stderr
    probe = ("import sys\nfrom assistant.cli import main\n"
             f"code = main(['ask', {QUESTION!r}, '--no-daemon'])\n"
             "import jieba\n"
             "print('CHROMADB', 'chromadb' in sys.modules, type(jieba.dt.FREQ) is dict, code)\n")
    env = {**os.environ, "GONGKAI_HOME": str(home), "GONGKAI_EMBEDDER": FAKE,
           "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=300,
                         cwd=REPO)
    assert out.returncode == 0, out.stderr
    # nor load jieba's dictionary whole (assistant/zh/jieba_table.py; the first ask made the table)
    assert out.stdout.strip().endswith("CHROMADB False False 0"), out.stdout[-500:]
    assert out.stdout.split("CHROMADB")[0] == first.stdout  # the same answer
