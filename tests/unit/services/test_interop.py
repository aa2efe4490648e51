"""Question files in and out of a real temporary library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizbuilder.domain.content import Kind, QuestionType
from quizbuilder.domain.errors import QuizbuilderError
from quizbuilder.formats.question_import import FileUnreadable, InvalidQuestions
from quizbuilder.services import interop
from quizbuilder.services.library import ItemNotFound, LibraryService
from tests.helpers.documents import document

GIFT = """// [tag:capitales]
$CATEGORY: $course$/top/Géographie/Europe

::rome::Capitale de l'Italie ?{=Rome ~Milan ~Turin}

::paris::Capitale de la France ?{=Paris}

$CATEGORY: $course$/top/Géographie/Asie

::tokyo::Capitale du Japon ?{~Kyoto =Tokyo}
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("q.gift", "Q ?{T}", "gift"),
        ("q.txt", "::Q:: Q ?{T}", "gift"),
        ("q.txt", "Question ?\nA) x\nB) y\nANSWER: A\n", "aiken"),
        ("q.aiken", "anything", "aiken"),
        ("q.txt", "<?xml version='1.0'?><quiz/>", "moodle-xml"),
        ("q.json", '{"pages": [{"elements": []}]}', "surveyjs"),
        ("q.json", '{"format": "quizbuilder-item", "item": {}}', "json"),
        ("q.data", '{"type": "response", "item": "x"}\n{"type": "event"}\n', "jsonl"),
        ("q.jsonl", "", "jsonl"),
        ("q.gift", "{=Asia} is the largest continent.", "gift"),
    ],
)
def test_the_format_is_detected_from_content_and_extension(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    path = write(tmp_path, name, text)
    assert interop.detect_format(path, path.read_bytes()) == expected


def test_an_unknown_format_asks_for_format(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.txt", "just some notes")
    with pytest.raises(interop.UnknownFormat, match="--format"):
        interop.detect_format(path, path.read_bytes())


def test_a_gift_file_becomes_one_item_per_category(library: LibraryService, tmp_path: Path) -> None:
    report = interop.import_questions(library, write(tmp_path, "geo.gift", GIFT))
    assert report.format == "gift" and report.questions == 3 and len(report.items) == 2
    europe, asia = (library.item(i) for i in report.items)
    assert (europe.summary.title, europe.document.campaign) == ("Europe", "Géographie")
    assert europe.summary.kind == Kind.KNOWLEDGE_QUIZ and europe.summary.questions == 2
    assert asia.document.questions[0].id == "tokyo"
    assert report.as_dict()["items"] == report.items


def test_a_file_with_a_bad_question_imports_nothing_unless_skipped(
    library: LibraryService, tmp_path: Path
) -> None:
    path = write(tmp_path, "bad.gift", "A ?{T}\n\nB ?{=x\n\nC ?{F}")
    with pytest.raises(InvalidQuestions) as caught:
        interop.import_questions(library, path)
    assert "line 3, column 4, question 2" in str(caught.value)
    assert "--skip-invalid" in str(caught.value)
    assert library.list_items() == []
    report = interop.import_questions(library, path, skip_invalid=True)
    assert [e.line for e in report.skipped] == [3] and report.questions == 2
    assert len(library.list_items()) == 1


def test_an_import_is_all_or_nothing(
    library: LibraryService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from quizbuilder.store import items as store

    calls = {"n": 0}
    real = store.add_item

    def failing_second(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise QuizbuilderError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(store, "add_item", failing_second)
    with pytest.raises(QuizbuilderError, match="disk full"):
        interop.import_questions(library, write(tmp_path, "geo.gift", GIFT))
    assert library.list_items() == []


def test_images_from_moodle_xml_reach_the_library(library: LibraryService, tmp_path: Path) -> None:
    import base64

    png = b"\x89PNG\r\n\x1a\n tiny"
    xml = (
        '<?xml version="1.0"?><quiz><question type="truefalse"><name><text>Logo</text></name>'
        '<questiontext format="html"><text><![CDATA[Vrai ?<img src="@@PLUGINFILE@@/l.png">]]>'
        f'</text><file name="l.png" encoding="base64">{base64.b64encode(png).decode()}</file>'
        '</questiontext><answer fraction="100"><text>true</text></answer>'
        '<answer fraction="0"><text>false</text></answer></question></quiz>'
    )
    report = interop.import_questions(library, write(tmp_path, "logo.xml", xml))
    [item_id] = report.items
    out = tmp_path / "back.json"
    library.export_content(item_id, out)
    data = json.loads(out.read_text(encoding="utf-8"))
    [asset] = data["assets"].values()
    assert base64.b64decode(asset["data"]) == png and asset["media_type"] == "image/png"


def test_surveyjs_and_aiken_files(library: LibraryService, tmp_path: Path) -> None:
    survey = {"title": "Avis", "pages": [{"elements": [{"type": "comment", "name": "avis"}]}]}
    report = interop.import_questions(library, write(tmp_path, "s.json", json.dumps(survey)))
    assert library.item(report.items[0]).summary.kind == Kind.SURVEY
    aiken = "Q ?\nA) x\nB) y\nANSWER: B\n"
    report = interop.import_questions(library, write(tmp_path, "a.txt", aiken), "aiken")
    [q] = library.item(report.items[0]).document.questions
    assert q.type == QuestionType.SINGLE_CHOICE


def test_windows_1252_files_are_read_with_a_note(library: LibraryService, tmp_path: Path) -> None:
    path = tmp_path / "ansi.gift"
    path.write_bytes("Qu'est-ce qu'un été ?{=Une saison}".encode("cp1252"))
    report = interop.import_questions(library, path)
    assert "Windows-1252" in report.notes[0]
    assert library.item(report.items[0]).document.questions[0].text == "Qu'est-ce qu'un été ?"


def test_unreadable_files_are_user_errors(library: LibraryService, tmp_path: Path) -> None:
    with pytest.raises(FileUnreadable, match=r"bomb\.xml: the file declares the XML entity 'a'"):
        interop.import_questions(
            library,
            write(tmp_path, "bomb.xml", '<!DOCTYPE q [<!ENTITY a "aa">]><quiz>&a;</quiz>'),
        )
    with pytest.raises(QuizbuilderError, match="no question to import"):
        interop.import_questions(library, write(tmp_path, "empty.gift", "// nothing\n"))
    with pytest.raises(interop.UnknownFormat):
        interop.import_questions(library, write(tmp_path, "x.gift", "Q{T}"), "json")


@pytest.mark.parametrize("fmt", ["gift", "moodle-xml"])
def test_export_then_import_again(library: LibraryService, tmp_path: Path, fmt: str) -> None:
    item_id = library.create_item(document("knowledge_quiz"))
    out = tmp_path / f"quiz{interop.EXTENSIONS[fmt]}"
    report = interop.export_item(library, item_id, out, fmt)
    assert len(library.item(item_id).versions) == 1  # exporting froze a version
    assert report.content_hash == library.item(item_id).versions[0].content_hash
    assert any("score bands" in w for w in report.warnings)
    again = interop.import_questions(library, out)
    original = library.item(item_id).document
    back = library.item(again.items[0]).document
    assert [(q.id, q.type, q.text) for q in back.questions] == [
        (q.id, q.type, q.text) for q in original.questions
    ]
    assert back.questions[1].options == original.questions[1].options


def test_export_errors(library: LibraryService, tmp_path: Path) -> None:
    with pytest.raises(ItemNotFound):
        interop.export_item(library, 42, tmp_path / "x.gift", "gift")
    with pytest.raises(interop.UnknownFormat):
        interop.export_item(library, 1, tmp_path / "x.aiken", "aiken")
    item_id = library.create_item(document("poll"))
    with pytest.raises(QuizbuilderError, match="cannot write"):
        interop.export_item(library, item_id, tmp_path / "missing" / "x.gift", "gift")


def test_the_cli_lists_the_same_formats() -> None:
    from quizbuilder import cli

    assert cli.IMPORT_FORMATS == interop.IMPORT_FORMATS
    assert cli.EXPORT_FORMATS == interop.EXPORT_FORMATS
