"""The JSON report: the contract of DESIGN.md section 5, nothing more."""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..api import Result, report_dict


def render(results: Iterable[Result]) -> str:
    return json.dumps(report_dict(results), indent=2, ensure_ascii=False)
