"""Evaluation of Gongkai against suites (shared/eval/SUITE_FORMAT.md).

    suite = load_suite("dev.suite.yaml")
    run = run_suite(suite, Settings())          # fresh index, every case asked and checked
    print(run.summary())                        # dev: 47/52 passed (0.904) answer 0.94 ...

Modules: ``suite`` (load and validate), ``matching`` (the rules), ``metrics``, ``runner``,
``baseline`` (a plain LangChain RAG to compare with), ``report_html``, ``cli`` (``gongkai
eval``) and ``pytest_plugin`` (``pytest x.suite.yaml``).
"""

from assistant.evaluation.matching import CaseResult, Check, check_expectations, normalize, retrieval_hit
from assistant.evaluation.metrics import Metrics, compute, summary_line
from assistant.evaluation.runner import SuiteRun, run_baseline, run_suite, suite_index
from assistant.evaluation.suite import Case, Expect, Suite, load_suite

__all__ = ["Case", "CaseResult", "Check", "Expect", "Metrics", "Suite", "SuiteRun", "check_expectations",
           "compute", "load_suite", "normalize", "retrieval_hit", "run_baseline", "run_suite",
           "suite_index", "summary_line"]
