"""LLM composers: backends chosen by spec (``backends``), prompts from files (``prompts``), and
the streaming composer that asks a chat model for a cited answer (``compose``)."""
