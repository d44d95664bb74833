"""The names of the held bodies, kept on disk beside the lexical index.

``bodies.Catalogue`` needs ``names_of`` of every body the index holds: pinyin readings, the
gazetteer's place chain, jieba's dictionary for the short forms. At a million passages (~2,800
bodies) that took ~1 s of every new process's first question (plus ~0.2 s importing pypinyin).
The names depend only on the body's name and on the code and data that derive them, so the
first process to need them writes them to ``names.json`` in the lexical folder, stamped with a
fingerprint of that code and data; later processes read them and compute only the bodies added
since. A stamp that does not match (the code or a dictionary changed) means the file is ignored
and written again.

    recall(folder, catalog)   # before bodies.catalogue(catalog): names_of answers from disk
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import threading
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)

FILE = "names.json"
FORMAT = 1
# What names_of reads: this package's code, and the data of pypinyin, jieba and the gazetteer
# (cpca), by size and modification time (an upgrade rewrites them).
CODE = ("assistant.ask.bodies", "assistant.zh.gazetteer")
DATA = (("pypinyin", ("__init__.py", "pinyin_dict.py", "phrases_dict.py")), ("jieba", ("__init__.py", "dict.txt")),
        ("cpca", ("resources/adcodes.csv",)))

_lock = threading.Lock()
# folder → (the names file's size and time when last read or written, the bodies recalled from it)
_known: dict[Path, tuple[str, set[str]]] = {}


def _stat(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}"


@lru_cache(maxsize=1)
def fingerprint() -> str:
    """A stamp of the code and data names_of depends on (found without importing them)."""
    digest = hashlib.sha1(f"format {FORMAT}".encode())
    for module in CODE:
        spec = importlib.util.find_spec(module)
        digest.update(Path(spec.origin).read_bytes())
    for package, files in DATA:
        spec = importlib.util.find_spec(package)
        base = Path(spec.origin).parent if spec is not None and spec.origin else None
        for name in files:
            digest.update(f"{package}/{name}={_stat(base / name) if base else '-'};".encode())
    return digest.hexdigest()


def _encode(names) -> list:
    return [names.body, list(names.places), names.own, names.organ, names.kind, sorted(names.place_forms),
            sorted(names.latin), sorted(names.organ_forms)]


def _decode(row: list):
    from assistant.ask.bodies import BodyNames

    body, places, own, organ, kind, place_forms, latin, organ_forms = row
    return BodyNames(body, tuple(places), own, organ, kind, frozenset(place_forms), frozenset(latin),
                     frozenset(organ_forms))


def _read(path: Path) -> dict[str, list]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("fingerprint") != fingerprint():
        return {}
    return data.get("names") or {}


def recall(folder: Path, catalog: list[dict]) -> None:
    """Make ``bodies.names_of`` answer for the catalogue's bodies from ``folder``'s names file;
    the bodies it lacks are computed and the file rewritten with the catalogue's bodies
    (atomically: processes sharing the folder may race, and a body the loser added is computed
    again by a later process)."""
    from assistant.ask import bodies

    folder = Path(folder)
    path = folder / FILE
    wanted = {r.get("body") or "" for r in catalog} - {""}
    with _lock:
        stamp = _stat(path)
        if folder not in _known or _known[folder][0] != stamp:
            rows = _read(path)
            bodies.recall_names({body: _decode(row) for body, row in rows.items() if body in wanted})
            _known[folder] = (stamp, {body for body in rows if body in wanted})
        missing = wanted - _known[folder][1]
        if not missing:
            return
        rows = {body: row for body, row in _read(path).items() if body in wanted}
        bodies.recall_names({body: _decode(rows[body]) for body in missing if body in rows})
        rows.update({body: _encode(bodies.names_of(body)) for body in sorted(missing) if body not in rows})
        try:
            _write(path, rows)
        except OSError as err:  # a read-only home: the names are computed again next time
            log.warning("could not keep the body names in %s: %s", path, err)
            return
        _known[folder] = (_stat(path), set(rows))


def _write(path: Path, rows: dict[str, list]) -> None:
    tmp = path.with_name(f"{FILE}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_text(json.dumps({"fingerprint": fingerprint(), "names": rows}, ensure_ascii=False), encoding="utf-8")
    tmp.replace(path)
