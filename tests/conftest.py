"""Shared fixtures. Rendering real narrated examples is the slow part of the
suite, so it happens once per session (with a session-wide synthesis cache) and
the audio, EPUB and feed tests all read the same outputs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def require_tool(name: str, found: bool, how: str) -> None:
    """Skip with a reason when an external tool is missing; fail instead in CI
    (AUDIOREVIEW_REQUIRE_TOOLS=1), so a check never passes silently there."""
    if found:
        return
    message = f"{name} not found: {how}"
    if os.environ.get("AUDIOREVIEW_REQUIRE_TOOLS") == "1":
        pytest.fail(message + " (AUDIOREVIEW_REQUIRE_TOOLS=1)")
    pytest.skip(message)


def body_text(review) -> str:
    """The body's text, one block a line (byline and disclaimer left out)."""
    return "\n".join(b.text for b in review.body_blocks())


def example_files() -> list[Path]:
    return sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".txt", ".md", ".html"}) if EXAMPLES.is_dir() else []


@pytest.fixture(scope="session")
def synth_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("synth-cache")


@pytest.fixture(scope="session")
def rendered_examples(tmp_path_factory, synth_cache):
    """Every example rendered narrated (podcast preset): {example file name: RenderResult}."""
    from audioreview import RenderOptions, render_batch

    out = tmp_path_factory.mktemp("rendered")
    options = RenderOptions(out_dir=str(out), cache_dir=str(synth_cache), quiet=True)
    results = render_batch(example_files(), options)
    failed = [str(r.error) for r in results if not r.ok]
    assert not failed, failed
    return {Path(r.source).name: r for r in results}


@pytest.fixture(scope="session")
def rendered_text_only(tmp_path_factory):
    """Every example rendered with --no-audio: {example file name: RenderResult}."""
    from audioreview import RenderOptions, render_batch

    out = tmp_path_factory.mktemp("rendered-text")
    results = render_batch(example_files(), RenderOptions(out_dir=str(out), audio=False, quiet=True))
    failed = [str(r.error) for r in results if not r.ok]
    assert not failed, failed
    return {Path(r.source).name: r for r in results}


def render_a_copy(tmp_path: Path, name: str, synth_cache: Path):
    """Render a copy of the example ``name`` (narrated, no EPUB) into
    ``tmp_path/out``: (copy's path, its text, the options, the result)."""
    from audioreview import RenderOptions, render_batch

    source = tmp_path / name
    text = (EXAMPLES / name).read_text()
    source.write_text(text)
    options = RenderOptions(out_dir=str(tmp_path / "out"), cache_dir=str(synth_cache), quiet=True, epub=False)
    first = render_batch([source], options)[0]
    assert first.ok, first.error
    return source, text, options, first


def which(name: str) -> str | None:
    return shutil.which(name)


# Modules whose tests synthesize speech (Piper) in nearly every test: all "slow".
_AUDIO_MODULES = {"test_engines", "test_audio_writer", "test_cache", "test_loudness", "test_render",
                  "test_incremental_audio", "test_pipeline_audio"}
_AUDIO_FIXTURES = {"rendered_examples", "synth_cache"}
# Modules that score whole labelled evaluation sets (hundreds of reviews and pages read
# end to end): "slow" too, so the quick loop stays under a minute; the full run has them.
_EVAL_MODULES = {"test_metadata_eval", "test_pages_eval"}
# Pathological inputs read to the end on purpose (a 20,000-item list, 4,000 sentences in one
# paragraph...): ~20 s together, a third of the quick loop; the full run has them.
_HEAVY_MODULES = {"test_hostile_input"}


def pytest_collection_modifyitems(config, items):
    """Mark every test that synthesizes audio, scores a whole evaluation set or reads a
    pathological input "slow", so ``python3 dev.py test --fast``
    (``-m "not slow"``) is the quick loop; the full run still runs everything."""
    for item in items:
        module = item.module.__name__.rsplit(".", 1)[-1] if item.module else ""
        if module in _AUDIO_MODULES | _EVAL_MODULES | _HEAVY_MODULES or _AUDIO_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)
