"""The whole local stack: emulators, fakes and the six functions, on free 127.0.0.1 ports.

    python -m devstack.stack up     # start in the background, write .devstack/endpoints.json
    python -m devstack.stack down   # stop everything `up` started, by process id

Tests and the demo use `LocalStack` directly and stop it when done.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import secrets
import signal
import socket
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from devstack.processes import ManagedProcess, start_process, stop_pid, wait_until_ready
from devstack.servers import free_port

ROOT = Path(__file__).resolve().parents[1]
STATE_DIR = ROOT / ".devstack"
FUNCTIONS = ("auth", "api", "fetch", "worker", "sheet_sync", "schedule")
PROJECT_ID = "job-tracker-local"
LOCATION = "us-central1"
TASKS_INVOKER = f"tasks-invoker@{PROJECT_ID}.iam.gserviceaccount.com"
SCHEDULER_INVOKER = f"scheduler-invoker@{PROJECT_ID}.iam.gserviceaccount.com"
CLIENT_ID = "local-job-tracker.apps.googleusercontent.com"


@dataclass
class Endpoints:
    """Where each part of a running stack listens (URLs, or host:port for gRPC services)."""

    auth: str
    api: str
    fetch: str
    worker: str
    sheet_sync: str
    schedule: str
    web: str
    fake_google: str
    fake_openai: str
    firestore: str
    cloud_tasks: str
    client_id: str
    client_secret: str


def _python() -> str:
    return sys.executable


def _free_ports(names: tuple[str, ...]) -> dict[str, int]:
    ports: dict[str, int] = {}
    while len(ports) < len(names):
        port = free_port()
        if port not in ports.values():
            ports[names[len(ports)]] = port
    return ports


class LocalStack:
    """Starts and stops the local stack. `functions=False` starts only the emulators and fakes."""

    def __init__(
        self,
        state_dir: Path = STATE_DIR,
        functions: bool = True,
        extractor: str = "rules",
        env_overrides: dict[str, str] | None = None,
    ) -> None:
        self.state_dir = state_dir
        self.with_functions = functions
        self.extractor = extractor
        self.env_overrides = dict(env_overrides or {})
        self.processes: list[ManagedProcess] = []
        self.endpoints: Endpoints | None = None
        self.function_env: dict[str, str] = {}
        self._function_commands: dict[str, tuple[list[str], int]] = {}
        self._restarts = 0

    def start(self) -> Endpoints:
        names = ("firestore", "fake_google", "fake_openai", "cloud_tasks", "web", *FUNCTIONS)
        ports = _free_ports(names)
        url = {name: f"http://127.0.0.1:{port}" for name, port in ports.items()}
        self.endpoints = Endpoints(
            **{name: url[name] + "/" for name in FUNCTIONS},
            web=url["web"],
            fake_google=url["fake_google"],
            fake_openai=url["fake_openai"],
            firestore=f"127.0.0.1:{ports['firestore']}",
            cloud_tasks=f"127.0.0.1:{ports['cloud_tasks']}",
            client_id=CLIENT_ID,
            client_secret=secrets.token_urlsafe(24),
        )
        logs = self.state_dir / "logs"
        try:
            self._start_backends(ports, logs)
            self._configure_backends()
            if self.with_functions:
                self._start_functions(ports, logs)
        except BaseException:
            self.stop()
            raise
        return self.endpoints

    def _start_backends(self, ports: dict[str, int], logs: Path) -> None:
        env = _base_env()
        starts = [
            (
                "firestore",
                [
                    "gcloud",
                    "emulators",
                    "firestore",
                    "start",
                    "--quiet",
                    f"--host-port=127.0.0.1:{ports['firestore']}",
                ],
                "/",
            ),
            (
                "fake_google",
                [_python(), "-m", "devstack.fake_google", "--port", str(ports["fake_google"])],
                "/oauth2/v3/certs",
            ),
            (
                "fake_openai",
                [_python(), "-m", "devstack.fake_openai", "--port", str(ports["fake_openai"])],
                "/v1/models",
            ),
            (
                "cloud_tasks",
                [
                    _python(),
                    "-m",
                    "devstack.tasks_emulator",
                    "--port",
                    str(ports["cloud_tasks"]),
                    "--id-token-endpoint",
                    self.endpoints.fake_google,
                ],
                None,
            ),
            (
                "web",  # one origin: the page, /auth/ and /api/ (devstack/web_proxy.py)
                [
                    _python(),
                    "-m",
                    "devstack.web_proxy",
                    "--port",
                    str(ports["web"]),
                    "--web-root",
                    str(ROOT / "web"),
                    "--auth",
                    self.endpoints.auth,
                    "--api",
                    self.endpoints.api,
                ],
                "/",
            ),
        ]
        started = [
            (self._spawn(name, command, logs, env), ports[name], path) for name, command, path in starts
        ]
        for process, port, path in started:
            wait_until_ready(process, port, path, timeout=90)

    def _configure_backends(self) -> None:
        from devstack.fake_google.client import FakeGoogleControl

        endpoints = self.endpoints
        assert endpoints is not None
        FakeGoogleControl(endpoints.fake_google).register_client(
            endpoints.client_id, endpoints.client_secret, [endpoints.web + "/auth/google/callback/"]
        )
        self.function_env = {**functions_env(endpoints, self.extractor), **self.env_overrides}
        from infra.settings import Settings
        from infra.tasks import CloudTaskQueue, tasks_client

        settings = Settings.from_env(self.function_env)
        CloudTaskQueue(settings, tasks_client(settings)).ensure_queues()

    def _start_functions(self, ports: dict[str, int], logs: Path) -> None:
        env = {**_base_env(), **self.function_env}
        started = []
        for name in FUNCTIONS:
            command = [
                _python(),
                "-m",
                "functions_framework",
                "--target",
                name,
                "--source",
                str(ROOT / "main.py"),
                "--host",
                "127.0.0.1",
                "--port",
                str(ports[name]),
            ]
            self._function_commands[name] = (command, ports[name])
            started.append((self._spawn(f"function-{name}", command, logs, env), ports[name]))
        for process, port in started:
            wait_until_ready(process, port, timeout=60)

    def restart_function(self, name: str, timeout: float = 60, env: dict[str, str] | None = None) -> None:
        """SIGKILL one function's process group (a crashed instance) and start it again on its port,
        with `env` over the stack's configuration (a new revision's settings) if given.

        Requests in flight get no answer, as when Cloud Functions loses an instance; the previous
        log is kept as function-<name>.<n>.log. Returns once the new process accepts connections.
        """
        command, port = self._function_commands[name]
        process_name = f"function-{name}"
        old = next(p for p in self.processes if p.name == process_name)
        try:
            os.killpg(old.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        old.process.wait(timeout=10)
        _wait_until_closed(port)  # a dying child can hold the listening socket a moment longer
        self.processes.remove(old)
        self._restarts += 1
        old.log_path.rename(old.log_path.with_name(f"{process_name}.{self._restarts}.log"))
        environment = {**_base_env(), **self.function_env, **(env or {})}
        wait_until_ready(
            self._spawn(process_name, command, old.log_path.parent, environment), port, timeout=timeout
        )

    def _spawn(self, name: str, command: list[str], logs: Path, env: dict[str, str]) -> ManagedProcess:
        process = start_process(name, command, logs, env)
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.stop()
        self.processes.clear()

    def __enter__(self) -> LocalStack:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


def _wait_until_closed(port: int, timeout: float = 10) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            if sock.connect_ex(("127.0.0.1", port)) != 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"port {port} still accepts connections {timeout:.0f}s after the kill")


def _base_env() -> dict[str, str]:
    """The environment the stack's processes inherit: this one, plus the project root on the path."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.setdefault("CLOUDSDK_CORE_DISABLE_PROMPTS", "1")
    # Each line in the process's log file as it is written (stdout to a file is block-buffered):
    # a log is read while the stack runs (make up, the tests' log scan).
    env["PYTHONUNBUFFERED"] = "1"
    return env


