"""Gongkai's errors, caught at the level a caller needs::

    GongkaiError
    ├── ConfigError            bad setting or flag value
    │   └── UnknownBackendError   an embedder / LLM spec nobody implements
    ├── IngestError            a file could not be turned into a report (names file and reason)
    │   ├── UnsupportedFormat
    │   └── LimitExceeded         the file is over a per-file budget (size, text, time, memory…)
    ├── StoreError             the index cannot be used (e.g. built by another embedder)
    │   ├── EmbedderMismatch
    │   └── IndexBusy             another process kept the index locked for too long
    ├── LLMError               an LLM backend failed (unreachable, bad answer)
    └── SuiteError             an evaluation suite file is malformed

The CLI turns these into one line and exit status 1, the web layer into a readable message,
the HTTP API into a 4xx/5xx JSON body.
"""


class GongkaiError(Exception):
    """Base of every error Gongkai raises on purpose."""


class ConfigError(GongkaiError):
    pass


class UnknownBackendError(ConfigError):
    """A spec no backend implements; ``choices`` lists the forms that exist."""

    def __init__(self, message: str, *, spec: str = "", choices: tuple[str, ...] = ()):
        super().__init__(message)
        self.spec = spec
        self.choices = tuple(choices)


class IngestError(GongkaiError):
    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class UnsupportedFormat(IngestError):
    pass


class LimitExceeded(IngestError):
    """A file over one of the per-file budgets of ``assistant.ingest.limits``. Its own type so
    that callers (and the fuzz tests) can tell 'too big or too slow' from 'malformed'."""


class StoreError(GongkaiError):
    pass


class EmbedderMismatch(StoreError):
    pass


class IndexBusy(StoreError):
    """Another writer held the index longer than this one was willing to wait."""


class LLMError(GongkaiError):
    pass


class SuiteError(GongkaiError):
    pass
