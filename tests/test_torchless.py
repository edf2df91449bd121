"""PyTorch is kept out of rules-mode processes, and only there (clio.torchless)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from clio.torchless import _needs_torch, _requirement_name


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_rules_mode_keeps_torch_out_and_spacy_still_loads() -> None:
    code = (
        "from clio.torchless import keep_torch_out\n"
        "print(keep_torch_out('rules', None))\n"
        "import spacy, thinc.compat\n"
        "print(thinc.compat.has_torch)\n"
        "try:\n    import torch\nexcept ImportError:\n    print('blocked')\n"
    )
    assert _run(code).split() == ["True", "False", "blocked"]


def test_accurate_mode_and_a_torch_already_imported_are_left_alone() -> None:
    assert (
        _run("from clio.torchless import keep_torch_out\nprint(keep_torch_out('accurate', None))") == "False"
    )
    pytest.importorskip("torch")
    code = "import torch\nfrom clio.torchless import keep_torch_out\nprint(keep_torch_out('rules', None))"
    assert _run(code) == "False"


def test_a_pipeline_that_asks_for_torch_keeps_it(tmp_path: Path) -> None:
    transformer = tmp_path / "trf"
    transformer.mkdir()
    (transformer / "meta.json").write_text(
        json.dumps({"requirements": ["spacy-transformers>=1.3.4,<1.4.0"]}), encoding="utf-8"
    )
    small = tmp_path / "sm"
    small.mkdir()
    (small / "meta.json").write_text(json.dumps({"requirements": []}), encoding="utf-8")
    assert _needs_torch(str(transformer))
    assert not _needs_torch(str(small))
    assert _needs_torch(str(tmp_path / "missing"))  # unknown: assume it does
    assert _needs_torch("no_such_spacy_package")
    assert not _needs_torch(None)  # the default small English pipeline runs on numpy


@pytest.mark.parametrize(
    ("requirement", "name"),
    [
        ("spacy-transformers<1.4.0,>=1.1.2", "spacy-transformers"),
        ("torch==2.13.0", "torch"),
        ("Spacy_Curated.Transformers ; python_version>'3.8'", "spacy-curated-transformers"),
        ("numpy", "numpy"),
    ],
)
def test_requirement_names_are_normalised(requirement: str, name: str) -> None:
    assert _requirement_name(requirement) == name
