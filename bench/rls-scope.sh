#!/usr/bin/env bash
# Issue 21's optional per-app scope, measured before it is built: what PostgreSQL row-level
# security on apps, accounts and profiles would cost a segment count over a million followers.
# A fresh database in a throwaway cluster gets wxops' schema and team, 1,000,000 profiles with an
# Official Account follower each (90 % subscribed) and 333,334 Mini Program users; a marketing
# login counts three segments without policies, with the policies but no scope of its own, and
# scoped to the Official Account.
#   bench/rls-scope.sh [CLUSTER_DIR] [PORT]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build="${WXOPS_BUILD_DIR:-$root/build}"
dir=${1:-/tmp/pgbench}
port=${2:-55500}
name=rlsbench
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

"$root/scripts/pg-test-cluster" start "$dir" "$port" >/dev/null
socket="$dir/socket"
psql=(psql -X -q -v ON_ERROR_STOP=1 -h "$socket" -p "$port" -U postgres)
"${psql[@]}" -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" postgres
url() { echo "postgresql://$1@:$port/$name?host=$socket"; }
wxops() { "$build/app/wxops" --database "$(url "$1")" "${@:2}"; }
wxops postgres team init >/dev/null
wxops postgres team add rls_member --role marketing >/dev/null
"${psql[@]}" "$name" <<'SQL'
SET synchronous_commit = off;
INSERT INTO apps (appid, kind, name, created_at, updated_at)
  VALUES ('wxoa1', 'oa', 'OA', 0, 0), ('wxmp1', 'mp', 'MP', 0, 0);
INSERT INTO profiles (id, created_at, updated_at) SELECT g, 0, 0 FROM generate_series(1, 1000000) g;
INSERT INTO accounts (profile_id, app_id, openid, subscribed)
  SELECT g, (SELECT id FROM apps WHERE appid = 'wxoa1'), 'o' || g, (g % 10 <> 0)::INT
  FROM generate_series(1, 1000000) g;
INSERT INTO accounts (profile_id, app_id, openid, subscribed)
  SELECT g, (SELECT id FROM apps WHERE appid = 'wxmp1'), 'm' || g, 0
  FROM generate_series(1, 1000000, 3) g;
VACUUM ANALYZE;
SQL
printf '%s\n' '{"account": {"kind": "oa", "subscribed": true}}' >"$work/oa.json"
printf '%s\n' '{"all": []}' >"$work/all.json"
printf '%s\n' '{"any": [{"account": {"kind": "mp"}}, {"account": {"kind": "oa", "subscribed": false}}]}' >"$work/mix.json"

# The best of three runs of each definition, as `segment count` times itself.
counts() {
  for d in oa all mix; do
    best=""
    for _ in 1 2 3; do
      line=$(wxops rls_member segment count --definition "$work/$d.json")
      t=$(sed -n 's/.*(\([0-9.]*\) s)$/\1/p' <<<"$line")
      if [[ -z $best ]] || awk "BEGIN{exit !($t < $best)}"; then best=$t; fi
    done
    printf '%s: %s (%s s)\n' "$d" "${line%% (*}" "$best"
  done
}
echo "== no policies"
counts
# The scope a member would have: the apps listed for their login, or every app when none is.
"${psql[@]}" "$name" <<'SQL'
CREATE TABLE team_app_scopes (login TEXT NOT NULL,
  app_id BIGINT NOT NULL REFERENCES apps(id) ON DELETE CASCADE, PRIMARY KEY (login, app_id));
GRANT SELECT ON team_app_scopes TO wxops_viewer, wxops_marketing, wxops_support, wxops_admin;
CREATE FUNCTION wxops_scoped_apps() RETURNS BIGINT[] LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN COUNT(*) = 0 THEN NULL ELSE array_agg(app_id) END
  FROM team_app_scopes WHERE login = session_user $$;
ALTER TABLE apps ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_scope ON apps USING ((SELECT wxops_scoped_apps()) IS NULL
  OR id = ANY ((SELECT wxops_scoped_apps())::BIGINT[]));
ALTER TABLE accounts ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_scope ON accounts USING ((SELECT wxops_scoped_apps()) IS NULL
  OR app_id = ANY ((SELECT wxops_scoped_apps())::BIGINT[]));
ALTER TABLE profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY app_scope ON profiles USING ((SELECT wxops_scoped_apps()) IS NULL
  OR EXISTS (SELECT 1 FROM accounts a WHERE a.profile_id = profiles.id));
SQL
echo "== policies, the member without a scope"
counts
"${psql[@]}" -c "INSERT INTO team_app_scopes SELECT 'rls_member', id FROM apps WHERE appid = 'wxoa1'" "$name"
echo "== policies, the member scoped to the Official Account"
counts
"${psql[@]}" -c "DROP DATABASE $name" postgres
