"""Counts each Firestore RPC a process makes, for bench/pipeline.py (never loaded in production).

bench/pipeline.py puts this folder on the functions' PYTHONPATH with FIRESTORE_COUNTS_DIR set;
Python imports `sitecustomize` at start-up, and this one wraps `grpc.insecure_channel` (the channel
the Firestore client opens to the emulator) with an interceptor that counts, per method, the calls
and the documents they read or write: Commit's writes, BatchGetDocuments' found documents,
RunQuery's documents, one read per aggregation. Every second it writes the process's totals to
FIRESTORE_COUNTS_DIR/<function>-<pid>.json (gunicorn forks the worker after start-up: the thread starts with
the first call, in the process that makes it).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections import Counter

COUNTS_DIR = os.environ.get("FIRESTORE_COUNTS_DIR")
FIRESTORE = "/google.firestore.v1.Firestore/"


def _install() -> None:
    import grpc

    counts: Counter[str] = Counter()
    lock = threading.Lock()
    started: list[int] = []

    # functions_framework --target NAME: the file names the function, so the bench can leave out
    # the api's reads (its own polling).
    argv = sys.argv
    target = argv[argv.index("--target") + 1] if "--target" in argv[:-1] else "process"

    def dump_forever(pid: int) -> None:
        path = os.path.join(COUNTS_DIR, f"{target}-{pid}.json")
        while True:
            time.sleep(1.0)
            with lock:
                snapshot = dict(counts)
            with open(path + ".tmp", "w") as out:
                json.dump(snapshot, out)
            os.replace(path + ".tmp", path)

    def count(name: str, n: int = 1) -> None:
        with lock:
            counts[name] += n
            if started != [os.getpid()]:  # first call in this process (or in a forked child)
                started[:] = [os.getpid()]
                threading.Thread(target=dump_forever, args=(os.getpid(),), daemon=True).start()

    class CountingStream:
        """The server stream, counting the documents it yields; everything else is the call's."""

        def __init__(self, call, method: str) -> None:
            self._call, self._method = call, method

        def __iter__(self):
            return self

        def __next__(self):
            item = next(self._call)
            if (
                self._method == "BatchGetDocuments"
                and item.found.name
                or self._method == "RunQuery"
                and item.document.name
                or self._method == "RunAggregationQuery"
                and item.result
            ):
                count("reads")
            return item

        def __getattr__(self, name):
            return getattr(self._call, name)

    class Counting(grpc.UnaryUnaryClientInterceptor, grpc.UnaryStreamClientInterceptor):
        def intercept_unary_unary(self, continuation, details, request):
            if not details.method.startswith(FIRESTORE):  # the Cloud Tasks client's calls
                return continuation(details, request)
            method = details.method.rsplit("/", 1)[-1]
            count(f"calls.{method}")
            if method in ("Commit", "BatchWrite"):
                count("writes", len(request.writes))
            return continuation(details, request)

        def intercept_unary_stream(self, continuation, details, request):
            if not details.method.startswith(FIRESTORE):
                return continuation(details, request)
            method = details.method.rsplit("/", 1)[-1]
            count(f"calls.{method}")
            return CountingStream(continuation(details, request), method)

    plain_channel = grpc.insecure_channel

    def counting_channel(*args, **kwargs):
        return grpc.intercept_channel(plain_channel(*args, **kwargs), Counting())

    grpc.insecure_channel = counting_channel


PROFILE_DIR = os.environ.get("BENCH_PROFILE_DIR")
PROJECT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))) + os.sep


def _profile_worker() -> None:
    """`--profile`: sample the worker's threads every 10 ms (cProfile sees only the thread it runs
    in; gunicorn serves each request on a thread of its own) and write, every 5 s, how often each
    function was on a stack (inclusive) and on top (exclusive), and the line of our code below each
    top (from), to BENCH_PROFILE_DIR/worker-<pid>.txt."""
    argv = sys.argv
    if "--target" not in argv[:-1] or argv[argv.index("--target") + 1] != "worker":
        return
    inclusive: Counter[str] = Counter()
    on_top: Counter[str] = Counter()
    # The innermost frames of the project's own code with the frame on top: who waits on what.
    calls: Counter[str] = Counter()
    samples = [0]

    def where(frame) -> str:
        code = frame.f_code
        return f"{code.co_filename.rsplit('/site-packages/', 1)[-1]}:{code.co_name}"

    def sample_forever(pid: int) -> None:
        me, last_dump = threading.get_ident(), time.monotonic()
        while True:
            time.sleep(0.01)
            for ident, frame in sys._current_frames().items():
                if ident == me or frame.f_code.co_name in ("wait", "select", "accept", "poll", "sleep"):
                    continue
                samples[0] += 1
                top = where(frame)
                on_top[top] += 1
                seen, ours = set(), None
                while frame is not None:
                    seen.add(where(frame))
                    filename = frame.f_code.co_filename
                    if ours is None and filename.startswith(PROJECT) and "/site-packages/" not in filename:
                        ours = f"{where(frame)}:{frame.f_lineno}"
                    frame = frame.f_back
                inclusive.update(seen)
                calls[f"{ours} -> {top}"] += 1
            if time.monotonic() - last_dump > 5:
                last_dump = time.monotonic()
                lines = [f"samples {samples[0]}"]
                lines += [f"incl {n:7d} {name}" for name, n in inclusive.most_common(120)]
                lines += [f"top  {n:7d} {name}" for name, n in on_top.most_common(60)]
                lines += [f"from {n:7d} {name}" for name, n in calls.most_common(80)]
                with open(os.path.join(PROFILE_DIR, f"worker-{pid}.txt"), "w") as out:
                    out.write("\n".join(lines) + "\n")

    started: list[int] = []

    def start_once() -> None:
        if started != [os.getpid()]:
            started[:] = [os.getpid()]
            threading.Thread(target=sample_forever, args=(os.getpid(),), daemon=True).start()

    # gunicorn forks after start-up: start in the process that serves, at its first request.
    import flask

    plain = flask.Flask.wsgi_app

    def wsgi_app(self, environ, start_response):
        start_once()
        return plain(self, environ, start_response)

    flask.Flask.wsgi_app = wsgi_app


if COUNTS_DIR:
    _install()
if PROFILE_DIR:
    _profile_worker()
