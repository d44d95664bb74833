"""Suite metrics and the one-line summary ``gongkai eval`` ends with.

    pass rate      cases whose every expectation holds / all cases
    answer         cases with answer_contains whose answer text holds answer_contains (and
                   answer_not_contains when stated) / cases with answer_contains
    citation       cases with section_contains whose citations hold source and section_contains
                   / cases with section_contains
    refusal        cases with refuse whose refuse check holds / cases with refuse
    recall@5       cases with source and section_contains where a passage of that source and
                   section is among the 5 best retrieved / those cases
    p50, p95       nearest-rank percentiles of the answer latency (ms) of the cases asked

A rate over no cases is None and printed ``n/a``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Callable, Iterable

from assistant.evaluation.matching import CaseResult

# metric -> (the cases it counts, the expect keys that must hold)
_ACCURACIES = {
    "answer": ("answer_contains", ("answer_contains", "answer_not_contains")),
    "citation": ("section_contains", ("source", "section_contains")),
    "refusal": ("refuse", ("refuse",)),
}


@dataclass(frozen=True)
class Metrics:
    cases: int
    passed: int
    answer: float | None
    citation: float | None
    refusal: float | None
    recall_at_5: float | None
    p50_ms: float | None
    p95_ms: float | None

    @property
    def pass_rate(self) -> float:
        return self.passed / self.cases if self.cases else 0.0

    def to_dict(self) -> dict:
        return {**asdict(self), "pass_rate": round(self.pass_rate, 4)}


def rate(flags: Iterable[bool]) -> float | None:
    flags = list(flags)
    return sum(flags) / len(flags) if flags else None


def percentile(values: Iterable[float], q: float) -> float | None:
    """Nearest-rank percentile: the smallest value with at least q% of the values at or below it."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def _holds(result: CaseResult, keys: tuple[str, ...]) -> bool:
    if result.error:
        return False
    return all(check.passed for check in (result.check(k) for k in keys) if check is not None)


def compute(results: list[CaseResult]) -> Metrics:
    accuracies = {name: rate(_holds(r, keys) for r in results if counted in r.case.expect.keys)
                  for name, (counted, keys) in _ACCURACIES.items()}
    latencies = [r.latency_ms for r in results if not r.error]
    return Metrics(
        cases=len(results),
        passed=sum(r.passed for r in results),
        recall_at_5=rate(r.recall_hit for r in results if r.recall_hit is not None),
        p50_ms=percentile(latencies, 50),
        p95_ms=percentile(latencies, 95),
        **accuracies,
    )


def summary_line(name: str, m: Metrics) -> str:
    """``dev: 47/52 passed (0.904) answer 0.94 citation 0.92 refusal 1.00 recall@5 0.96 p50 80ms p95 140ms``"""

    def share(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.2f}"

    def ms(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.0f}ms"

    return (f"{name}: {m.passed}/{m.cases} passed ({m.pass_rate:.3f}) answer {share(m.answer)} "
            f"citation {share(m.citation)} refusal {share(m.refusal)} recall@5 {share(m.recall_at_5)} "
            f"p50 {ms(m.p50_ms)} p95 {ms(m.p95_ms)}")


def pass_rates_by(results: list[CaseResult], groups: Callable[[CaseResult], Iterable[tuple[str, bool]]]
                  ) -> dict[str, tuple[int, int]]:
    """(passed, total) per group; ``groups(result)`` names the groups a result counts in."""
    out: dict[str, list[int]] = {}
    for result in results:
        for group, ok in groups(result):
            tally = out.setdefault(group, [0, 0])
            tally[0] += bool(ok)
            tally[1] += 1
    return {group: (passed, total) for group, (passed, total) in out.items()}


def by_source(result: CaseResult) -> list[tuple[str, bool]]:
    """A case counts for the document it expects a citation of; refusal cases have their own group."""
    return [(result.case.expect.source or "(no source: refusals and others)", result.passed)]


def by_expectation(result: CaseResult) -> list[tuple[str, bool]]:
    return [(check.key, check.passed and not result.error) for check in result.checks]


def gain(ours: float | None, theirs: float | None) -> float | None:
    """Our rate over the baseline's; None when the baseline scored nothing."""
    return ours / theirs if ours is not None and theirs else None


def gain_line(name: str, baseline: str, ours: Metrics, theirs: Metrics) -> str:
    """``dev: gain over baseline naive: pass rate 4.70x (0.904 vs 0.192), answer accuracy ...``"""

    def shown(value: float | None, digits: int) -> str:
        return "n/a" if value is None else f"{value:.{digits}f}"

    parts = []
    for label, mine, other, digits in (("pass rate", ours.pass_rate, theirs.pass_rate, 3),
                                       ("answer accuracy", ours.answer, theirs.answer, 2)):
        ratio = gain(mine, other)
        parts.append(f"{label} {'n/a' if ratio is None else f'{ratio:.2f}x'} "
                     f"({shown(mine, digits)} vs {shown(other, digits)})")
    return f"{name}: gain over {baseline}: " + ", ".join(parts)
