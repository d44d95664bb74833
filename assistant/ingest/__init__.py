"""The ingest flow: files → loaders → RawDocument → structure → Report → chunking → Passages → the store.

    from assistant.ingest import ingest_paths, IngestReport

The names are imported when first used (PEP 562): ``assistant.settings`` reads
``assistant.ingest.limits``, and answering a question needs nothing else of this package.
"""

from importlib import import_module

__all__ = ["Failure", "IngestReport", "ingest_paths", "source_name"]


def __getattr__(name: str):
    if name in __all__:
        return getattr(import_module("assistant.ingest.pipeline"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
