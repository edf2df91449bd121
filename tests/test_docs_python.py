"""docs/python.md and docs/examples/dyad_plot.py run as written (from a fresh clone after
`make install`; the dev extra brings matplotlib)."""

from __future__ import annotations

import contextlib
import io
import os
import re
import runpy
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.slow

PYTHON_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)


@contextlib.contextmanager
def inside(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def test_every_python_example_in_docs_python_md_runs(tmp_path: Path) -> None:
    blocks = PYTHON_BLOCK.findall((REPO / "docs" / "python.md").read_text(encoding="utf-8"))
    assert len(blocks) >= 8
    namespace: dict[str, object] = {"__name__": "docs_python"}
    printed = io.StringIO()
    with inside(tmp_path), contextlib.redirect_stdout(printed):
        for number, block in enumerate(blocks, start=1):
            exec(compile(block, f"docs/python.md block {number}", "exec"), namespace)
    output = printed.getvalue()
    # The outputs the page shows in comments.
    assert "RUSMIL 194 ASSAULT heavy-weapons ('military',) 2024-03-05" in output
    assert "PloverActor(code='RUS', sector='MIL', secondary_sector=None)" in output
    assert "[('Tuesday', '2024-03-12')]" in output
    assert (tmp_path / "notebook.db").is_file()


def test_the_dyad_plot_example_draws_from_a_fresh_database(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="the dev extra installs matplotlib")
    db, png = tmp_path / "dyads.db", tmp_path / "dyads.png"
    printed = io.StringIO()
    argv = sys.argv
    sys.argv = ["dyad_plot.py", str(db), str(png)]
    try:
        with contextlib.redirect_stdout(printed):
            runpy.run_path(str(REPO / "docs" / "examples" / "dyad_plot.py"), run_name="__main__")
    finally:
        sys.argv = argv
    assert png.read_bytes().startswith(b"\x89PNG")
    output = printed.getvalue()
    assert "32 articles coded now" in output
    assert "Kyrgyz" in output and f"wrote {png}" in output
