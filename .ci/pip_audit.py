"""CI step: audit the installed dependencies with pip-audit.

Fails only for a known vulnerability that has a fixed version. An advisory without a fix is printed and passes.
When pip-audit cannot reach vulnerability data (here only package registries are reachable, and the index serves
no per-version JSON, so every package comes back "not found"), it says so plainly and passes: not audited is not
the same as clean.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

VENV = Path(__file__).resolve().parents[1] / ".venv"


def main() -> int:
    command = [str(VENV / "bin" / "pip-audit"), "--local", "--skip-editable", "--format", "json",
               "--progress-spinner", "off"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"pip-audit: NOT AUDITED: could not run pip-audit ({exc})")
        return 0
    try:
        report = json.loads(result.stdout)
    except ValueError:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        print(f"pip-audit: NOT AUDITED: the vulnerability service was unreachable ({last[:300]})")
        return 0
    deps = report.get("dependencies", [])
    skipped = [d for d in deps if d.get("skip_reason")]
    audited = [d for d in deps if not d.get("skip_reason")]
    fixable, unfixable = [], []
    for dep in audited:
        for vuln in dep.get("vulns", []):
            (fixable if vuln.get("fix_versions") else unfixable).append((dep, vuln))
    for dep, vuln in unfixable:
        print(f"pip-audit: advisory without a fix (not failing): {dep['name']} {dep['version']} {vuln['id']}")
    for dep, vuln in fixable:
        print(f"pip-audit: VULNERABLE: {dep['name']} {dep['version']} {vuln['id']}, fixed in "
              f"{', '.join(vuln['fix_versions'])}")
    if not audited:
        reason = skipped[0]["skip_reason"] if skipped else "no dependencies listed"
        print(f"pip-audit: NOT AUDITED: none of {len(deps)} packages could be checked; the vulnerability data is "
              f"not reachable from this machine (e.g. \"{reason}\")")
        return 0
    print(f"pip-audit: {len(audited)} packages audited, {len(skipped)} could not be checked, "
          f"{len(fixable)} fixable and {len(unfixable)} unfixable advisories")
    return 1 if fixable else 0


if __name__ == "__main__":
    sys.exit(main())
