"""Make corpus/pleading.py importable from tests as ``corpus_pleading``."""

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "_corpus_pleading", Path(__file__).resolve().parents[1] / "corpus" / "pleading.py"
)
_module = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = _module
_spec.loader.exec_module(_module)
Block = _module.Block
write_pleading = _module.write_pleading
