"""The command line: main([...]) on temporary files, checking exit code, output and bytes."""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from newsclean.cli import main
from tests.conftest import ROOT

EXAMPLE = ROOT / "examples" / "treaty.txt"
TITLE = "Harbour towns sign a treaty on joint flood defence"
BODY = "Officials met on Monday to sign the deal after months of talks."
BODY2 = "The agreement takes effect next year, the ministry said in a statement."
DIRTY = f"Bridge deal signed\n\nNews\n\nBridge deal signed\n\n{BODY}\n\n{BODY2}\n\n.\nupstairs\n"
CLEAN = f"Bridge deal signed\n\n{BODY}\n\n{BODY2}\n"


def write(path: Path, text: str) -> Path:
    path.write_bytes(text.encode("utf-8"))
    return path


def test_cleans_a_text_file_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "a.txt", DIRTY)
    assert main([str(path)]) == 0
    assert path.read_text(encoding="utf-8") == CLEAN
    err = capsys.readouterr().err
    assert f"Fixing {path}" in err
    assert "1 file cleaned, 0 files left unchanged" in err


def test_keeps_crlf_final_newline_and_permissions(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", DIRTY.replace("\n", "\r\n").rstrip("\r\n"))
    path.chmod(0o640)
    assert main([str(path), "-q"]) == 0
    assert path.read_bytes() == CLEAN.replace("\n", "\r\n").rstrip("\r\n").encode()
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_clean_file_is_not_rewritten(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "a.txt", CLEAN)
    before = path.stat()
    assert main([str(path)]) == 0
    after = path.stat()
    assert (before.st_ino, before.st_mtime_ns) == (after.st_ino, after.st_mtime_ns)
    assert "0 files cleaned, 1 file left unchanged" in capsys.readouterr().err


def test_check_writes_nothing_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dirty = write(tmp_path / "dirty.txt", DIRTY)
    clean = write(tmp_path / "clean.txt", CLEAN)
    assert main(["--check", str(dirty), str(clean)]) == 1
    assert dirty.read_text(encoding="utf-8") == DIRTY
    err = capsys.readouterr().err
    assert f"Would clean {dirty}" in err and "1 file would be cleaned, 1 file left unchanged" in err
    assert main(["--check", str(clean)]) == 0


def test_diff_prints_a_unified_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "a.txt", DIRTY)
    assert main(["--diff", "--no-color", str(path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"--- a/{path}\n+++ b/{path}\n")
    assert "-upstairs\n" in out and "-News\n" in out and "\033[" not in out
    assert path.read_text(encoding="utf-8") == DIRTY


def test_color_diff_on_request(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "a.txt", DIRTY)
    assert main(["--diff", "--color", str(path)]) == 1
    assert "\033[31m-upstairs\033[0m" in capsys.readouterr().out


def test_stdin_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(DIRTY))
    assert main(["-"]) == 0
    assert capsys.readouterr().out == CLEAN


def test_output_writes_elsewhere(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", DIRTY)
    out = tmp_path / "out" / "a.txt"
    assert main([str(path), "-o", str(out), "-q"]) == 0
    assert out.read_text(encoding="utf-8") == CLEAN
    assert path.read_text(encoding="utf-8") == DIRTY


def test_output_dash_prints_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path / "page.md", "[Skip to content](#main)\n\n" + DIRTY)
    assert main([str(path), "-o", "-", "-q"]) == 0
    assert capsys.readouterr().out == CLEAN
    assert path.read_text(encoding="utf-8").startswith("[Skip to content]")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.md"]  # no file named "-"
    other = write(tmp_path / "b.txt", DIRTY)
    assert main([str(path), str(other), "-o", "-"]) == 2
    assert "takes one input file" in capsys.readouterr().err
    assert main([str(path), str(other), "--to", "jsonl", "-o", "-", "-q"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["title"] for row in rows] == ["Bridge deal signed"] * 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.txt", "page.md"]


def jsonl(*records: dict[str, object]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def test_jsonl_keeps_fields_order_and_untouched_lines(tmp_path: Path) -> None:
    clean_line = '{"id":1,  "title":"Bridge deal signed","text":"' + BODY + '"}\n'
    dirty = {
        "id": 2,
        "title": "Bridge deal signed",
        "text": "Bridge deal signed\n" + BODY + "\n.",
        "lang": "en",
        "note": "Привет",
    }
    path = write(tmp_path / "a.jsonl", clean_line + jsonl(dirty))
    assert main([str(path), "-q"]) == 0
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[0] == clean_line  # byte for byte, odd spacing included
    record = json.loads(lines[1])
    assert list(record) == ["id", "title", "text", "lang", "note"]
    assert record["text"] == BODY
    assert '"Привет"' in lines[1]  # UTF-8 kept, no \\u escapes


def test_jsonl_text_key_and_no_title_field(tmp_path: Path) -> None:
    record = {"maintext": "Bridge deal signed\n\n" + BODY + "\n\nupstairs"}
    path = write(tmp_path / "a.jsonl", jsonl(record))
    assert main([str(path), "--text-key", "maintext", "-q"]) == 0
    # without a title field the title found in the text stays in the text
    assert (
        json.loads(path.read_text(encoding="utf-8"))["maintext"] == f"Bridge deal signed\n\n{BODY}"
    )


def test_empty_body_record_is_reported_kept_and_rejected(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = {"title": "T", "text": BODY}
    empty = {"title": "T", "text": "upstairs\n."}
    path = write(tmp_path / "a.jsonl", jsonl(good, empty))
    rejects = tmp_path / "rejects.jsonl"
    assert main([str(path), "--rejects", str(rejects)]) == 1
    assert path.read_text(encoding="utf-8") == jsonl(good, empty)
    assert f"{path}:2: rejected: no body paragraph left" in capsys.readouterr().err
    row = json.loads(rejects.read_text(encoding="utf-8"))
    assert (row["path"], row["line"], row["record"]) == (str(path), 2, empty)


def test_text_file_of_furniture_only_fails_once_and_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "a.txt", "Share\nFacebook\nupstairs\n")
    assert main([str(path)]) == 123
    assert path.read_text(encoding="utf-8") == "Share\nFacebook\nupstairs\n"
    err = capsys.readouterr().err
    assert f"error: cannot clean {path}: no body paragraph left after cleaning (removed" in err
    assert err.count("left after cleaning") == 1  # the reason is said once


def test_json_file_with_a_list(tmp_path: Path) -> None:
    data = [{"title": "Bridge deal signed", "text": f"{BODY}\n\nShare"}]
    path = write(tmp_path / "a.json", json.dumps(data, indent=2))
    assert main([str(path), "-q"]) == 0
    assert json.loads(path.read_text(encoding="utf-8")) == [
        {"title": "Bridge deal signed", "text": BODY}
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bad.txt", b"caf\xe9 " + BODY.encode(), "not valid UTF-8"),
        ("bin.txt", b"\x00\x01\x02binary", "binary"),
        ("bad.jsonl", jsonl({"text": BODY}).encode() + b"{not json\n", "line 2: not valid JSON"),
        ("type.jsonl", b'{"text": 5}\n', "field 'text' must be a string"),
        (
            "other.jsonl",
            b'{"title": "Bridge opens", "maintext": "The bridge opened."}\n',
            "it is missing (its text fields: 'title', 'maintext'; name the one to clean with"
            " --text-key)",
        ),
        ("list.jsonl", b"[1, 2]\n", "must be a JSON object"),
    ],
)
def test_bad_files_fail_cleanly_and_stay_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes, message: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    other = write(tmp_path / "other.txt", DIRTY)
    assert main([str(bad), str(other)]) == 123
    assert bad.read_bytes() == content
    assert other.read_text(encoding="utf-8") == CLEAN  # the other file is still processed
    err = capsys.readouterr().err
    assert f"error: cannot clean {bad}" in err and message in err
    assert "Traceback" not in err and "1 file failed" in err
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp files left


def test_read_only_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path / "a.txt", DIRTY)
    path.chmod(0o444)
    if os.geteuid() == 0:  # root may write anyway: make the permission check say no
        monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK)
    assert main([str(path)]) == 123
    assert path.read_text(encoding="utf-8") == DIRTY


