"""The passage store on real Chroma (embedded, and a real `chroma run` server): real use-m3
embeddings where retrieval is checked, the fake embedder (hashed bigrams) where only the
bookkeeping is."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from assistant.errors import ConfigError, EmbedderMismatch, IndexBusy, StoreError
from assistant.model import Passage, passage_id
from assistant.settings import Settings
from vectorstore import chroma_store, open_store
from vectorstore.chroma_store import PassageStore, chroma_where, results_to_passages
from vectorstore.embeddings import Embedder, get_embedder
from counting import Counting

TEXTS = [
    "2024年，本机关办理行政处罚事项共计136件，其中警告52件，罚款84件，罚没款金额合计人民币37.5万元。",
    "本年度共收到政府信息公开申请215件，其中自然人申请198件，法人或其他组织申请17件，均在法定期限内予以答复。",
    "市政府门户网站全年发布政策解读文章64篇，开展在线访谈12期，回应公众关切问题130余个。",
    "因政府信息公开工作被申请行政复议8件，结果维持6件，纠正2件；提起行政诉讼3件，均维持原行政行为。",
    "全年召开新闻发布会24场，发布各类政务信息3200余条，政务新媒体粉丝数达到45万人。",
]
SECTION = ("二、主动公开政府信息情况",)
FAKE = "fake:512"


def passages(source: str, texts: list[str], *, body: str = "淮安市人民政府", year: int = 2024) -> list[Passage]:
    section = " > ".join(SECTION)
    return [Passage(text=t, source=source, title=f"{body}{year}年政府信息公开工作年度报告", body=body, year=year,
                    section_path=SECTION, page=None, kind="prose", ordinal=i, id=passage_id(source, section, t))
            for i, t in enumerate(texts)]


def meta(source: str, body: str = "淮安市人民政府", year: int = 2024) -> dict:
    return {"source": source, "title": f"{body}{year}年政府信息公开工作年度报告", "body": body, "year": year,
            "published": f"{year + 1}-01-20", "doc_number": "", "language": "zh", "sections": 7, "tables": 3}


@pytest.fixture(scope="module")
def use_m3() -> Embedder:
    return get_embedder("use-m3")


@pytest.fixture
def embedder() -> Counting:
    return Counting(get_embedder(FAKE))


@pytest.fixture
def store(tmp_path, embedder) -> PassageStore:
    return PassageStore(embedder, path=tmp_path / "chroma", cache_dir=tmp_path / "cache")


def ask(store: PassageStore, question: str, k: int = 3, where: dict | None = None):
    return store.query(store.embedder.embed_query(question), k, where)


# --------------------------------------------------------------------------- ingest


def test_reingesting_the_same_passages_changes_nothing(store, embedder):
    first = store.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"))
    assert first == {"added": 5, "removed": 0, "kept": 0, "updated": 0}
    ids, version, embedded = {p.id for p in store.all_passages()}, store.version(), embedder.texts

    again = store.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"))
    assert again == {"added": 0, "removed": 0, "kept": 5, "updated": 0}
    assert {p.id for p in store.all_passages()} == ids
    assert store.version() == version and store.count() == 5
    assert embedder.texts == embedded == 5


def test_a_changed_report_leaves_nothing_stale(store):
    store.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"))
    version = store.version()
    changed = TEXTS[:3] + ["2024年共受理依申请公开事项230件。", "全年无因政府信息公开被追责情况。"]
    counts = store.replace_source("a.txt", passages("a.txt", changed), meta("a.txt"))
    assert counts == {"added": 2, "removed": 2, "kept": 3, "updated": 0}
    assert [p.text for p in store.all_passages()] == changed
    assert store.version() != version


def test_reordered_passages_get_their_new_metadata_without_reembedding(store, embedder):
    store.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"))
    embedded = embedder.texts
    counts = store.replace_source("a.txt", passages("a.txt", TEXTS[::-1]), meta("a.txt"))
    assert counts == {"added": 0, "removed": 0, "kept": 5, "updated": 4}  # the middle one kept its place
    assert [p.text for p in store.all_passages()] == TEXTS[::-1]
    assert embedder.texts == embedded


def test_progress_counts_this_reports_passages(tmp_path, monkeypatch):
    monkeypatch.setattr(chroma_store, "WRITE_BATCH", 3)  # a real write size, just small
    fake = get_embedder(FAKE)
    store = PassageStore(Counting(fake, batch_size=2), path=tmp_path / "chroma", cache_dir=tmp_path / "cache")
    seen: list[int] = []
    store.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"), progress=seen.append)
    assert seen == [2, 3, 5]  # writes of 3, each embedded in batches of 2
    assert [p.text for p in store.all_passages()] == TEXTS
    seen.clear()
    store.replace_source("a.txt", passages("a.txt", TEXTS + ["新增一段。"]), meta("a.txt"), progress=seen.append)
    assert seen == [5, 6]
    seen.clear()
    fresh = PassageStore(Counting(fake, batch_size=2), path=tmp_path / "fresh", cache_dir=tmp_path / "cache")
    fresh.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"), progress=seen.append)
    assert seen == [3, 5]  # cache hits count at once


def test_the_embedding_cache_serves_a_fresh_index(tmp_path, use_m3):
    cache = tmp_path / "cache"
    PassageStore(use_m3, path=tmp_path / "one", cache_dir=cache).replace_source(
        "a.txt", passages("a.txt", TEXTS), meta("a.txt"))
    counting = Counting(use_m3)
    fresh = PassageStore(counting, path=tmp_path / "two", cache_dir=cache)
    assert fresh.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"))["added"] == 5
    assert counting.texts == 0
    assert ask(fresh, "行政处罚多少件")[0][0].text == TEXTS[0]


def test_passages_need_ids_and_the_right_source(store):
    with pytest.raises(ValueError, match="content id"):
        store.replace_source("a.txt", [Passage("x", "a.txt", "", "", None, (), None, "prose")], {})
    with pytest.raises(ValueError, match="belongs to"):
        store.replace_source("a.txt", passages("b.txt", TEXTS[:1]), meta("a.txt"))


# --------------------------------------------------------------------------- reading


def test_query_ranks_by_cosine_similarity_and_filters(tmp_path, use_m3):
    store = PassageStore(use_m3, path=tmp_path / "chroma")
    store.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"))
    store.replace_source("b.txt", passages("b.txt", TEXTS[:2], body="武汉市人民政府", year=2020),
                         meta("b.txt", "武汉市人民政府", 2020))
    hits = ask(store, "行政处罚一共多少件？", k=3)
    assert hits[0][0].text == TEXTS[0]
    scores = [s for _, s in hits]
    assert scores == sorted(scores, reverse=True) and 0 < scores[0] <= 1.0001

    only_b = ask(store, "行政处罚一共多少件？", k=10, where={"source": "b.txt"})
    assert {p.source for p, _ in only_b} == {"b.txt"} and len(only_b) == 2
    both = ask(store, "申请", k=10, where={"body": "武汉市人民政府", "year": 2020})
    assert {(p.body, p.year) for p, _ in both} == {("武汉市人民政府", 2020)}
    assert len(ask(store, "申请", k=10, where={"source": ["a.txt", "b.txt"]})) == 7
    assert ask(store, "申请", k=0) == []


def test_passages_come_back_as_they_went_in(store):
    original = passages("a.txt", TEXTS)
    store.replace_source("a.txt", original, meta("a.txt"))
    assert store.all_passages() == original


def test_all_passages_pages_through_chroma(store, monkeypatch):
    store.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"))
    monkeypatch.setattr(chroma_store, "PAGE", 2)  # a real page size, just small
    assert [p.text for p in store.all_passages()] == TEXTS
    assert len(store.all_passages({"source": "a.txt"})) == 5


def test_reports_and_remove_source(store):
    store.replace_source("wuhan.txt", passages("wuhan.txt", TEXTS[:2], body="武汉市人民政府", year=2020),
                         meta("wuhan.txt", "武汉市人民政府", 2020))
    store.replace_source("huaian.txt", passages("huaian.txt", TEXTS), meta("huaian.txt"))
    store.replace_source("huaian-2022.txt", passages("huaian-2022.txt", TEXTS[2:], year=2022),
                         {**meta("huaian-2022.txt", year=2022), "year": None, "published": None})

    records = store.reports()
    # by body (code point order: 武 U+6B66 < 淮 U+6DEE), then year with unknown years first
    assert [r["source"] for r in records] == ["wuhan.txt", "huaian-2022.txt", "huaian.txt"]
    huaian = records[2]
    assert huaian["title"] == "淮安市人民政府2024年政府信息公开工作年度报告"
    assert (huaian["body"], huaian["year"], huaian["passages"], huaian["tables"]) == ("淮安市人民政府", 2024, 5, 3)
    assert len(huaian["fingerprint"]) == 40
    assert records[1]["year"] is None and records[1]["published"] == ""
    assert store.sources() == {"wuhan.txt", "huaian.txt", "huaian-2022.txt"}

    version = store.version()
    assert store.remove_source("huaian.txt") == 5
    assert store.sources() == {"wuhan.txt", "huaian-2022.txt"} and store.count() == 5
    assert store.version() != version
    with pytest.raises(StoreError, match="no report 'huaian.txt'"):
        store.remove_source("huaian.txt")


# --------------------------------------------------------------------------- opening


def test_another_embedder_is_refused(tmp_path, use_m3):
    PassageStore(use_m3, path=tmp_path / "chroma").replace_source("a.txt", passages("a.txt", TEXTS[:1]),
                                                                  meta("a.txt"))
    other = get_embedder("fake:384")  # any other embedder: the index records spec and dimension
    with pytest.raises(EmbedderMismatch) as err:
        PassageStore(other, path=tmp_path / "chroma")
    message = str(err.value)
    assert "built with 'use-m3' (dim 512)" in message and "'fake:384' (dim 384)" in message
    assert "--embedder use-m3" in message
    # The same dimension from another model is refused too.
    with pytest.raises(EmbedderMismatch, match="'fake:512' \\(dim 512\\)"):
        PassageStore(get_embedder(FAKE), path=tmp_path / "chroma")
    # Another collection in the same folder is fine.
    assert PassageStore(other, path=tmp_path / "chroma", collection="english").count() == 0


def test_contradictory_or_missing_locations_are_refused(tmp_path, use_m3):
    with pytest.raises(ConfigError, match="not both") as err:
        PassageStore(use_m3, path=tmp_path, url="http://127.0.0.1:8000")
    assert str(tmp_path) in str(err.value) and "http://127.0.0.1:8000" in str(err.value)
    with pytest.raises(ConfigError):
        PassageStore(use_m3)
    for url in ("localhost:8000", "http://127.0.0.1:port"):
        with pytest.raises(ConfigError, match="http://host:port"):
            PassageStore(use_m3, url=url)
    with pytest.raises(ConfigError, match="collection name"):
        PassageStore(use_m3, path=tmp_path, collection="a b")


def test_open_store_uses_gongkai_home(tmp_path, gongkai_home):
    store = open_store(Settings())
    store.replace_source("a.txt", passages("a.txt", TEXTS[:2]), meta("a.txt"))
    assert (gongkai_home / "chroma").is_dir() and (gongkai_home / "cache" / "embeddings.sqlite3").is_file()
    assert store.embedder is get_embedder("use-m3") and store.count() == 2


# --------------------------------------------------------------------------- pure helpers


def test_results_to_passages_turns_parallel_lists_into_passages():
    meta_ = {"source": "a.txt", "title": "T", "body": "B", "year": 2024, "section": "一、总体情况 > （一）主动公开",
             "page": -1, "kind": "table", "ordinal": 3}
    result = {"ids": [["p1", "p2"]], "documents": [["甲", "乙"]], "metadatas": [[meta_, meta_]],
              "distances": [[0.25, 1.5]]}
    (first, s1), (second, s2) = results_to_passages(result)
    assert (first.id, first.text, first.year, first.page) == ("p1", "甲", 2024, None)
    assert (first.kind, first.ordinal) == ("table", 3)
    assert first.section_path == ("一、总体情况", "（一）主动公开") and second.text == "乙"
    assert (s1, s2) == (0.75, -0.5)
    assert results_to_passages({"ids": [[]], "documents": [[]], "metadatas": [[]], "distances": [[]]}) == []


def test_chroma_where():
    assert chroma_where(None) is None and chroma_where({}) is None
    assert chroma_where({"year": 2024}) == {"year": 2024}
    assert chroma_where({"body": "B", "year": 2024}) == {"$and": [{"body": "B"}, {"year": 2024}]}
    assert chroma_where({"source": ["a", "b"]}) == {"source": {"$in": ["a", "b"]}}
    assert chroma_where({"$or": [{"year": 1}, {"year": 2}]}) == {"$or": [{"year": 1}, {"year": 2}]}


# --------------------------------------------------------------------------- a Chroma server


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def chroma_server(tmp_path):
    chroma = Path(sys.executable).parent / "chroma"
    port = _free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen([str(chroma), "run", "--path", str(tmp_path / "server-data"),
                             "--host", "127.0.0.1", "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/heartbeat", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"chroma server did not come up: {(tmp_path / 'chroma.log').read_text()[-2000:]}")
                time.sleep(0.25)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.mark.slow
def test_a_chroma_server_works_like_the_embedded_index(chroma_server, tmp_path, use_m3):
    store = PassageStore(use_m3, url=chroma_server, cache_dir=tmp_path / "cache")
    assert store.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"))["added"] == 5
    assert ask(store, "行政处罚一共多少件？")[0][0].text == TEXTS[0]
    assert store.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"))["added"] == 0
    assert [r["source"] for r in store.reports()] == ["a.txt"] and store.count() == 5

    reopened = PassageStore(use_m3, url=chroma_server)
    assert reopened.version() == store.version()
    with pytest.raises(EmbedderMismatch):
        PassageStore(get_embedder("fake:384"), url=chroma_server)


def test_an_unreachable_server_is_a_store_error(use_m3):
    with pytest.raises(StoreError, match="cannot reach"):
        PassageStore(use_m3, url=f"http://127.0.0.1:{_free_port()}")


def test_table_facts_live_on_the_chroma_server_too(chroma_server, tmp_path, eval_docs):
    """The facts of the national tables are stored with the index wherever it lives: ingesting
    the real PDF into a `chroma run` server gives the same facts as the embedded index, and
    removing the report removes them."""
    from assistant.service import Gongkai
    from assistant.settings import Settings

    served = Gongkai(Settings(home=tmp_path / "served", chroma_url=chroma_server))
    local = Gongkai(Settings(home=tmp_path / "local"))
    for g in (served, local):
        assert g.ingest([eval_docs / "huaian-szf-2024.pdf"]).ok
    assert served.facts() == local.facts() and len(served.facts()) == 200
    assert served.facts(key="art20.penalty.decisions")[0]["value"] == "3985758"
    served.remove("huaian-szf-2024.pdf")
    assert served.facts() == [] and served.findings() == []


@pytest.mark.slow
def test_writers_to_a_chroma_server_lock_a_file_under_the_home(chroma_server, tmp_path, use_m3):
    from test_locks import hold_in_process

    settings = Settings(home=tmp_path / "home", chroma_url=chroma_server, lock_wait=0.3)
    store = open_store(settings)
    store.replace_source("a.txt", passages("a.txt", TEXTS[:2]), meta("a.txt"))
    [lock] = (tmp_path / "home" / "locks").glob("chroma-*.writer")
    other_collection = open_store(settings.with_(collection="other"))
    other_collection.replace_source("a.txt", passages("a.txt", TEXTS[:2]), meta("a.txt"))
    assert len(list((tmp_path / "home" / "locks").glob("chroma-*.writer"))) == 2  # one per collection
    holder = hold_in_process(lock, "ingest", 60)
    try:
        with pytest.raises(IndexBusy, match=f"pid {holder.pid}"):
            store.remove_source("a.txt")
    finally:
        holder.kill()
        holder.wait()
    assert store.remove_source("a.txt") == 2


def test_facts_of_the_first_layout_are_converted_on_open(tmp_path):
    """An index whose facts collection holds a record per fact (the first layout) is read as a
    record per report after it is opened, with the same facts."""
    from decimal import Decimal

    from assistant.model import Fact, Finding
    from vectorstore.facts_store import fact_metadata, finding_metadata

    home = tmp_path / "home"
    settings = Settings(home=home, embedder="fake:16")
    store = open_store(settings)
    report = {"body": "青溪市人民政府", "year": 2024, "title": "报告"}
    facts = [Fact("a.md", "apply.new.total", Decimal("12"), "12", "本年新收", "总计", "三"),
             Fact("a.md", "art20.penalty.decisions", Decimal("96171.6"), "96,171.6", "行政处罚", "决定", "二")]
    finding = Finding("a.md", "sum", "总计=合计", ("apply.new.total",), Decimal("12"), Decimal("13"))
    metas = [fact_metadata(f, report) for f in facts] + [finding_metadata(finding, report)]
    with store.writing():
        store._write(lambda col, reports: store._facts().upsert(
            ids=["f1", "f2", "f3"], embeddings=[[1.0]] * 3, documents=[""] * 3, metadatas=metas))
        store._write(lambda col, reports: store._facts().modify(metadata={"holds": "gongkai table facts", "layout": 1}))
    reopened = open_store(settings)
    loaded, findings = reopened.facts.load()
    assert [(f.key, f.value, f.printed) for f, *_ in loaded] == [(f.key, f.value, f.printed) for f in facts]
    assert loaded[0][1:] == ("青溪市人民政府", 2024, "报告")
    assert findings == [finding]
    assert not reopened.facts.needs_upgrade()
    assert reopened.facts.load(["a.md"])[0] == loaded and reopened.facts.load(["b.md"]) == ([], [])


def test_nearest_among_ranks_the_selected_passages_exactly(store, embedder):
    """The exact path for questions about a few reports: every selected passage by cosine, the
    best first, the others never."""
    store.replace_source("a.txt", passages("a.txt", TEXTS), meta("a.txt"))
    store.replace_source("b.txt", passages("b.txt", TEXTS[:2]), meta("b.txt"))
    query = embedder.embed_query(TEXTS[1])
    found = store.nearest_among(query, 3, {"source": "a.txt"})
    assert [p.source for p, _ in found] == ["a.txt"] * 3 and found[0][0].text == TEXTS[1]
    scores = [s for _, s in found]
    assert scores == sorted(scores, reverse=True) and scores[0] == pytest.approx(1.0, abs=1e-5)
    everything = store.nearest_among(query, 100, {"source": {"$in": ["a.txt", "b.txt"]}})
    assert len(everything) == len(TEXTS) + 2
    # By id: the same cosines, for the passages that exist.
    by_id = store.similarities(query, [p.id for p, _ in everything] + ["gone"])
    assert by_id == pytest.approx({p.id: s for p, s in everything}, abs=1e-6)
    # With the passages' texts, from the embedding cache (the vectors they were stored with):
    # the same cosines, and Chroma's vectors are not read.
    ids, texts = [p.id for p, _ in everything], [p.text for p, _ in everything]
    calls = []
    real = store._read
    store._read = lambda op: calls.append(op) or real(op)
    assert store.similarities(query, ids, texts) == pytest.approx({p.id: s for p, s in everything}, abs=1e-6)
    assert calls == []
    # A text the cache lacks: read from Chroma by id.
    assert store.similarities(query, ids[:1], ["not embedded"]) == pytest.approx({ids[0]: by_id[ids[0]]}, abs=1e-6)
    assert calls
