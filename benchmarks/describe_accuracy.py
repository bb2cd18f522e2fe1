"""How well ``describe()`` reads the case from real filings.

Runs ``describe`` over the labelled RECAP sample (``../shared/corpus/recap``,
or ``$COURTLINT_SHARED_CORPUS``) and prints per-field accuracy, a per-court
table of case-number and judge accuracy, a confusion matrix of document types
and every wrong row as ``file: expected -> got``.

    python benchmarks/describe_accuracy.py [--all] [CORPUS_DIR]

Labels: the corpus's ``labels.jsonl`` (N.D. and C.D. Cal.), plus this
project's hand-checked rows for corpus files it does not label
(``tests/data/recap_caed_labels.jsonl``: the E.D. Cal. filings).

Scored rows (corpus README section 2): case number, district judge and
magistrate judge on rows whose caption is a pleading caption, court form,
transcript caption or letter subject line and prints a number; the CM/ECF
stamp's case number where the document prints none (exhibit slip sheets, a
caption whose "Case No." is blank). Title, document type, pleading paper and
body font size are reported too (informational). ``--all`` also describes the
unlabelled files, to show nothing crashes.
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
#: courtlint's vocabulary -> the labels' where the two differ by name only.
LABEL_VOCABULARY = {"joint_letter": "letter"}
SUPPLEMENT = Path(__file__).resolve().parents[1] / "tests" / "data" / "recap_caed_labels.jsonl"
FIELDS = (
    "case_number",
    "district_judge",
    "magistrate_judge",
    "stamp_case_number",
    "title",
    "doc_type",
    "pleading_paper",
    "body_font_size_pt",
)
PER_COURT = ("case_number", "district_judge", "magistrate_judge", "stamp_case_number")


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


def labelled_rows(root: Path) -> list[dict]:
    """The corpus's labels, then the project's for corpus files they leave out."""
    rows = _jsonl(root / "labels.jsonl")
    named = {row["file"] for row in rows}
    extra = _jsonl(SUPPLEMENT) if SUPPLEMENT.is_file() else []
    return rows + [row for row in extra if row["file"] not in named and (root / row["file"]).is_file()]


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass
class Run:
    scores: dict[str, Score]
    by_court: dict[str, dict[str, Score]]
    doc_types: list[tuple[str, str]]  # (label, predicted in the labels' vocabulary)
    seconds: float  # extract + describe


def run(root: Path) -> Run:
    scores = {name: Score() for name in FIELDS}
    by_court: dict[str, dict[str, Score]] = {}
    doc_types = []
    started = time.perf_counter()
    for row in labelled_rows(root):
        ctx = describe(extract(root / row["file"]))
        score_row(scores, row, ctx)
        score_row(by_court.setdefault(row["court"], {name: Score() for name in FIELDS}), row, ctx)
        predicted = ctx.doc_type or "other"
        doc_types.append((row["doc_type"], LABEL_VOCABULARY.get(predicted, predicted)))
    return Run(scores, by_court, doc_types, time.perf_counter() - started)


def evaluate(root: Path) -> tuple[dict[str, Score], float]:
    """Scores per field, and seconds spent (extract + describe)."""
    result = run(root)
    return result.scores, result.seconds


def score_row(scores: dict[str, Score], row: dict, ctx: Context) -> None:
    file, caption = row["file"], row["caption"]
    kind = caption["caption_kind"]
    if kind in CAPTIONED and caption["case_number_as_printed"]:
        scores["case_number"].add(file, caption["case_number_normalized"], ctx.case_number)
        scores["district_judge"].add(file, caption["district_judge_initials"], ctx.district_judge)
        scores["magistrate_judge"].add(file, caption["magistrate_judge_initials"], ctx.magistrate_judge)
    elif (kind == "slip_sheet" or kind in CAPTIONED) and row["ecf_case_number"]:
        scores["stamp_case_number"].add(file, row["ecf_case_number"], ctx.case_number)
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
    result = run(root)
    for name, score in result.scores.items():
        print(f"{name:24} {score.right:3}/{score.total:<3} {100 * score.accuracy:5.1f}%")
    print(f"{'seconds':24} {result.seconds:.1f}")
    print()
    print_per_court(result.by_court)
    print()
    print_confusion(result.doc_types)
    print()
    for name, score in result.scores.items():
        for file, expected, got in score.wrong:
            print(f"  {name}: {file}: {expected!r} -> {got!r}")
    if "--all" in argv:
        labelled = {row["file"] for row in labelled_rows(root)}
        for path in sorted(root.glob("*.pdf")):
            if path.name not in labelled:
                ctx = describe(extract(path))
                print(f"  unlabelled: {path.name}: {ctx.to_dict()}")
    return 0


def print_per_court(by_court: dict[str, dict[str, Score]]) -> None:
    print(f"{'court':6} {'rows':>4}  " + "  ".join(f"{name:>18}" for name in PER_COURT))
    for court in sorted(by_court):
        scores = by_court[court]
        rows = scores["doc_type"].total
        cells = [f"{s.right}/{s.total} {100 * s.accuracy:5.1f}%" if s.total else "-" for s in (scores[n] for n in PER_COURT)]
        print(f"{court:6} {rows:4}  " + "  ".join(f"{c:>18}" for c in cells))


def print_confusion(pairs: list[tuple[str, str]]) -> None:
    """Document types, label (rows) against prediction (columns), in the labels' vocabulary."""
    names = sorted({name for pair in pairs for name in pair})
    counts = {(label, got): 0 for label in names for got in names}
    for pair in pairs:
        counts[pair] += 1
    print("doc_type confusion: rows are the labels, columns what describe() said (numbered as the rows)")
    width = max(map(len, names)) + 5
    print(" " * width + "".join(f"{i:>4}" for i in range(1, len(names) + 1)))
    for i, label in enumerate(names, 1):
        if not any(counts[label, got] for got in names):
            continue  # predicted, never a label
        cells = "".join(f"{counts[label, got] or '.':>4}" for got in names)
        print(f"{label + f' ({i})':<{width}}{cells}")
    scored = ", ".join(f"{label} as {DOC_TYPE_MAP[label]}" for label in sorted(DOC_TYPE_MAP) if label not in LABEL_VOCABULARY.values())
    print(f"(scored right off the diagonal: {scored}; courtlint has no such type)")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
