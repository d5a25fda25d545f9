#!/usr/bin/env bash
# Install everything the tests need, then run lint, types and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
.venv/bin/ruff check ingest tests scripts
.venv/bin/ruff format --check ingest tests scripts
.venv/bin/mypy
.venv/bin/python -m pytest -q "$@"
