"""English words misspelt by one letter ('goverment', 'aplications', 'managment') read as the word meant.

A word is corrected only when it is no English word the dictionary (CC-CEDICT's definitions, dictionary.py) or the
project's English vocabulary (the glossary's and the national format's English) knows in any of its forms, is at least
six letters long, and exactly one word of that vocabulary is one edit away (a letter left out, added, changed, or two
swapped). Names of places are left as they are: a pinyin name is no edit away from an English word of the vocabulary.

    corrected("how many new aplications was coming from private persons?")
    → "how many new applications was coming from private persons?"
"""

from __future__ import annotations

import re
from functools import lru_cache

# A word of six letters or more, not one cut by an apostrophe ('couldn't').
_WORD = re.compile(r"(?<![A-Za-z'’])[A-Za-z]{6,}(?![A-Za-z'’])")


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """The English words of the glossary and of the national format (lower case)."""
    from importlib import resources

    from assistant.ask.glossary import TERMS
    from assistant.yaml_data import load_data

    words = {w for phrase in TERMS for w in re.findall(r"[a-z]+", phrase)}

    def walk(node, english: bool = False) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                walk(value, english or str(key) == "en" or str(key).endswith("_en"))
        elif isinstance(node, list):
            for value in node:
                walk(value, english)
        elif isinstance(node, str) and english:
            words.update(w.lower() for w in re.findall(r"[A-Za-z]+", node))

    walk(load_data(resources.files("assistant.national").joinpath("format.yaml").read_text(encoding="utf-8")))
    return frozenset(w for w in words if len(w) >= 4)


@lru_cache(maxsize=1)
def _known() -> frozenset[str]:
    """Every English word the dictionary's definitions use, and the vocabulary's."""
    from assistant.ask.dictionary import english_index

    return frozenset(w for key in english_index() for w in key.split()) | vocabulary()


def _is_known(word: str) -> bool:
    """Whether a word (lower case) is an English word the dictionary or the vocabulary knows, in any of its forms."""
    from assistant.ask.dictionary import _forms

    return any(form in _known() for form in _forms(word))


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` becomes ``b`` by one letter left out, added, changed, or two next to each other swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
                                  and a[diff[1]] == b[diff[0]])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((i for i in range(len(short)) if short[i] != long[i]), len(short))
    return short[i:] == long[i + 1:]


def meant(word: str) -> str | None:
    """The vocabulary's word a misspelt ``word`` stands for (lower case), or None."""
    lower = word.lower()
    if len(lower) < 6 or _is_known(lower):
        return None
    # (a word with an s more or less is the same word: 'explainer' of 'explainers')
    found = {v for v in vocabulary() if _one_edit(lower, v) and v not in (lower + "s", lower[:-1])}
    return next(iter(found)) if len(found) == 1 else None


def corrected(question: str) -> str:
    """An English question with its misspelt words (``meant``) written as meant, in the case they were written."""
    def fix(m: re.Match) -> str:
        word = m.group(0)
        right = meant(word)
        if right is None:
            return word
        return right.capitalize() if word[0].isupper() else right

    return _WORD.sub(fix, question)
