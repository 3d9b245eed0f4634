#!/usr/bin/env bash
# Installs what the tests need that pnpm cannot (Debian's Chromium, a running
# PostgreSQL: the API tests run once more against it when it is reachable.
pg_up() { command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; }
if ! pg_up && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n1)" main start 2>/dev/null || true
  sleep 2
fi
if pg_up; then
  export PG_TEST_URL="${PG_TEST_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
else
  echo "PostgreSQL is not reachable on 127.0.0.1:5432: the PostgreSQL tests will be skipped."
fi

pnpm test
