"""A small HTTP server on 127.0.0.1 for the browser tests: it receives the endpoint's
POSTs (answering as docs/receiver_example.py does) and serves files for iframe pages.
It can be stopped and started again on the same port, to make the endpoint unreachable
for a while."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Received:
    lines: list[dict[str, Any]] = field(default_factory=list)
    headers: list[dict[str, str]] = field(default_factory=list)
    preflights: int = 0

    def ids(self) -> list[str]:
        return [line["id"] for line in self.lines]


class LocalServer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.received = Received()
        self.port = 0
        self._server: ThreadingHTTPServer | None = None
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        server = self
        ThreadingHTTPServer.allow_reuse_address = True

        class Handler(SimpleHTTPRequestHandler):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, directory=str(server.folder), **kwargs)

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_OPTIONS(self) -> None:
                server.received.preflights += 1
                self.send_response(204)
                self.send_header("Access-Control-Allow-Origin", "*")
                self.end_headers()

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with server._lock:
                    server.received.lines.append(json.loads(body.decode("utf-8")))
                    server.received.headers.append(dict(self.headers))
                self.send_response(204)
                self.send_header("Access-Control-Allow-Origin", "*")
                self.end_headers()

        self._server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self._server.server_address[1]
        threading.Thread(target=self._server.serve_forever, daemon=True).start()

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
