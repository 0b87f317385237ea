"""Start local servers as process groups, wait until they answer, stop them by process id."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path


class StartupFailed(RuntimeError):
    """A server did not come up; the message includes the end of its log."""


@dataclass
class ManagedProcess:
    name: str
    process: subprocess.Popen
    log_path: Path

    @property
    def pid(self) -> int:
        return self.process.pid

    def stop(self) -> None:
        stop_pid(self.pid)
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            pass

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


def start_process(name: str, command: list[str], log_dir: Path, env: dict[str, str]) -> ManagedProcess:
    """Run `command` in its own process group (so that stopping it stops its children too)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    log_path = log_dir / f"{name}.log"
    log_file = log_path.open("wb")
    process = subprocess.Popen(
        command, stdout=log_file, stderr=subprocess.STDOUT, env=env, start_new_session=True
    )
    log_file.close()
    return ManagedProcess(name, process, log_path)


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _http_answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=1):
            return True
    except urllib.error.HTTPError:
        return True  # any HTTP answer means the server is up
    except OSError:
        return False


def wait_until_ready(
    process: ManagedProcess, port: int, http_path: str | None = None, timeout: float = 60
) -> None:
    """Block until the port accepts connections (and answers HTTP on `http_path`, if given)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.process.poll() is not None:
            raise StartupFailed(
                f"{process.name} exited with {process.process.returncode}:\n{process.log_tail()}"
            )
        if _port_open(port) and (http_path is None or _http_answers(f"http://127.0.0.1:{port}{http_path}")):
            return
        time.sleep(0.1)
    raise StartupFailed(f"{process.name} did not start within {timeout:.0f}s:\n{process.log_tail()}")


def stop_pid(pid: int, grace: float = 5.0) -> None:
    """Stop a process group started by `start_process`: SIGTERM, then SIGKILL after `grace`."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError):
        return
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline:
        try:
            os.killpg(pid, 0)
        except ProcessLookupError:
            _reap(pid)
            return
        _reap(pid)
        time.sleep(0.05)
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _reap(pid)


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
