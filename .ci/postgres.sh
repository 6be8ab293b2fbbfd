#!/usr/bin/env bash
# Start a throw-away PostgreSQL cluster on loopback for the tests and print its URL.
#
#   source <(.ci/postgres.sh)      # exports KABAR_TEST_POSTGRES=postgresql://…
#   .ci/postgres.sh stop DIR       # stops the cluster started in DIR (printed as KABAR_TEST_POSTGRES_DIR)
#
# Installs PostgreSQL with apt-get when no initdb is found. The server runs as the 'postgres' user
# when this script runs as root (initdb refuses root), listens on 127.0.0.1 only, on a free port,
# with trust authentication; its data lives in a temporary folder. Diagnostics go to stderr, the
# export lines to stdout.
set -euo pipefail

if [[ "${1:-}" == "stop" ]]; then
  dir="${2:?usage: postgres.sh stop DIR}"
  pgbin="$(cat "$dir/.pgbin")"
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$dir/data" -m fast stop >&2
  else
    "$pgbin/pg_ctl" -D "$dir/data" -m fast stop >&2
  fi
  rm -rf "$dir"
  exit 0
fi

find_pgbin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$d/initdb" ]] && { echo "$d"; return 0; }
  done
  if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; return 0; fi
  return 1
}

if ! pgbin="$(find_pgbin)"; then
  echo "postgres.sh: installing postgresql with apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2
  pgbin="$(find_pgbin)"
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
dir="$(mktemp -d /tmp/kabar-pg.XXXXXX)"
echo "$pgbin" > "$dir/.pgbin"
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
  chown -R postgres "$dir"
  as_owner=(runuser -u postgres --)
fi
chmod 755 "$dir"
"${as_owner[@]}" "$pgbin/initdb" -D "$dir/data" -U kabar --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$pgbin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-h 127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2 \
  || { cat "$dir/server.log" >&2; exit 1; }
"$pgbin/createdb" -h 127.0.0.1 -p "$port" -U kabar kabar_test >&2
echo "export KABAR_TEST_POSTGRES=postgresql://kabar@127.0.0.1:$port/kabar_test"
echo "export KABAR_TEST_POSTGRES_DIR=$dir"