def test_failed_replace_leaves_the_original(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "a.txt", DIRTY)

    def full_disk(self: Path, target: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "replace", full_disk)
    assert main([str(path)]) == 123
    assert path.read_text(encoding="utf-8") == DIRTY
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_folders_recurse_with_include_and_exclude(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    a = write(tmp_path / "sub" / "a.txt", DIRTY)
    b = write(tmp_path / "sub" / "skip.txt", DIRTY)
    c = write(tmp_path / "notes.md", DIRTY)
    assert main([str(tmp_path), "--exclude", "skip.txt", "-q"]) == 0
    assert a.read_text(encoding="utf-8") == CLEAN
    assert b.read_text(encoding="utf-8") == DIRTY and c.read_text(encoding="utf-8") == DIRTY


def test_same_file_twice_is_handled_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "a.txt", DIRTY)
    assert main([str(path), str(tmp_path / "." / "a.txt")]) == 0
    assert "1 file cleaned, 0 files left unchanged" in capsys.readouterr().err


def test_missing_path_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(tmp_path / "nope.txt")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_workers_give_the_same_bytes(tmp_path: Path) -> None:
    texts = [DIRTY.replace("Bridge", f"Bridge {i}") for i in range(12)]
    outputs = {}
    for folder, extra in (("serial", []), ("parallel", ["-W", "2"])):
        (tmp_path / folder).mkdir()
        paths = [write(tmp_path / folder / f"{i}.txt", t) for i, t in enumerate(texts)]
        assert main([str(tmp_path / folder), "-q", *extra]) == 0
        outputs[folder] = [p.read_bytes() for p in paths]
    assert outputs["serial"] == outputs["parallel"]
    assert outputs["serial"][0] == CLEAN.replace("Bridge", "Bridge 0").encode()


