"""Receive what a quizbuilder embed sends and append it to a JSON Lines file.

    python3 receiver_example.py --port 8000 --out answers.jsonl --origin https://www.example.org

Then export the embed with ``--mode endpoint --endpoint https://your.host/collect`` (behind
HTTPS, e.g. a reverse proxy in front of this script), and later import the file into
quizbuilder (``quizbuilder import answers.jsonl``). Standard library only.

The embed POSTs one line of the response format per request, as ``text/plain``: a CORS
"simple request", so the browser sends no preflight; but it reads the answer only if it
carries ``Access-Control-Allow-Origin`` for the page's origin. A page opened from a file
says ``Origin: null``. A 2xx answer is what tells the embed to stop retrying, so a line
already stored is answered 204 too, and not stored twice (each record has its own id).
"""

from __future__ import annotations

import argparse
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--out", type=Path, default=Path("answers.jsonl"))
    parser.add_argument(
        "--origin",
        action="append",
        default=[],
        help="origin allowed to send (repeat; '*' for any, 'null' for file://)",
    )
    args = parser.parse_args()
    allowed = set(args.origin) or {"*"}
    lock = threading.Lock()
    seen: set[str] = set()
    if args.out.exists():
        for line in args.out.read_text(encoding="utf-8").splitlines():
            seen.add(key(json.loads(line)))

    class Handler(BaseHTTPRequestHandler):
        def cors(self) -> None:
            origin = self.headers.get("Origin", "")
            if "*" in allowed or origin in allowed:
                self.send_header("Access-Control-Allow-Origin", origin or "*")
                self.send_header("Vary", "Origin")

        def answer(self, status: int) -> None:
            self.send_response(status)
            self.cors()
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_OPTIONS(self) -> None:  # not needed by the embed; harmless for others
            self.send_response(204)
            self.cors()
            self.send_header("Access-Control-Allow-Methods", "POST")
            self.send_header("Access-Control-Allow-Headers", "Content-Type")
            self.end_headers()

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if not 0 < length <= 1_000_000:
                return self.answer(413)
            try:
                record = json.loads(self.rfile.read(length).decode("utf-8"))
                if record.get("type") not in ("response", "event"):
                    raise ValueError
            except (ValueError, AttributeError):
                return self.answer(400)
            with lock:
                if key(record) not in seen:
                    with args.out.open("a", encoding="utf-8") as fh:
                        fh.write(json.dumps(record, ensure_ascii=False) + "\n")
                        fh.flush()
                        os.fsync(fh.fileno())
                    seen.add(key(record))
            self.answer(204)

    print(f"listening on http://{args.host}:{args.port}, writing {args.out}")
    ThreadingHTTPServer((args.host, args.port), Handler).serve_forever()


def key(record: dict) -> str:
    """A record's identity: its id, or (for old events without one) what names it."""
    if "id" in record:
        return f"{record['type']}:{record.get('item')}:{record['id']}"
    fields = ("item", "session", "event", "question", "at")
    return "event:" + "|".join(str(record.get(f, "")) for f in fields)


if __name__ == "__main__":
    main()
