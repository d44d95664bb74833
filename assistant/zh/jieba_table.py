"""jieba's dictionary read word by word from a table, for a process that asks one question.

jieba reads its whole dictionary before it cuts the first sentence: 498,113 words and prefixes
from a 9 MB marshal cache (0.7 s of CPU that holds the interpreter), and ``jieba.posseg`` reads
the part of speech of its 349,045 words from dict.txt when imported (0.45 s). A question looks up
a few hundred of them (272 lookups of 77 strings for '青溪市人民政府2024年行政处罚的本年处理决定数量是多少？').

:func:`use_table` gives jieba's default tokenizer (and posseg's, which shares it) a ``FREQ`` and
a ``word_tag_tab`` that read each string from an sqlite table when first asked and keep it. The
table is made from the dictionary jieba itself loaded (its ``FREQ``, ``total`` and posseg's tags),
once per cache folder and jieba dictionary (version, size and time of dict.txt): jieba's cut,
cut_for_search and posseg then give the same words as with the dictionary in memory
(tests/test_jieba_table.py checks every question of the suites).

Only for a one-shot process (``gongkai ask``): a process that tokenizes passages (an ingest, an
app worker) looks up far more strings, and loads the dictionary as jieba does.
"""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import sys
import tempfile
import threading
from pathlib import Path

LAYOUT = 1  # the table's layout: part of its name
READS_MAX = 50_000  # strings read from the table before a column is loaded whole
_MISSING = object()


def table_path(folder: Path) -> Path:
    """The table for jieba's installed dictionary under ``folder``."""
    import jieba

    dictionary = Path(jieba.__file__).parent / jieba.DEFAULT_DICT_NAME
    stat = dictionary.stat()
    key = f"{LAYOUT}\x1f{jieba.__version__}\x1f{dictionary.resolve()}\x1f{stat.st_size}\x1f{stat.st_mtime_ns}"
    return Path(folder) / f"jieba-{hashlib.sha1(key.encode()).hexdigest()[:12]}.sqlite3"


class _Table:
    """One column of the table as a read-only mapping, each string read when first asked; what
    jieba writes (``add_word``, a user dictionary) is kept in memory over it. After READS_MAX
    reads (the process cuts texts in bulk: a lexical index rebuilt here) the column is loaded
    whole, as jieba loads it (``load``), and read from memory."""

    def __init__(self, db: sqlite3.Connection, lock: threading.Lock, column: str, load):
        self._db, self._lock, self._seen, self._load = db, lock, {}, load
        self._sql = f"SELECT {column} FROM words WHERE word = ?"
        self._reads = 0
        self._whole: dict | None = None

    def _value(self, word):
        value = self._seen.get(word, _MISSING)
        if value is not _MISSING:
            return value
        if self._whole is None:
            with self._lock:
                if self._whole is None:
                    row = self._db.execute(self._sql, (word,)).fetchone()
                    self._reads += 1
                    if self._reads >= READS_MAX:
                        self._whole = self._load()
                    value = self._seen[word] = row[0] if row else None
                    return value
        return self._whole.get(word)

    def get(self, word, default=None):
        value = self._value(word)
        return default if value is None else value

    def __contains__(self, word) -> bool:
        return self._value(word) is not None

    def __getitem__(self, word):
        value = self._value(word)
        if value is None:
            raise KeyError(word)
        return value

    def __setitem__(self, word, value) -> None:
        self._seen[word] = value

    def update(self, other) -> None:
        self._seen.update(other)


def use_table(folder: Path) -> bool:
    """Give jieba's default tokenizer the table under ``folder`` in place of its dictionary, making
    the table first when there is none (this process then loads the dictionary as jieba does, ~2 s
    once). Returns whether the table is used. Nothing changes when jieba has loaded its dictionary
    already, uses another dictionary, or the table cannot be read or written."""
    import jieba

    jieba.setLogLevel(60)
    dt = jieba.dt
    if dt.initialized or dt.dictionary != jieba.DEFAULT_DICT or "jieba.posseg" in sys.modules:
        return False
    try:
        path = table_path(folder)
        if not path.is_file():
            _make(path)
            return False
        db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
        total, layout = db.execute("SELECT total, layout FROM meta").fetchone()
    except (OSError, sqlite3.Error, TypeError):
        return False
    if layout != LAYOUT:
        return False
    lock = threading.Lock()
    with dt.lock:
        dt.FREQ, dt.total, dt.initialized = _Table(db, lock, "freq", _whole_freq), total, True
    # posseg reads dict.txt when imported (POSTokenizer.__init__): give it nothing to read, then
    # the table's tags.
    dt.get_dict_file = lambda: io.BytesIO(b"")
    try:
        import jieba.posseg
    finally:
        del dt.get_dict_file
    jieba.posseg.dt.word_tag_tab = _Table(db, lock, "tag", _whole_tags)
    return True


def _whole_freq() -> dict:
    """jieba's FREQ, loaded as jieba loads it (the table was made from the same)."""
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer.FREQ


def _whole_tags() -> dict:
    """posseg's tags, read from dict.txt as posseg reads them."""
    import types

    import jieba
    import jieba.posseg

    holder = types.SimpleNamespace()
    jieba.posseg.POSTokenizer.load_word_tag(holder, jieba.Tokenizer().get_dict_file())
    return holder.word_tag_tab


def _make(path: Path) -> None:
    """Load jieba's dictionary (and posseg's tags) as jieba does, and write them as the table."""
    import jieba
    import jieba.posseg

    jieba.dt.initialize()
    tags = jieba.posseg.dt.word_tag_tab
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        db = sqlite3.connect(temp)
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                         "CREATE TABLE words (word TEXT PRIMARY KEY, freq INTEGER, tag TEXT) WITHOUT ROWID;"
                         "CREATE TABLE meta (total INTEGER NOT NULL, layout INTEGER NOT NULL);")
        freq = jieba.dt.FREQ  # a tagged word not in FREQ (none in jieba's dictionary) gets no freq
        db.executemany("INSERT INTO words VALUES (?, ?, ?)",
                       sorted((word, freq.get(word), tags.get(word)) for word in freq.keys() | tags.keys()))
        db.execute("INSERT INTO meta VALUES (?, ?)", (jieba.dt.total, LAYOUT))
        db.commit()
        db.close()
        os.replace(temp, path)
    finally:
        if os.path.exists(temp):
            os.unlink(temp)
