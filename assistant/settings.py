"""One settings object, built at the edge from flags and ``GONGKAI_*`` variables, passed down.

``GONGKAI_HOME`` moves all on-disk state (the Chroma index, caches, uploads).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from pathlib import Path


def _env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


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
    port: int = field(default_factory=lambda: int(_env("GONGKAI_PORT", "7860") or 7860))
    frame_ancestors: str = field(default_factory=lambda: _env("GONGKAI_FRAME_ANCESTORS", "*"))
    max_file_mb: float = field(default_factory=lambda: float(_env("GONGKAI_MAX_FILE_MB", "50") or 50))
    # Composers an API client may ask for with "llm" (besides the default): each can cost money
    # (a paid OpenAI key) or memory (a local model), so none is open unless listed.
    api_llms: str = field(default_factory=lambda: _env("GONGKAI_API_LLMS"))
    # Origins whose scripts may call /api/* (CORS), comma-separated; none by default.
    cors_origins: str = field(default_factory=lambda: _env("GONGKAI_CORS_ORIGINS"))
    top_k: int = field(default_factory=lambda: int(_env("GONGKAI_TOP_K", "8") or 8))
    # Seconds a writer (ingest, remove, upload) waits for another one to finish with the index.
    lock_wait: float = field(default_factory=lambda: float(_env("GONGKAI_LOCK_WAIT", "300") or 300))
    # Processes `python app.py` serves from (uvicorn workers); more can run elsewhere over a Chroma server.
    workers: int = field(default_factory=lambda: int(_env("GONGKAI_WORKERS", "1") or 1))

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
