#!/usr/bin/env bash
# One long step of a make target: its output goes to var/log/make.log and the terminal
# gets one line, "  LABEL … done (N s)". A failure prints the end of the log and the path.
#   scripts/step.sh "LABEL" COMMAND [ARGS…]
set -uo pipefail
label=$1
shift
log_dir="${TSUNAGU_LOG_DIR:-var/log}"
log="$log_dir/make.log"
mkdir -p "$log_dir"
started=$(date +%s)
printf '  %s … ' "$label"
printf '\n== %s %s: %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$label" "$*" >>"$log"
"$@" </dev/null >>"$log" 2>&1
status=$?
elapsed=$(($(date +%s) - started))
if [ "$status" -eq 0 ]; then
  printf 'done (%d s)\n' "$elapsed"
  exit 0
fi
printf 'FAILED (exit %d after %d s); the end of %s:\n' "$status" "$elapsed" "$log"
tail -n 40 "$log" | sed 's/^/    /'
exit "$status"
