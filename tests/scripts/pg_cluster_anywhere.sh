#!/usr/bin/env bash
# The throwaway cluster starts from a handle folder inside a 0700 folder (as under /root, or
# one from mktemp -d), answers a query on its socket, and leaves nothing behind when stopped.
set -euo pipefail
script=$1
port=${2:-55433}
private=$(mktemp -d "${HOME:-/tmp}/wxops-pgtest.XXXXXX")
chmod 0700 "$private"
trap 'rm -rf "$private"' EXIT
handle="$private/nested/pgtest"

"$script" start "$handle" "$port"
cluster=$(readlink "$handle/socket")
[[ -d "$cluster/data" ]] || { echo "FAIL: no data folder at $cluster/data"; exit 1; }
answer=$(psql -X -At -h "$handle/socket" -p "$port" -U postgres -c "SELECT 6 * 7" postgres)
[[ "$answer" == 42 ]] || { echo "FAIL: the cluster answered '$answer', not 42"; exit 1; }

"$script" stop "$handle"
[[ ! -e "$cluster" ]] || { echo "FAIL: $cluster is left behind after stop"; exit 1; }
[[ ! -e "$handle" ]] || { echo "FAIL: $handle is left behind after stop"; exit 1; }
echo "PASS: a cluster under $(stat -c %a "$private") folder $private started, answered and was removed"
