"""Several uvicorn servers on one port, each listening on a socket of its own.

uvicorn's own ``--workers`` shares one listening socket, and whichever worker wakes
first accepts every connection waiting: a burst of keep-alive clients (a proxy's pool,
a load test) lands on one worker while the others idle. Here every worker binds the
port itself with ``SO_REUSEPORT``, and the kernel spreads new connections over them.
"""

from __future__ import annotations

import logging
import multiprocessing
import signal
import socket
import threading
from types import FrameType

import uvicorn

from web.observability import configure_logging

log = logging.getLogger("civical.workers")

BACKLOG = 2048


def reuse_port_socket(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    listener = socket.socket(family, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    listener.bind((host, port))
    listener.listen(BACKLOG)
    return listener


def _worker(app: str, host: str, port: int) -> None:
    configure_logging()
    config = uvicorn.Config(app, factory=True, log_config=None, access_log=False)
    uvicorn.Server(config).run(sockets=[reuse_port_socket(host, port)])


def serve(app: str, host: str, port: int, workers: int) -> int:
    """Run ``workers`` servers of the factory ``app`` until a signal (0) or a worker dies (1)."""
    if not hasattr(socket, "SO_REUSEPORT"):
        raise SystemExit("--workers above 1 needs SO_REUSEPORT (Linux, BSD or macOS)")
    spawn = multiprocessing.get_context("spawn")
    processes = [
        spawn.Process(target=_worker, args=(app, host, port), name=f"civical-worker-{number}")
        for number in range(workers)
    ]
    stopping = threading.Event()

    def stop(_signal: int, _frame: FrameType | None) -> None:
        stopping.set()

    for wanted in (signal.SIGINT, signal.SIGTERM):
        signal.signal(wanted, stop)
    for process in processes:
        process.start()
    log.info("serving on %s:%s with %d workers", host, port, workers)
    while not stopping.wait(0.5):
        if dead := [process for process in processes if not process.is_alive()]:
            log.error("worker %s exited with %s; stopping", dead[0].name, dead[0].exitcode)
            break
    for process in processes:
        process.terminate()  # uvicorn finishes the requests in hand, then exits
    for process in processes:
        process.join(timeout=30)
        if process.is_alive():
            process.kill()
    return 0 if stopping.is_set() else 1
