"""The google.cloud.tasks.v2.CloudTasks gRPC service, registered without generated servicer code.

google-cloud-tasks ships proto-plus messages but no *_pb2_grpc module, so each method is
registered by name with the messages' own (de)serialisers. Methods not listed here (IAM, batch,
CMEK) answer UNIMPLEMENTED.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from concurrent import futures

import grpc
from google.cloud import tasks_v2
from google.protobuf import empty_pb2

from devstack.tasks_emulator.dispatcher import Dispatcher
from devstack.tasks_emulator.messages import (
    check_location,
    check_queue_name,
    check_task_name,
    queue_from_proto,
    queue_to_proto,
    task_from_proto,
    task_to_proto,
    updated_settings,
)
from devstack.tasks_emulator.state import EmulatorError, InvalidArgument, TasksState

SERVICE_NAME = "google.cloud.tasks.v2.CloudTasks"
_MAX_PAGE_SIZE = 1000
_STATE_FILTER = re.compile(r"\s*state\s*[:=]\s*(RUNNING|PAUSED)\s*")


def _reports_errors(method: Callable) -> Callable:
    """Turn an EmulatorError into the gRPC status the real client maps to google.api_core exceptions."""

    @functools.wraps(method)
    def handler(self: CloudTasksServicer, request, context: grpc.ServicerContext):
        try:
            return method(self, request)
        except EmulatorError as error:
            context.abort(getattr(grpc.StatusCode, error.code), str(error))

    return handler


def _page(items: Sequence, page_size: int, page_token: str) -> tuple[Sequence, str]:
    try:
        start = int(page_token or 0)
    except ValueError:
        raise InvalidArgument(f"Invalid page_token {page_token!r}") from None
    if page_size < 0:
        raise InvalidArgument("page_size must not be negative")
    size = min(page_size or _MAX_PAGE_SIZE, _MAX_PAGE_SIZE)
    end = start + size
    return items[start:end], (str(end) if end < len(items) else "")


class CloudTasksServicer:
    """Each method takes a proto-plus request and returns a proto-plus response."""

    def __init__(self, state: TasksState, dispatcher: Dispatcher) -> None:
        self._state = state
        self._dispatcher = dispatcher

    # queues

    @_reports_errors
    def CreateQueue(self, request: tasks_v2.CreateQueueRequest) -> tasks_v2.Queue:
        parent = check_location(request.parent)
        queue = queue_from_proto(request.queue, self._state.defaults)
        if not queue.name.startswith(f"{parent}/queues/"):
            raise InvalidArgument(f"Queue {queue.name!r} is not in {parent!r}")
        with self._state.changed:
            return queue_to_proto(self._state.add_queue(queue))

    @_reports_errors
    def GetQueue(self, request: tasks_v2.GetQueueRequest) -> tasks_v2.Queue:
        with self._state.changed:
            return queue_to_proto(self._state.queue(check_queue_name(request.name)))

    @_reports_errors
    def ListQueues(self, request: tasks_v2.ListQueuesRequest) -> tasks_v2.ListQueuesResponse:
        prefix = f"{check_location(request.parent)}/queues/"
        wanted_state = None
        if request.filter:
            match = _STATE_FILTER.fullmatch(request.filter)
            if match is None:
                raise InvalidArgument(f"The emulator filters only on state, not {request.filter!r}")
            wanted_state = match.group(1) == "PAUSED"
        with self._state.changed:
            queues = [
                queue_to_proto(queue)
                for name, queue in sorted(self._state.queues.items())
                if name.startswith(prefix) and (wanted_state is None or queue.paused == wanted_state)
            ]
        page, next_token = _page(queues, request.page_size, request.page_token)
        return tasks_v2.ListQueuesResponse(queues=page, next_page_token=next_token)

    @_reports_errors
    def UpdateQueue(self, request: tasks_v2.UpdateQueueRequest) -> tasks_v2.Queue:
        """Creates the queue when it does not exist, as Cloud Tasks does."""
        name = check_queue_name(request.queue.name)
        with self._state.changed:
            if name not in self._state.queues:
                return queue_to_proto(
                    self._state.add_queue(queue_from_proto(request.queue, self._state.defaults))
                )
            queue = self._state.queue(name)
            mask = list(request.update_mask.paths)
            rate, retry = updated_settings(queue, request.queue, mask, self._state.defaults)
            return queue_to_proto(self._state.update_queue(name, rate=rate, retry=retry))

    @_reports_errors
    def DeleteQueue(self, request: tasks_v2.DeleteQueueRequest) -> empty_pb2.Empty:
        with self._state.changed:
            self._state.remove_queue(check_queue_name(request.name))
        return empty_pb2.Empty()

    @_reports_errors
    def PurgeQueue(self, request: tasks_v2.PurgeQueueRequest) -> tasks_v2.Queue:
        with self._state.changed:
            return queue_to_proto(self._state.purge_queue(check_queue_name(request.name)))

    @_reports_errors
    def PauseQueue(self, request: tasks_v2.PauseQueueRequest) -> tasks_v2.Queue:
        with self._state.changed:
            return queue_to_proto(self._state.set_paused(check_queue_name(request.name), True))

    @_reports_errors
    def ResumeQueue(self, request: tasks_v2.ResumeQueueRequest) -> tasks_v2.Queue:
        with self._state.changed:
            return queue_to_proto(self._state.set_paused(check_queue_name(request.name), False))

    # tasks

    @_reports_errors
    def CreateTask(self, request: tasks_v2.CreateTaskRequest) -> tasks_v2.Task:
        task = task_from_proto(request.parent, request.task, self._state.defaults)
        with self._state.changed:
            return task_to_proto(self._state.add_task(task), request.response_view)

    @_reports_errors
    def GetTask(self, request: tasks_v2.GetTaskRequest) -> tasks_v2.Task:
        with self._state.changed:
            return task_to_proto(self._state.task(check_task_name(request.name)), request.response_view)

    @_reports_errors
    def ListTasks(self, request: tasks_v2.ListTasksRequest) -> tasks_v2.ListTasksResponse:
        """Every task not yet completed or dropped, including those being dispatched right now."""
        with self._state.changed:
            queue = self._state.queue(check_queue_name(request.parent))
            tasks = [task_to_proto(task, request.response_view) for _, task in sorted(queue.tasks.items())]
        page, next_token = _page(tasks, request.page_size, request.page_token)
        return tasks_v2.ListTasksResponse(tasks=page, next_page_token=next_token)

    @_reports_errors
    def DeleteTask(self, request: tasks_v2.DeleteTaskRequest) -> empty_pb2.Empty:
        with self._state.changed:
            self._state.remove_task(check_task_name(request.name))
        return empty_pb2.Empty()

    @_reports_errors
    def RunTask(self, request: tasks_v2.RunTaskRequest) -> tasks_v2.Task:
        """Dispatch now, even if scheduled later, paused or rate limited; returns the task as dispatched."""
        with self._state.changed:
            task = self._state.task(check_task_name(request.name))
            self._dispatcher.run_now(task)
            return task_to_proto(task, request.response_view)


# method name -> (request type, response serialiser)
_METHODS: dict[str, tuple[type, Callable]] = {
    "CreateQueue": (tasks_v2.CreateQueueRequest, tasks_v2.Queue.serialize),
    "GetQueue": (tasks_v2.GetQueueRequest, tasks_v2.Queue.serialize),
    "ListQueues": (tasks_v2.ListQueuesRequest, tasks_v2.ListQueuesResponse.serialize),
    "UpdateQueue": (tasks_v2.UpdateQueueRequest, tasks_v2.Queue.serialize),
    "DeleteQueue": (tasks_v2.DeleteQueueRequest, empty_pb2.Empty.SerializeToString),
    "PurgeQueue": (tasks_v2.PurgeQueueRequest, tasks_v2.Queue.serialize),
    "PauseQueue": (tasks_v2.PauseQueueRequest, tasks_v2.Queue.serialize),
    "ResumeQueue": (tasks_v2.ResumeQueueRequest, tasks_v2.Queue.serialize),
    "CreateTask": (tasks_v2.CreateTaskRequest, tasks_v2.Task.serialize),
    "GetTask": (tasks_v2.GetTaskRequest, tasks_v2.Task.serialize),
    "ListTasks": (tasks_v2.ListTasksRequest, tasks_v2.ListTasksResponse.serialize),
    "DeleteTask": (tasks_v2.DeleteTaskRequest, empty_pb2.Empty.SerializeToString),
    "RunTask": (tasks_v2.RunTaskRequest, tasks_v2.Task.serialize),
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
