"""Load and validate evaluation suites (the format of shared/eval/SUITE_FORMAT.md).

    suite = load_suite(Path("dev.suite.yaml"))   -> Suite (name, documents, cases)

Every problem found in a file is reported at once, in one line that names the file:
``SuiteError("dev.suite.yaml: case 'x': unknown expect key 'answer_contain' ...; ...")``.
Keys the format does not define are refused only under ``expect``, where a typo would silently
drop a check; elsewhere they are ignored.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.errors import SuiteError

# What `gongkai feedback export` writes where only a maintainer knows the right answer.
PLACEHOLDER = "FILL IN"
EXPECT_KEYS = ("answer_contains", "answer_not_contains", "source", "section_contains", "sources", "refuse")
_LIST_KEYS = ("answer_contains", "answer_not_contains", "sources")
_TEXT_KEYS = ("source", "section_contains")


@dataclass(frozen=True)
class Expect:
    answer_contains: tuple[str, ...] = ()
    answer_not_contains: tuple[str, ...] = ()
    source: str | None = None
    section_contains: str | None = None
    sources: tuple[str, ...] = ()  # every one of these files must be cited (multi-report answers)
    refuse: bool | None = None

    @property
    def keys(self) -> tuple[str, ...]:
        """The expectations this case states, in the format's order."""
        return tuple(k for k in EXPECT_KEYS if getattr(self, k) not in ((), None))

    def to_dict(self) -> dict:
        out = {}
        for key in self.keys:
            value = getattr(self, key)
            out[key] = list(value) if isinstance(value, tuple) else value
        return out


@dataclass(frozen=True)
class Case:
    id: str
    question: str
    expect: Expect
    history: tuple[str, ...] = ()  # earlier questions of the conversation, oldest first (follow-ups)


@dataclass(frozen=True)
class Suite:
    name: str
    path: Path
    documents: tuple[Path, ...]  # resolved against the suite file's folder
    cases: tuple[Case, ...]


