#!/usr/bin/env bash
# Two portal nodes behind nginx on one PostgreSQL, without Docker, and what that set-up promises (issue 12):
#   1. a user signed in through node A continues on node B (sessions in PostgreSQL);
#   2. a scheduled job runs once, not once per node (ShedLock);
#   3. a rate limit counts the requests of both nodes together;
#   4. stopping a node (SIGTERM) under load loses no session and no request;
#   5. restarting PostgreSQL under load loses no answered write, and both nodes recover without a restart;
#   6. while PostgreSQL is stopped, pages answer 503 "系统暂时无法使用" within seconds and /actuator/health says DOWN.
# Each check prints PASS or FAIL; the script exits non-zero if any failed. Everything it starts lives in a temporary
# directory and is stopped and removed on exit (KEEP=1 keeps the directory, with the logs).
#
# Needs: a JDK, Debian's postgresql (15) and nginx(-light), python3, curl. Ports: PostgreSQL 55432, nodes 18081 and
# 18082, nginx 18088. The jar is built if absent. Run from anywhere: deploy/two-nodes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=55432
NODE_A=18081
NODE_B=18082
PROXY=18088
JAR=web-app/target/laborbrand.jar
USER_NAME=hrss.director          # a demo account (profile demo), display name 孙建国
USER_PASSWORD='Jilin#Brand2025'
client=(python3 "$repo/deploy/two-nodes-client.py")

started_at=$SECONDS
work=$(mktemp -d /tmp/two-nodes.XXXXXX)
chmod 755 "$work"
failures=0
declare -A node_pid=()
background=()

