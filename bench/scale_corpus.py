"""A large index quickly: parse a pool of generated reports once, then write copies of them.

    python bench/scale_corpus.py HOME --passages 1000000 --embedder fake:512

Parsing a generated report (loading, structure, the national tables' facts) costs ~0.6 s, so a
million passages (~20,000 reports) through ``gongkai ingest`` takes hours on two cores. The store,
the lexical index and the facts do not care how a report was parsed, so this script parses a
pool of reports once and writes copies of them through ``PassageStore.add_new`` (a bulk
form of the call ``gongkai ingest`` makes): each copy has its own source name, and its figures go through a
digit substitution of its own (years are left alone), so passages, vectors and BM25 postings
differ from copy to copy as different reports' would.

Each copy also has places of its own: the pool's six invented places (青溪市, 云岭县, …) are
renamed in a copy's text, section headings, titles, bodies, compilers and place lists to
invented names no other copy uses (安禾汀县, …; see ``place_names``), and its passages are
tokenized again by jieba. So a body has one report a year, as in a real archive, and a question
naming a body and a year names one report. (Before, every copy kept the pool's bodies, so such a
question matched ~N/7,000 reports: 140 at a million passages. ``--same-bodies`` still builds
that.)

Latency and memory only: the copies' figures no longer add up, and no quality claim is made on
them.
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

from generate import PLACES, generate_corpus  # noqa: E402

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
# The pool's places (bench/generate.py), each renamed in a copy to a name of its own.
POOL_PLACES = tuple(PLACES)
# Three characters for a copy's place stem, one from each row (no place suffix among them, so no
# stem plus suffix is another's prefix): 30**3 = 27,000 stems, 4,500 copies of six places.
_STEM_CHARS = ("安宝北昌丰福广禾嘉金康兰乐临茂宁平启瑞盛泰通万文祥兴阳永裕兆",
               "柏川丹汀芳枫桂河湖华佳锦澜蓝林岭梅木楠萍溪霞杉石松棠潭榆苑洲",
               "岸坝滨波埠冲岛墩岗沟湾谷涧礁口梁垄坪浦桥渠沙滩塘堤亭屯坞峡堰")
_YEAR = re.compile(r"^(19|20)\d\d$")


def cipher(copy: int):
    """A digit substitution of its own for each copy (years kept, so reports stay in their year)."""
    digits = list("0123456789")
    random.Random(copy).shuffle(digits)
    table = str.maketrans("0123456789", "".join(digits))

    def apply(text: str) -> str:
        return _NUMBER.sub(lambda m: m.group() if _YEAR.match(m.group()) else m.group().translate(table), text)

    return apply


def place_names(copy: int) -> dict[str, str]:
    """Copy ``copy``'s names for the pool's place stems: 青溪 -> 安柏岸 (青溪市 -> 安柏岸市)."""
    need = (copy + 1) * len(POOL_PLACES)
    while len(_STEMS) < need:
        _STEMS.append(_next_stem())
    return {place[:-1]: _STEMS[copy * len(POOL_PLACES) + i] for i, place in enumerate(POOL_PLACES)}


_STEMS: list[str] = []
_TRIED = [0]


def _next_stem() -> str:
    """The next stem of three characters whose place names the gazetteer does not know in part
    (万柏岸县 holds 太原's 万柏林区's short name 万柏: left out, so a question names no real place)."""
    from assistant.zh.gazetteer import gazetteer

    a, b, c = _STEM_CHARS
    while True:
        n = _TRIED[0]
        _TRIED[0] += 1
        stem = a[n % len(a)] + b[n // len(a) % len(b)] + c[n // (len(a) * len(b)) % len(c)]
        if not any(gazetteer().find(stem + suffix) for suffix in "市县区镇"):
            return stem


def renamer(copy: int):
    """Replace the pool's place stems in a text with copy ``copy``'s."""
    names = place_names(copy)
    pattern = re.compile("|".join(map(re.escape, names)))

    def apply(text: str) -> str:
        return pattern.sub(lambda m: names[m.group()], text) if text else text

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


def copy_of(report, passages, facts_findings, copy: int, same_bodies: bool = False):
    """The report as copy number ``copy``: its own source, its figures ciphered, its places
    renamed (unless ``same_bodies``)."""
    change = cipher(copy)
    rename = (lambda text: text) if same_bodies else renamer(copy)
    source = f"c{copy:04d}-{report.meta.source}"
    out = []
    for p in passages:
        text = rename(change(p.text))
        section_path = tuple(rename(h) for h in p.section_path)
        section = " > ".join(section_path)
        out.append(dataclasses.replace(p, text=text, source=source, title=rename(p.title), body=rename(p.body),
                                       section_path=section_path,
                                       id=passage_id(source, section, f"{text}\x1f{p.ordinal}")))
    facts, findings = facts_findings[0], facts_findings[1]
    new_facts = [dataclasses.replace(f, source=source, printed=change(f.printed),
                                     value=None if f.value is None else Decimal(change(str(f.value))),
                                     row_label=rename(f.row_label), column_label=rename(f.column_label),
                                     section=rename(f.section))
                 for f in facts]
    new_findings = [dataclasses.replace(f, source=source, description=rename(f.description)) for f in findings]
    record = {k: rename(v) if isinstance(v, str) else v for k, v in report_record(report, len(out)).items()}
    record["source"] = source
    return source, out, record, new_facts, new_findings


def build(home: Path, passages: int, embedder: str, pool_size: int = 140, same_bodies: bool = False) -> Gongkai:
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
    pool_token_lists = [tokens.tokenize_many([p.index_text for p in ps]) for _, ps, _ in pool] if same_bodies else []
    # After the last copy written (a copy cut short is not written again; a copy removed below
    # the last, e.g. after an interrupted write, is not written again either).
    copies = [int(s[1:5]) for s in store.sources() if re.fullmatch(r"c\d{4}-.*", s)]
    copy = max(copies) + 1 if copies else 0
    t = time.perf_counter()
    written = 0
    while have < passages:
        batch = [copy_of(report, ps, facts, copy, same_bodies) for report, ps, facts in pool]
        n = store.add_new(batch)
        texts = [p.index_text for _, out, *_ in batch for p in out]
        if same_bodies:
            # The copies' jieba tokens are the pool's with the copy's cipher applied (jieba keeps a
            # digit run whole, so this is what it would say, at none of its cost).
            change = cipher(copy)
            tokens.put_many(texts, [[change(t) for t in ts] for pool_tokens in pool_token_lists for ts in pool_tokens])
        else:
            tokens.tokenize_many(texts)  # renamed places: jieba may cut them otherwise than the pool's
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
    parser.add_argument("--same-bodies", action="store_true",
                        help="every copy keeps the pool's bodies (the old bench: a body has a report per copy)")
    args = parser.parse_args()
    g = build(args.home, args.passages, args.embedder, args.pool, args.same_bodies)
    print(f"{g.store.count()} passages in {args.home}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
