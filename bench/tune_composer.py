"""Grid search for the composer's numbers (assistant/ask/tuning.py) on suites one may tune on.

    python bench/tune_composer.py tests/suites/unseen.tune.suite.yaml ../shared/eval/dev.suite.yaml \
        --grid semantic_weight=0,0.3,0.6 semantic_accept=0.4,0.45,0.5

Each suite's index is built once (in a cache folder), then every combination of the grid is asked
every case; the table lists pass rates per suite and the number of answers that cite a report other
than the expected one (wrong-report answers weigh most: a wrong figure is the worst outcome).
Never pass a report half (tests/suites/*.report.suite.yaml) here: those are measured, not tuned on.
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import assistant.ask.extractive as extractive  # noqa: E402
import assistant.ask.multi_report as multi_report  # noqa: E402
import assistant.ask.pipeline as pipeline  # noqa: E402
import assistant.ask.tuning as tuning  # noqa: E402
from assistant.evaluation.runner import ask_case, suite_index  # noqa: E402
from assistant.evaluation.suite import load_suite  # noqa: E402
from assistant.settings import Settings  # noqa: E402


def set_tuning(values: dict) -> None:
    new = dataclasses.replace(tuning.TUNING, **values)
    tuning.TUNING = new
    extractive.TUNING = new
    pipeline.TUNING = new
    multi_report.TUNING = new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("suites", nargs="+")
    parser.add_argument("--grid", nargs="*", default=[], help="name=v1,v2,... for fields of ExtractiveTuning")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "gongkai-tune"))
    args = parser.parse_args(argv)
    if any(".report." in s for s in args.suites):
        parser.error("report halves are measured, never tuned on")
    names = [g.split("=", 1)[0] for g in args.grid]
    def parse(name: str, text: str):
        kind = type(getattr(tuning.TUNING, name))
        return text.lower() in ("1", "true", "yes") if kind is bool else kind(text)

    values = [[parse(n, v) for v in g.split("=", 1)[1].split(",")] for n, g in zip(names, args.grid)]
    suites = [load_suite(Path(s)) for s in args.suites]
    settings = Settings(home=Path(args.cache) / "home")
    contexts = [suite_index(s, settings, store=Path(args.cache) / s.name) for s in suites]
    indexes = [c.__enter__()[0] for c in contexts]
    print("\t".join(names + [s.name for s in suites] + ["wrong report", "wrong answer", "answered a refusal", "refused"]))
    for combo in itertools.product(*values) if values else [()]:
        set_tuning(dict(zip(names, combo)))
        rates, wrong, wrong_answer, false_answer, refused = [], 0, 0, 0, 0
        for suite, g in zip(suites, indexes):
            results = [ask_case(lambda q, history=None, g=g: g.ask(q, history=history), c) for c in suite.cases]
            rates.append(sum(r.passed for r in results) / len(results))
            for r, c in zip(results, suite.cases):
                expected = {c.expect.source, *c.expect.sources} - {None}
                cited = {x.get("source") for x in r.response.get("citations") or []}
                if expected and cited and r.response.get("answered") and not cited & expected:
                    wrong += 1
                answered = bool(r.response.get("answered"))
                if answered and not r.passed and not c.expect.refuse:
                    wrong_answer += 1  # answered, but not with what was asked (or cited wrongly)
                if answered and c.expect.refuse:
                    false_answer += 1  # a question the reports do not answer, answered
                if not answered and not c.expect.refuse:
                    refused += 1
        print("\t".join([str(v) for v in combo] + [f"{x:.3f}" for x in rates] + [str(wrong), str(wrong_answer),
                                                                                 str(false_answer), str(refused)]), flush=True)
    for c in contexts:
        c.__exit__(None, None, None)
    return 0


if __name__ == "__main__":
    sys.exit(main())
