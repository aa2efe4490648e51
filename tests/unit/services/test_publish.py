"""Publishing: the embed file, the frozen version, the votes known at export, previews."""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from quizbuilder.domain.hashing import content_hash
from quizbuilder.paths import SEEDS
from quizbuilder.services.demo import load_demo
from quizbuilder.services.library import ItemNotFound, LibraryService
from quizbuilder.services.publish import (
    EmbedOptions,
    EmbedOptionsInvalid,
    embed_html,
    export_embed,
    iframe_tag,
    poll_results,
)
from tests.helpers.documents import document

POLL_UID = "5eed0000000000000000000000000001"


def page_json(html: str) -> dict:
    match = re.search(r'<script type="application/json" class="qb-data">(.*?)</script>', html, re.S)
    assert match
    return json.loads(match.group(1))


@pytest.fixture
def demo(library: LibraryService) -> dict[str, int]:
    load_demo(library)
    return {row.kind.value: row.id for row in library.list_items()}


def test_export_writes_the_file_and_freezes_the_version(
    library: LibraryService, tmp_path: Path
) -> None:
    item_id = library.create_item(document("knowledge_quiz"))
    assert library.item(item_id).versions == []
    out = tmp_path / "quiz.html"
    result = export_embed(library, item_id, out, EmbedOptions(lang="en"))
    digest = content_hash(document("knowledge_quiz"))
    assert result.content_hash == digest
    assert [v.content_hash for v in library.item(item_id).versions] == [digest]
    html = out.read_text(encoding="utf-8")
    assert result.bytes == len(html.encode()) and result.gzip_bytes == len(
        gzip.compress(html.encode(), 9)
    )
    payload = page_json(html)
    assert payload["hash"] == digest and payload["uid"] == result.uid and payload["lang"] == "en"
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("library")] == ["quiz.html"]
    assert result.as_dict()["path"] == str(out)


def test_the_votes_known_at_export_travel_with_a_poll(
    library: LibraryService, demo: dict[str, int], tmp_path: Path
) -> None:
    expected: Counter[str] = Counter()
    for line in (SEEDS / "responses.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["type"] == "response" and record["item"] == POLL_UID:
            expected[record["answers"]["q_format"]] += 1
    assert poll_results(library, demo["poll"]) == {"q_format": dict(expected)}
    export_embed(library, demo["poll"], tmp_path / "poll.html")
    payload = page_json((tmp_path / "poll.html").read_text(encoding="utf-8"))
    assert payload["results"] == {"q_format": dict(expected)}
    quiz = page_json(embed_html(library, demo["knowledge_quiz"]))
    assert quiz["results"] == {}  # only polls show results


def test_a_preview_freezes_and_writes_nothing(library: LibraryService, tmp_path: Path) -> None:
    item_id = library.create_item(document("poll"))
    html = embed_html(library, item_id, EmbedOptions(mode="none"))
    assert page_json(html)["mode"] == "none"
    assert library.item(item_id).versions == []
    edited = document("poll").model_copy(update={"title": "Brouillon modifié"})
    preview = page_json(embed_html(library, item_id, document=edited))
    assert preview["title"] == "Brouillon modifié"
    assert preview["hash"] == content_hash(edited)


def test_a_forced_variant_for_previews(library: LibraryService, demo: dict[str, int]) -> None:
    html = embed_html(library, demo["knowledge_quiz"], EmbedOptions(variant="B"))
    assert page_json(html)["variant"] == "B"
    with pytest.raises(EmbedOptionsInvalid, match="no variant 'C'"):
        embed_html(library, demo["knowledge_quiz"], EmbedOptions(variant="C"))


def test_errors_write_nothing(library: LibraryService, tmp_path: Path) -> None:
    item_id = library.create_item(document("poll"))
    out = tmp_path / "x.html"
    with pytest.raises(ItemNotFound):
        export_embed(library, 999, out)
    with pytest.raises(EmbedOptionsInvalid, match="needs the address"):
        export_embed(library, item_id, out, EmbedOptions(mode="endpoint"))
    assert not out.exists()
    assert library.item(item_id).versions == []  # refused before freezing


def test_the_iframe_tag_names_the_item(library: LibraryService) -> None:
    item_id = library.create_item(document("poll"))
    tag = iframe_tag(library, item_id, "https://www.example.org/sondage.html", height=500)
    assert 'title="Quel réseau préférez-vous ?"' in tag and 'height="500"' in tag
    with pytest.raises(ItemNotFound):
        iframe_tag(library, 999, "https://www.example.org/sondage.html")


def test_the_documented_receiver_stores_each_record_once(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    from quizbuilder.paths import PROJECT_ROOT

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = tmp_path / "answers.jsonl"
    receiver = subprocess.Popen(
        [
            sys.executable,
            str(PROJECT_ROOT / "docs" / "receiver_example.py"),
            "--port",
            str(port),
            "--out",
            str(out),
            "--origin",
            "null",
        ],
        stdout=subprocess.DEVNULL,
    )
    try:
        line = json.dumps(
            {
                "type": "event",
                "id": "e-1",
                "item": "abc",
                "session": "s",
                "event": "view",
                "at": "2026-11-05T10:00:00Z",
            }
        ).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/collect",
            data=line,
            method="POST",
            headers={"Content-Type": "text/plain;charset=UTF-8", "Origin": "null"},
        )
        answers = []
        for _ in range(100):
            try:
                for _ in range(2):
                    with urllib.request.urlopen(request, timeout=5) as answer:
                        answers.append(
                            (answer.status, answer.headers["Access-Control-Allow-Origin"])
                        )
                break
            except OSError:
                time.sleep(0.05)
        assert answers == [(204, "null"), (204, "null")]
        assert out.read_text(encoding="utf-8").splitlines() == [line.decode()]
    finally:
        receiver.terminate()
        receiver.wait(timeout=5)
