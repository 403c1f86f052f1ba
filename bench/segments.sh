#!/usr/bin/env bash
# Segment counts and a refresh at scale, each beside the same question written by hand in SQL and
# run by the sqlite3 command line on the same database in the same run.
#   bench/segments.sh [DB_FILE]     (default: the database bench/import.sh leaves, 1M profiles)
#   WXOPS_BENCH_PSQL="psql -h SOCKETDIR -p PORT -U USER DB" bench/segments.sh postgresql://…
#                                   (the same data in PostgreSQL; hand queries run by psql)
# Times are the best of three: wxops' own timing of the count (parse, compile, query) and
# sqlite3's `.timer` (psql's `\timing`) of the statement.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${WXOPS_BUILD_DIR:-$root/build}"
db=${1:-${WXOPS_BENCH_DIR:-/work/benchdata}/wxops.db}
work=$(mktemp -d -t wxops-segments.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [[ "$db" == postgresql://* ]]; then
  url=$db
  hand() { printf '\\timing on\n%s\n' "$1" | ${WXOPS_BENCH_PSQL:?set it to a psql command line} 2>&1 |
    sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | awk '{s += $1 / 1000} END {print s}'; }
  query() { ${WXOPS_BENCH_PSQL} -At -c "$1"; }
  json_item="props ->> 'item'"
  # By hand on PostgreSQL one writes EXISTS under OR: an IN or NOT IN whose set outgrows
  # work_mem runs once per row there.
  purchase="EXISTS (SELECT 1 FROM events e WHERE e.profile_id = p.id AND e.name = 'purchase')"
  not_share="NOT EXISTS (SELECT 1 FROM events e WHERE e.profile_id = p.id AND e.name = 'share')"
else
  url="sqlite:$db"
  hand() { printf '.timer on\n%s\n' "$1" | sqlite3 "$db" 2>&1 |
    sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p' | awk '{s += $1} END {print s}'; }
  query() { sqlite3 "$db" "$1"; }
  json_item="json_extract(props, '\$.item')"
  purchase="p.id IN (SELECT profile_id FROM events WHERE name = 'purchase')"
  not_share="p.id NOT IN (SELECT profile_id FROM events WHERE name = 'share')"
fi
wxops() { "$build/app/wxops" --database "$url" "$@"; }

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(date -u +%F)"
echo "database: $url: $(query 'SELECT COUNT(*) FROM profiles') profiles," \
  "$(query 'SELECT COUNT(*) FROM events') events"

best_wxops() { # definition-file -> seconds
  local best=999999 t
  for _ in 1 2 3; do
    t=$(wxops segment count --definition "$1" | sed -n 's/.*(\([0-9.]*\) s)$/\1/p')
    best=$(echo "if ($t < $best) $t else $best" | bc -l)
  done
  echo "$best"
}
best_hand() { # sql -> seconds
  local best=999999 t
  for _ in 1 2 3; do
    t=$(hand "$1")
    best=$(echo "if ($t < $best) $t else $best" | bc -l)
  done
  echo "$best"
}
compare() { # name definition hand-sql
  printf '%s\n' "$2" >"$work/def.json"
  local n w s
  n=$(wxops segment count --definition "$work/def.json" | cut -d' ' -f1)
  w=$(best_wxops "$work/def.json")
  s=$(best_hand "$3")
  printf '%-34s %9s profiles  wxops %7.3f s  by hand %7.3f s  ratio %5.2f\n' "$1" "$n" "$w" "$s" \
    "$(echo "$w / $s" | bc -l)"
}

compare "property: has an MP account" '{"account":{"kind":"mp"}}' \
  "SELECT COUNT(DISTINCT a.profile_id) FROM accounts a WHERE a.app_id IN (SELECT id FROM apps WHERE kind = 'mp');"
# EXISTS: with the unionid index SQLite would drive an IN from the index and look every id up
# (1.0 s); written this way the hand query takes 0.3 s.
compare "property: unionid and member ID" '{"all":[{"has_unionid":true},{"has_member_id":true}]}' \
  "SELECT COUNT(*) FROM profiles p WHERE p.member_id IS NOT NULL AND EXISTS (SELECT 1 FROM accounts a WHERE a.profile_id = p.id AND a.unionid <> '');"
compare "property: no member ID" '{"has_member_id":false}' \
  "SELECT COUNT(*) FROM profiles WHERE member_id IS NULL;"
# wxemu's export spreads events over 2020-2025: a date range in it.
from=$(date -d '2025-10-01T00:00:00+08:00' +%s%3N)
to=$(date -d '2026-01-01T00:00:00+08:00' +%s%3N)
compare "event: purchase in Q4 2025" \
  '{"event":{"name":"purchase","between":["2025-10-01","2025-12-31"]}}' \
  "SELECT COUNT(DISTINCT profile_id) FROM events WHERE name = 'purchase' AND occurred_at >= $from AND occurred_at < $to;"
compare "event: view_item at least 3 times" '{"event":{"name":"view_item","at_least":3}}' \
  "SELECT COUNT(*) FROM (SELECT profile_id FROM events WHERE name = 'view_item' GROUP BY profile_id HAVING COUNT(*) >= 3) x;"
compare "event with a prop" '{"event":{"name":"view_item","prop":{"key":"item","value":"sku-9"}}}' \
  "SELECT COUNT(DISTINCT profile_id) FROM events WHERE name = 'view_item' AND $json_item = 'sku-9';"
compare "nested: unionid and (purchase or not share)" \
  '{"all":[{"has_unionid":true},{"any":[{"event":{"name":"purchase"}},{"not":{"event":{"name":"share"}}}]}]}' \
  "SELECT COUNT(*) FROM profiles p WHERE p.id IN (SELECT profile_id FROM accounts WHERE unionid <> '') AND ($purchase OR $not_share);"

# Refresh: a segment of a few hundred thousand members, from empty and again unchanged; the hand
# version rewrites the membership in one transaction.
for table in segment_members segment_sizes; do # a previous run's segment: start from empty
  query "DELETE FROM $table WHERE segment_id IN (SELECT id FROM segments WHERE name = 'bench big')"
done
query "DELETE FROM segments WHERE name = 'bench big'"
# On PostgreSQL the previous run's deleted members stay in the table's indexes until a vacuum;
# a server's autovacuum would have removed them, so the refresh from empty starts clean.
[[ "$db" == postgresql://* ]] && query "VACUUM segment_members" >/dev/null
definition='{"event":{"name":"purchase","at_least":2}}'
printf '%s\n' "$definition" >"$work/big.json"
wxops segment save --name "bench big" --definition "$work/big.json" >/dev/null
first=$(wxops segment refresh "bench big")
again=$(wxops segment refresh "bench big")
segment=$(query "SELECT id FROM segments WHERE name = 'bench big'")
by_hand=$(hand "BEGIN; DELETE FROM segment_members WHERE segment_id = $segment;
  INSERT INTO segment_members (segment_id, profile_id, source, added_at) SELECT $segment, profile_id,
  'rule', 0 FROM events WHERE name = 'purchase' GROUP BY profile_id HAVING COUNT(*) >= 2; ROLLBACK;")
echo "refresh (first):  $first"
echo "refresh (again):  $again"
printf 'refresh by hand (delete all + insert): %.3f s\n' "$by_hand"
