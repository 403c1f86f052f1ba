#!/usr/bin/env bash
# Import rate of a Mini Program export (wxemu --export-mp) against the sqlite3 command line's
# .import of the same event rows into the same indexed table, in the same run.
#   bench/import.sh [MP_USERS] [EVENTS_PER_USER]      (default 1,000,000 × 10 = 10M events)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${WXOPS_BUILD_DIR:-$root/build}"
users=${1:-1000000}
per=${2:-10}
work=${WXOPS_BENCH_DIR:-$(mktemp -d -t wxops-import.XXXXXX)}
mkdir -p "$work"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(date -u +%F)"

export="$work/mp-$users-$per.jsonl"
[[ -s "$export" ]] || "$build/emulator/wxemu" --followers 1000 --mp-users "$users" \
  --export-mp "$export" --events-per-user "$per"
rows=$(wc -l <"$export")
echo "export: $rows rows, $(du -h "$export" | cut -f1)"

# wxops: a fresh database with the MP app configured (no secret needed to import).
db="$work/wxops.db"
rm -f "$db"*
sqlite3 "$db" "PRAGMA user_version;" >/dev/null
"$build/app/wxops" --database "sqlite:$db" lookup nothing >/dev/null 2>&1 || true # migrates
now=$(date +%s%3N)
sqlite3 "$db" "INSERT INTO apps (appid, kind, name, api_base, proxy, created_at, updated_at)
  VALUES ('wxmp0000000000emu', 'mp', 'bench', '', '', $now, $now);"
/usr/bin/time -f "%e s %M KB" -o "$work/wxops.time" \
  "$build/app/wxops" --database "sqlite:$db" import "$export" >"$work/wxops.out"
read -r wx_s _ wx_kb _ <"$work/wxops.time"
echo "wxops import: $(cat "$work/wxops.out") in $wx_s s, max RSS $((wx_kb / 1024)) MB"

# Baseline: the same event rows as CSV, .import into a table with the same indexes.
csv="$work/events.csv"
[[ -s "$csv" ]] || python3 - "$export" "$csv" <<'PY'
import csv, json, sys, datetime
out = csv.writer(open(sys.argv[2], "w", newline=""))
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    if r["kind"] != "event":
        continue
    at = int(datetime.datetime.fromisoformat(r["at"]).timestamp() * 1000)
    out.writerow([hash(r["openid"]) % 1000000, 1, r["name"], at,
                  json.dumps(r.get("props", {}), separators=(",", ":")), r["appid"] + ":" + r["id"]])
PY
events=$(wc -l <"$csv")
base="$work/baseline.db"
rm -f "$base"*
sqlite3 "$base" "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
CREATE TABLE events (id INTEGER PRIMARY KEY, account_id BIGINT, app_id BIGINT, name TEXT,
  occurred_at BIGINT, props TEXT, source_id TEXT UNIQUE);
CREATE INDEX e1 ON events (account_id, occurred_at);
CREATE INDEX e2 ON events (name, occurred_at, account_id, props);
CREATE INDEX e3 ON events (occurred_at);
CREATE INDEX e4 ON events (json_extract(props, '\$.template_id'), account_id)
  WHERE name = 'subscribe_msg_accept';
CREATE TABLE staging (account_id, app_id, name, occurred_at, props, source_id);" >/dev/null
start=$(date +%s.%N)
sqlite3 "$base" ".mode csv" ".import $csv staging" \
  "INSERT INTO events (account_id, app_id, name, occurred_at, props, source_id) SELECT * FROM staging;"
end=$(date +%s.%N)
base_s=$(echo "$end - $start" | bc)
wx_events=$(sed -n 's/.*users, \([0-9]*\) events.*/\1/p' "$work/wxops.out")
printf 'sqlite3 .import: %s events in %.1f s = %.0f events/s\n' "$events" "$base_s" \
  "$(echo "$events / $base_s" | bc -l)"
printf 'wxops import:    %s events in %.1f s = %.0f events/s (rows incl. users: %.0f/s)\n' \
  "$wx_events" "$wx_s" "$(echo "$wx_events / $wx_s" | bc -l)" "$(echo "$rows / $wx_s" | bc -l)"
printf 'ratio wxops / sqlite3: %.2f\n' "$(echo "($wx_events / $wx_s) / ($events / $base_s)" | bc -l)"
