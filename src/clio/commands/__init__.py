"""Typer sub-applications for command groups (``clio actors ...``), added to the main CLI."""
