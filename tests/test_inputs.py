"""Inputs at scale (issue 14, section 1): folders, globs and manifests.

Everything here renders with --no-audio (text editions only), so it is fast.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from audioreview import RenderOptions, render_batch
from audioreview.cli import cli
from audioreview.inputs import apply_overrides, expand_inputs, read_manifest
from audioreview.render import load

REVIEW_A = """# Salt and Iron

A foundry town waits out a long winter while the furnace cools. The film stays with the
workers and their patience, and the camera never hurries them.

# Verdict

Slow, stubborn and generous. Four stars out of five.
"""

REVIEW_B = """The Clockmaker's Orchard is a novel about a widower who grafts clocks onto apple trees.
It sounds whimsical, and for a chapter or two it is. Then the book turns to grief, and it earns it.

The last third wanders, but the ending lands softly.
"""

REVIEW_C = """<html><head><title>Low Tide Radio review</title></head><body><article>
<h1>Low Tide Radio review</h1>
<p>Low Tide Radio is a game about running a pirate station on a sinking pier. You pick records,
answer calls and patch the roof between songs.</p>
<p>It is short and kind, and the music is better than it has any right to be.</p>
</article></body></html>
"""


def runner() -> CliRunner:
    import inspect

    if "mix_stderr" in inspect.signature(CliRunner.__init__).parameters:
        return CliRunner(mix_stderr=False)
    return CliRunner()


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """reviews/ with files at two depths, a hidden file, a non-review file and an old render."""
    root = tmp_path / "reviews"
    (root / "film").mkdir(parents=True)
    (root / "books" / "2024").mkdir(parents=True)
    (root / ".drafts").mkdir()
    (root / "film" / "salt-and-iron.md").write_text(REVIEW_A)
    (root / "books" / "2024" / "clockmaker.txt").write_text(REVIEW_B)
    (root / "games.html").write_text(REVIEW_C)
    (root / ".drafts" / "secret.md").write_text(REVIEW_A)
    (root / "notes.csv.bak").write_text("not a review")
    (root / "cover.png").write_bytes(b"\x89PNG")
    rendered = root / "out" / "old"  # an output folder inside the input folder is never read as input
    rendered.mkdir(parents=True)
    (rendered / "render.json").write_text("{}")
    (rendered / "index.html").write_text("<html><body><p>old page</p></body></html>")
    return root


def test_a_folder_expands_recursively_by_extension_sorted(tree):
    items = expand_inputs([tree])
    assert [Path(i.source).relative_to(tree).as_posix() for i in items] == [
        "books/2024/clockmaker.txt", "film/salt-and-iron.md", "games.html"]
    assert all(i.error is None for i in items)


def test_a_glob_and_a_file_named_twice_give_each_file_once(tree):
    items = expand_inputs([str(tree / "**" / "*.md"), str(tree / "film" / "salt-and-iron.md"), str(tree / "*.html")])
    names = [Path(i.source).name for i in items]
    assert names == ["salt-and-iron.md", "games.html"]  # .drafts is hidden: ** does not enter it


def test_an_empty_folder_and_a_glob_with_no_match_are_errors_of_their_own(tmp_path, tree):
    (tmp_path / "empty").mkdir()
    items = expand_inputs([tmp_path / "empty", str(tmp_path / "nothing-*.md"), tree / "games.html"])
    assert [i.error is not None for i in items] == [True, True, False]
    assert "no review files in this folder" in str(items[0].error)
    assert "no review file matches" in str(items[1].error)


def test_the_output_folder_is_never_searched(tree):
    out = tree / "film"
    items = expand_inputs([tree], exclude=[out])
    assert [Path(i.source).name for i in items] == ["clockmaker.txt", "games.html"]


def write_jsonl(path: Path, rows: list[object]) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows))
    return path


def test_jsonl_manifest_rows_paths_text_and_bad_rows_by_number(tree, tmp_path):
    manifest = write_jsonl(tmp_path / "batch.jsonl", [
        {"path": "reviews/film/salt-and-iron.md", "title": "Salt and Iron, reconsidered", "author": "Wren Odell"},
        {"text": REVIEW_B, "format": "text", "work": "The Clockmaker's Orchard", "kind": "novel",
         "rating": "4/5", "date": "2024-05-02", "content_warnings": ["grief:2"]},
        {"path": "reviews/missing.md"},
        "{not json",
        {"path": "reviews/games.html", "titel": "typo"},
        {"text": REVIEW_A, "date": "2024-02-30"},
        {"path": "reviews/games.html", "text": REVIEW_A},
        "",
        {"text": REVIEW_C, "format": "html", "language": "en-GB", "publication": "The Pier Gazette"},
    ])
    items = list(read_manifest(manifest))
    labels = [i.origin for i in items]
    assert labels == [f"{manifest} row {n}" for n in (1, 2, 3, 4, 5, 6, 7, 9)]  # blank line 8 skipped
    errors = {i.origin.rsplit(" ", 1)[1]: str(i.error) for i in items if i.error}
    assert set(errors) == {"3", "4", "5", "6", "7"}
    assert errors["3"].startswith(f"{manifest} row 3: ") and "no such file" in errors["3"]
    assert "not a JSON object" in errors["4"]
    assert "unknown field 'titel'" in errors["5"]
    assert "field 'date' is not a real date" in errors["6"]
    assert "exactly one of 'path' and 'text'" in errors["7"]
    first, second = items[0], items[1]
    assert Path(first.source) == tmp_path / "reviews/film/salt-and-iron.md" and first.key is None
    assert second.data == REVIEW_B.encode() and second.key.endswith("batch.jsonl#row 2")


def test_overrides_win_over_detection_with_manifest_provenance(tree, tmp_path):
    [item] = read_manifest(write_jsonl(tmp_path / "m.jsonl", [
        {"path": str(tree / "books/2024/clockmaker.txt"), "title": "Grafted Time", "work": "The Orchard of Clocks",
         "kind": "novel", "author": "Juno Brakes", "rating": "8 out of 10", "content_warnings": "none"}]))
    review = load(item.source)
    assert review.metadata.title != "Grafted Time"
    apply_overrides(review, item.overrides, item.label)
    m = review.metadata
    assert (m.title, m.work.title, m.work.kind, m.author) == ("Grafted Time", "The Orchard of Clocks", "book",
                                                              "Juno Brakes")
    assert (m.rating.value, m.rating.scale) == (8.0, 10.0)
    assert review.declared.none is True
    for name in ("title", "work.title", "work.kind", "author", "rating"):
        assert m.provenance[name].source == "manifest", name
    assert m.publication is None or m.provenance["publication"].source != "manifest"


def test_csv_manifest_rows_are_spreadsheet_rows(tree, tmp_path):
    manifest = tmp_path / "batch.csv"
    with manifest.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["path", "title", "rating", "content_warnings"])
        w.writerow(["reviews/games.html", "Low Tide Radio, played", "B+", ""])
        w.writerow(["reviews/film/salt-and-iron.md", "", "eleventy", ""])
        w.writerow(["", "", "", ""])
        w.writerow(["reviews/books/2024/clockmaker.txt", "", "", "grief:1; death"])
    items = list(read_manifest(manifest))
    assert [i.origin for i in items] == [f"{manifest} row {n}" for n in (2, 3, 5)]
    assert items[0].overrides == {"title": "Low Tide Radio, played", "rating": "B+"}
    assert "row 3: field 'rating'" in str(items[1].error)
    assert items[2].error is None and items[2].overrides == {"content_warnings": "grief:1; death"}


def test_csv_manifest_with_an_unknown_column_is_one_error(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,titel\nreviews/a.md,A\n")
    [item] = read_manifest(manifest)
    assert "unknown column 'titel'" in str(item.error) and str(item.error).startswith(str(manifest))


def test_render_a_folder_and_a_manifest_bad_rows_reported_the_rest_render(tree, tmp_path):
    manifest = write_jsonl(tmp_path / "more.jsonl", [
        {"text": REVIEW_A, "title": "Iron Winter", "author": "Pell Marsh"},
        {"path": "reviews/nope.txt"},
        {"text": REVIEW_C, "format": "html", "rating": 11},
        {"text": REVIEW_B, "date": "yesterday"},
    ])
    out, report = tmp_path / "out", tmp_path / "report.json"
    result = runner().invoke(cli, ["render", str(tree), str(manifest), "--no-audio", "--out", str(out),
                                   "--report", str(report)], catch_exceptions=False)
    assert result.exit_code == 2, result.output
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 2, result.stderr
    assert errors[0].startswith(f"audioreview: {manifest} row 2: ") and "no such file" in errors[0]
    assert errors[1].startswith(f"audioreview: {manifest} row 4: field 'date'")
    folders = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert len(folders) == 5, folders  # three files of the folder, two good rows
    iron = json.loads((out / "iron-winter" / "review.json").read_text())
    assert iron["metadata"]["author"] == "Pell Marsh"
    assert iron["metadata"]["provenance"]["title"]["source"] == "manifest"
    data = json.loads(report.read_text())
    assert data["totals"]["inputs"] == 7 and data["totals"]["ok"] == 5 and data["totals"]["errors"] == 2
    rows = {r["manifest_row"]: r for r in data["inputs"] if r["manifest_row"]}
    assert rows[f"{manifest} row 2"]["status"] == "error" and "no such file" in rows[f"{manifest} row 2"]["error"]
    assert rows[f"{manifest} row 1"]["slug"] == "iron-winter"
    ok = [r for r in data["inputs"] if r["status"] == "ok"]
    assert all(r["timings"]["read"] >= 0 and r["seconds"] > 0 and r["written"] > 0 for r in ok)


def test_a_rerun_of_a_manifest_finds_the_same_folders(tmp_path):
    manifest = write_jsonl(tmp_path / "m.jsonl", [{"text": REVIEW_A, "title": "Same Title"},
                                                  {"text": REVIEW_B, "title": "Same Title"}])
    options = RenderOptions(out_dir=str(tmp_path / "out"), audio=False, quiet=True)
    first = render_batch([manifest], options)
    again = render_batch([manifest], options)
    assert [r.slug for r in first] == ["same-title", "same-title-2"] == [r.slug for r in again]
    assert all(r.written == [] for r in again)


def test_a_missing_report_folder_is_refused_before_any_work(tmp_path, tree):
    out = tmp_path / "out"
    result = runner().invoke(cli, ["render", str(tree), "--no-audio", "--out", str(out),
                                   "--report", str(tmp_path / "no" / "r.json")])
    assert result.exit_code == 2
    assert "its folder does not exist" in result.stderr
    assert not any(p.is_dir() for p in out.iterdir()) if out.exists() else True


def test_a_bad_cache_size_is_refused(tmp_path, tree):
    result = runner().invoke(cli, ["render", str(tree), "--no-audio", "--out", str(tmp_path / "o"),
                                   "--cache-max-size", "lots"])
    assert result.exit_code == 2 and "not a size" in result.stderr
