"""The web layer: the FastAPI app with the HTTP API, the embeddable widget and the Gradio chat.

Only this package and ``app.py`` import Gradio or FastAPI; the library never imports them.
"""

from assistant.web.server import create_app

__all__ = ["create_app"]