say() { printf '\n---- %s\n' "$*"; }
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
# check <description> <command...>: PASS when the command succeeds
check() {
  local what=$1; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

# PostgreSQL refuses to run as root: then it runs as the postgres account (the postgresql package creates it).
as_pg=()
if [[ $(id -u) -eq 0 ]]; then
  as_pg=(runuser -u postgres --)
fi
pg() { "${as_pg[@]}" "$PG_BIN/pg_ctl" -D "$work/pg" -l "$work/run/postgres.log" -w "$@" >/dev/null; }
psql_q() { "$PG_BIN/psql" -h "$work/run" -p "$PG_PORT" -U postgres -d laborbrand -v ON_ERROR_STOP=1 -qAt -c "$1"; }

cleanup() {
  local status=$?
  set +e
  for pid in "${background[@]}"; do kill "$pid" 2>/dev/null; done
  for node in "${!node_pid[@]}"; do kill "${node_pid[$node]}" 2>/dev/null; done
  for node in "${!node_pid[@]}"; do wait "${node_pid[$node]}" 2>/dev/null; done
  [[ -f $work/nginx/nginx.pid ]] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null
  [[ -f $work/pg/postmaster.pid ]] && pg stop -m fast
  if ((status != 0)) && [[ -d $work ]]; then
    for log in "$work"/node-*.log; do
      [[ -f $log ]] && { echo "== last lines of $log"; tail -n 25 "$log"; }
    done
  fi
  if [[ ${KEEP:-0} == 1 ]]; then echo "kept: $work"; else rm -rf "$work"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

secret() { python3 -c 'import secrets, sys; print(secrets.token_hex(16) if sys.argv[1] == "hex" else __import__("base64").b64encode(secrets.token_bytes(32)).decode())' "$1"; }
OWNER_PASSWORD=$(secret hex)
APP_PASSWORD=$(secret hex)
DATA_KEY=$(secret key)   # the same data key on both nodes: either decrypts what the other wrote

# ---------------------------------------------------------------------------------------------------------------
say "PostgreSQL 15 on port $PG_PORT ($work/pg)"
mkdir -p "$work/pg" "$work/run"
[[ ${#as_pg[@]} -gt 0 ]] && chown postgres: "$work/pg" "$work/run"
"${as_pg[@]}" "$PG_BIN/initdb" -D "$work/pg" -U postgres -E UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 >"$work/initdb.log"
printf "port = %s\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '%s'\n" "$PG_PORT" "$work/run" \
  >>"$work/pg/postgresql.conf"
pg start
# the roles and the database exactly as the db container gets them
PGHOST=$work/run PGPORT=$PG_PORT POSTGRES_USER=postgres LABORBRAND_OWNER_PASSWORD=$OWNER_PASSWORD \
  LABORBRAND_APP_PASSWORD=$APP_PASSWORD PATH="$PG_BIN:$PATH" sh deploy/db-init.sh

if [[ ! -f $JAR ]]; then
  say "building $JAR"
  ./mvnw -q -B -pl web-app -am package -DskipTests
fi

# start_node <name> <port> <profiles>: the jar with the settings of both nodes; the job of check 2 fires every 5 s
start_node() {
  local name=$1 port=$2 profiles=$3
  env SPRING_PROFILES_ACTIVE="$profiles" SERVER_PORT="$port" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/laborbrand" \
    SPRING_DATASOURCE_USERNAME=laborbrand_app SPRING_DATASOURCE_PASSWORD="$APP_PASSWORD" \
    SPRING_FLYWAY_USER=laborbrand_owner SPRING_FLYWAY_PASSWORD="$OWNER_PASSWORD" \
    LABORBRAND_DATA_KEY="$DATA_KEY" \
    LABORBRAND_GOVERNANCE_OVERDUE_CRON='*/5 * * * * *' \
    LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK_CORE=DEBUG \
    java -Xmx768m -jar "$repo/$JAR" >>"$work/node-$name.log" 2>&1 &
  node_pid[$name]=$!
}

# wait_ready <name> <port>: until /actuator/health answers UP (at most READY_TIMEOUT s, default 300: the first
# start migrates and creates the demo records, slow on a busy machine)
wait_ready() {
  local name=$1 port=$2 from=$SECONDS
  until [[ $(curl -fsS -m 5 "http://127.0.0.1:$port/actuator/health" 2>/dev/null) == *'"UP"'* ]]; do
    if ! kill -0 "${node_pid[$name]}" 2>/dev/null || ((SECONDS - from > ${READY_TIMEOUT:-300})); then
      echo "node $name did not start"; return 1
    fi
    sleep 1
  done
  echo "node $name ready on $port after $((SECONDS - from)) s"
}

# Node A applies the migrations and, with profile demo, creates the demo accounts and records (hrss.director among
# them). Node B starts once A is up, on the migrated database, without profile demo (the demo records are in the
# shared database already, and two nodes creating them at once would collide); otherwise the two are the same.
say "node A on $NODE_A (profile demo), node B on $NODE_B"
start_node A "$NODE_A" demo
from=$SECONDS
until grep -q 'Started LaborBrandApplication' "$work/node-A.log"; do
  if ! kill -0 "${node_pid[A]}" 2>/dev/null || ((SECONDS - from > ${READY_TIMEOUT:-300})); then
    echo "node A did not start"; exit 1
  fi
  sleep 1
done
start_node B "$NODE_B" ""
wait_ready A "$NODE_A"
wait_ready B "$NODE_B"

say "nginx on $PROXY with deploy/nginx.conf"
# deploy/nginx.conf itself (linked, not copied); beside it what differs from docker compose: the nodes and the port
mkdir -p "$work/nginx/laborbrand" "$work/nginx/logs"
ln -s "$repo/deploy/nginx.conf" "$work/nginx/nginx.conf"
printf 'server 127.0.0.1:%s;\nserver 127.0.0.1:%s;\n' "$NODE_A" "$NODE_B" >"$work/nginx/laborbrand/upstream.conf"
printf 'listen 127.0.0.1:%s;\n' "$PROXY" >"$work/nginx/laborbrand/listen.conf"
nginx_args=(-p "$work/nginx/" -c "$work/nginx/nginx.conf" -g "pid $work/nginx/nginx.pid; error_log $work/nginx/logs/error.log;")
/usr/sbin/nginx -t -q "${nginx_args[@]}"
/usr/sbin/nginx "${nginx_args[@]}"
for _ in $(seq 50); do curl -fsS -o /dev/null -m 5 "http://127.0.0.1:$PROXY/login" 2>/dev/null && break; sleep 0.2; done

# status <url> [cookie]: the HTTP status of a GET (000: no answer)
status() { curl -s -o /dev/null -m 15 -w '%{http_code}' ${2:+-b "SESSION=$2"} "$1" || true; }
signed_in_page() { # signed_in_page <port> <cookie>: the signed-in page answers as the signed-in user
  local page
  page=$(curl -s -m 15 -b "SESSION=$2" "http://127.0.0.1:$1/account/password" || true)
  [[ $page == *孙建国* ]]
}

# ---------------------------------------------------------------------------------------------------------------
say "1. a session started on node A continues on node B"
cookie=$("${client[@]}" signin "http://127.0.0.1:$NODE_A" "$USER_NAME" "$USER_PASSWORD")
code_b=$(status "http://127.0.0.1:$NODE_B/account/password" "$cookie")
echo "signed in on A as $USER_NAME; /account/password on B answered $code_b"
same_session_on_b() { [[ $code_b == 200 ]] && signed_in_page "$NODE_B" "$cookie"; }
check "1. signed in through node A, the same session is signed in on node B" same_session_on_b

# ---------------------------------------------------------------------------------------------------------------
say "3. the certificate check's limit (10 a minute per client) counts both nodes together"
verify="/public/certificates/verify?number=TWO-NODES-CHECK&name=%E6%A3%80%E6%9F%A5"
codes=()
for i in $(seq 12); do
  port=$([[ $((i % 2)) == 1 ]] && echo "$NODE_A" || echo "$NODE_B")
  codes+=("$(status "http://127.0.0.1:$port$verify")")
done
echo "12 checks, alternately on A and B: ${codes[*]}"
echo "rate_limit rows: $(psql_q "select bucket_key || ' hits=' || hits || ' refused=' || refused from rate_limit where bucket_key like 'certificate-verify:%' order by window_start" | tr '\n' ' ')"
expected="200 200 200 200 200 200 200 200 200 200 429 429"
check "3. the 11th and 12th checks are refused (429): 10 in total across A and B, not 10 per node" \
  test "${codes[*]}" == "$expected"

# ---------------------------------------------------------------------------------------------------------------
say "2. the overdue job (cron every 5 s on both nodes, ShedLock lockAtLeastFor 5 min) runs once per 5 minutes"
# let each node's schedule fire a few times while both are up
for _ in $(seq 20); do
  (( $(grep -c "Not executing 'governance.overdue'" "$work/node-B.log" || true) >= 2 )) && break
  sleep 1
done
# job_runs: when the job ran, on which node, and how often each node's schedule found it locked; succeeds when it
# ran, both nodes fired, and no two runs (on either node) lie closer than the lock's 5 minutes
job_runs() {
  python3 - "$work/node-A.log" "$work/node-B.log" <<'PY'
import datetime, sys
runs, skipped = [], {}
for log, node in zip(sys.argv[1:], "AB"):
    skipped[node] = 0
    for line in open(log, encoding="utf-8", errors="replace"):
        if "Locked 'governance.overdue'" in line:  # when a run took the lock (it logs "Overdue tasks" when done)
            runs.append((datetime.datetime.fromisoformat(line[:23]), node))
        elif "Not executing 'governance.overdue'" in line:
            skipped[node] += 1
runs.sort()
gaps = [(b[0] - a[0]).total_seconds() for a, b in zip(runs, runs[1:])]
print("runs:", ", ".join(f"{t:%H:%M:%S} on {n}" for t, n in runs) or "none",
      f"| firings that found it locked: A {skipped['A']}, B {skipped['B']}")
sys.exit(0 if runs and all(g >= 290 for g in gaps) and skipped["A"] and skipped["B"] else 1)
PY
}
echo "shedlock: $(psql_q "select name || ' locked ' || locked_at || ' until ' || lock_until from shedlock where name = 'governance.overdue'")"
check "2. the job fired every 5 s on both nodes and ran once per lock period (runs 5 min apart, on one node at a time)" job_runs

# ---------------------------------------------------------------------------------------------------------------
brand=$(psql_q "select id from labor_brand order by id limit 1")
writes=$work/answered-writes.txt
: >"$writes"

# under_load <stop-file>: signed-in page load (4 clients) and a writer (1 client) through nginx, in the background
under_load() {
  rm -f "$1"
  "${client[@]}" load "http://127.0.0.1:$PROXY" "$cookie" /account/password 4 "$1" >"$1.load" &
  background+=($!)
  "${client[@]}" write "http://127.0.0.1:$PROXY" "$cookie" "$brand" 1 "$1" "$writes" >"$1.write" &
  background+=($!)
}
finish_load() {
  touch "$1"
  for pid in "${background[@]}"; do wait "$pid" || echo "a load client failed (exit $?)"; done
  background=()
  echo "page load through nginx: $(cat "$1.load")"
  echo "writer through nginx:    $(cat "$1.write")"
}
# only_keys <json-file> <key...>: every request of the summary ended with one of these keys
only_keys() {
  python3 -c 'import json, sys; c = json.load(open(sys.argv[1])); sys.exit(0 if c and set(c) <= set(sys.argv[2:]) else 1)' "$@"
}

say "4. node B stops (SIGTERM) under load through nginx"
stop4=$work/stop4
under_load "$stop4"
sleep 4
kill -TERM "${node_pid[B]}"
stop_from=$SECONDS
wait "${node_pid[B]}" || true
echo "node B exited $((SECONDS - stop_from)) s after SIGTERM; its log: $(grep -o 'Commencing graceful shutdown.*\|Graceful shutdown complete' "$work/node-B.log" | tr '\n' ' ')"
sleep 3
finish_load "$stop4"
echo "nginx passed on to the other node: $(grep -c 'while connecting to upstream' "$work/nginx/logs/error.log" || true) requests"
nothing_lost4() { only_keys "$stop4.load" 200 && only_keys "$stop4.write" saved; }
check "4. no request through nginx failed while node B stopped: every page 200 (session kept), every write saved" nothing_lost4
check "4. node B shut down gracefully" grep -q 'Graceful shutdown complete' "$work/node-B.log"
check "4. the session still signed in on node A" signed_in_page "$NODE_A" "$cookie"

say "node B starts again"
start_node B "$NODE_B" ""
wait_ready B "$NODE_B"

# ---------------------------------------------------------------------------------------------------------------
say "5./6. PostgreSQL stops (immediate: as if it crashed) under load, then starts again"
stop5=$work/stop5
under_load "$stop5"
sleep 4
pg stop -m immediate
echo "PostgreSQL stopped"

say "6. while PostgreSQL is stopped"
# probe <label> <url> [cookie]: status, seconds, and whether the body is the 503 page / the health DOWN answer
probe_ok=1
probe() {
  local out code secs
  out=$(curl -s -m 20 -o "$work/probe.body" -w '%{http_code} %{time_total}' ${3:+-b "SESSION=$3"} "$2" || true)
  read -r code secs <<<"$out"
  echo "$1: $code in ${secs}s"
  if [[ $code != 503 ]] || ! awk -v s="$secs" 'BEGIN { exit !(s <= 8) }'; then probe_ok=0; fi
  if [[ $2 == */actuator/health ]]; then grep -q '"DOWN"' "$work/probe.body" || probe_ok=0
  else grep -q '系统暂时无法使用' "$work/probe.body" || probe_ok=0; fi
}
probe "A /login            " "http://127.0.0.1:$NODE_A/login"
probe "B /brands (signed in)" "http://127.0.0.1:$NODE_B/brands" "$cookie"
probe "nginx /account/password (signed in)" "http://127.0.0.1:$PROXY/account/password" "$cookie"
probe "A /actuator/health  " "http://127.0.0.1:$NODE_A/actuator/health"
probe "B /actuator/health  " "http://127.0.0.1:$NODE_B/actuator/health"
check "6. pages answer 503 系统暂时无法使用 and health DOWN (503), each within 8 s" test "$probe_ok" == 1

sleep 2
pg start
echo "PostgreSQL started again"
# let the writer save through both nodes again before it stops
saved_before=$(wc -l <"$writes")
for _ in $(seq 30); do (( $(wc -l <"$writes") >= saved_before + 20 )) && break; sleep 1; done
finish_load "$stop5"

answered=$(sort -u "$writes" | wc -l)
missing=$(psql_q "select title from media_coverage where title like 'two-nodes write %'" | sort -u | comm -23 <(sort -u "$writes") - | wc -l)
echo "writes answered as saved (checks 4 and 5): $answered; of them missing from the database: $missing"
check "5. every write answered as saved is in the database after the restart" test "$answered" -gt 0 -a "$missing" -eq 0
nothing_lost5() { only_keys "$stop5.load" 200 503 && only_keys "$stop5.write" saved 503; }
check "5. the session survived, no request saw a connection error (only 200 or 503)" nothing_lost5
for node in A B; do
  port=$([[ $node == A ]] && echo "$NODE_A" || echo "$NODE_B")
  health=$(curl -s -m 10 "http://127.0.0.1:$port/actuator/health" || true)
  echo "node $node, still the same process (pid ${node_pid[$node]}): health $health"
  recovered() { kill -0 "${node_pid[$node]}" && [[ $health == *'"UP"'* ]] && signed_in_page "$port" "$cookie"; }
  check "5. node $node recovered without a restart: health UP and the signed-in page" recovered
done

say "2. (again) the overdue job over the whole run"
check "2. over $((SECONDS - started_at)) s and a restart of node B, still once per lock period" job_runs

# ---------------------------------------------------------------------------------------------------------------
say "done in $((SECONDS - started_at)) s: $failures failed"
((failures == 0))
