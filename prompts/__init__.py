"""The prompt files an LLM sees (see README.md here). A package only so the files ship in the
wheel and load through importlib.resources; it holds no code."""
