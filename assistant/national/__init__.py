"""The national format of the annual reports' three statistics tables, as data (format.yaml), and
what is read from it: the facts of a report's tables and their arithmetic checks. Shared by the
ingest flow (extraction) and the ask flow (questions → cells, answers over facts)."""
