#!/usr/bin/env bash
# The Analytics page's first paint on a big database with a year of statistics: FOLLOWERS synced
# from wxemu, MP_USERS imported from its export (3 events each), a year of every statistics
# report of both apps fetched; then bench_analyticspage (the console's own first paint is the
# baseline). Usage: bench/analytics.sh [FOLLOWERS] [MP_USERS]  (default 1000000 300000).
# WXOPS_BENCH_DIR keeps the database for another run. Needs a built tree.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${WXOPS_BUILD_DIR:-$root/build}"
followers=${1:-1000000}
users=${2:-300000}
if [[ -z "${WXOPS_HEADLESS_SESSION:-}" ]]; then
  exec "$root/scripts/headless-session" "$0" "$followers" "$users"
fi
work=${WXOPS_BENCH_DIR:-$(mktemp -d -t wxops-analytics.XXXXXX)}
mkdir -p "$work"
trap 'kill $(jobs -p) 2>/dev/null || true' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB; $(date -u +%F)"
db="sqlite:$work/analytics-$followers-$users.db"

if [[ ! -s "$work/analytics-$followers-$users.db" ]]; then
  population=(--followers "$followers" --mp-users "$users" --seed 1)
  "$build/emulator/wxemu" --port 0 "${population[@]}" >"$work/emu.out" 2>&1 &
  for _ in $(seq 600); do [[ $(grep -c '^app ' "$work/emu.out" 2>/dev/null) -ge 2 ]] && break; sleep 0.1; done
  url=$(sed -n 's/^wxemu listening on //p' "$work/emu.out")
  while read -r _ kind appid secret; do
    printf '%s\n' "$secret" | "$build/app/wxops" --database "$db" account add --kind "$kind" \
      --appid "$appid" --name "bench $kind" --api-base "$url" --secret-stdin >/dev/null
  done < <(grep '^app ' "$work/emu.out")
  oa=$(awk '/^app oa /{print $3}' "$work/emu.out")
  mp=$(awk '/^app mp /{print $3}' "$work/emu.out")
  time "$build/app/wxops" --database "$db" sync followers --appid "$oa"
  "$build/emulator/wxemu" "${population[@]}" --export-mp "$work/mp.jsonl" --events-per-user 3
  time "$build/app/wxops" --database "$db" import "$work/mp.jsonl"
  for appid in "$oa" "$mp"; do
    time "$build/app/wxops" --database "$db" stats fetch --appid "$appid"
  done
  kill %1 2>/dev/null || true
fi
for run in 1 2 3; do
  echo "run $run"
  QT_QPA_PLATFORM=offscreen "$build/bench/bench_analyticspage" "$db"
done
