"""The google.cloud.tasks.v2.CloudTasks gRPC service, registered without generated servicer code.

google-cloud-tasks ships proto-plus messages but no *_pb2_grpc module, so each method is
registered by name with the messages' own (de)serialisers. Only what infra/tasks.py calls is served
(CreateQueue, CreateTask, GetTask); every other method answers UNIMPLEMENTED
(docs/decisions/2026-12-tasks-emulator-revisited.md).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from concurrent import futures

import grpc
from google.cloud import tasks_v2

from devstack.tasks_emulator.messages import (
    check_location,
    check_task_name,
    queue_from_proto,
    queue_to_proto,
    task_from_proto,
    task_to_proto,
)
from devstack.tasks_emulator.state import EmulatorError, InvalidArgument, TasksState

SERVICE_NAME = "google.cloud.tasks.v2.CloudTasks"


def _reports_errors(method: Callable) -> Callable:
    """Turn an EmulatorError into the gRPC status the real client maps to google.api_core exceptions."""

    @functools.wraps(method)
    def handler(self: CloudTasksServicer, request, context: grpc.ServicerContext):
        try:
            return method(self, request)
        except EmulatorError as error:
            context.abort(getattr(grpc.StatusCode, error.code), str(error))

    return handler


class CloudTasksServicer:
    """Each method takes a proto-plus request and returns a proto-plus response."""

    def __init__(self, state: TasksState) -> None:
        self._state = state

    @_reports_errors
    def CreateQueue(self, request: tasks_v2.CreateQueueRequest) -> tasks_v2.Queue:
        parent = check_location(request.parent)
        queue = queue_from_proto(request.queue, self._state.defaults)
        if not queue.name.startswith(f"{parent}/queues/"):
            raise InvalidArgument(f"Queue {queue.name!r} is not in {parent!r}")
        with self._state.changed:
            return queue_to_proto(self._state.add_queue(queue))

    @_reports_errors
    def CreateTask(self, request: tasks_v2.CreateTaskRequest) -> tasks_v2.Task:
        task = task_from_proto(request.parent, request.task, self._state.defaults)
        with self._state.changed:
            return task_to_proto(self._state.add_task(task), request.response_view)

    @_reports_errors
    def GetTask(self, request: tasks_v2.GetTaskRequest) -> tasks_v2.Task:
        with self._state.changed:
            return task_to_proto(self._state.task(check_task_name(request.name)), request.response_view)


# method name -> (request type, response serialiser)
_METHODS: dict[str, tuple[type, Callable]] = {
    "CreateQueue": (tasks_v2.CreateQueueRequest, tasks_v2.Queue.serialize),
    "CreateTask": (tasks_v2.CreateTaskRequest, tasks_v2.Task.serialize),
    "GetTask": (tasks_v2.GetTaskRequest, tasks_v2.Task.serialize),
}


def build_grpc_server(servicer: CloudTasksServicer, port: int) -> tuple[grpc.Server, int]:
    """A gRPC server (not started yet) bound to 127.0.0.1:port, and the port it got (port 0 picks one)."""
    handlers = {
        name: grpc.unary_unary_rpc_method_handler(
            getattr(servicer, name),
            request_deserializer=request_type.deserialize,
            response_serializer=serialize,
        )
        for name, (request_type, serialize) in _METHODS.items()
    }
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=16, thread_name_prefix="tasks-grpc"))
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(SERVICE_NAME, handlers),))
    bound_port = server.add_insecure_port(f"127.0.0.1:{port}")
    return server, bound_port
