"""The counts behind RELIABILITY.md. Reliability tests call `record(kind, n)`; when
TANYA_FAULT_COUNTS names a file, each call appends one JSON line there. `python -m tests.faultlog`
runs the reliability tests (fault tests included) with that set and prints the totals:
inputs tried, faults injected, requests under load and errors seen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

KINDS = {
    "inputs": "hostile or unlucky inputs tried",
    "faults": "faults injected (kills, full disk, damaged files, silent server, races)",
    "requests": "requests under concurrent load",
    "errors": "errors under load",
}
REPO = Path(__file__).resolve().parents[1]
OUT = REPO / "reports" / "reliability"
TESTS = [
    "tests/test_reliability_input.py",
    "tests/test_reliability_store.py",
    "tests/test_reliability_load.py",
    "tests/test_reliability_answers.py",
]


def record(kind: str, n: int = 1) -> None:
    assert kind in KINDS, kind
    target = os.environ.get("TANYA_FAULT_COUNTS")
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(json.dumps({"kind": kind, "n": n}) + "\n")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    log = OUT / "counts.jsonl"
    log.unlink(missing_ok=True)
    env = {**os.environ, "TANYA_FAULT_COUNTS": str(log), "HF_HUB_OFFLINE": "1"}
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", *TESTS], cwd=REPO, env=env)
    totals: Counter[str] = Counter()
    if log.exists():
        for line in log.read_text(encoding="utf-8").splitlines():
            entry = json.loads(line)
            totals[entry["kind"]] += int(entry["n"])
    summary = {kind: totals[kind] for kind in KINDS} | {"pytest_exit": run.returncode}
    (OUT / "counts.json").write_text(json.dumps(summary, indent=2), encoding="utf-8")
    print("\n| count | value |\n|---|---|")
    for kind, label in KINDS.items():
        print(f"| {label} | {totals[kind]} |")
    print(f"| pytest exit status | {run.returncode} |")
    return run.returncode


if __name__ == "__main__":
    sys.exit(main())