def test_exit_non_zero_on_fix(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", DIRTY)
    assert main([str(path), "--exit-non-zero-on-fix", "-q"]) == 1
    assert main([str(path), "--exit-non-zero-on-fix", "-q"]) == 0


def test_config_in_pyproject_is_found_walking_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.newsclean]\ndisable = ["remove_symbol_lines"]\nextra-phrases = ["Bridge Weekly"]\n',
        encoding="utf-8",
    )
    (tmp_path / "data").mkdir()
    path = write(tmp_path / "data" / "a.txt", f"{BODY}\n\nBridge Weekly\n\n.\n")
    assert main([str(path), "-v"]) == 0
    assert path.read_text(encoding="utf-8") == f"{BODY}\n\n.\n"
    assert f"config: {tmp_path / 'pyproject.toml'}" in capsys.readouterr().err


def test_command_line_over_config_file(tmp_path: Path) -> None:
    config = tmp_path / "newsclean.toml"
    config.write_text('text-key = "body"\n', encoding="utf-8")
    path = write(tmp_path / "a.jsonl", jsonl({"content": f"{BODY}\n."}))
    assert main([str(path), "--config", str(config), "--text-key", "content", "-q"]) == 0
    assert json.loads(path.read_text(encoding="utf-8")) == {"content": BODY}


def test_unknown_config_key_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.newsclean]\ndisabel = []\n", encoding="utf-8")
    path = write(tmp_path / "a.txt", DIRTY)
    assert main([str(path)]) == 2
    assert "unknown key 'disabel'" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == DIRTY


