"""English terms of disclosure reports and the Chinese wording the reports use for them.

An English question is matched against Chinese passages through these (the dense retriever is
cross-lingual, the lexical matcher is not). The vocabulary is data: glossary.yaml beside this
module, topic → entries of English phrases (en) and the Chinese terms (zh) the reports use for
them; its header says where the vocabulary came from. Longest phrases first when several overlap.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from assistant.yaml_data import load_data


GLOSSARY_FILE = "glossary.yaml"


def load_terms(text: str) -> dict[str, tuple[str, ...]]:
    """English phrase (lower case, single-spaced) → Chinese terms, from the glossary's YAML text.
    A phrase listed twice, or an entry without English or Chinese, is an error in the data."""
    data = load_data(text) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{GLOSSARY_FILE}: expected topics at the top level")
    terms: dict[str, tuple[str, ...]] = {}
    for topic, entries in data.items():
        for entry in entries or []:
            english = [" ".join(str(p).lower().split()) for p in entry.get("en") or []]
            chinese = tuple(str(t).strip() for t in entry.get("zh") or [] if str(t).strip())
            if not english or not chinese or not all(english):
                raise ValueError(f"{GLOSSARY_FILE}: an entry of {topic!r} lacks English or Chinese: {entry!r}")
            for phrase in english:
                if phrase in terms:
                    raise ValueError(f"{GLOSSARY_FILE}: {phrase!r} is listed twice (in {topic!r})")
                terms[phrase] = chinese
    return terms


TERMS: dict[str, tuple[str, ...]] = load_terms(
    resources.files("assistant.ask").joinpath(GLOSSARY_FILE).read_text(encoding="utf-8"))

_PATTERNS = sorted(TERMS, key=len, reverse=True)


def _plain(text: str) -> str:
    """Lower case, a hyphen as a space: 'work-safety' is 'work safety', 'new-media' 'new media'; quotes around
    words left out ("the 'other' category" is 'the other category'; an apostrophe inside a word stays)."""
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", " ", text.lower())
    return re.sub(r"(?<![a-z])['‘’\"“”]|['‘’\"“”](?![a-z])", "", text)


def _literal(phrase: str) -> tuple[str, bool]:
    """The text a phrase's pattern matches, and whether its last word may take a plural s: a plural
    word is matched without its s, and a singular one long enough not to become another word with
    it ('news') may take one."""
    text = _plain(phrase)
    last = text.split()[-1]
    if len(last) > 4 and text.endswith("s") and not text.endswith(("ss", "us", "is")):
        return text[:-1], True
    return text, len(last) > 4 and last.isalpha() and not last.endswith(("s", "y", "x", "ch", "sh"))


def _verb_forms(word: str) -> list[str]:
    """A past participle opening a phrasal verb ('carried over') and its other forms ('carry over',
    'carries over'); the word alone otherwise."""
    if word.endswith("ied") and len(word) > 4:
        return [word, word[:-3] + "y", word[:-3] + "ies"]
    if word.endswith("ed") and not word.endswith("eed") and len(word) > 4:
        return [word, word[:-1], word[:-2], word[:-1] + "s", word[:-2] + "s"]
    return [word]


def _pattern(phrase: str) -> re.Pattern:
    """A phrase as a whole-word pattern; its last word singular or plural ('key-area items' for key
    areas, 'public opinion solicitations' for the singular's entry); the past participle opening a
    phrase of several words in any form of its verb ('carry over' for 'carried over')."""
    text, plural = _literal(phrase)
    first, _, rest = text.partition(" ")
    forms = _verb_forms(first) if rest else [first]
    head = "(?:" + "|".join(re.escape(f) for f in sorted(set(forms), key=lambda x: (-len(x), x))) + ")"
    tail = (r"\s" + re.escape(rest)) if rest else ""
    return re.compile(r"\b" + head + tail + (r"s?\b" if plural else r"\b"))


# A pattern can match only a text holding its literal: the patterns are compiled when a question
# holds that (compiling all 979 at import cost a one-shot `gongkai ask` ~0.1 s).
# (a phrase opened by a past participle is looked for by the words after it: 'carry over')
_LITERALS = {phrase: (lit.partition(" ")[2] if " " in lit and len(_verb_forms(lit.split()[0])) > 1 else lit)
             for phrase in _PATTERNS for lit in [_literal(phrase)[0]]}
_COMPILED: dict[str, re.Pattern] = {}


def _matched(question: str) -> tuple[list[tuple[str, ...]], str]:
    """The glossary's Chinese wordings of a question's English terms, and the question's text
    without those terms."""
    text = _plain(question)
    found: list[tuple[str, ...]] = []
    for phrase in _PATTERNS:
        if _LITERALS[phrase] not in text:
            continue
        pattern = _COMPILED.get(phrase) or _COMPILED.setdefault(phrase, _pattern(phrase))
        if pattern.search(text):
            found.append(TERMS[phrase])
            text = pattern.sub(" ", text)  # a longer phrase wins over its parts
    return found, text


@lru_cache(maxsize=1024)
def other_wordings(word: str) -> frozenset[str]:
    """The glossary's other Chinese wordings of a term one of whose wordings is ``word`` ('发布' →
    公开, '官网' → 官方网站): the ways the reports say what an English term names."""
    return frozenset(other for wordings in TERMS.values() if word in wordings for other in wordings if other != word)


def chinese_alternatives(question: str) -> list[tuple[str, ...]]:
    """Per English term of a question, the Chinese wordings the reports use for it (any one of
    them says it: 'publish' is 发布, 公开 or 推送); then any Chinese the question quotes, each alone."""
    found, _ = _matched(question)
    return found + [(chinese,) for chinese in re.findall(r"[\u4e00-\u9fff]+", question)]


def unmatched(question: str) -> str:
    """The English of a question that no glossary term covers (lower case)."""
    return _matched(question)[1]


def chinese_terms(question: str) -> list[str]:
    """Chinese wording for the English terms in a question, plus any Chinese it quotes."""
    return [term for group in chinese_alternatives(question) for term in group]
