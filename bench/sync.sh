#!/usr/bin/env bash
# Follower sync throughput against wxemu, beside a baseline that makes one call at a time (as
# the open-source consoles do). Usage: bench/sync.sh [FOLLOWERS] [LATENCIES_MS...]
# Needs a built tree (scripts/test or scripts/demo) and runs inside a private keychain session.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${WXOPS_BUILD_DIR:-$root/build}"
followers=${1:-1000000}
shift || true
latencies=("${@:-0 20}")
if [[ -z "${WXOPS_HEADLESS_SESSION:-}" ]]; then
  exec "$root/scripts/headless-session" "$0" "$followers" "${latencies[@]}"
fi
work=$(mktemp -d -t wxops-bench.XXXXXX)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

"$build/emulator/wxemu" --port 0 --followers "$followers" --seed 1 >"$work/emu.out" 2>&1 &
for _ in $(seq 300); do grep -q listening "$work/emu.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^wxemu listening on //p' "$work/emu.out")

run() { # name latency max-in-flight
  local db="sqlite:$work/$1.db"
  curl -s -X POST "$url/_emu/config" -d "{\"latency_ms\": $2}" >/dev/null
  printf '%s\n' emu-oa-secret-0123456789abcdef | "$build/app/wxops" --database "$db" account add \
    --kind oa --appid wxoa0000000000emu --name bench --api-base "$url" --secret-stdin >/dev/null
  local start end line
  start=$(date +%s.%N)
  line=$("$build/app/wxops" --database "$db" sync followers --appid wxoa0000000000emu \
    --max-in-flight "$3" 2>/dev/null)
  end=$(date +%s.%N)
  local secs n
  secs=$(echo "$end - $start" | bc)
  n=$(echo "$line" | sed -n 's/^synced \([0-9]*\) followers.*/\1/p')
  printf '%-28s latency %3s ms  in flight %2s  %8s followers  %7.1f s  %8.0f followers/s\n' \
    "$1" "$2" "$3" "$n" "$secs" "$(echo "$n / $secs" | bc -l)"
  rm -f "$work/$1".db*
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(date -u +%F)"
for latency in ${latencies[@]}; do
  run "baseline-1-at-a-time" "$latency" 1
  run "wxops-default" "$latency" 8
  run "wxops-16" "$latency" 16
done
