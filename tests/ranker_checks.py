"""What the four learned re-rankers' tests check alike (tests/test_{title,creator,byline,publication}_ranker.py):
the shipped weights are the ones trained from the tuning sets in the repository, they score in pure
Python, and a model trained on other features is never used."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

from audioreview.readers import ranking

ROOT = Path(__file__).resolve().parent.parent


def model_path(ranker: ModuleType) -> Path:
    return ROOT / "src" / "audioreview" / "data" / ranker.MODEL_FILE


def trainer(name: str) -> ModuleType:
    """tools/train_<name>_ranker.py as a module (scikit-learn is imported only inside fit(): hashing needs none)."""
    spec = importlib.util.spec_from_file_location(f"train_{name}_ranker", ROOT / "tools" / f"train_{name}_ranker.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def check_shipped_model_matches_its_data(ranker: ModuleType, name: str) -> None:
    meta = json.loads(model_path(ranker).read_text("utf-8"))
    tool = trainer(name)
    files = tool.training_files()
    assert [p.relative_to(ROOT).as_posix() for p in files] == meta["training_files"]
    assert not any("blind" in f for f in meta["training_files"])
    assert tool.data_hash(files) == meta["data_sha256"], f"tuning sets changed: run tools/train_{name}_ranker.py"
    assert meta["features"] == list(ranker.FEATURES)
    assert len(meta["weights"]) == len(ranker.FEATURES)
    assert model_path(ranker).stat().st_size < 20_000


def check_scores_in_pure_python(ranker: ModuleType) -> tuple[list[list[float]], ranking.Model]:
    """The shipped model's shares of two candidates; (the rows, the model) for a ranker's own checks."""
    ranking.load.cache_clear()
    model = ranker.load_model()
    assert model is not None
    rows = [[0.0] * len(ranker.FEATURES), [1.0] * len(ranker.FEATURES)]
    probs = ranker.probabilities(rows, model)
    assert probs is not None and abs(sum(probs) - 1) < 1e-9 and all(0 < p < 1 for p in probs)
    return rows, model


def check_a_model_for_other_features_is_not_used(ranker: ModuleType, monkeypatch, tmp_path: Path) -> None:
    meta = json.loads(model_path(ranker).read_text("utf-8"))
    meta["features"] = meta["features"][:-1]
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / ranker.MODEL_FILE).write_text(json.dumps(meta), "utf-8")
    monkeypatch.setattr(ranking.resources, "files", lambda _package: tmp_path)
    ranking.load.cache_clear()
    try:
        assert ranker.load_model() is None
    finally:
        ranking.load.cache_clear()
