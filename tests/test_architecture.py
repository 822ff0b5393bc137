"""The import graph follows the data (docs/architecture.md): a module imports
only from its own layer or the layers below it, there is no circle, and a writer
never imports another writer (only the shared markup helpers and the modules of
its own package). Read from the source with ``ast``, so lazy imports inside
functions count too."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "audioreview"

# Bottom to top. A module's layer is the first entry that names it or a package above it.
LAYERS: list[tuple[str, ...]] = [
    ("model", "errors", "fileio", "cachedir", "ids", "dates", "covers", "layout", "phrases"),
    ("readers",),
    ("analysis",),
    ("speech", "voices_builtin"),
    ("audio",),
    ("writers",),
    ("feed", "pages", "collection", "inputs", "batch"),
    ("render",),
    ("serve", "cli", "__main__", "__init__"),
]


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every audioreview module ``path`` imports (relative imports resolved)."""
    module = _module(path)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    if module == "__init__":
        package = []
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - (node.level - 1)]
            elif node.module and node.module.split(".")[0] == "audioreview":
                base = []
                node_module = node.module.split(".", 1)[1] if "." in node.module else None
                found |= _targets(base + ([node_module] if node_module else []), node.names)
                continue
            else:
                continue
            found |= _targets(base + ([node.module] if node.module else []), node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("audioreview."):
                    found.add(alias.name.split(".", 1)[1])
    return {f for f in found if f and f != module}


def _targets(base: list[str], names: list[ast.alias]) -> set[str]:
    prefix = ".".join(p for p in base if p)
    out = set()
    for alias in names:
        candidate = f"{prefix}.{alias.name}" if prefix else alias.name
        if _exists(candidate):
            out.add(candidate)  # "from . import lexicons": the module itself
        elif prefix:
            out.add(prefix)
    return out


def _exists(dotted: str) -> bool:
    path = SRC.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _layer(module: str) -> int:
    top = module.split(".")[0]
    for i, names in enumerate(LAYERS):
        if top in names:
            return i
    raise AssertionError(f"{module} is in no layer: add it to LAYERS and docs/architecture.md")


def graph() -> dict[str, set[str]]:
    return {_module(p): _imports(p) for p in SRC.rglob("*.py")}


def test_every_module_has_a_layer():
    for module in graph():
        _layer(module)


def test_no_import_runs_up_the_pipeline():
    upward = sorted(f"{m} -> {d}" for m, deps in graph().items() for d in deps if _layer(d) > _layer(m))
    assert not upward, upward


def test_writers_never_import_each_other():
    def writer(module: str) -> str | None:
        parts = module.split(".")
        if parts[0] != "writers" or len(parts) < 2 or parts[1] in ("markup", "__init__"):
            return None
        return parts[1]  # the writer: a module, or a package (writers.epub)

    crossing = sorted(f"{m} -> {d}" for m, deps in graph().items() for d in deps
                      if writer(m) and writer(d) and writer(m) != writer(d))
    assert not crossing, crossing


def test_no_circles():
    g = graph()
    # Package __init__ modules re-export their own submodules: not a circle in the data flow.
    edges = {m: {d for d in deps if not (m == d.rsplit(".", 1)[0])} for m, deps in g.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for dep in sorted(edges.get(node, ())):
            if state.get(dep) == 1:
                cycles.append(stack[stack.index(dep):] + [dep] if dep in stack else [node, dep])
            elif dep in edges and state.get(dep) is None:
                visit(dep, stack + [dep])
        state[node] = 2

    for node in sorted(edges):
        if state.get(node) is None:
            visit(node, [node])
    assert not cycles, cycles


def test_the_checker_sees_real_imports():
    """Guard against a checker that finds nothing: known edges are found."""
    g = graph()
    assert "model" in g["readers.structure"] and "writers.epub.xhtml" in g["writers.epub.book"]
    assert "readers" in g["render"] or any(d.startswith("readers") for d in g["render"])
    assert "speech.engine" in g["speech.piper_engine"]
