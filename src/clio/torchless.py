"""Keep PyTorch out of Clio's own processes when nothing in them uses it.

spaCy's machine-learning library (thinc) imports PyTorch whenever it is installed, to offer it as a
backend. Clio's rules mode never uses it (the small English pipelines run on numpy), yet where the
accurate extras are installed every `clio` command paid ~0.9 s of CPU to import it, as did each
Dask fork server, and thinc's array checks ran slower for it. Setting ``sys.modules["torch"]`` to
None is Python's documented way to make ``import torch`` fail at once; thinc catches that and
runs without PyTorch.

Only entry points call this (the CLI, the Dask workers' fork server): a program that imports Clio
as a library keeps PyTorch importable. Nothing is blocked in accurate mode (its embedding step
runs on PyTorch), nor for a spaCy pipeline whose package asks for PyTorch (transformer pipelines
such as ``en_core_web_trf``), nor when PyTorch was already imported.
"""

from __future__ import annotations

import json
import re
import sys
from importlib import metadata
from pathlib import Path

from clio.settings import MODEL_CANDIDATES

# Requirements by which a spaCy pipeline package says that it runs on PyTorch.
TORCH_PACKAGES = frozenset(
    {"torch", "spacy-transformers", "spacy-curated-transformers", "sentence-transformers"}
)


def keep_torch_out(mode: str, model: str | None) -> bool:
    """Make ``import torch`` fail in this process when rules mode with ``model`` (None: the
    default pipeline) does not need it. True when it was kept out."""
    if mode != "rules" or "torch" in sys.modules or _needs_torch(model):
        return False
    sys.modules["torch"] = None  # type: ignore[assignment]
    return True


def _needs_torch(model: str | None) -> bool:
    """Whether the spaCy pipeline ``model`` asks for PyTorch; unknown pipelines are assumed to."""
    if model is None:
        return any(_needs_torch(name) for name in MODEL_CANDIDATES if _installed(name))
    path = Path(model)
    if path.is_dir():
        meta = path / "meta.json"
        try:
            requirements = json.loads(meta.read_text(encoding="utf-8")).get("requirements", [])
        except (OSError, ValueError, AttributeError):
            return True
    else:
        try:
            requirements = metadata.requires(model) or []
        except metadata.PackageNotFoundError:
            return True
    return any(_requirement_name(r) in TORCH_PACKAGES for r in requirements)


def _installed(name: str) -> bool:
    try:
        metadata.distribution(name)
    except metadata.PackageNotFoundError:
        return False
    return True


def _requirement_name(requirement: object) -> str:
    """ "spacy-transformers<1.4.0,>=1.1.2" -> "spacy-transformers" (normalised)."""
    name = re.split(r"[\s<>=!~;\[(]", str(requirement).strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()
