"""The CLI through Click's CliRunner, and once as a real subprocess."""

from __future__ import annotations

import inspect as pyinspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from audioreview.cli import cli
from conftest import EXAMPLES, ROOT

PLAIN = EXAMPLES / "the-lantern-keepers.txt"
MARKDOWN = EXAMPLES / "glass-orchard.md"


def runner() -> CliRunner:
    if "mix_stderr" in pyinspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()


def run(*args: str, input: bytes | str | None = None):
    return runner().invoke(cli, list(args), input=input, catch_exceptions=False)


def assert_one_line_error(result, *needles: str) -> None:
    assert result.exit_code == 2, (result.exit_code, result.output, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("audioreview: ")
    assert "Traceback" not in result.stderr
    for needle in needles:
        assert needle in lines[0]


@pytest.mark.parametrize("command", ["render", "inspect", "warnings", "voices", "feed", "serve"])
def test_every_command_has_help_with_an_example(command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert "audioreview, version" in result.output


def test_inspect_plain_text_without_headings_shows_derived_sections():
    result = run("inspect", str(PLAIN))
    assert result.exit_code == 0, result.stderr
    out = result.output
    assert out.startswith("Title: ")
    h2 = [line for line in out.splitlines() if line.strip().startswith("h2 ")]
    assert len(h2) >= 2, out
    assert "Byline: (none)" not in out and "Disclaimer: (none)" not in out


def test_inspect_json_has_the_documented_keys_and_every_sentence():
    result = run("inspect", str(PLAIN), "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.output)
    assert {"title", "metadata", "sections", "byline", "disclaimer", "warnings"} <= set(data)
    for section in data["sections"]:
        assert {"id", "heading", "level", "blocks", "sections"} <= set(section)
    sentences = [s for sec in data["sections"] for b in sec["blocks"] for s in b["sentences"]]
    assert sentences and all(s["id"] and s["text"] for s in sentences)
    # The byline is kept apart from the body.
    byline_text = " ".join(s["text"] for s in data["byline"]["sentences"])
    assert byline_text not in " ".join(s["text"] for s in sentences)


def test_inspect_reads_stdin():
    text = "Night Ferry\n\nA slow and lovely film about a ferry. It sails at night.\n\nThe ending lands well.\n"
    result = run("inspect", "-", "--json", input=text.encode())
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.output)["title"] == "Night Ferry"


def test_render_text_only_writes_the_model_and_epub(tmp_path):
    result = run("render", str(PLAIN), str(MARKDOWN), "--out", str(tmp_path), "--no-audio", "-q")
    assert result.exit_code == 0, result.stderr
    dirs = sorted(p for p in tmp_path.iterdir() if p.is_dir())
    assert len(dirs) == 2
    for d in dirs:
        assert (d / "review.json").is_file()
        assert (d / f"{d.name}.epub").is_file()
        assert d.name.isascii() and "/" not in d.name and ".." not in d.name
        assert not list(d.rglob("*.part")), "no temp files left"


def test_render_same_title_twice_gets_unique_slugs(tmp_path):
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    body = "Same Title\n\nThe film is good. It is long.\n\nIt ends well.\n"
    a.write_text(body)
    b.write_text(body)
    out = tmp_path / "out"
    assert run("render", str(a), str(b), "--out", str(out), "--no-audio", "-q").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "same-title", "same-title-2"]  # + the web library page
    # Re-rendering reuses each input's own folder.
    assert run("render", str(b), "--out", str(out), "--no-audio", "-q").exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["index.html", "same-title", "same-title-2"]  # + the web library page


def bad_inputs(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    frontmatter = tmp_path / "broken.md"
    frontmatter.write_text("---\ntitle: [unclosed\nauthor: X\n---\n\nText here. More.\n")
    html = tmp_path / "empty.html"
    html.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    nosent = tmp_path / "dots.txt"
    nosent.write_text("...\n\n---\n")
    folder = tmp_path / "no-reviews-here"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    return {
        "missing": (tmp_path / "nope.txt", "nope.txt"),
        "directory": (folder, folder.name),  # render: a folder with no review files; inspect: not a file
        "empty": (empty, "empty.txt"),
        "binary": (binary, "binary.txt"),
        "front matter": (frontmatter, "broken.md"),
        "html without article": (html, "empty.html"),
        "no sentences": (nosent, "dots.txt"),
    }


@pytest.mark.parametrize("kind", ["missing", "directory", "empty", "binary", "front matter",
                                  "html without article", "no sentences"])
def test_bad_input_gives_one_line_and_exit_2(tmp_path, kind):
    path, name = bad_inputs(tmp_path)[kind]
    out = tmp_path / "out"
    result = run("render", str(path), "--out", str(out), "--no-audio")
    assert_one_line_error(result, name)
    assert not out.exists() or not any(out.iterdir()), "nothing is written for a failed input"
    assert_one_line_error(run("inspect", str(path)), name)


def test_batch_renders_good_inputs_despite_a_bad_one(tmp_path):
    out = tmp_path / "out"
    result = run("render", str(tmp_path / "missing.txt"), str(PLAIN), "--out", str(out), "--no-audio", "-q")
    assert_one_line_error(result, "missing.txt")
    rendered = [p for p in out.iterdir() if p.is_dir()]
    assert len(rendered) == 1 and (rendered[0] / "review.json").is_file()


def test_unknown_voice_is_a_clean_error(tmp_path):
    result = run("render", str(PLAIN), "--out", str(tmp_path), "--voice", "no-such-voice")
    assert_one_line_error(result, "no-such-voice")


def test_real_subprocess_module_entry_point(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    version = subprocess.run([sys.executable, "-m", "audioreview", "--version"], capture_output=True,
                             text=True, env=env, timeout=60)
    assert version.returncode == 0 and "audioreview" in version.stdout
    proc = subprocess.run([sys.executable, "-m", "audioreview", "inspect", str(tmp_path / "gone.md")],
                          capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "gone.md" in proc.stderr and "Traceback" not in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "audioreview", "render", str(MARKDOWN), "--no-audio",
                           "--out", str(tmp_path / "out")], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(list((tmp_path / "out").glob("*/review.json"))) == 1


def test_voices_lists_profiles_with_source_and_offline_status():
    result = run("voices")
    assert result.exit_code == 0, result.stderr
    lines = result.output.splitlines()
    joe = next(line for line in lines if line.startswith("joe (default)"))
    assert "offline: yes" in joe and "built-in" in joe
    gtts = next(line for line in lines if line.startswith("gtts-en"))
    assert "offline: no" in gtts


def test_online_voice_offline_is_one_line_naming_the_offline_voice(tmp_path):
    result = run("render", str(PLAIN), "--out", str(tmp_path / "out"), "--voice", "gtts-en",
                 "--cache-dir", str(tmp_path / "cache"), "-q")
    assert_one_line_error(result, "--voice joe")
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").rglob("*.mp3"))


def test_an_internal_error_in_one_input_does_not_stop_the_batch(tmp_path, monkeypatch):
    import importlib

    pipeline = importlib.import_module("audioreview.render")  # the module, not the function of that name

    real = pipeline.build_outputs

    def flaky(review, slug, out, options, result, **kwargs):
        if "glass" in review.metadata.source_name:
            raise RuntimeError("boom")
        return real(review, slug, out, options, result, **kwargs)

    monkeypatch.setattr(pipeline, "build_outputs", flaky)
    out = tmp_path / "out"
    result = run("render", str(MARKDOWN), str(PLAIN), "--out", str(out), "--no-audio", "-q")
    assert result.exit_code == 1
    assert "glass-orchard.md: internal error, please report it: RuntimeError: boom" in result.stderr
    assert "Traceback" not in result.stderr
    assert len(list(out.glob("*/review.json"))) == 1
