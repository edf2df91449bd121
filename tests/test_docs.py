"""Every command and setting a user can reach is documented in the README."""

from __future__ import annotations

import re

import typer.main

from clio.cli import app
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
SRC = REPO / "src" / "clio"


def test_every_command_is_in_the_readme() -> None:
    group = typer.main.get_group(app)
    for name, command in group.commands.items():
        assert f"clio {name}" in README, f"README does not document `clio {name}`"
        for sub in getattr(command, "commands", {}):
            assert f"clio {name} {sub}" in README, f"README does not document `clio {name} {sub}`"


def test_every_environment_setting_is_in_the_readme() -> None:
    sources = [SRC / "settings.py", SRC / "api" / "app.py"]
    variables = {v for path in sources for v in re.findall(r"CLIO_[A-Z_]+", path.read_text(encoding="utf-8"))}
    assert {"CLIO_MODEL", "CLIO_DB", "CLIO_TIME_ANCHORING", "CLIO_API_TOKEN"} <= variables
    for variable in sorted(variables):
        assert variable in README, f"README does not mention {variable}"
