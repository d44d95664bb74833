"""Text from reports and files, made safe to print on a terminal.

Report titles, bodies and failure reasons come from the files themselves, and a stored name may
predate the checks of ``source_name`` (or reach the index by another way). Printed raw, a
newline or tab in one would forge extra lines or columns in ``gongkai list``, an ANSI escape
could rewrite the screen, and a right-to-left override could disguise a name. Such characters
are shown as escapes instead (``\\n``, ``\\x1b``, ``\\u202e``), and so is the backslash itself, so
an escape in the output always means one.
"""

from __future__ import annotations

import json
import unicodedata

# Control, format (bidi overrides, zero-width marks), line/paragraph separators, surrogates,
# private use and unassigned code points.
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})


def _hidden(ch: str) -> bool:
    return ch == "\\" or unicodedata.category(ch) in _HIDDEN


def shown(text: object) -> str:
    """``text`` as one line of visible characters."""
    text = str(text)
    if not any(_hidden(ch) for ch in text):
        return text
    return "".join(ch.encode("unicode_escape").decode("ascii") if _hidden(ch) else ch for ch in text)


def _json_escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def json_text(value: object) -> str:
    """``value`` as indented JSON that keeps Chinese readable but escapes every hidden
    character (json.dumps leaves C1 controls and bidi overrides raw)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    # json.dumps escapes ASCII controls inside strings, so the ASCII ones left are the layout
    # (newlines, spaces) and DEL; outside strings JSON is ASCII, so every other hidden
    # character sits inside a string, where a \u escape is valid.
    return "".join(_json_escape(ch) if (ch == "\x7f" or not ch.isascii()) and _hidden(ch) else ch
                   for ch in text)
