"""One settings object, built at the edge from flags and ``GONGKAI_*`` variables, passed down.

``GONGKAI_HOME`` moves all on-disk state (the Chroma index, caches, uploads).

A number that is not one, or is out of range, is a ``ConfigError`` naming the variable (and the
flag that sets it), raised when the settings are built: the CLI and the web app print it as one
line instead of a traceback from wherever the value is first used.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from assistant.errors import ConfigError
from assistant.ingest.limits import DEFAULT as DEFAULT_LIMITS, Limits


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def _env_number(name: str, default: float, kind: type = float):
    """``GONGKAI_…`` as an int or float; unset or empty gives ``default``."""
    raw = _env(name).strip()
    if not raw:
        return kind(default)
    try:
        return kind(raw)
    except ValueError:
        what = "a whole number" if kind is int else "a number"
        raise ConfigError(f"{name} must be {what}, not {raw[:40]!r}") from None


# field -> (variable, flag, least, most): the range each number must lie in
_RANGES: dict[str, tuple[str, str, float, float]] = {
    "port": ("GONGKAI_PORT", "--port", 1, 65535),
    "top_k": ("GONGKAI_TOP_K", "--top-k", 1, 1000),
    "max_file_mb": ("GONGKAI_MAX_FILE_MB", "", 0.001, 100_000),
    "parse_seconds": ("GONGKAI_PARSE_SECONDS", "", 1, 86_400),
    "parse_memory_mb": ("GONGKAI_PARSE_MEMORY_MB", "", 64, 1_000_000),
    "lock_wait": ("GONGKAI_LOCK_WAIT", "--lock-wait", 0, 86_400),
    "workers": ("GONGKAI_WORKERS", "--workers", 1, 256),
}


@dataclass(frozen=True)
class Settings:
    home: Path = field(default_factory=lambda: Path(_env("GONGKAI_HOME", str(Path.home() / ".gongkai"))))
    embedder: str = field(default_factory=lambda: _env("GONGKAI_EMBEDDER", "use-m3"))
    chroma_url: str = field(default_factory=lambda: _env("GONGKAI_CHROMA_URL"))
    collection: str = field(default_factory=lambda: _env("GONGKAI_COLLECTION", "gongkai-reports"))
    llm: str = field(default_factory=lambda: _env("GONGKAI_LLM", "extractive"))
    openai_base_url: str = field(default_factory=lambda: _env("GONGKAI_OPENAI_BASE_URL", _env("OPENAI_BASE_URL")))
    openai_api_key: str = field(default_factory=lambda: _env("GONGKAI_OPENAI_API_KEY", _env("OPENAI_API_KEY")))
    ollama_url: str = field(default_factory=lambda: _env("GONGKAI_OLLAMA_URL", "http://127.0.0.1:11434"))
    admin_token: str = field(default_factory=lambda: _env("GONGKAI_ADMIN_TOKEN"))
    host: str = field(default_factory=lambda: _env("GONGKAI_HOST", "127.0.0.1"))
    port: int = field(default_factory=lambda: _env_number("GONGKAI_PORT", 7860, int))
    frame_ancestors: str = field(default_factory=lambda: _env("GONGKAI_FRAME_ANCESTORS", "*"))
    max_file_mb: float = field(default_factory=lambda: _env_number("GONGKAI_MAX_FILE_MB", DEFAULT_LIMITS.file_mb))
    # Per-file budgets of ingest a deployment may need to move (assistant/ingest/limits.py has
    # the others and why each is what it is): the time to read one file, and the memory.
    parse_seconds: float = field(
        default_factory=lambda: _env_number("GONGKAI_PARSE_SECONDS", DEFAULT_LIMITS.parse_seconds))
    parse_memory_mb: int = field(
        default_factory=lambda: _env_number("GONGKAI_PARSE_MEMORY_MB", DEFAULT_LIMITS.memory_mb, int))
    # Composers an API client may ask for with "llm" (besides the default): each can cost money
    # (a paid OpenAI key) or memory (a local model), so none is open unless listed.
    api_llms: str = field(default_factory=lambda: _env("GONGKAI_API_LLMS"))
    # Origins whose scripts may call /api/* (CORS), comma-separated; none by default.
    cors_origins: str = field(default_factory=lambda: _env("GONGKAI_CORS_ORIGINS"))
    top_k: int = field(default_factory=lambda: _env_number("GONGKAI_TOP_K", 8, int))
    # Seconds a writer (ingest, remove, upload) waits for another one to finish with the index.
    lock_wait: float = field(default_factory=lambda: _env_number("GONGKAI_LOCK_WAIT", 300))
    # Processes `python app.py` serves from (uvicorn workers); more can run elsewhere over a Chroma server.
    workers: int = field(default_factory=lambda: _env_number("GONGKAI_WORKERS", 1, int))

    def __post_init__(self) -> None:
        for item in fields(self):
            if item.name not in _RANGES:
                continue
            variable, flag, least, most = _RANGES[item.name]
            value = getattr(self, item.name)
            named = f"{variable} ({flag})" if flag else variable
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ConfigError(f"{named} must be a number, not {value!r}")
            if not math.isfinite(value) or not least <= value <= most:
                raise ConfigError(f"{named} must be between {least:g} and {most:g}, not {value:g}")

    def limits(self) -> Limits:
        """The per-file ingest budgets, with the ones these settings move."""
        return replace(DEFAULT_LIMITS, file_mb=self.max_file_mb, parse_seconds=self.parse_seconds,
                       memory_mb=self.parse_memory_mb)

    @property
    def chroma_path(self) -> Path:
        return self.home / "chroma"

    @property
    def cache_path(self) -> Path:
        return self.home / "cache"

    @property
    def locks_path(self) -> Path:
        return self.home / "locks"

    def allowed_llms(self) -> set[str]:
        listed = {x.strip() for x in self.api_llms.split(",") if x.strip()}
        return listed | {"extractive", self.llm}

    def cors_origin_list(self) -> list[str]:
        return [x.strip() for x in self.cors_origins.split(",") if x.strip()]

    def with_(self, **changes) -> "Settings":
        """A copy with the given fields changed; ``None`` values are ignored (unset flags)."""
        changes = {k: v for k, v in changes.items() if v is not None}
        if "home" in changes:
            changes["home"] = Path(changes["home"])
        return replace(self, **changes)
