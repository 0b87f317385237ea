"""The gcloud Firestore emulator as a managed process (for tests; the stack starts its own)."""

from __future__ import annotations

import tempfile
import urllib.request
from pathlib import Path

from devstack.processes import ManagedProcess, start_process, wait_until_ready
from devstack.servers import free_port
from devstack.stack import _base_env


class FirestoreEmulator:
    """`with FirestoreEmulator() as emulator:` sets nothing globally; use `emulator.host`."""

    def __init__(self) -> None:
        self.port = free_port()
        self.host = f"127.0.0.1:{self.port}"
        self.process: ManagedProcess | None = None

    def start(self) -> FirestoreEmulator:
        logs = Path(tempfile.mkdtemp(prefix="firestore-emulator-"))
        command = ["gcloud", "emulators", "firestore", "start", "--quiet", f"--host-port={self.host}"]
        self.process = start_process("firestore", command, logs, _base_env())
        wait_until_ready(self.process, self.port, "/", timeout=90)
        return self

    def reset(self, project_id: str) -> None:
        """Delete every document of `project_id` (the emulator's own endpoint)."""
        url = f"http://{self.host}/emulator/v1/projects/{project_id}/databases/(default)/documents"
        urllib.request.urlopen(urllib.request.Request(url, method="DELETE"), timeout=10).close()

    def stop(self) -> None:
        if self.process is not None:
            self.process.stop()
            self.process = None

    def __enter__(self) -> FirestoreEmulator:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
