"""One self-contained HTML report of ``gongkai eval``: inline CSS and SVG, no scripts, no CDN.

    write_html(path, [(run, baseline_run_or_None), ...])

Per suite: the summary, pass rate per source document and per expectation type (bar charts),
a latency histogram and a per-case table. Every piece of text goes through ``esc``.
"""

from __future__ import annotations

import html
import math
from pathlib import Path

from assistant.evaluation.matching import CaseResult
from assistant.evaluation.metrics import by_expectation, by_source, gain_line, pass_rates_by
from assistant.evaluation.runner import SuiteRun

COLORS = ("#2f6fb3", "#b36b2f")  # gongkai, baseline
STYLE = """
body { font-family: system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.5em; } h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; }
th, td { border: 1px solid #ddd; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
tr.fail td.result { background: #fde8e8; } tr.pass td.result { background: #e8f6e8; }
.summary { font-family: ui-monospace, monospace; background: #f7f7f7; padding: 0.6em; white-space: pre-wrap; }
.small { color: #666; font-size: 0.85em; } .ok { color: #17692c; } .bad { color: #a31616; }
.charts { display: flex; flex-wrap: wrap; gap: 2em; } figure { margin: 0; }
"""


def esc(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def write_html(path: Path, runs: list[tuple[SuiteRun, SuiteRun | None]]) -> None:
    Path(path).write_text(render(runs), encoding="utf-8")


def render(runs: list[tuple[SuiteRun, SuiteRun | None]]) -> str:
    title = "Gongkai evaluation: " + ", ".join(run.suite.name for run, _ in runs)
    body = "\n".join(_suite_section(run, baseline) for run, baseline in runs)
    return (f'<!DOCTYPE html>\n<html lang="zh"><head><meta charset="utf-8"><title>{esc(title)}</title>'
            f"<style>{STYLE}</style></head><body><h1>{esc(title)}</h1>\n{body}\n</body></html>\n")


def _suite_section(run: SuiteRun, baseline: SuiteRun | None) -> str:
    runs = [run] + ([baseline] if baseline else [])
    names = [r.system for r in runs]
    lines = [r.summary() for r in runs]
    if baseline:
        lines.append(gain_line(run.suite.name, baseline.system, run.metrics, baseline.metrics))
    summaries = "\n".join(map(esc, lines))
    failures = "".join(f"<li>{esc(r.system)}: {esc(s)} — {esc(reason)}</li>"
                       for r in runs for s, reason in r.ingest_failures)
    charts = [
        _figure("Pass rate per source document", _bars([pass_rates_by(r.results, by_source) for r in runs], names)),
        _figure("Pass rate per expectation type", _bars([pass_rates_by(r.results, by_expectation) for r in runs], names)),
        _figure(f"Answer latency, {esc(run.system)} (ms)", _histogram([r.latency_ms for r in run.results if not r.error])),
    ]
    return (f"<section><h2>{esc(run.suite.name)} <span class='small'>{esc(run.suite.path)}</span></h2>"
            f"<div class='summary'>{summaries}</div>{_metrics_table(runs)}"
            + (f"<p class='bad'>Documents that failed to ingest:</p><ul>{failures}</ul>" if failures else "")
            + f"<div class='charts'>{''.join(charts)}</div>{_case_table(run, baseline)}</section>")


def _metrics_table(runs: list[SuiteRun]) -> str:
    rows = [("pass rate", lambda m: f"{m.passed}/{m.cases} ({m.pass_rate:.3f})"),
            ("answer accuracy", lambda m: _share(m.answer)), ("citation accuracy", lambda m: _share(m.citation)),
            ("refusal accuracy", lambda m: _share(m.refusal)), ("retrieval recall@5", lambda m: _share(m.recall_at_5)),
            ("latency p50", lambda m: _ms(m.p50_ms)), ("latency p95", lambda m: _ms(m.p95_ms))]
    head = "".join(f"<th>{esc(r.system)}</th>" for r in runs)
    body = "".join(f"<tr><td>{esc(label)}</td>" + "".join(f"<td>{esc(cell(r.metrics))}</td>" for r in runs) + "</tr>"
                   for label, cell in rows)
    return f"<table style='width:auto;margin:1em 0'><tr><th>metric</th>{head}</tr>{body}</table>"


def _share(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def _ms(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.0f} ms"


def _figure(caption: str, svg: str) -> str:
    return f"<figure><figcaption><strong>{caption}</strong></figcaption>{svg}</figure>"


def _bars(tallies: list[dict[str, tuple[int, int]]], series: list[str]) -> str:
    """Horizontal bars: one row per group, one bar per series, value = passed / total."""
    groups = list(dict.fromkeys(g for tally in tallies for g in tally))
    label_w, bar_w, bar_h, gap = 250, 300, 14, 8
    row_h = bar_h * len(series) + gap
    height = row_h * len(groups) + 30
    parts = []
    for i, group in enumerate(groups):
        y = i * row_h + 4
        parts.append(f'<text x="{label_w - 6}" y="{y + row_h / 2}" text-anchor="end" font-size="12">{esc(group)}</text>')
        for s, tally in enumerate(tallies):
            passed, total = tally.get(group, (0, 0))
            share = passed / total if total else 0.0
            top = y + s * bar_h
            parts.append(f'<rect x="{label_w}" y="{top}" width="{bar_w}" height="{bar_h - 2}" fill="#eee"/>'
                         f'<rect x="{label_w}" y="{top}" width="{share * bar_w:.1f}" height="{bar_h - 2}" '
                         f'fill="{COLORS[s % len(COLORS)]}"><title>{esc(series[s])}: {passed}/{total}</title></rect>'
                         f'<text x="{label_w + bar_w + 6}" y="{top + bar_h - 4}" font-size="11">'
                         f'{passed}/{total} ({share:.2f})</text>')
    legend = "".join(f'<rect x="{label_w + 130 * s}" y="{height - 18}" width="10" height="10" fill="{COLORS[s % len(COLORS)]}"/>'
                     f'<text x="{label_w + 130 * s + 14}" y="{height - 9}" font-size="11">{esc(name)}</text>'
                     for s, name in enumerate(series))
    width = label_w + bar_w + 90
    return (f'<svg width="{width}" height="{height}" role="img">'
            f"{''.join(parts)}{legend}</svg>")


def _histogram(latencies: list[float]) -> str:
    width, height, pad = 420, 200, 30
    if not latencies:
        return '<p class="small">no latencies</p>'
    low, high = min(latencies), max(latencies)
    bins = max(1, min(12, math.ceil(math.sqrt(len(latencies)))))
    step = (high - low) / bins or 1.0
    counts = [0] * bins
    for value in latencies:
        counts[min(bins - 1, int((value - low) / step))] += 1
    plot_w, plot_h = width - 2 * pad, height - 2 * pad
    bar_w = plot_w / bins
    parts = [f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#888"/>']
    for i, count in enumerate(counts):
        h = plot_h * count / max(counts)
        x, y = pad + i * bar_w, height - pad - h
        lo, hi = low + i * step, low + (i + 1) * step
        parts.append(f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{bar_w - 2:.1f}" height="{h:.1f}" fill="{COLORS[0]}">'
                     f"<title>{lo:.0f}–{hi:.0f} ms: {count}</title></rect>")
        if count:
            parts.append(f'<text x="{x + bar_w / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle" font-size="10">{count}</text>')
    parts.append(f'<text x="{pad}" y="{height - pad + 14}" font-size="10">{low:.0f} ms</text>'
                 f'<text x="{width - pad}" y="{height - pad + 14}" text-anchor="end" font-size="10">{high:.0f} ms</text>')
    return f'<svg width="{width}" height="{height}" role="img">{"".join(parts)}</svg>'


def _case_table(run: SuiteRun, baseline: SuiteRun | None) -> str:
    others = {r.case.id: r for r in baseline.results} if baseline else {}
    head = ("<tr><th>case</th><th>question</th><th>result</th><th>checks</th><th>answer</th><th>citations</th>"
            "<th>latency</th>" + (f"<th>{esc(baseline.system)}</th>" if baseline else "") + "</tr>")
    rows = [_case_row(result, others.get(result.case.id), baseline is not None) for result in run.results]
    return f"<h3>Cases</h3><table>{head}{''.join(rows)}</table>"


def _case_row(result: CaseResult, other: CaseResult | None, with_other: bool) -> str:
    checks = "".join(
        f"<div class='{'ok' if c.passed else 'bad'}'>{'✓' if c.passed else '✗'} {esc(c.key)}"
        + (f" <span class='small'>{esc(c.detail)}</span>" if c.detail else "") + "</div>"
        for c in result.checks)
    if result.error:
        checks += f"<div class='bad'>error: {esc(result.error)}</div>"
    response = result.response
    citations = "".join(f"<div>[{esc(c.get('id'))}] {esc(c.get('source'))} — {esc(c.get('section'))}</div>"
                        for c in response.get("citations") or [])
    state = "" if not response else ("answered" if response.get("answered") else "refused")
    cells = [f"<td>{esc(result.case.id)}</td>", f"<td>{esc(result.case.question)}</td>",
             f"<td class='result'>{'pass' if result.passed else 'FAIL'}</td>", f"<td>{checks}</td>",
             f"<td><span class='small'>{esc(state)}</span> {esc(response.get('answer', ''))}</td>",
             f"<td>{citations}</td>", f"<td>{result.latency_ms:.0f} ms</td>"]
    if with_other:
        cells.append(f"<td>{'—' if other is None else ('pass' if other.passed else 'FAIL')}</td>")
    return f"<tr class='{'pass' if result.passed else 'fail'}'>{''.join(cells)}</tr>"