def functions_env(endpoints: Endpoints, extractor: str = "rules") -> dict[str, str]:
    """The functions' configuration on the local stack (what Terraform sets in Google Cloud)."""
    google = endpoints.fake_google
    return {
        "GOOGLE_CLOUD_PROJECT": PROJECT_ID,
        "LOCATION": LOCATION,
        "FIRESTORE_EMULATOR_HOST": endpoints.firestore,
        "CLOUD_TASKS_EMULATOR_HOST": endpoints.cloud_tasks,
        "FETCH_URL": endpoints.fetch,
        "WORKER_URL": endpoints.worker,
        "SHEET_SYNC_URL": endpoints.sheet_sync,
        "SCHEDULE_URL": endpoints.schedule,
        "TASKS_SERVICE_ACCOUNT": TASKS_INVOKER,
        "INVOKER_SERVICE_ACCOUNTS": f"{TASKS_INVOKER},{SCHEDULER_INVOKER}",
        "GOOGLE_CLIENT_ID": endpoints.client_id,
        "GOOGLE_CLIENT_SECRET": endpoints.client_secret,
        "GOOGLE_AUTH_URI": f"{google}/o/oauth2/v2/auth",
        "GOOGLE_TOKEN_URI": f"{google}/token",
        "GOOGLE_REVOKE_URI": f"{google}/revoke",
        "GOOGLE_CERTS_URL": f"{google}/oauth2/v3/certs",
        "GOOGLE_API_ENDPOINT": google,
        "IAM_CREDENTIALS_ENDPOINT": google,
        "AUTH_CALLBACK_URL": endpoints.web + "/auth/google/callback/",  # through the one origin
        "FRONTEND_URL": endpoints.web + "/",
        "ALLOWED_REDIRECT_ORIGINS": endpoints.web,
        "CORS_ORIGINS": endpoints.web,
        "SESSION_SECRET": secrets.token_urlsafe(48),
        "TOKEN_ENCRYPTION_KEY": base64.urlsafe_b64encode(secrets.token_bytes(32)).decode(),
        "SHEET_SYNC_DELAY_SECONDS": "2",
        "RUN_SHEET_SYNC_DELAY_SECONDS": "6",
        "RUN_SWEEP_SECONDS": "120",
        # Small, so that any local fetch of over 40 messages lists in follow-up tasks, as a huge
        # mailbox does in Google Cloud (500 a page, 40 pages a task).
        "FETCH_PAGE_SIZE": "20",
        "FETCH_PAGES_PER_TASK": "2",
        # The tests fetch again right after a fetch; the limit is tested through the API on its own.
        "FETCH_MIN_INTERVAL_SECONDS": "0",
        "EXTRACTOR": extractor,
        "OPENAI_API_KEY": "local-fake-key",
        "OPENAI_BASE_URL": f"{endpoints.fake_openai}/v1",
    }