def load_suite(path: Path | str) -> Suite:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SuiteError(f"{path}: no such suite file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise SuiteError(f"{path}: cannot read the suite ({err})") from None
    except yaml.YAMLError as err:
        where = getattr(err, "problem_mark", None)
        at = f" at line {where.line + 1}" if where is not None else ""
        raise SuiteError(f"{path}: not valid YAML{at} ({getattr(err, 'problem', None) or err})") from None
    problems: list[str] = []
    suite = _parse(path, data, problems)
    if problems:
        raise SuiteError(f"{path}: " + "; ".join(problems))
    return suite


def _parse(path: Path, data, problems: list[str]) -> Suite | None:
    if not isinstance(data, dict):
        problems.append("a suite is a mapping with the keys name, documents and cases")
        return None
    for key in ("name", "documents", "cases"):
        if key not in data:
            problems.append(f"missing key '{key}'")
    name = data.get("name")
    if "name" in data and (not isinstance(name, (str, int)) or not str(name).strip()):
        problems.append("'name' must be a non-empty string")
    documents = _documents(path, data.get("documents"), problems) if "documents" in data else []
    names = {d.name for d in documents}
    raw_cases = data.get("cases")
    cases: list[Case] = []
    if "cases" in data:
        if not isinstance(raw_cases, list) or not raw_cases:
            problems.append("'cases' must be a non-empty list")
        else:
            cases = [c for i, raw in enumerate(raw_cases) if (c := _case(i, raw, names, problems))]
            duplicates = _repeated(str(raw["id"]).strip() for raw in raw_cases
                                   if isinstance(raw, dict) and _is_text(raw.get("id")))
            if duplicates:
                problems.append("duplicate case id " + ", ".join(f"'{d}'" for d in duplicates))
    return Suite(str(name).strip() if name is not None else "", path, tuple(documents), tuple(cases))


def _documents(path: Path, raw, problems: list[str]) -> list[Path]:
    if not isinstance(raw, list) or not raw or not all(isinstance(d, str) and d.strip() for d in raw):
        problems.append("'documents' must be a non-empty list of file paths")
        return []
    documents = [(path.parent / d.strip()) for d in raw]
    missing = [str(raw[i]) for i, d in enumerate(documents) if not d.is_file()]
    if missing:
        problems.append(f"missing document{'s' if len(missing) > 1 else ''} " + ", ".join(missing)
                        + f" (paths are relative to {path.resolve().parent})")
    clashes = _repeated(d.name for d in documents)
    if clashes:
        problems.append("documents with the same file name (reports are identified by file name): "
                        + ", ".join(clashes))
    return documents


def _case(index: int, raw, sources: set[str], problems: list[str]) -> Case | None:
    label = f"case #{index + 1}"
    if not isinstance(raw, dict):
        problems.append(f"{label} must be a mapping with id, question and expect")
        return None
    case_id = raw.get("id")
    if isinstance(case_id, (str, int)) and not isinstance(case_id, bool) and str(case_id).strip():
        label = f"case '{case_id}'"
    else:
        problems.append(f"{label}: missing key 'id'" if "id" not in raw else f"{label}: 'id' must be a string")
        case_id = None
    question = raw.get("question")
    if not isinstance(question, str) or not question.strip():
        problems.append(f"{label}: missing key 'question'" if "question" not in raw
                        else f"{label}: 'question' must be a non-empty string")
    expect = _expect(label, raw.get("expect"), sources, problems) if "expect" in raw else None
    if "expect" not in raw:
        problems.append(f"{label}: missing key 'expect'")
    history = raw.get("history") or []
    if isinstance(history, str):
        history = [history]
    if not isinstance(history, list) or not all(isinstance(h, str) and h.strip() for h in history):
        problems.append(f"{label}: 'history' must be a list of earlier questions")
        history = None
    if case_id is None or expect is None or not isinstance(question, str) or history is None:
        return None
    return Case(str(case_id).strip(), question.strip(), expect, tuple(h.strip() for h in history))


def _expect(label: str, raw, sources: set[str], problems: list[str]) -> Expect | None:
    if not isinstance(raw, dict) or not raw:
        problems.append(f"{label}: 'expect' must be a mapping with at least one of {', '.join(EXPECT_KEYS)}")
        return None
    ok = True
    for key in raw:
        if key not in EXPECT_KEYS:
            problems.append(f"{label}: unknown expect key '{key}' (known: {', '.join(EXPECT_KEYS)})")
            ok = False
    values: dict = {}
    for key in _LIST_KEYS:
        if key in raw:
            items = raw[key] if isinstance(raw[key], list) else [raw[key]]
            # YAML reads `[3985758]` as a number; the suite author meant the digits.
            if not items or not all(_is_text(x) and str(x).strip() for x in items):
                problems.append(f"{label}: '{key}' must be a non-empty list of strings")
                ok = False
            else:
                values[key] = tuple(str(x).strip() for x in items)
    for key in _TEXT_KEYS:
        if key in raw:
            if not _is_text(raw[key]) or not str(raw[key]).strip():
                problems.append(f"{label}: '{key}' must be a non-empty string")
                ok = False
            else:
                values[key] = str(raw[key]).strip()
    unknown = [x for x in values.get("sources", ()) if sources and x not in sources]
    if unknown:
        problems.append(f"{label}: sources {', '.join(unknown)} not among the suite's documents")
        ok = False
    if "source" in values and sources and values["source"] not in sources:
        problems.append(f"{label}: source '{values['source']}' is not one of the suite's documents "
                        f"({', '.join(sorted(sources))})")
        ok = False
    unfilled = [k for k, v in values.items() if any(str(x).startswith(PLACEHOLDER)
                                                    for x in (v if isinstance(v, tuple) else (v,)))]
    if unfilled:
        problems.append(f"{label}: '{unfilled[0]}' still holds the '{PLACEHOLDER}' placeholder of an exported "
                        "feedback case: write what a correct answer must contain, or delete the case")
        ok = False
    if "refuse" in raw:
        if not isinstance(raw["refuse"], bool):
            problems.append(f"{label}: 'refuse' must be true or false")
            ok = False
        else:
            values["refuse"] = raw["refuse"]
    return Expect(**values) if ok else None


def _repeated(values) -> list[str]:
    return sorted(value for value, count in Counter(values).items() if count > 1)


def _is_text(value) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)
