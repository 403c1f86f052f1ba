#!/usr/bin/env bash
# Copies the profiles, accounts and events of a wxops SQLite database (the one bench/import.sh
# leaves) into a fresh database of a throwaway PostgreSQL cluster, for bench/segments.sh on
# PostgreSQL. The schema is wxops' own (its migrations run first); the events' secondary indexes
# are built after the copy, then everything is ANALYZEd.
#   bench/copy-to-postgres.sh [DB_FILE] [CLUSTER_DIR] [PORT]
# Prints the two settings bench/segments.sh then takes (WXOPS_BENCH_PSQL and the URL).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${WXOPS_BUILD_DIR:-$root/build}"
db=${1:-${WXOPS_BENCH_DIR:-/work/benchdata}/wxops.db}
dir=${2:-/tmp/pgbench}
port=${3:-55500}
name=segbench

"$root/scripts/pg-test-cluster" start "$dir" "$port" >/dev/null
socket="$dir/socket" # a link to the cluster's own folder, which the server's user can reach
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$socket" -p "$port" -U postgres)
"${psql[@]}" -c "CREATE DATABASE $name" postgres
url="postgresql://postgres@:$port/$name?host=$socket"
"$build/app/wxops" --database "$url" lookup nothing >/dev/null 2>&1 || true # migrates

# Secondary indexes of events, rebuilt after the copy (the unique key stays).
mapfile -t event_indexes < <("${psql[@]}" -At -c "SELECT indexdef FROM pg_indexes
  WHERE tablename = 'events' AND indexdef NOT LIKE 'CREATE UNIQUE%'" "$name")
for def in "${event_indexes[@]}"; do
  index=$(sed -n 's/^CREATE INDEX \([a-z_]*\) ON.*/\1/p' <<<"$def")
  "${psql[@]}" -c "DROP INDEX $index" "$name"
done

for table in apps profiles accounts events; do
  columns=$(sqlite3 "$db" "SELECT group_concat(name, ', ') FROM pragma_table_info('$table')")
  start=$(date +%s)
  sqlite3 -csv "$db" "SELECT $columns FROM $table" |
    "${psql[@]}" -c "\\copy $table ($columns) FROM STDIN WITH (FORMAT csv)" "$name"
  "${psql[@]}" -c "SELECT setval(pg_get_serial_sequence('$table', 'id'),
    (SELECT COALESCE(MAX(id), 1) FROM $table))" "$name" >/dev/null
  echo "copied $table in $(($(date +%s) - start)) s" >&2
done
for def in "${event_indexes[@]}"; do
  "${psql[@]}" -c "$def" "$name"
done
# VACUUM sets the visibility map, without which no index-only scan is one (autovacuum would
# do it later on a real server).
"${psql[@]}" -c "VACUUM ANALYZE" "$name"
echo "WXOPS_BENCH_PSQL=\"psql -h $socket -p $port -U postgres $name\""
echo "url: $url"
