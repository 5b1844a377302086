#!/usr/bin/env bash
# Debian packages the tests and the PDF/rich-menu rendering need: Chromium for browser
# tests, Japanese fonts (and those the rich menu needs in other languages), poppler for PDF checks, docker-compose to validate the compose file,
# pg_dump for the database-dump scan, redis-server for the fault tests' private Redis.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf ] || need+=(fonts-ipaexfont)
# The rich menu in Vietnamese (DejaVu Sans), Chinese and Korean (WenQuanYi Micro Hei).
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
[ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || need+=(fonts-wqy-microhei)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v pg_dump >/dev/null 2>&1 || need+=(postgresql-client)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1; then
  need+=(docker-compose)
fi
if [ ${#need[@]} -eq 0 ]; then
  echo "system packages: all present"
  exit 0
fi
echo "system packages: installing ${need[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
