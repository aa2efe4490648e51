"""Endpoint mode against a local server: every record arrives exactly once, also after
the endpoint was unreachable for a while, the page reloaded and the browser offline."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from quizbuilder.formats.responses_jsonl import EventRecord, ResponseRecord, parse_line
from tests.browser.conftest import Watch, stored
from tests.browser.person import Person
from tests.browser.server import LocalServer

pytestmark = pytest.mark.browser
POLL_UID = "5eed0000000000000000000000000001"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LocalServer]:
    running = LocalServer(tmp_path)
    running.start()
    yield running
    running.stop()


def wait_until(condition: Callable[[], bool], seconds: float = 10) -> None:
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("waited in vain")
        time.sleep(0.05)


def test_records_arrive_exactly_once_through_outages_and_reloads(
    server: LocalServer,
    export: Callable[..., Path],
    open_page: Callable[..., Any],
    watch: Watch,
) -> None:
    endpoint = f"{server.url}/collect"
    watch.allow(endpoint)
    watch.tolerated += ["net::ERR_CONNECTION_REFUSED", "net::ERR_INTERNET_DISCONNECTED"]
    page = open_page(export("poll", mode="endpoint", endpoint=endpoint).as_uri())
    csp = page.locator("meta[http-equiv=Content-Security-Policy]").get_attribute("content")
    assert f"connect-src {endpoint};" in csp

    # 1. Online: view, start, answer, complete and the response arrive.
    Person(page).complete()
    wait_until(lambda: len(server.received.lines) == 5)
    assert [line.get("event", line["type"]) for line in server.received.lines] == [
        "view",
        "start",
        "answer",
        "complete",
        "response",
    ]
    for line in server.received.lines:
        record = parse_line(json.dumps(line))
        assert isinstance(record, EventRecord | ResponseRecord)
    headers = server.received.headers[0]
    assert headers["Content-Type"].startswith("text/plain")  # a simple request: no preflight
    assert stored(page, POLL_UID, "out") == []

    # 2. The endpoint goes away: a second person votes, the page is reloaded twice.
    server.stop()
    page.reload()
    Person(page).complete()
    page.reload()
    page.wait_for_selector("[data-qb-ready]")
    queued = stored(page, POLL_UID, "out")
    assert len(queued) == 6  # view, start, answer, complete, response, view
    # 3. Offline now, and the endpoint is back: nothing can leave until the browser is
    # back online, then the queue empties at once, in order, and only once.
    page.context.set_offline(True)
    server.start()
    page.reload()
    page.wait_for_selector("[data-qb-ready]")
    page.wait_for_timeout(300)
    assert len(server.received.lines) == 5
    page.context.set_offline(False)
    wait_until(lambda: len(server.received.lines) == 5 + 7)
    page.wait_for_function(
        f"() => JSON.parse(localStorage.getItem('qb.{POLL_UID}.out')).length === 0"
    )
    page.reload()
    page.wait_for_timeout(500)
    ids = server.received.ids()
    assert len(ids) == 5 + 7 + 1
    assert max(Counter(ids).values()) == 1, "a record arrived twice"
    responses = [line for line in server.received.lines if line["type"] == "response"]
    assert len(responses) == 2 and len({r["respondent"] for r in responses}) == 1
    assert server.received.preflights == 0
    assert all(h.get("Origin") == "null" for h in server.received.headers)  # file://
