"""Items and versions in the store."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from quizbuilder.domain.hashing import content_hash
from quizbuilder.domain.validation import parse_document
from quizbuilder.store import items as store
from quizbuilder.store.engine import open_library
from tests.helpers.documents import data, document


def test_versions_are_frozen_once_per_content_hash(tmp_path: Path) -> None:
    engine = open_library(tmp_path / "lib.sqlite")
    quiz = document("knowledge_quiz")
    with Session(engine) as s, s.begin():
        item = store.add_item(s, document=quiz)
        first = store.freeze_version(s, item=item, document=quiz)
        again = store.freeze_version(s, item=item, document=quiz)
        assert first.id == again.id
        assert first.content_hash == content_hash(quiz)
        edited_raw = data("knowledge_quiz")
        edited_raw["title"] = "Titre modifié"
        edited = parse_document(edited_raw)
        store.update_item(s, item=item, document=edited)
        second = store.freeze_version(s, item=item, document=edited)
        assert second.content_hash != first.content_hash
        assert item.id is not None
        hashes = [v.content_hash for v in store.versions(s, item_id=item.id)]
        assert hashes == [first.content_hash, second.content_hash]
        assert item.title == "Titre modifié"
        item_id = item.id
    with Session(engine) as s, s.begin():
        s.delete(store.get_item(s, item_id=item_id))
    with Session(engine) as s:
        assert store.versions(s, item_id=item_id) == []  # cascaded
    engine.dispose()
