#!/usr/bin/env bash
# Run the README's two commands in a fresh clone with a fresh virtualenv: they must work as written.
# The test command runs one quick test file here (the full suite is what runs this script).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$root" "$work/clone"
cd "$work/clone"
scripts/setup.sh && .venv/bin/kb build --quiet      # README: build the site
test -s site/index.html && test -s site/notes/catalog.json
scripts/test.sh -q tests/test_read_parse.py          # README: run the tests
echo "fresh clone: both README commands work"
