"""pytest plugin: ``pytest path/to/x.suite.yaml`` runs every case of the suite as a test item.

Registered through the ``pytest11`` entry point, so it is active wherever Gongkai is installed.
Each suite file gets one index per session, built (documents ingested) before its first case
runs and dropped at the end of the session. Settings come from ``GONGKAI_*`` variables; three
options pick the composer, the retrieval depth and a persistent eval store. A failed case
shows the question, what was expected, what failed, the answer and the citations.
"""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import pytest

SUFFIXES = (".suite.yaml", ".suite.yml")
_INDEXES = pytest.StashKey[dict]()


def pytest_addoption(parser) -> None:
    group = parser.getgroup("gongkai", "Gongkai evaluation suites (*.suite.yaml)")
    group.addoption("--gongkai-llm", metavar="SPEC", help="composer for suite cases (default $GONGKAI_LLM or extractive)")
    group.addoption("--gongkai-top-k", type=int, metavar="N", help="passages to retrieve per suite case")
    group.addoption("--gongkai-store", metavar="DIR", help="keep the suites' eval index and embedding cache in DIR")


def pytest_collect_file(file_path: Path, parent):
    if file_path.name.endswith(SUFFIXES):
        return SuiteFile.from_parent(parent, path=file_path)
    return None


class SuiteFile(pytest.File):
    def collect(self):
        from assistant.errors import SuiteError
        from assistant.evaluation.suite import load_suite

        try:
            suite = load_suite(self.path)
        except SuiteError as err:
            raise self.CollectError(str(err)) from None  # shown as the one-line message
        for case in suite.cases:
            yield CaseItem.from_parent(self, name=case.id, suite=suite, case=case)


class CaseFailed(Exception):
    def __init__(self, result, ingest_failures):
        reasons = [f"{c.key}: {c.detail}" for c in result.checks if not c.passed]
        super().__init__(result.error or "; ".join(reasons))
        self.result = result
        self.ingest_failures = ingest_failures


class CaseItem(pytest.Item):
    def __init__(self, *, suite, case, **kwargs):
        super().__init__(**kwargs)
        self.suite = suite
        self.case = case

    def runtest(self) -> None:
        from assistant.evaluation.runner import ask_case

        gongkai, failures = _index(self.config, self.suite)
        llm, top_k = self.config.getoption("gongkai_llm"), self.config.getoption("gongkai_top_k")
        result = ask_case(lambda q, history=None: gongkai.ask(q, llm=llm, top_k=top_k, history=history), self.case)
        if not result.passed:
            raise CaseFailed(result, failures)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, CaseFailed):
            from assistant.evaluation.matching import describe_failure

            # The first line is what pytest's short summary shows: say what failed.
            text = f"{excinfo.value}\n{describe_failure(excinfo.value.result)}"
            for source, reason in excinfo.value.ingest_failures:
                text += f"\n  note:      {source} failed to ingest: {reason}"
            return text
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"{self.suite.name}: {self.case.id}"


def _index(config, suite):
    """The suite's (Gongkai, ingest failures), built once per session; a build error is kept
    and raised again for each case instead of retrying the ingest."""
    indexes = config.stash.setdefault(_INDEXES, {})
    key = suite.path.resolve()
    if key not in indexes:
        from assistant.settings import Settings
        from assistant.evaluation.runner import suite_index

        stack = ExitStack()
        config.add_cleanup(stack.close)
        store = config.getoption("gongkai_store")
        try:
            indexes[key] = stack.enter_context(
                suite_index(suite, Settings(), store=Path(store) if store else None))
        except Exception as err:
            indexes[key] = err
    found = indexes[key]
    if isinstance(found, Exception):
        raise found
    return found
