"""Files → Reports → Passages → the store. Bad files are reported by name; the rest go in.

Each file is read (loaded, parsed, chunked) in a worker process under the per-file budgets of
``assistant.ingest.limits`` (``assistant.ingest.worker``), then stored. A file fails alone, with
a reason: a malformed file or one over a budget says what is wrong with it; a failure of our own
code is logged with its traceback and reported as an internal error, never as a bad file.
"""

from __future__ import annotations

import logging
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from assistant.errors import GongkaiError, IngestError
from assistant.ingest import worker as workers
from assistant.ingest.limits import DEFAULT, Limits
from assistant.ingest.loaders import SUPPORTED
from assistant.ingest.loaders.image import group_pages
from assistant.model import Report
from assistant.ingest.recognise import NOT_A_REPORT, looks_like_report

log = logging.getLogger(__name__)
INTERNAL = "internal error while parsing (a bug: please report)"


@dataclass
class Failure:
    source: str
    reason: str


@dataclass
class IngestReport:
    reports: int = 0
    sections: int = 0
    tables: int = 0
    passages: int = 0
    facts: int = 0  # cells of the national tables read as data
    unreadable: int = 0  # … of which could not be read for sure
    findings: int = 0  # identities of the format the reports' own tables break
    added: int = 0  # passages embedded and written this run
    removed: int = 0  # stale passages of changed files deleted
    seconds: float = 0.0
    failures: list[Failure] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # files in folders with unsupported types
    not_reports: list[Failure] = field(default_factory=list)  # read, but not disclosure reports: not indexed
    # per report: source, title, body, year, passages, and this run's added / removed / updated passages
    ingested: list[dict] = field(default_factory=list)

    @property
    def passages_per_second(self) -> float:
        return self.passages / self.seconds if self.seconds else 0.0

    @property
    def ok(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        return (f"{self.reports} reports, {self.sections} sections, {self.tables} tables, "
                f"{self.facts} table facts ({self.unreadable} unreadable, {self.findings} arithmetic findings), "
                f"{self.passages} passages ({self.added} new, {self.removed} removed) in "
                f"{self.seconds:.1f} s, {self.passages_per_second:.1f} passages/s")


NOT_REPORTS = {"README", "CHANGELOG", "LICENSE", "NOTICE"}
MAX_NAME = 200


def source_name(name: str) -> str:
    """The name a report is known by: the file name (no folders), NFC-normalised so that the
    NFC and NFD spellings of one name are one report. Control and format characters (newlines,
    right-to-left overrides, zero-width marks) would disguise a name in listings and are
    refused, as are names that are empty, hidden or too long."""
    base = unicodedata.normalize("NFC", re.split(r"[\\/]", name or "")[-1])
    shown = base.encode("unicode_escape").decode("ascii") or "(empty)"
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co", "Zl", "Zp") for ch in base):
        raise IngestError(shown, "the file name holds control or invisible characters; rename the file")
    if not base.strip() or base.startswith(".") or base != base.strip():
        raise IngestError(shown, "not a usable file name (empty, hidden, or padded with spaces)")
    if len(base) > MAX_NAME:
        raise IngestError(base[:40] + "…", f"the file name is over {MAX_NAME} characters")
    return base


def expand_paths(paths: list[Path], recursive: bool) -> tuple[list, list[str]]:
    """Files to ingest and files skipped (unsupported types inside folders). A named file of
    an unsupported type is kept, so the loader reports it by name. Page images of one report
    (``<name>.p<N>.png``) become one PageGroup (assistant.ingest.loaders.image)."""
    from assistant.ingest.loaders.image import SUFFIXES as IMAGES
    from assistant.ingest.ocr import available as ocr_available

    files: list[Path] = []
    skipped: list[str] = []
    ocr = None
    for path in paths:
        path = Path(path)
        if path.is_dir():
            pattern = path.rglob("*") if recursive else path.glob("*")
            for f in sorted(p for p in pattern if p.is_file()):
                if f.suffix.lower() in IMAGES:
                    # Images in a folder are reports to OCR only when OCR is installed (a saved web
                    # page's pictures are not worth a refusal each); a named image always goes,
                    # so that it is refused with the command that installs OCR.
                    ocr = ocr_available() if ocr is None else ocr
                    if not ocr:
                        skipped.append(str(f))
                        continue
                if f.stem.upper() in NOT_REPORTS:
                    skipped.append(str(f))  # a folder's README is documentation, not a report
                elif f.suffix.lower() in SUPPORTED:
                    files.append(f)
                elif not f.name.startswith("."):
                    skipped.append(str(f))
        else:
            files.append(path)
    return group_pages(files), skipped


def report_record(report: Report, passages: int) -> dict:
    m = report.meta
    return {
        "source": m.source, "title": m.title, "body": m.body, "year": m.year or -1,
        "published": m.published, "doc_number": m.doc_number, "language": m.language,
        "compiled_by": m.compiled_by, "places": ",".join(m.places), "passages": passages,
        **({"page_fields": "\n".join(m.page_fields)} if m.page_fields else {}),
        **({"index_number": m.index_number} if m.index_number else {}),
        "sections": len(report.sections), "tables": len(report.tables),
        **({"scanned": ",".join(str(p) for p in m.scanned_pages)} if m.scanned_pages else {}),
    }


ProgressFn = Callable[[str, int, int, str], None]  # (stage, done, total, current file)


def ingest_paths(paths: list[Path], store, *, recursive: bool = False,
                 progress: ProgressFn | None = None, limits: Limits = DEFAULT,
                 tokens=None, any_document: bool = False) -> IngestReport:
    """Ingest files into ``store`` within ``limits``. ``tokens`` (a vectorstore.cache.TokenCache)
    is filled with the passages' lexical tokens, so the first question after ingesting need not
    tokenize them. Documents that are not disclosure reports (recognise.looks_like_report) are
    listed in ``not_reports`` and left out, unless ``any_document``."""
    started = time.perf_counter()
    result = IngestReport()
    files, result.skipped = expand_paths(paths, recursive)
    parsed = _read_files(files, limits, result.failures, progress, result.not_reports, any_document)
    _store_reports(parsed, store, result, progress, tokens)
    result.seconds = time.perf_counter() - started
    return result


def _read_files(files: list[Path], limits: Limits, failures: list[Failure],
                progress: ProgressFn | None, not_reports: list[Failure],
                any_document: bool = False) -> list[tuple[Report, list, tuple]]:
    """Each file read in the worker: (report, passages, table facts) per good file, a Failure
    per bad one, a Failure in ``not_reports`` per document that is no disclosure report."""
    parsed: list[tuple[Report, list, tuple]] = []
    seen: dict[str, Path] = {}
    worker = workers.borrow() if files else None
    try:
        for i, path in enumerate(files):
            if progress:
                progress("parse", i, len(files), path.name)
            try:
                source = source_name(path.name)
                if source in seen:
                    raise IngestError(source, f"another file with this name ({seen[source]}) is in "
                                              "this batch; reports are identified by file name")
                def pages(done: int, total: int, name=path.name) -> None:
                    if progress:
                        progress("ocr", done, total, name)

                read = worker.parse(path, source, limits, progress=pages)
                if not any_document and not looks_like_report(read.report, len(read.facts[2].tables)):
                    not_reports.append(Failure(source, NOT_A_REPORT))
                    continue
                seen[source] = path
                parsed.append((read.report, read.passages, read.facts))
            except IngestError as err:  # the file is malformed or over a budget
                failures.append(Failure(err.source, err.reason))
            except GongkaiError as err:
                failures.append(Failure(path.name, str(err)))
            except workers.ParserBug as err:
                log.error("%s while reading %s: %s\n%s", INTERNAL, path, err, err.details)
                failures.append(Failure(path.name, f"{INTERNAL}: {err}"))
            except Exception as err:
                log.exception("%s while reading %s", INTERNAL, path)
                failures.append(Failure(path.name, f"{INTERNAL}: {type(err).__name__}: {err}"))
    finally:
        if worker is not None:
            workers.give_back(worker)
    if progress:
        progress("parse", len(files), len(files), "")
    return parsed


def _store_reports(parsed: list[tuple[Report, list, tuple]], store, result: IngestReport,
                   progress: ProgressFn | None, tokens) -> None:
    """Embed and write each report; one that cannot be stored fails alone."""
    total = sum(len(p) for _, p, _ in parsed)
    done = 0
    with store.writing("ingest"):  # one writer at a time on an index (reading above needs no lock)
        for report, passages, (facts, findings, fact_stats) in parsed:
            base = done
            source = report.meta.source

            def step(n: int, base=base, source=source) -> None:
                if progress:
                    progress("embed", base + n, total, source)

            try:
                counts = store.replace_source(source, passages, report_record(report, len(passages)),
                                              progress=step, facts=facts, findings=findings)
                if tokens is not None:
                    tokens.tokenize_many([p.index_text for p in passages])
            except GongkaiError as err:
                result.failures.append(Failure(source, str(err)))
                continue
            except Exception as err:  # the embedder or the store; other reports may still go in
                log.exception("could not store %s", source)
                result.failures.append(Failure(source, f"could not be stored ({type(err).__name__}: {err})"))
                continue
            finally:
                done += len(passages)
            step(len(passages))
            result.reports += 1
            result.sections += len(report.sections)
            result.tables += len(report.tables)
            result.passages += len(passages)
            result.facts += fact_stats.cells
            result.unreadable += fact_stats.unreadable
            result.findings += fact_stats.identities_failed
            result.added += counts.get("added", 0)
            result.removed += counts.get("removed", 0)
            # Per report what this run changed, so a face can say "unchanged" for a file
            # ingested again as it was.
            result.ingested.append({**report_record(report, len(passages)),
                                    **{k: counts.get(k, 0) for k in ("added", "removed", "updated")}})
