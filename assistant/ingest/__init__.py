"""The ingest flow: files → loaders → RawDocument → structure → Report → chunking → Passages → the store.

    from assistant.ingest import ingest_paths, IngestReport
"""

from assistant.ingest.pipeline import Failure, IngestReport, ingest_paths, source_name

__all__ = ["Failure", "IngestReport", "ingest_paths", "source_name"]
