"""A large index quickly: parse a pool of generated reports once, then write copies of them.

    python bench/scale_corpus.py HOME --passages 1000000 --embedder fake:512

Parsing a generated report (loading, structure, the national tables' facts) costs ~0.6 s, so a
million passages (~20,000 reports) through ``gongkai ingest`` takes hours on two cores. The store,
the lexical index and the facts do not care how a report was parsed, so this script parses a
pool of reports once and writes copies of them through ``PassageStore.add_new`` (a bulk
form of the call ``gongkai ingest`` makes): each copy has its own source name, and its figures go through a
digit substitution of its own (years are left alone), so passages, vectors and BM25 postings
differ from copy to copy as different reports' would. Latency and memory only: the copies'
figures no longer add up, and no quality claim is made on them.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import re
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from generate import generate_corpus  # noqa: E402

from assistant.ingest.chunking import passages_for  # noqa: E402
from assistant.ingest.loaders import load_document  # noqa: E402
from assistant.ingest.pipeline import report_record  # noqa: E402
from assistant.ingest.structure import parse_report  # noqa: E402
from assistant.model import passage_id  # noqa: E402
from assistant.national.extract import read_facts  # noqa: E402
from assistant.service import Gongkai  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from vectorstore.cache import TokenCache  # noqa: E402

_NUMBER = re.compile(r"\d+")
_YEAR = re.compile(r"^(19|20)\d\d$")


def cipher(copy: int):
    """A digit substitution of its own for each copy (years kept, so reports stay in their year)."""
    digits = list("0123456789")
    random.Random(copy).shuffle(digits)
    table = str.maketrans("0123456789", "".join(digits))

    def apply(text: str) -> str:
        return _NUMBER.sub(lambda m: m.group() if _YEAR.match(m.group()) else m.group().translate(table), text)

    return apply


def parse_pool(n: int, seed: int = 0) -> list[tuple]:
    with tempfile.TemporaryDirectory() as tmp:
        pool = []
        for path in generate_corpus(Path(tmp), n, seed=seed):
            raw = load_document(path)
            raw.source = path.name
            report = parse_report(raw)
            facts = read_facts(report)
            pool.append((report, passages_for(report, fact_cells=facts[2].origins), facts))
        return pool


def copy_of(report, passages, facts_findings, copy: int):
    """The report as copy number ``copy``: its own source, its figures ciphered."""
    change = cipher(copy)
    source = f"c{copy:04d}-{report.meta.source}"
    out = []
    for p in passages:
        text = change(p.text)
        out.append(dataclasses.replace(p, text=text, source=source,
                                       id=passage_id(source, p.section, f"{text}\x1f{p.ordinal}")))
    facts, findings = facts_findings[0], facts_findings[1]
    new_facts = [dataclasses.replace(f, source=source, printed=change(f.printed),
                                     value=None if f.value is None else Decimal(change(str(f.value))))
                 for f in facts]
    new_findings = [dataclasses.replace(f, source=source) for f in findings]
    record = report_record(report, len(out))
    record["source"] = source
    return source, out, record, new_facts, new_findings


def build(home: Path, passages: int, embedder: str, pool_size: int = 140) -> Gongkai:
    g = Gongkai(Settings(home=home, embedder=embedder))
    store = g.store
    # Every copy's text is new, so an embedding cache would only grow (~2.7 GB at a million).
    store._cache = None
    have = store.count()
    if have >= passages:
        return g
    t = time.perf_counter()
    pool = parse_pool(pool_size)
    print(f"parsed a pool of {len(pool)} reports in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    tokens = TokenCache(g.settings.cache_path / "tokens.sqlite3")
    pool_token_lists = [tokens.tokenize_many([p.index_text for p in ps]) for _, ps, _ in pool]
    copy = -(-len(store.sources()) // len(pool))  # a copy cut short is not written again
    t = time.perf_counter()
    written = 0
    while have < passages:
        batch = [copy_of(report, ps, facts, copy) for report, ps, facts in pool]
        n = store.add_new(batch)
        # The copies' jieba tokens are the pool's with the copy's cipher applied (jieba keeps a
        # digit run whole, so this is what it would say, at none of its cost).
        change = cipher(copy)
        texts, token_lists = [], []
        for (_, out, *_), pool_tokens in zip(batch, pool_token_lists):
            texts += [p.index_text for p in out]
            token_lists += [[change(t) for t in ts] for ts in pool_tokens]
        tokens.put_many(texts, token_lists)
        have += n
        written += n
        copy += 1
        rate = written / (time.perf_counter() - t)
        print(f"  copy {copy}: {have} passages ({rate:.0f} passages/s)", file=sys.stderr, flush=True)
    return g


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("home", type=Path)
    parser.add_argument("--passages", type=int, required=True)
    parser.add_argument("--embedder", default="fake:512")
    parser.add_argument("--pool", type=int, default=140, help="distinct generated reports to copy")
    args = parser.parse_args()
    g = build(args.home, args.passages, args.embedder, args.pool)
    print(f"{g.store.count()} passages in {args.home}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
