"""This process's memory, read from /proc/self/status (Linux): what the benches report."""

from __future__ import annotations

from pathlib import Path


def _status_mb(*keys: str) -> dict[str, float]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key = line.split(":")[0]
        if key in keys:
            out[key] = round(int(line.split()[1]) / 1024, 1)
    return out


def memory() -> dict:
    """Resident memory now, split: private (RssAnon) and file-backed (RssFile: mapped index
    pages, shared between processes mapping the same files and dropped by the kernel first)."""
    out = _status_mb("RssAnon", "RssFile")
    return {"rss_anon_mb": out.get("RssAnon", 0.0), "rss_file_mb": out.get("RssFile", 0.0)}


def peak_rss_mb() -> float:
    """This process's peak RSS (VmHWM: ru_maxrss would carry a parent's peak over exec)."""
    return _status_mb("VmHWM").get("VmHWM", 0.0)
