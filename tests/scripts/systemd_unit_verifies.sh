#!/usr/bin/env bash
# The shipped unit passes `systemd-analyze verify`, pointed at this build's binary (verify checks
# that ExecStart's program exists). Usage: systemd_unit_verifies.sh UNIT WXOPS_BINARY
set -euo pipefail
unit=$1
binary=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed "s#/usr/bin/wxops#${binary}#" "$unit" > "$work/wxops.service"
# User=wxops need not exist here: verify reports only what is wrong with the unit itself.
output=$(systemd-analyze verify --man=no "$work/wxops.service" 2>&1) || {
    echo "$output"
    exit 1
}
if [ -n "$output" ]; then
    echo "systemd-analyze verify found:"
    echo "$output"
    exit 1
fi
echo "wxops.service verifies"
