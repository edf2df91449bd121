"""``--on-alert CMD``: run a shell command once per new alert with the alert's JSON on stdin
(mail, chat or a ticket system hook up there). A failing or hanging command is reported and the
run goes on."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

DEFAULT_TIMEOUT_S = 60.0


@dataclass(frozen=True, slots=True)
class CommandHook:
    command: str
    on_error: Callable[[str], None]
    timeout: float = DEFAULT_TIMEOUT_S

    def __call__(self, alert: dict[str, Any]) -> None:
        payload = json.dumps(alert, ensure_ascii=False, default=str) + "\n"
        try:
            done = subprocess.run(
                self.command,
                shell=True,  # the user's own command line, as typed: pipes and redirections work
                input=payload.encode("utf-8"),
                capture_output=True,
                timeout=self.timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            self.on_error(
                f"--on-alert command timed out after {self.timeout:g} s for alert {alert.get('id')}"
            )
            return
        except OSError as exc:
            self.on_error(f"--on-alert command could not start: {exc}")
            return
        if done.returncode != 0:
            detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
            self.on_error(
                f"--on-alert command exited with {done.returncode} for alert {alert.get('id')}"
                + (f": {detail[-1]}" if detail else "")
            )
