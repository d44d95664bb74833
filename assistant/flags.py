"""The command-line flags that set a :class:`Settings` field, defined once for ``gongkai`` and
``python app.py`` so both spell, explain and apply them alike.

A flag wins over its ``GONGKAI_*`` variable. The help of ``--llm`` and ``--embedder`` lists
the spec forms their registries accept, so a new backend shows up in ``--help`` by being
registered. Those registries take seconds to import (the embedders' package loads chromadb),
so a :class:`Parser` asks for such help only when it prints help.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from typing import Callable

from assistant.settings import Settings

__all__ = ["Flag", "FLAGS", "Parser", "add_flags", "settings_from"]


def _llm_help() -> str:
    from assistant.ask.llm.backends import spec_forms

    return f"composer: extractive (the default), {', '.join(spec_forms())} (default: $GONGKAI_LLM or extractive)"


def _embedder_help() -> str:
    from vectorstore.embeddings import DEFAULT_SPEC, SPEC_FORMS

    return f"embedding backend: {', '.join(SPEC_FORMS)} (default: $GONGKAI_EMBEDDER or {DEFAULT_SPEC})"


@dataclass(frozen=True)
class Flag:
    option: str  # "--top-k"
    field: str  # the Settings field it sets, also its argparse dest
    help: str | Callable[[], str]  # a callable is asked when a parser is built
    metavar: str
    type: Callable[[str], object] = str


FLAGS: dict[str, Flag] = {flag.option: flag for flag in (
    Flag("--home", "home", "all on-disk state: the index, caches, uploads (default: $GONGKAI_HOME or ~/.gongkai)", "DIR"),
    Flag("--embedder", "embedder", _embedder_help, "SPEC"),
    Flag("--chroma-url", "chroma_url", "use a Chroma server (http://host:port) instead of the embedded index "
                                       "(default: $GONGKAI_CHROMA_URL)", "URL"),
    Flag("--collection", "collection", "Chroma collection name (default: $GONGKAI_COLLECTION or gongkai-reports)", "NAME"),
    Flag("--lock-wait", "lock_wait", "seconds a writer waits while another process writes to the index "
                                     "(default: $GONGKAI_LOCK_WAIT or 300)", "SECONDS", float),
    Flag("--llm", "llm", _llm_help, "SPEC"),
    Flag("--top-k", "top_k", "passages to retrieve per question (default: $GONGKAI_TOP_K or 8)", "N", int),
    Flag("--host", "host", "interface the web app listens on (default: $GONGKAI_HOST or 127.0.0.1)", "HOST"),
    Flag("--port", "port", "port of the web app (default: $GONGKAI_PORT or 7860)", "PORT", int),
)}


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose help texts may be callables, asked when help is printed
    (sub-command parsers are of the same class)."""

    def format_help(self) -> str:
        for action in self._actions:
            if callable(action.help):
                action.help = action.help()
        return super().format_help()


def add_flags(parser: argparse.ArgumentParser, *options: str) -> None:
    """Add the named settings flags (all of them when none is named) to ``parser``."""
    for option in options or tuple(FLAGS):
        flag = FLAGS[option]
        help = flag.help if isinstance(parser, Parser) or not callable(flag.help) else flag.help()
        parser.add_argument(option, dest=flag.field, type=flag.type, metavar=flag.metavar, help=help)


def settings_from(args: argparse.Namespace, base: Settings | None = None) -> Settings:
    """``base`` (default: from the environment) with the settings flags that were given."""
    given = {flag.field: getattr(args, flag.field, None) for flag in FLAGS.values()}
    return (base or Settings()).with_(**given)
