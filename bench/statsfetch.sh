#!/usr/bin/env bash
# A year of every statistics endpoint of one Official Account and one Mini Program, fetched from
# wxemu at a latency, beside a baseline that makes one call at a time.
# Usage: bench/statsfetch.sh [LATENCY_MS]  (default 20). Needs a built tree.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${WXOPS_BUILD_DIR:-$root/build}"
latency=${1:-20}
if [[ -z "${WXOPS_HEADLESS_SESSION:-}" ]]; then
  exec "$root/scripts/headless-session" "$0" "$latency"
fi
work=$(mktemp -d -t wxops-bench.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

"$build/emulator/wxemu" --port 0 --followers 100000 --mp-users 60000 --seed 1 >"$work/emu.out" 2>&1 &
for _ in $(seq 300); do [[ $(grep -c '^app ' "$work/emu.out" 2>/dev/null) -ge 2 ]] && break; sleep 0.1; done
url=$(sed -n 's/^wxemu listening on //p' "$work/emu.out")
curl -s -X POST "$url/_emu/config" -d "{\"latency_ms\": $latency}" >/dev/null

run() { # name max-in-flight
  local db="sqlite:$work/$1.db" start end calls=0
  while read -r _ kind appid secret; do
    printf '%s\n' "$secret" | "$build/app/wxops" --database "$db" account add --kind "$kind" \
      --appid "$appid" --name "bench $kind" --api-base "$url" --secret-stdin >/dev/null
  done < <(grep '^app ' "$work/emu.out")
  start=$(date +%s.%N)
  for appid in $(grep '^app ' "$work/emu.out" | awk '{print $3}'); do
    line=$("$build/app/wxops" --database "$db" stats fetch --appid "$appid" --max-in-flight "$2" 2>/dev/null)
    calls=$((calls + $(echo "$line" | sed -n 's/.* in \([0-9]*\) calls.*/\1/p')))
  done
  end=$(date +%s.%N)
  printf '%-22s latency %3s ms  in flight %2s  %5s calls  %6.1f s\n' "$1" "$latency" "$2" \
    "$calls" "$(echo "$end - $start" | bc)"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(date -u +%F)"
run "baseline-1-at-a-time" 1
run "wxops-default" 8
