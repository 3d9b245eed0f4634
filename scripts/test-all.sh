#!/usr/bin/env bash
# The README's second command: installs what the tests need that pnpm cannot (Debian's
# Chromium for the browser tests, a running PostgreSQL for the parity and race tests),
# then runs every test.
set -euo pipefail

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

install_chromium() {
  echo "Chromium is missing at $CHROMIUM: installing Debian's chromium (apt-get)…"
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      echo "error: installing Chromium needs root. Run as root, or first: sudo apt-get install -y chromium" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq chromium >/dev/null
  if [ ! -x "$CHROMIUM" ]; then
    echo "error: apt-get installed chromium but $CHROMIUM is still missing" >&2
    exit 1
  fi
  echo "Chromium installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
}

[ -x "$CHROMIUM" ] || install_chromium

pg_up() { command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; }
if ! pg_up && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start 2>/dev/null || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do pg_up && break; sleep 1; done
fi
if pg_up; then
  export PG_TEST_URL="${PG_TEST_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
else
  echo "PostgreSQL is not reachable on 127.0.0.1:5432: the PostgreSQL tests will be skipped."
fi

pnpm test
