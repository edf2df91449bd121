"""Imported by the Dask workers' fork server, last (see clio.prefork): builds the pipeline the
workers will start with. Importing it anywhere else builds nothing unless the environment asks."""

from clio.prefork import Prebuilt, build_from_environment

PREBUILT: Prebuilt | None = build_from_environment()
