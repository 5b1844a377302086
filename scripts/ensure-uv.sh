#!/usr/bin/env bash
# Print the path of a usable `uv`, installing it from PyPI when missing. Everything else
# this script prints goes to stderr, so `$(scripts/ensure-uv.sh)` is the path or nothing.
set -euo pipefail
if command -v uv >/dev/null 2>&1; then command -v uv; exit 0; fi
user_uv="$(python3 -m site --user-base)/bin/uv"
if [ -x "$user_uv" ]; then echo "$user_uv"; exit 0; fi
if python3 -m pip install --quiet --user uv >&2 2>/dev/null && [ -x "$user_uv" ]; then
  echo "$user_uv"; exit 0
fi
# A Python that refuses user installs (PEP 668): uv in a virtual environment of its own.
tools="${XDG_CACHE_HOME:-$HOME/.cache}/tsunagu-uv"
[ -x "$tools/bin/uv" ] || { python3 -m venv "$tools" >&2 && "$tools/bin/pip" install --quiet uv >&2; }
echo "$tools/bin/uv"
