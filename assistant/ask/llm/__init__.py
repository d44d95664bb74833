"""LLM composers: backends chosen by spec from one registry (``backends``; the backends
themselves in ``remote``, ``gguf`` and ``fake``), prompts from files (``prompts``), and the
streaming composer that asks a chat model for a cited answer (``compose``)."""
