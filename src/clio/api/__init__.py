"""The REST API and the dashboard (FastAPI). ``create_app(settings)`` builds the app."""

from __future__ import annotations

from clio.api.app import create_app

__all__ = ["create_app"]
