"""Dask workers that start with the pipeline already built.

The local cluster's workers fork from one server process (multiprocessing's fork server). Started
early enough, that server builds Clio's pipeline while the client is still importing Dask and
opening the database, and every worker forked from it begins with the pipeline in memory, shared
copy-on-write, instead of importing spaCy and loading the model and Clio's tables itself:

    client:  start_worker_server(settings) -> imports Dask, opens the store, starts the cluster
    server:  keeps PyTorch out (clio.torchless), imports spaCy and Clio, builds the pipeline,
             freezes the GC, imports Dask  --fork--> workers

The only channels into the server are its environment and the modules it imports, so the
settings travel as JSON in ``PIPELINE_VARIABLE`` (removed again once read) and the server's last
import, ``clio.prefork_server``, builds the pipeline. Only the server imports that module. This one
imports neither Dask nor spaCy: the client calls it first thing.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import multiprocessing
import os
import sys
from multiprocessing import forkserver
from pathlib import Path
from typing import TYPE_CHECKING, Any

from clio.settings import Settings
from clio.torchless import keep_torch_out

if TYPE_CHECKING:
    from spacy.language import Language

PIPELINE_VARIABLE = "CLIO_PREFORK_PIPELINE"
SERVER_MODULE = "clio.prefork_server"  # importing it builds the pipeline (in the fork server only)
# What the fork server imports before forking workers: the module that builds the pipeline (first,
# so that it can keep PyTorch out before spaCy is imported: clio.torchless), then what a worker
# would import at start.
WORKER_IMPORTS = ("distributed", "numpy", "spacy", "clio.distributed", "clio.nlp.build")
Prebuilt = tuple[Settings, str, "Language"]  # the settings and factory it was built with, the pipeline


def encode(settings: Settings, nlp_factory: str) -> str:
    """Settings and the factory's dotted name as the JSON the server reads back with ``decode``."""
    fields = dataclasses.asdict(settings)
    fields["actor_files"] = [str(path) for path in settings.actor_files]
    return json.dumps({"nlp_factory": nlp_factory, "settings": fields})


def decode(text: str) -> tuple[Settings, str]:
    data = json.loads(text)
    fields: dict[str, Any] = data["settings"]
    fields["actor_files"] = tuple(Path(path) for path in fields["actor_files"])
    return Settings(**fields), data["nlp_factory"]


def start_worker_server(settings: Settings, nlp_factory: str) -> None:
    """Start the fork server the local cluster's workers come from, building the pipeline of
    ``settings`` (if it already runs, nothing changes: its workers build their own pipeline when
    the settings differ). Only the rules mode is built ahead: accurate mode loads torch, whose
    thread pools must not be forked."""
    context = multiprocessing.get_context("forkserver")
    preload = [SERVER_MODULE, *WORKER_IMPORTS] if settings.mode == "rules" else list(WORKER_IMPORTS)
    context.set_forkserver_preload(preload)
    os.environ[PIPELINE_VARIABLE] = encode(settings, nlp_factory)
    try:
        forkserver.ensure_running()
    finally:
        del os.environ[PIPELINE_VARIABLE]


def build_from_environment() -> Prebuilt | None:
    """In the fork server: the pipeline its environment asks for, or None (when none is asked
    for, or building fails: the workers then build their own and report the error as usual)."""
    text = os.environ.pop(PIPELINE_VARIABLE, None)
    if text is None:
        return None
    try:
        settings, nlp_factory = decode(text)
        keep_torch_out(settings.mode, settings.model)
        from clio.runs import load_nlp_factory

        nlp = load_nlp_factory(nlp_factory)(settings)
    except Exception:  # a worker building the same pipeline raises it where it is reported
        return None
    # What is built now lives as long as the workers: keep the collector from scanning it (and
    # from writing to its pages, which would copy them into every worker).
    gc.freeze()
    return settings, nlp_factory, nlp


def prebuilt_pipeline(settings: Settings, nlp_factory: str) -> Language | None:
    """The pipeline this process inherited from the fork server, if it was built for these settings."""
    server = sys.modules.get(SERVER_MODULE)  # never imported here: that would build a pipeline
    prebuilt: Prebuilt | None = getattr(server, "PREBUILT", None)
    if prebuilt is None:
        return None
    built_settings, built_factory, nlp = prebuilt
    return nlp if (built_settings, built_factory) == (settings, nlp_factory) else None
