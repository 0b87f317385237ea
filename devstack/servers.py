"""Serve a WSGI app on a free 127.0.0.1 port, in a thread (tests) or in the foreground (processes)."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass

from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class _QuietHandler(WSGIRequestHandler):
    def log_request(self, *args, **kwargs) -> None:  # request lines would drown the test output
        if logging.getLogger("devstack").isEnabledFor(logging.DEBUG):
            super().log_request(*args, **kwargs)


@dataclass
class RunningServer:
    """A server started by `serve_in_thread`; `stop()` shuts it down and frees the port."""

    url: str
    server: BaseWSGIServer
    thread: threading.Thread

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def build_server(app: Callable, port: int = 0) -> BaseWSGIServer:
    """A threaded WSGI server bound to 127.0.0.1:port (0 picks a free port)."""
    return make_server("127.0.0.1", port, app, threaded=True, request_handler=_QuietHandler)


def serve_in_thread(app: Callable, port: int = 0) -> RunningServer:
    """Start `app` in a daemon thread and return its base URL (no trailing slash)."""
    server = build_server(app, port)
    thread = threading.Thread(target=server.serve_forever, name=f"wsgi-{server.port}", daemon=True)
    thread.start()
    return RunningServer(url=f"http://127.0.0.1:{server.port}", server=server, thread=thread)


def serve_forever(app: Callable, port: int) -> None:
    """Run `app` in the foreground until the process is stopped (used by `python -m devstack.*`)."""
    build_server(app, port).serve_forever()
