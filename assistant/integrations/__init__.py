"""Gongkai inside other people's stacks, each a thin adapter over the facade
(:class:`assistant.service.Gongkai`), so every stack takes the same path as the CLI and the web app:

- :mod:`assistant.integrations.langchain` — a ``BaseRetriever`` of report passages and a
  ``Runnable`` from a question to the :class:`~assistant.model.Answer`
  (``Gongkai.as_retriever()``, ``Gongkai.as_runnable()``);
- :mod:`assistant.integrations.mcp` — the MCP server behind ``gongkai mcp`` (tools ``ask``,
  ``facts``, ``reports``, ``check``).

Each module imports its framework when it is imported, never before: ``import assistant`` stays cheap.
"""
