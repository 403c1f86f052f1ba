#!/usr/bin/env bash
# Campaign benchmarks against wxemu:
#  1. materialising the outbox of a campaign to FOLLOWERS recipients (`wxops campaign start`,
#     after the segment was refreshed), beside the same INSERT … SELECT run by the sqlite3
#     command line on a copy of the same database;
#  2. a mass message to the same FOLLOWERS (after a preview): materialising (with the four-a-month
#     check) and the run, in calls of 10,000 openids at 20 ms emulated latency;
#  3. the send rate achieved against the configured RATE (default 500/s) over SENDS recipients,
#     at 0 and 20 ms emulated latency, with wxops' CPU time per message.
#   bench/campaigns.sh [FOLLOWERS] [SENDS] [RATE]      (default 1,000,000  30,000  500)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${WXOPS_BUILD_DIR:-$root/build}"
followers=${1:-1000000}
sends=${2:-30000}
rate=${3:-500}
if [[ -z "${WXOPS_HEADLESS_SESSION:-}" ]]; then
  exec "$root/scripts/headless-session" "$0" "$followers" "$sends" "$rate"
fi
work=$(mktemp -d -t wxops-campaigns.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(date -u +%F)"

start_emu() { # followers -> sets $url
  "$build/emulator/wxemu" --port 0 --followers "$1" --seed 1 >"$work/emu.out" 2>&1 &
  emu_pid=$!
  for _ in $(seq 300); do grep -q listening "$work/emu.out" 2>/dev/null && break; sleep 0.1; done
  url=$(sed -n 's/^wxemu listening on //p' "$work/emu.out")
}
setup() { # database followers: account, sync, segment, campaign 1 (draft)
  local W="$build/app/wxops --database sqlite:$1"
  printf '%s\n' emu-oa-secret-0123456789abcdef | $W account add --kind oa \
    --appid wxoa0000000000emu --name bench --api-base "$url" --secret-stdin >/dev/null
  $W sync followers --appid wxoa0000000000emu >/dev/null 2>&1
  echo '{"account": {"kind": "oa", "subscribed": true}}' >"$work/seg.json"
  $W segment save --name followers --definition "$work/seg.json" >/dev/null
  $W segment refresh followers >/dev/null
  cat >"$work/c.json" <<JSON
{"name": "bench", "appid": "wxoa0000000000emu", "segment": "followers", "channel": "template",
 "template_id": "TPL_points_change_0003",
 "fields": {"character_string1": "{{profile_id}}", "amount2": "+100 {{remark|points}}"},
 "rate_per_second": $rate, "concurrency": 16}
JSON
  $W campaign create --definition "$work/c.json" >/dev/null
}

# 1. Materialising.
start_emu "$followers"
db="$work/big.db"
setup "$db" "$followers"
cp "$db" "$work/baseline.db"
s=$(date +%s.%N)
line=$("$build/app/wxops" --database "sqlite:$db" campaign start 1)
e=$(date +%s.%N)
wx=$(echo "$e - $s" | bc)
s=$(date +%s.%N)
sqlite3 "$work/baseline.db" "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
INSERT INTO deliveries (campaign_id, account_id, profile_id, state, reason, client_msg_id, updated_at)
SELECT 1, r.id, r.profile_id, CASE WHEN r.reason IS NULL THEN 'pending' ELSE 'skipped' END,
  r.reason, 'wxops-1-' || r.id, 0
FROM (SELECT a.id, a.profile_id, CASE WHEN a.subscribed = 0 THEN 'unsubscribed'
        WHEN EXISTS (SELECT 1 FROM opt_outs o WHERE o.profile_id = a.profile_id
                     AND o.channel IN ('all', 'template')) THEN 'opted_out' END AS reason
      FROM segment_members m JOIN accounts a ON a.profile_id = m.profile_id AND a.app_id = 1
      WHERE m.segment_id = 1) r;
INSERT INTO campaign_exclusions (campaign_id, profile_id, reason)
SELECT 1, m.profile_id, 'no_account' FROM segment_members m WHERE m.segment_id = 1
  AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.profile_id = m.profile_id AND +a.app_id = 1);" >/dev/null
e=$(date +%s.%N)
base=$(echo "$e - $s" | bc)
echo "$line"
printf 'materialise: wxops campaign start %.1f s (segment refresh included), sqlite3 INSERT … SELECT %.1f s, ratio %.2f\n' \
  "$wx" "$base" "$(echo "$wx / $base" | bc -l)"

# 2. A mass message to everyone, in calls of 10,000.
curl -s -X POST "$url/_emu/config" -d '{"latency_ms": 20}' >/dev/null
cat >"$work/mass.json" <<JSON
{"name": "bench mass", "appid": "wxoa0000000000emu", "segment": "followers", "channel": "mass",
 "text": "bench", "rate_per_second": 20, "concurrency": 2}
JSON
W=("$build/app/wxops" --database "sqlite:$db")
"${W[@]}" campaign create --definition "$work/mass.json" >/dev/null
staff=$(sqlite3 "$db" "SELECT openid FROM accounts WHERE subscribed = 1 LIMIT 1")
"${W[@]}" campaign preview 2 --openid "$staff" >/dev/null 2>&1
s=$(date +%s.%N)
"${W[@]}" campaign start 2 >/dev/null
e=$(date +%s.%N)
/usr/bin/time -f "%e %U %S" -o "$work/time" "${W[@]}" campaign run 2 >"$work/run.out" 2>/dev/null
read -r secs user sys <"$work/time"
sent=$(sed -n 's/.*sent \([0-9]*\),.*/\1/p' "$work/run.out")
printf 'mass: start %.1f s; %s sent in %.1f s = %.0f messages/s in calls of 10,000 at 20 ms; wxops CPU %.1f µs a message\n' \
  "$(echo "$e - $s" | bc)" "$sent" "$secs" "$(echo "$sent / $secs" | bc -l)" \
  "$(echo "($user + $sys) * 1000000 / $sent" | bc -l)"
kill "$emu_pid"; wait "$emu_pid" 2>/dev/null || true
rm -f "$work"/big.db* "$work"/baseline.db*

# 3. Send rate.
for latency in 0 20; do
  start_emu "$sends"
  curl -s -X POST "$url/_emu/config" -d "{\"latency_ms\": $latency}" >/dev/null
  db="$work/send-$latency.db"
  setup "$db" "$sends"
  "$build/app/wxops" --database "sqlite:$db" campaign start 1 >/dev/null
  /usr/bin/time -f "%e %U %S" -o "$work/time" \
    "$build/app/wxops" --database "sqlite:$db" campaign run 1 >"$work/run.out" 2>/dev/null
  read -r secs user sys <"$work/time"
  sent=$(sed -n 's/.*sent \([0-9]*\),.*/\1/p' "$work/run.out")
  printf 'send at %s ms: %s sent in %.1f s = %.1f/s of %s/s configured (ratio %.3f); wxops CPU %.0f µs a message\n' \
    "$latency" "$sent" "$secs" "$(echo "$sent / $secs" | bc -l)" "$rate" \
    "$(echo "$sent / $secs / $rate" | bc -l)" "$(echo "($user + $sys) * 1000000 / $sent" | bc -l)"
  kill "$emu_pid"; wait "$emu_pid" 2>/dev/null || true
done
