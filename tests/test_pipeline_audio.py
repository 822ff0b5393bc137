"""A narrated batch is pipelined (one pool of synthesis workers; the next
review is synthesized while the previous one is mastered and written), and
gives the same files as rendering the reviews one at a time."""

from __future__ import annotations

import shutil
from pathlib import Path

from audioreview import RenderOptions, render_batch

REVIEWS = {
    "tide-clock.txt": """The Tide Clock

A review by Mara Quill

The Tide Clock is a short novel about a harbour town that keeps time by the sea. Its chapters are brief and bright.

Verdict

Read it on a grey afternoon. It asks for little and gives back more.
""",
    "copper-hill.txt": """Copper Hill

A review by Tomas Reyes

Copper Hill follows two miners who open a bakery when the mine closes. The jokes land and the bread looks good.

Verdict

A warm film that never pretends the closing did not hurt.
""",
    "quiet-orbit.txt": """Quiet Orbit

A review by Lena Ostrova

Quiet Orbit is a puzzle game about steering a small moon around its planet. Each level adds one new force.

Verdict

Clever and calm. The last levels ask for patience.
""",
}


def _outputs(out: Path) -> dict[str, bytes]:
    """Every file of the reviews' folders but render.json (the first render's
    time and a new guid). The library page (OUT/index.html) is left out too: it
    lists the reviews by when each was first rendered, which differs between
    two runs."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.glob("*/**/*"))
            if p.is_file() and p.name != "render.json"}


def test_a_pipelined_batch_gives_the_same_files_as_one_review_at_a_time(tmp_path):
    sources = []
    for name, text in REVIEWS.items():
        path = tmp_path / name
        path.write_text(text)
        sources.append(path)
    cache = tmp_path / "cache"
    batch = render_batch(sources, RenderOptions(out_dir=str(tmp_path / "batch"), cache_dir=str(cache),
                                                quiet=True, epub=False, workers=2))
    assert all(r.ok for r in batch), [str(r.error) for r in batch]
    assert sum(r.stats["misses"] + r.stats["hits"] for r in batch) > 0

    # One at a time, from the speech the batch synthesized (mastered afresh).
    single_cache = tmp_path / "single-cache"
    shutil.copytree(cache / "speech-v1", single_cache / "speech-v1")
    options = RenderOptions(out_dir=str(tmp_path / "single"), cache_dir=str(single_cache), quiet=True, epub=False)
    for source in sources:
        (one,) = render_batch([source], options)
        assert one.ok, one.error
        assert one.stats["misses"] == 0
    assert _outputs(tmp_path / "batch") == _outputs(tmp_path / "single")
