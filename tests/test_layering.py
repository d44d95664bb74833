"""The layout's layers, read from the source: which package may import which.

Two flows share a core: ingest (files → passages and facts) and ask (question → answer). Neither
imports the other; both stand on ``assistant.zh`` (Chinese text), ``assistant.national`` (the
national format), ``assistant.model`` and ``vectorstore``; the web app, the CLI and the eval
harness sit on top and nothing below imports them. Imports inside functions count too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("assistant", "vectorstore")
# What sits on top: nothing in the core may import these.
TOP = ("assistant.web", "assistant.cli", "assistant.evaluation", "assistant.flags", "assistant.progress",
       "assistant.terminal")

# package → the packages of ours it must not import (directly, anywhere in its modules)
FORBIDDEN = {
    "assistant.ingest": ("assistant.ask", "assistant.service", "assistant.integrations") + TOP,
    "assistant.ask": ("assistant.ingest", "assistant.service") + TOP,
    "assistant.national": ("assistant.ask", "assistant.ingest", "assistant.service", "assistant.integrations",
                           "vectorstore") + TOP,
    "assistant.zh": ("assistant.ask", "assistant.ingest", "assistant.national", "assistant.service",
                     "assistant.integrations", "assistant.model", "vectorstore") + TOP,
    "assistant.model": ("assistant.ask", "assistant.ingest", "assistant.national", "assistant.service",
                        "vectorstore") + TOP,
    "vectorstore": ("assistant.ask", "assistant.ingest", "assistant.service", "assistant.integrations") + TOP,
    "assistant.service": TOP,
    "assistant.integrations": ("assistant.ingest",) + TOP,
}


def module_name(path: Path, root: Path = ROOT) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(path: Path, root: Path = ROOT) -> set[str]:
    """Every module name ``path`` imports, absolute, with ``from x import y`` giving x and x.y."""
    name = module_name(path, root)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package[: len(package) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def sources(root: Path = ROOT) -> list[Path]:
    return sorted(p for pkg in PACKAGES for p in (root / pkg).rglob("*.py") if "__pycache__" not in p.parts)


def within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def violations(root: Path = ROOT) -> list[str]:
    out = []
    for path in sources(root):
        name = module_name(path, root)
        rules = [bad for pkg, bad in FORBIDDEN.items() if within(name, pkg)]
        for imported in sorted(imports_of(path, root)):
            for bad in (b for rule in rules for b in rule):
                if within(imported, bad) and not within(name, bad):
                    out.append(f"{name} imports {imported} ({bad} is not allowed there)")
    return out


def test_the_layers_hold():
    assert violations() == []


def test_every_package_has_a_rule():
    """A new package of ours must be placed in the layers, not slip past them."""
    packages = {module_name(p) for p in sources() if p.name == "__init__.py"}
    placed = set(FORBIDDEN) | set(TOP) | {"assistant", "vectorstore"}
    assert sorted(p for p in packages if not any(within(p, q) for q in placed)) == []


@pytest.mark.parametrize("source, imported, bad", [
    ("from assistant.ask.retrieval import tokenize\n", "assistant/ingest/x.py", True),
    ("def f():\n    from ..ask import pipeline\n", "assistant/ingest/x.py", True),
    ("from . import chunking\n", "assistant/ingest/x.py", False),
    ("import assistant.web.server\n", "vectorstore/x.py", True),
    ("from assistant.zh.text import fold\n", "assistant/ask/x.py", False),
])
def test_the_checker_sees_relative_nested_and_plain_imports(tmp_path, source, imported, bad):
    """The checker itself: a forbidden import in any spelling is caught, an allowed one is not."""
    target = tmp_path / imported
    target.parent.mkdir(parents=True)
    for pkg_dir in (tmp_path / "assistant", tmp_path / "vectorstore"):
        pkg_dir.mkdir(exist_ok=True)
    target.write_text(source, encoding="utf-8")
    assert bool(violations(tmp_path)) is bad
