#!/usr/bin/env bash
# Print the path of a usable `uv`, installing it from PyPI when missing.
set -euo pipefail
if command -v uv >/dev/null 2>&1; then command -v uv; exit 0; fi
python3 -m pip install --quiet --user uv >/dev/null 2>&1 || python3 -m pip install --quiet uv >/dev/null
command -v uv 2>/dev/null || echo "$(python3 -m site --user-base)/bin/uv"
