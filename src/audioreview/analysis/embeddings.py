"""Dense sentence vectors from WordLlama's shipped word embeddings (experimental).

The PyPI package ``wordllama`` (MIT) ships, inside its wheel, the default
256-dimensional ``l2_supercat`` token embeddings
(``wordllama/weights/l2_supercat_256.safetensors``) and the LLaMA 2 tokenizer
config (``wordllama/tokenizers/l2_supercat_tokenizer_config.json``). A
sentence's vector is the mean of its tokens' vectors, L2-normalised, exactly
as ``WordLlamaInference.embed(texts, norm=True)`` computes it.

The files are read directly (``tokenizers`` and ``safetensors``), without
importing ``wordllama``: its ``WordLlama.load()`` looks for the tokenizer in
``wordllama/tokenizer/`` (singular) while the wheel ships it in
``wordllama/tokenizers/``, so the documented loader downloads it on first use;
importing the package also configures the root logger. Nothing here touches
the network. Loaded once, on first use.
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path

import numpy as np

WEIGHTS = "weights/l2_supercat_256.safetensors"
TOKENIZER = "tokenizers/l2_supercat_tokenizer_config.json"
DIM = 256


def package_dir() -> Path | None:
    """The installed wordllama package's folder, found without importing it."""
    spec = importlib.util.find_spec("wordllama")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


@functools.lru_cache(maxsize=1)
def _load():
    from safetensors.numpy import load_file
    from tokenizers import Tokenizer

    base = package_dir()
    if base is None:
        raise FileNotFoundError("the wordllama package is not installed")
    table = load_file(str(base / WEIGHTS))["embedding.weight"].astype(np.float32)
    tokenizer = Tokenizer.from_file(str(base / TOKENIZER))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    return table, tokenizer


def available() -> bool:
    return package_dir() is not None


def embed(texts: list[str]) -> np.ndarray:
    """(len(texts), 256) float32: each text's mean token vector, L2-normalised
    (a text with no tokens gets zeros)."""
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    if not texts:
        return out
    table, tokenizer = _load()
    for i, enc in enumerate(tokenizer.encode_batch(list(texts), add_special_tokens=False)):
        ids = np.clip(np.asarray(enc.ids, dtype=np.int64), 0, len(table) - 1)
        if len(ids) == 0:
            continue
        v = table[ids].mean(axis=0)
        n = float(np.linalg.norm(v))
        out[i] = v / n if n > 0 else v
    return out
