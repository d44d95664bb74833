"""The matching rules of SUITE_FORMAT.md, as pure functions over the response JSON.

    checks = check_expectations(case.expect, answer.to_dict())   -> [Check(key, passed, detail)]
    retrieval_hit(case.expect, [{"source": ..., "section": ...}, ...])  -> True / False / None

Working on the JSON shape (not on Gongkai's objects) lets the same rules judge any answer mode:
the library, the naive baseline, or a response read back from the HTTP API.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from assistant.evaluation.suite import Case, Expect

RECALL_K = 5
_WHITESPACE = re.compile(r"\s+")
# A comma between digits that is followed by exactly three digits: 3,985,758 but not 8,26,66.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


def normalize(text: str | None) -> str:
    """NFKC (full-width digits, letters, brackets and commas become ASCII), thousands separators
    between digits dropped, then all whitespace dropped."""
    text = unicodedata.normalize("NFKC", text or "")
    return _WHITESPACE.sub("", _THOUSANDS.sub("", text))


def contains(haystack: str | None, needle: str) -> bool:
    return normalize(needle) in normalize(haystack)


@dataclass(frozen=True)
class Check:
    key: str  # the expect key it judges
    passed: bool
    detail: str = ""  # why it failed, in words


def check_expectations(expect: Expect, response: dict) -> list[Check]:
    """One Check per key stated under ``expect``, in the format's order."""
    return [_CHECKS[key](expect, response) for key in expect.keys]


def _answer_contains(expect: Expect, response: dict) -> Check:
    missing = [s for s in expect.answer_contains if not contains(response.get("answer"), s)]
    return Check("answer_contains", not missing, "missing " + ", ".join(map(_quoted, missing)) if missing else "")


def _answer_not_contains(expect: Expect, response: dict) -> Check:
    found = [s for s in expect.answer_not_contains if contains(response.get("answer"), s)]
    return Check("answer_not_contains", not found, "contains " + ", ".join(map(_quoted, found)) if found else "")


def _source(expect: Expect, response: dict) -> Check:
    cited = [c.get("source", "") for c in response.get("citations") or []]
    if expect.source in cited:
        return Check("source", True)
    return Check("source", False, f"no citation of {expect.source} (cited: {_listing(cited)})")


def _section_contains(expect: Expect, response: dict) -> Check:
    citations = [c for c in response.get("citations") or []
                 if expect.source is None or c.get("source") == expect.source]
    if any(contains(c.get("section"), expect.section_contains) for c in citations):
        return Check("section_contains", True)
    where = f" of {expect.source}" if expect.source else ""
    sections = [c.get("section", "") or "(no section)" for c in citations]
    return Check("section_contains", False, f"no cited section{where} contains {_quoted(expect.section_contains)} "
                                            f"(cited sections: {_listing(sections)})")


def _sources(expect: Expect, response: dict) -> Check:
    cited = {c.get("source", "") for c in response.get("citations") or []}
    missing = [s for s in expect.sources if s not in cited]
    if not missing:
        return Check("sources", True)
    return Check("sources", False, f"not cited: {', '.join(missing)} (cited: {_listing(sorted(cited))})")


def _refuse(expect: Expect, response: dict) -> Check:
    answered = bool(response.get("answered"))
    if not expect.refuse:
        return Check("refuse", answered, "" if answered else "refused, but the reports answer it")
    if answered:
        return Check("refuse", False, "answered, but the reports do not answer it")
    backing = [c for c in response.get("citations") or [] if c.get("figures")]
    if backing:
        claims = "; ".join(f"[{c.get('id')}] {', '.join(map(str, c['figures']))}" for c in backing)
        return Check("refuse", False, f"refused, but citations claim to support figures: {claims}")
    return Check("refuse", True)


_CHECKS = {"answer_contains": _answer_contains, "answer_not_contains": _answer_not_contains,
           "source": _source, "section_contains": _section_contains, "sources": _sources, "refuse": _refuse}


def retrieval_hit(expect: Expect, retrieved: list[dict], k: int = RECALL_K) -> bool | None:
    """Whether a passage of the expected source whose section contains ``section_contains`` is
    among the ``k`` best retrieved; None when the case states no source and section."""
    if expect.source is None or expect.section_contains is None:
        return None
    return any(p.get("source") == expect.source and contains(p.get("section"), expect.section_contains)
               for p in retrieved[:k])


@dataclass
class CaseResult:
    case: Case
    response: dict  # the answer JSON ({} when asking failed)
    checks: list[Check]
    retrieved: list[dict] = field(default_factory=list)  # the best retrieved passages: source, section
    latency_ms: float = 0.0
    error: str = ""  # asking raised: every check counts as failed

    @property
    def passed(self) -> bool:
        return not self.error and all(c.passed for c in self.checks)

    def check(self, key: str) -> Check | None:
        return next((c for c in self.checks if c.key == key), None)

    @property
    def recall_hit(self) -> bool | None:
        return retrieval_hit(self.case.expect, self.retrieved)

    def to_dict(self) -> dict:
        return {"id": self.case.id, "question": self.case.question, "expect": self.case.expect.to_dict(),
                "passed": self.passed, "checks": {c.key: {"passed": c.passed, "detail": c.detail} for c in self.checks},
                "recall_hit": self.recall_hit, "latency_ms": round(self.latency_ms, 1), "error": self.error,
                "response": self.response, "retrieved": self.retrieved[:RECALL_K]}


def evaluate(case: Case, response: dict, retrieved: list[dict], latency_ms: float) -> CaseResult:
    return CaseResult(case, response, check_expectations(case.expect, response), retrieved, latency_ms)


def errored(case: Case, error: str, latency_ms: float = 0.0) -> CaseResult:
    checks = [Check(key, False, "not checked: asking failed") for key in case.expect.keys]
    return CaseResult(case, {}, checks, [], latency_ms, error)


def describe_failure(result: CaseResult) -> str:
    """A failed case for a person: question, expected, what failed, the answer, the citations."""
    expected = " · ".join(f"{k} {_shown(v)}" for k, v in result.case.expect.to_dict().items())
    lines = [f"FAIL {result.case.id}", f"  question:  {result.case.question}", f"  expected:  {expected}"]
    if result.error:
        lines.append(f"  error:     {result.error}")
    for check in result.checks:
        if not check.passed and not result.error:
            lines.append(f"  failed:    {check.key}: {check.detail}")
    response = result.response
    if response:
        state = "answered" if response.get("answered") else "refused"
        lines.append(f"  answer:    ({state}) {_one_line(response.get('answer', ''))}")
        citations = response.get("citations") or []
        lines.append("  citations: " + ("none" if not citations else ""))
        for c in citations:
            figures = f" figures: {', '.join(map(str, c.get('figures') or []))}" if c.get("figures") else ""
            lines.append(f"    [{c.get('id')}] {c.get('source')} — {c.get('section') or '(no section)'}{figures}")
    return "\n".join(line.rstrip() for line in lines)


def _quoted(text: str) -> str:
    return f'"{text}"'


def _shown(value) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(map(_quoted, value)) + "]"
    return _quoted(value) if isinstance(value, str) else str(value).lower()


def _listing(items: list[str]) -> str:
    unique = list(dict.fromkeys(items))
    return ", ".join(unique) if unique else "nothing"


def _one_line(text: str, limit: int = 300) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"
