"""How well ``describe()`` reads the case from real filings.

Runs ``describe`` over the labelled RECAP sample (``../shared/corpus/recap``,
or ``$COURTLINT_SHARED_CORPUS``) and prints per-field accuracy and every wrong
row as ``file: expected -> got``.

    python benchmarks/describe_accuracy.py [--all] [CORPUS_DIR]

Scored rows (corpus README section 2): case number, district judge and
magistrate judge on rows whose caption is a pleading caption, court form,
transcript caption or letter subject line; the CM/ECF stamp's case number on
exhibit slip sheets. Title, document type, pleading paper and body font size
are reported too (informational). ``--all`` also describes the unlabelled
files, to show nothing crashes.
"""

from __future__ import annotations

import json
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from courtlint.context import Context
from courtlint.describe import describe
from courtlint.extract import extract

CAPTIONED = {"pleading_caption", "court_form", "transcript_caption", "letter_re_line"}
#: Label vocabulary -> courtlint's (DESIGN.md section 5 has no verdict or plain letter type).
DOC_TYPE_MAP = {"verdict_or_jury": "other", "letter": "joint_letter"}


def corpus_dir(argument: str | None = None) -> Path:
    if argument:
        return Path(argument)
    if env := os.environ.get("COURTLINT_SHARED_CORPUS"):
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "corpus" / "recap"


@dataclass
class Score:
    right: int = 0
    wrong: list[tuple[str, object, object]] = field(default_factory=list)

    def add(self, file: str, expected, got) -> None:
        if expected == got:
            self.right += 1
        else:
            self.wrong.append((file, expected, got))

    @property
    def total(self) -> int:
        return self.right + len(self.wrong)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 1.0


def _title_key(title: str | None) -> str:
    return re.sub(r"[^a-z0-9]", "", (title or "").lower())


def evaluate(root: Path) -> tuple[dict[str, Score], float]:
    """Scores per field, and seconds spent (extract + describe)."""
    rows = [json.loads(line) for line in (root / "labels.jsonl").read_text().splitlines() if line.strip()]
    scores: dict[str, Score] = {
        name: Score()
        for name in (
            "case_number",
            "district_judge",
            "magistrate_judge",
            "slip_sheet_case_number",
            "title",
            "doc_type",
            "pleading_paper",
            "body_font_size_pt",
        )
    }
    started = time.perf_counter()
    for row in rows:
        ctx = describe(extract(root / row["file"]))
        score_row(scores, row, ctx)
    return scores, time.perf_counter() - started


def score_row(scores: dict[str, Score], row: dict, ctx: Context) -> None:
    file, caption = row["file"], row["caption"]
    kind = caption["caption_kind"]
    if kind in CAPTIONED:
        scores["case_number"].add(file, caption["case_number_normalized"], ctx.case_number)
        scores["district_judge"].add(file, caption["district_judge_initials"], ctx.district_judge)
        scores["magistrate_judge"].add(file, caption["magistrate_judge_initials"], ctx.magistrate_judge)
    elif kind == "slip_sheet":
        scores["slip_sheet_case_number"].add(file, row["ecf_case_number"], ctx.case_number)
    if caption["title_of_document"]:
        expected, got = caption["title_of_document"], ctx.title
        scores["title"].add(file, expected, got if _title_key(got) != _title_key(expected) else expected)
    scores["doc_type"].add(file, DOC_TYPE_MAP.get(row["doc_type"], row["doc_type"]), ctx.doc_type)
    if row["body_font_size_pt"] is not None:
        scores["body_font_size_pt"].add(file, row["body_font_size_pt"], ctx.body_font_size_pt)
    scores["pleading_paper"].add(file, row["is_pleading_paper"], ctx.pleading_paper)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    root = corpus_dir(args[0] if args else None)
    if not (root / "labels.jsonl").exists():
        print(f"no labelled corpus at {root}", file=sys.stderr)
        return 2
    scores, seconds = evaluate(root)
    for name, score in scores.items():
        print(f"{name:24} {score.right:3}/{score.total:<3} {100 * score.accuracy:5.1f}%")
    print(f"{'seconds':24} {seconds:.1f}")
    for name, score in scores.items():
        for file, expected, got in score.wrong:
            print(f"  {name}: {file}: {expected!r} -> {got!r}")
    if "--all" in argv:
        labelled = {json.loads(line)["file"] for line in (root / "labels.jsonl").read_text().splitlines() if line.strip()}
        for path in sorted(root.glob("*.pdf")):
            if path.name not in labelled:
                ctx = describe(extract(path))
                print(f"  unlabelled: {path.name}: {ctx.to_dict()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
