"""The layer contract: imports inside courtlint go one way, top to bottom.

front ends > report > api > engine > packs > checks > describe > structure >
extract > model (DESIGN.md), with the smaller modules slotted in where they
belong. A module may import its own package and anything in a lower layer,
never a higher one. Check kinds may share private helpers (``checks/_*.py``)
but not import one another: what two checks both need is a part of the
document, and belongs to ``structure``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import courtlint

ROOT = Path(courtlint.__file__).parent

#: Top to bottom; the names are top-level modules or packages of courtlint.
LAYERS: tuple[frozenset[str], ...] = tuple(
    frozenset(names.split())
    for names in (
        "__main__ cli lsp lsp_worker hook testing __init__",  # the package's __init__ is its public facade
        "report annotate",
        "docgen",
        "api batch",
        "validate",
        "config",
        "engine",
        "packs",
        "checks",
        "describe",
        "structure",
        "measure",
        "extract",
        "recognise",
        "courts",
        "context findings lazy_pattern message_template safe_yaml outputs limits suggest __version__",
        "model",
    )
)
LEVEL = {name: i for i, names in enumerate(LAYERS) for name in names}


def _imports(path: Path) -> set[tuple[str, ...]]:
    """Module paths (inside courtlint) that ``path`` imports, as tuples of names."""
    rel = path.relative_to(ROOT).with_suffix("")
    package = list(rel.parts[:-1]) if rel.name != "__init__" else list(rel.parts[:-1])
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                module = package[: len(package) - (node.level - 1)] + (node.module.split(".") if node.module else [])
            elif node.module and node.module.split(".")[0] == "courtlint":
                module = node.module.split(".")[1:]
            else:
                continue
            # "from .checks import pattern" imports the submodule checks.pattern
            subs = [module + [a.name] for a in node.names if _is_module(module + [a.name])]
            if not module and [a.name for a in node.names] == ["__version__"]:
                subs = [["__version__"]]  # set first thing in __init__, before any import
            found.update(tuple(m) for m in subs or [module])
        elif isinstance(node, ast.Import):
            found.update(tuple(a.name.split(".")[1:]) for a in node.names if a.name.split(".")[0] == "courtlint")
    return {t if t else ("__init__",) for t in found}


def _is_module(parts: list[str]) -> bool:
    where = ROOT.joinpath(*parts)
    return where.with_suffix(".py").is_file() or (where / "__init__.py").is_file()


def _modules():
    for path in sorted(ROOT.rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        yield path, rel.parts[0] if rel.parts[0] != "__init__" or len(rel.parts) > 1 else "__init__"


def test_every_module_has_a_layer():
    tops = {top for _, top in _modules()}
    assert tops - set(LEVEL) == set(), "place new modules in LAYERS"


def test_imports_only_go_down():
    wrong = []
    for path, top in _modules():
        for target in _imports(path):
            other = target[0]
            if other == top or other not in LEVEL:
                continue
            if LEVEL[other] < LEVEL[top]:
                wrong.append(f"{path.relative_to(ROOT)} imports {'.'.join(target)} (a higher layer)")
    assert wrong == [], "\n".join(wrong)


def test_no_check_imports_another_check():
    wrong = []
    for path in sorted((ROOT / "checks").glob("*.py")):
        for target in _imports(path):
            if target[0] == "checks" and len(target) > 1 and not target[1].startswith("_") and target[1] != path.stem:
                wrong.append(f"checks/{path.name} imports checks.{target[1]}")
    assert wrong == [], "\n".join(wrong)


def test_the_contract_can_fail(tmp_path, monkeypatch):
    """A model module importing a check is caught (the scanner reads relative imports right)."""
    fake = tmp_path / "courtlint"
    (fake / "checks").mkdir(parents=True)
    (fake / "__init__.py").write_text("")
    (fake / "model.py").write_text("from .checks import pattern\n")
    (fake / "checks" / "caption.py").write_text("from . import limit\nfrom .limit import x\n")
    for name in ("pattern", "limit"):
        (fake / "checks" / f"{name}.py").write_text("")
    monkeypatch.setattr(__import__(__name__, fromlist=["ROOT"]), "ROOT", fake)
    assert _imports(fake / "model.py") == {("checks", "pattern")}
    assert _imports(fake / "checks" / "caption.py") == {("checks", "limit")}
    import pytest

    with pytest.raises(AssertionError, match="model.py imports checks.pattern"):
        test_imports_only_go_down()
    with pytest.raises(AssertionError, match="checks/caption.py imports checks.limit"):
        test_no_check_imports_another_check()
