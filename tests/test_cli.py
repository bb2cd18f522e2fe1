"""The command line as users run it: exit codes, JSON contract, rules listing."""

from __future__ import annotations

import json
import subprocess
import sys

from .conftest import SAMPLES

PO = SAMPLES / "stipulated-protective-order-cacd.pdf"
PO_FIXED = SAMPLES / "stipulated-protective-order-cacd-fixed.pdf"
MOTION = SAMPLES / "motion-to-compel-cand.pdf"


def run(*args):
    return subprocess.run([sys.executable, "-m", "courtlint", *args], capture_output=True, text=True, timeout=300)


def test_json_report_follows_the_contract():
    proc = run("check", "--no-config", "--format", "json", str(PO))
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert report["schema"] == 1 and report["courtlint"]
    (doc,) = report["documents"]
    assert doc["document"] == {
        "court": "cacd",
        "case_number": "2:24-cv-01234",
        "case_number_as_printed": "Case No. 2:24-cv-01234-MWF (SSx)",
        "district_judge": "MWF",
        "magistrate_judge": "SS",
        "doc_type": "protective_order",
        "facets": doc["document"]["facets"],
        "confidence": doc["document"]["confidence"],
        "evidence": doc["document"]["evidence"],
        "title": "STIPULATED PROTECTIVE ORDER",
        "pages": doc["document"]["pages"],
        "pleading_paper": True,
        "body_font_size_pt": 14.0,
    }
    rules = {f["rule"] for f in doc["findings"]}
    assert "protective-orders.blanket-sealing" in rules
    sealing = next(f for f in doc["findings"] if f["rule"] == "protective-orders.blanket-sealing")
    assert set(sealing) == {"rule", "severity", "message", "location", "excerpt", "source", "docs_url"}
    assert set(sealing["location"]) == {"page", "pleading_line", "bbox", "start", "end", "line", "column"}
    assert sealing["location"]["page"] >= 1 and sealing["location"]["pleading_line"] >= 1
    assert sealing["source"]["url"].startswith("https://")
    keys = [(f["location"] or {}).get("page") or 0 for f in doc["findings"]]
    assert keys == sorted(keys)
    assert report["summary"] == {"documents": 1, "findings": len(doc["findings"]), "errors": 0}


def test_exit_codes_follow_fail_on():
    assert run("check", "--no-config", str(PO_FIXED)).returncode == 0
    assert run("check", "--no-config", str(PO)).returncode == 1
    assert run("check", "--no-config", "--select", "order-binds-court", str(PO)).returncode == 0
    assert run("check", "--no-config", "--select", "order-binds-court", "--fail-on", "warning", str(PO)).returncode == 1


def test_referral_from_the_command_line():
    plain = json.loads(run("check", "--no-config", "--format", "json", str(MOTION)).stdout)
    assert plain["documents"][0]["findings"] == []
    proc = run("check", "--no-config", "--format", "json", "--referred-to", "JCS", str(MOTION))
    findings = json.loads(proc.stdout)["documents"][0]["findings"]
    designation = [f for f in findings if f["rule"] == "cand-referral.missing-referral-designation"]
    assert len(designation) == 1
    assert "(JCS)" in designation[0]["message"]
    assert designation[0]["excerpt"] == "Case No. 3:24-cv-04321-WHA"
    assert proc.returncode == 1


def test_text_report_is_grouped_and_cites_sources():
    proc = run("check", "--no-config", str(PO))
    out = proc.stdout
    assert "page 2, line" in out
    assert "protective-orders.blanket-sealing" in out
    assert "https://" in out
    assert "Traceback" not in out + proc.stderr


def test_usage_errors_exit_2():
    assert run("check").returncode == 2
    assert run("check", "--doc-type", "brief", str(PO)).returncode == 2
    assert run("rule", "no-such-rule").returncode == 2


def test_broken_extra_pack_exits_2_with_file_and_field(tmp_path):
    pack = tmp_path / "mine"
    pack.mkdir()
    (pack / "pack.yml").write_text("name: mine\ntitle: Mine\nsource: {title: Mine, url: 'https://example.org'}\n")
    (pack / "bad-rule.yml").write_text("id: bad-rule\ncheck: nope\n")
    proc = run("check", "--no-config", "--pack", str(pack), str(PO))
    assert proc.returncode == 2
    assert "bad-rule.yml" in proc.stderr


def test_rules_and_rule_explain_the_packs():
    listing = json.loads(run("rules", "--format", "json").stdout)
    ids = {r["id"] for r in listing}
    assert "protective-orders.missing-good-cause-statement" in ids
    page = run("rule", "protective-orders.blanket-sealing").stdout
    assert "Why it matters" in page and "Flagged" in page and "Accepted" in page