def test_unknown_normalizer_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "a.txt", DIRTY)
    assert main([str(path), "--disable", "fix_encodin"]) == 2
    assert "did you mean 'fix_encoding'" in capsys.readouterr().err


def test_explain_text_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "a.txt", DIRTY)
    assert main(["explain", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{path}:12: remove_boilerplate removed: upstairs" in out
    assert main(["explain", "--output-format", "json", str(path)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {"rule": "remove_symbol_lines", "line": 11, "text": "."}.items() <= rows[0].items()


def test_explain_jsonl_names_the_record(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "a.jsonl", jsonl({"text": BODY}, {"text": f"{BODY}\nShare"}))
    assert main(["explain", str(path)]) == 0
    assert capsys.readouterr().out == f"{path}:2:2: remove_boilerplate removed: Share\n"


def test_schema_and_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Article"
    good = tmp_path / "good.jsonl"
    source = write(tmp_path / "a.txt", DIRTY)
    assert main([str(source), "--to", "jsonl", "-o", str(good)]) == 0
    assert main(["validate", str(good)]) == 0
    bad = write(
        tmp_path / "bad.jsonl", good.read_text(encoding="utf-8") + '{"paragraphs": [], "x": 1}\n'
    )
    assert main(["validate", str(bad)]) == 1
    out = capsys.readouterr().out
    assert f"{bad}:2: x: Extra inputs are not permitted [extra_forbidden]" in out
    assert f"{bad}:2: (record): Value error" not in out


def test_to_jsonl_makes_a_dataset_from_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for i in range(3):
        write(tmp_path / f"{i}.txt", DIRTY.replace("Bridge", f"Bridge {i}"))
    assert main([str(tmp_path), "--to", "jsonl"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["title"] for r in rows] == [f"Bridge {i} deal signed" for i in range(3)]
    assert all(r["section"] == "News" and r["paragraphs"] == [BODY, BODY2] for r in rows)


def test_console_script_runs_on_the_example() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsclean", "-"],
        input=EXAMPLE.read_text(encoding="utf-8"),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.splitlines()[0] == TITLE
    assert "upstairs" not in result.stdout


def test_no_color_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    path = write(tmp_path / "a.txt", DIRTY)
    assert main(["--diff", str(path)]) == 1
    assert "\033[" not in capsys.readouterr().out


def test_workers_inside_one_jsonl_file(tmp_path: Path) -> None:
    records = [
        {"id": i, "title": f"Story {i}", "text": f"Story {i}\n{BODY}\nShare\n."} for i in range(600)
    ]
    records.append({"id": 600, "title": "T", "text": "upstairs"})
    serial = write(tmp_path / "serial.jsonl", jsonl(*records))
    parallel = write(tmp_path / "parallel.jsonl", jsonl(*records))
    assert main([str(serial), "-q"]) == 1  # one record rejected
    assert main([str(parallel), "-q", "-W", "2"]) == 1
    assert serial.read_bytes() == parallel.read_bytes()
    assert json.loads(serial.read_text(encoding="utf-8").splitlines()[0])["text"] == BODY


def test_second_run_over_the_golden_inputs_changes_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """What pre-commit relies on: files the command cleaned are clean on the next run."""
    golden = ROOT / "tests" / "cases" / "golden.jsonl"
    with golden.open(encoding="utf-8") as fh:
        cases = [json.loads(line) for line in fh]
    paths = [write(tmp_path / f"{n:03d}.txt", case["input"]) for n, case in enumerate(cases)]
    assert main([str(tmp_path), "-q"]) == 0
    written = {path: path.read_bytes() for path in paths}
    capsys.readouterr()
    assert main([str(tmp_path), "--check"]) == 0  # 1 would mean a file still needs a fix
    assert {path: path.read_bytes() for path in paths} == written
    assert f"0 files would be cleaned, {len(paths)} files left unchanged" in (
        capsys.readouterr().err
    )
