"""A local Cloud Tasks emulator: the real v2 gRPC API on 127.0.0.1, dispatching HTTP tasks for real.

    emulator = start_tasks_emulator(id_token_endpoint=fake_google_url)
    client = emulator.client()          # a tasks_v2.CloudTasksClient bound to it
    ...
    emulator.stats()["projects/p/locations/l/queues/q"]["succeeded"]
    emulator.stop()

From another process: `python -m devstack.tasks_emulator --port N [--id-token-endpoint URL]`, then
`CloudTasksClient(transport=CloudTasksGrpcTransport(channel=grpc.insecure_channel("127.0.0.1:N")))`.
"""

from __future__ import annotations

from dataclasses import dataclass

import grpc
from google.cloud import tasks_v2
from google.cloud.tasks_v2.services.cloud_tasks.transports import CloudTasksGrpcTransport

from devstack.tasks_emulator.dispatcher import Dispatcher
from devstack.tasks_emulator.server import CloudTasksServicer, build_grpc_server
from devstack.tasks_emulator.state import EmulatorDefaults, RateLimit, RetryPolicy, TasksState

__all__ = [
    "EmulatorDefaults",
    "RateLimit",
    "RetryPolicy",
    "RunningTasksEmulator",
    "cloud_tasks_client",
    "start_tasks_emulator",
]


def cloud_tasks_client(address: str) -> tasks_v2.CloudTasksClient:
    """The real google-cloud-tasks client talking plain gRPC to an emulator at "127.0.0.1:PORT"."""
    channel = grpc.insecure_channel(address)
    return tasks_v2.CloudTasksClient(transport=CloudTasksGrpcTransport(channel=channel))


@dataclass
class RunningTasksEmulator:
    """An emulator started by `start_tasks_emulator`."""

    address: str  # "127.0.0.1:PORT", what grpc.insecure_channel takes
    port: int
    _server: grpc.Server
    _dispatcher: Dispatcher
    _state: TasksState

    def client(self) -> tasks_v2.CloudTasksClient:
        return cloud_tasks_client(self.address)

    def stats(self) -> dict[str, dict[str, int]]:
        """Per queue name: dispatched (attempts), succeeded, failed, dropped (out of retries), in_flight,
        max_in_flight.

        Counters outlive deleted queues, so a test can read them after tearing a queue down.
        """
        with self._state.changed:
            return self._state.stats()

    def stop(self) -> None:
        """Stop dispatching and serving. Attempts already in flight finish in their daemon threads."""
        self._dispatcher.stop()
        self._server.stop(grace=1).wait(timeout=5)


def start_tasks_emulator(
    port: int = 0,
    id_token_endpoint: str | None = None,
    defaults: EmulatorDefaults | None = None,
) -> RunningTasksEmulator:
    """Serve the Cloud Tasks API on 127.0.0.1:port (0 picks a free port) and start dispatching.

    `id_token_endpoint`: base URL of a server answering IAM Credentials' generateIdToken (the fake
    Google); tasks with an oidc_token then carry `Authorization: Bearer <id token>`. Without it no
    Authorization header is sent. `defaults` sets what unset queue and task fields become and the
    name-reuse (tombstone) window; see EmulatorDefaults.
    """
    state = TasksState(defaults or EmulatorDefaults())
    dispatcher = Dispatcher(state, id_token_endpoint)
    server, bound_port = build_grpc_server(CloudTasksServicer(state), port)
    server.start()
    dispatcher.start()
    return RunningTasksEmulator(
        address=f"127.0.0.1:{bound_port}",
        port=bound_port,
        _server=server,
        _dispatcher=dispatcher,
        _state=state,
    )