def _up() -> int:
    if (STATE_DIR / "pids.json").exists():
        print("the stack is already up (make down first)", file=sys.stderr)
        return 1
    stack = LocalStack()
    endpoints = stack.start()
    STATE_DIR.mkdir(exist_ok=True)
    (STATE_DIR / "pids.json").write_text(json.dumps([p.pid for p in stack.processes]))
    (STATE_DIR / "endpoints.json").write_text(json.dumps(asdict(endpoints), indent=2))
    (STATE_DIR / "functions.env").write_text("".join(f"{k}={v}\n" for k, v in stack.function_env.items()))
    print(json.dumps(asdict(endpoints), indent=2))
    print(f"stack up: {len(stack.processes)} processes; endpoints in {STATE_DIR / 'endpoints.json'}")
    demo_user = _add_demo_user(endpoints)
    print(f"web app: {endpoints.web}/ (sign in as {demo_user}: their mailbox is waiting to be fetched)")
    return 0


def _add_demo_user(endpoints: Endpoints) -> str:
    """So that the page is worth opening: the demo user, with the demo mailbox, at the fake Google."""
    from devstack.demo import DEMO_USER, add_demo_user
    from devstack.demo_mailbox import generate_mailbox
    from devstack.fake_google.client import FakeGoogleControl

    add_demo_user(FakeGoogleControl(endpoints.fake_google), generate_mailbox(applications=90))
    return DEMO_USER


def _down() -> int:
    pids_file = STATE_DIR / "pids.json"
    if not pids_file.exists():
        print("the stack is not up")
        return 0
    pids = json.loads(pids_file.read_text())
    for pid in reversed(pids):
        stop_pid(pid)
    for name in ("pids.json", "endpoints.json", "functions.env"):
        (STATE_DIR / name).unlink(missing_ok=True)
    print(f"stack down: stopped {len(pids)} processes")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m devstack.stack", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["up", "down"])
    args = parser.parse_args(argv)
    return _up() if args.command == "up" else _down()


if __name__ == "__main__":
    sys.exit(main())
