"""The ask flow: question → understand (bodies, years, what is asked) → retrieve → compose
(extractive or an LLM) → verify → Answer. The entry point is ``pipeline.answer_stream``."""
