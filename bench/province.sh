#!/usr/bin/env bash
# The province-scale benchmark (see README.md in this folder).
#
#   bench/province.sh generate [small|province]   grow a demo database to that profile (once; minutes for province)
#   bench/province.sh pages    [small|province]   start the portal on it, load each key page with wrk, print the ratios
#   bench/province.sh serve    [small|province]   start the portal on it as `pages` does, print two signed-in session
#                                                   cookies and keep it running until interrupted (to profile a page)
#
# The database lives in bench/target/<profile>/pgdata (the portal's embedded PostgreSQL, its data key beside it), so
# nothing needs installing but wrk (Debian's package `wrk`). Settings: BENCH_DURATION (seconds a page, default 10),
# BENCH_CONNECTIONS (default 16), BENCH_PORT (default 18080), BENCH_DB_PORT (default 15433), BENCH_PAGES (a regular
# expression: only the pages whose label matches), BENCH_JAR (the portal to measure, default the one built),
# BENCH_WARMUP (seconds of load on each page before any is measured, default 4), BENCH_JAVA (the java to run it
# with), BENCH_JAVA_OPTIONS (default -Xmx1g), BENCH_AOT=1 (the production start of README's
# Operations section: Spring's ahead-of-time processing and the JVM's class cache, made once in bench/target/app),
# BENCH_PORTAL_ARGS (more arguments for the portal, e.g. --spring.thymeleaf.prefix=file:/some/templates/ to try
# template changes without a build).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
command=${1:-}
profile=${2:-small}
case "$profile" in small | province) ;; *) echo "profile: small or province" >&2; exit 2 ;; esac
dir=$root/bench/target/$profile
port=${BENCH_PORT:-18080}
db_port=${BENCH_DB_PORT:-15433}
duration=${BENCH_DURATION:-10}
connections=${BENCH_CONNECTIONS:-16}
password='Jilin#Brand2025'

generate() {
  mkdir -p "$dir"
  ./mvnw -q -B -pl web-app -am test -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ProvinceDataGenerator \
    -Dbench.profile="$profile" -Dbench.dir="$dir/pgdata" -Dbench.db-port="$db_port"
  cat "$dir/generated.txt"
}

app=$root/bench/target/app
portal_pid=
database_pid=
stop_portal() {
  local pid
  for pid in $portal_pid $database_pid; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid"
      wait "$pid" 2>/dev/null || true
    fi
  done
}

# The production shape (README, Operations): the database is already running when the portal starts, the portal
# runs with profile prod from the extracted jar. BENCH_AOT=1 adds what README's start-up section describes: Spring's
# ahead-of-time processing (-Dspring.aot.enabled=true; the build makes it) and the JVM's cache of classes (JDK 25 or
# later: an AOT cache; JDK 17: a CDS archive), made once by a training start and kept in bench/target/app.
start_portal() {
  local jar=${BENCH_JAR:-$root/web-app/target/laborbrand.jar}
  if [[ ! -f $jar ]]; then
    ./mvnw -q -B -pl web-app -am package -DskipTests
  fi
  [[ -d $dir/pgdata ]] || { echo "no database in $dir: run 'bench/province.sh generate $profile' first" >&2; exit 1; }
  local java=${BENCH_JAVA:-java} options version
  read -r -a options <<<"${BENCH_JAVA_OPTIONS:--Xmx1g}"
  if [[ ! -f $app/laborbrand.jar || $jar -nt $app/laborbrand.jar ]]; then
    rm -rf "$app" && "$java" -Djarmode=tools -jar "$jar" extract --destination "$app" >/dev/null
    [[ $(basename "$jar") == laborbrand.jar ]] || mv "$app/$(basename "$jar")" "$app/laborbrand.jar"
  fi
  trap stop_portal EXIT
  "$java" -cp "$app/lib/*" "$root/bench/BenchDatabase.java" "$dir/pgdata" "$db_port" >"$dir/database.log" 2>&1 &
  database_pid=$!
  until grep -q '^READY' "$dir/database.log"; do
    kill -0 "$database_pid" 2>/dev/null || { echo "PostgreSQL did not start; see $dir/database.log" >&2; exit 1; }
    sleep 0.2
  done
  local run=("$java" "${options[@]}")
  if [[ -n ${BENCH_AOT:-} ]]; then
    run+=(-Dspring.aot.enabled=true)
    version=$("$java" -XshowSettings:properties -version 2>&1 | awk '$1 == "java.specification.version" { print $3 }')
    # one cache for each java and set of options: a cache made with other ones is refused or slower
    local cache
    cache=$app/classes-$(printf '%s ' "${run[@]}" | md5sum | cut -c1-8)
    local use=(-XX:AOTCache="$cache.aot") make=(-XX:AOTCacheOutput="$cache.aot")
    if ((version < 25)); then
      use=(-XX:SharedArchiveFile="$cache.jsa") make=(-XX:ArchiveClassesAtExit="$cache.jsa")
    fi
    if [[ ! -f $cache.aot && ! -f $cache.jsa ]]; then
      (portal "${run[@]}" "${make[@]}" -Dspring.context.exit=onRefresh) >"$dir/aot-training.log" 2>&1 \
        || { echo "the training start failed; see $dir/aot-training.log" >&2; exit 1; }
    fi
    run+=("${use[@]}")
  fi
  local started
  started=$(date +%s%N)
  portal "${run[@]}" >"$dir/portal.log" 2>&1 &
  portal_pid=$!
  until curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do
    kill -0 "$portal_pid" 2>/dev/null || { echo "the portal stopped; see $dir/portal.log" >&2; exit 1; }
    sleep 0.1
  done
  ready_seconds=$(awk -v a="$started" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  spring_seconds=$(grep -o 'Started LaborBrandApplication in [0-9.]* seconds' "$dir/portal.log" | grep -o '[0-9.]*' | head -n 1)
}

# portal JAVA OPTIONS...: the portal on the bench database, profile prod (session cookies without Secure: plain HTTP);
# it replaces the shell it runs in, so call it in a subshell or in the background
portal() {
  SPRING_PROFILES_ACTIVE=prod LABORBRAND_DATA_KEY=$(cat "$dir/pgdata.key") exec "$@" -jar "$app/laborbrand.jar" \
    --server.port="$port" --server.servlet.session.cookie.secure=false \
    --spring.datasource.url="jdbc:postgresql://localhost:$db_port/laborbrand" \
    --spring.datasource.username=laborbrand_app --spring.datasource.password= \
    --spring.flyway.user=laborbrand_owner --spring.flyway.password= ${BENCH_PORTAL_ARGS:-}
}

# sign_in USER: prints the session cookie's value
sign_in() {
  local jar token
  jar=$(mktemp)
  token=$(curl -fs -c "$jar" -b "$jar" "http://localhost:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//; s/"$//')
  curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" --data-urlencode "password=$password" \
    --data-urlencode "_csrf=$token" "http://localhost:$port/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
  rm -f "$jar"
}

# first_link SESSION PATH PREFIX: the first link on PATH to PREFIX<number>
first_link() {
  curl -fs -H "Cookie: SESSION=$1" "http://localhost:$port$2" | grep -o "href=\"$3[0-9]*\"" | head -n 1 | sed 's/href="//; s/"$//'
}

results=()
# measure LABEL SESSION PATH: the time of one request alone (median of 5), then wrk's requests a second and 99th
# percentile for PATH under load, after a short warm-up; then a pause, so that one page's backlog does not slow the next
measure() {
  local label=$1 session=$2 path=$3 status out rps p99 errors alone
  [[ -n ${BENCH_PAGES:-} && ! $label =~ $BENCH_PAGES ]] && return
  if [[ $phase == warm-up ]]; then
    [[ -n $path ]] && wrk -t2 -c"$connections" -d"${warmup}s" --timeout 10s -H "Cookie: SESSION=$session" "http://localhost:$port$path" >/dev/null
    return
  fi
  if [[ -z $path ]]; then
    results+=("$label|-|-|-|no such record")
    return
  fi
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: SESSION=$session" "http://localhost:$port$path")
  if [[ $status != 200 ]]; then
    results+=("$label $path|-|-|-|HTTP $status")
    return
  fi
  alone=$(for _ in 1 2 3 4 5; do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: SESSION=$session" "http://localhost:$port$path"
  done | sort -n | sed -n 3p | awk '{ printf "%.0f ms", $1 * 1000 }')
  wrk -t2 -c"$connections" -d3s --timeout 10s -H "Cookie: SESSION=$session" "http://localhost:$port$path" >/dev/null
  out=$(wrk -t2 -c"$connections" -d"${duration}s" --timeout 10s --latency -H "Cookie: SESSION=$session" "http://localhost:$port$path")
  rps=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out")
  errors=$(awk '/Non-2xx or 3xx responses:/ { print $5 } /Socket errors:/ { print "socket" }' <<<"$out" | paste -sd, -)
  results+=("$label $path|$rps|$p99|$alone|${errors:+errors $errors}")
  sleep 2
}

phase=measure
warmup=${BENCH_WARMUP:-4}
each_page() {
  measure "trivial page" "$province" /account/password
  measure "static file" "$province" /css/portal.css
  measure "home" "$province" /
  measure "brands" "$province" /brands
  measure "brands, filtered" "$province" "/brands?level=PROVINCIAL"
  measure "brands, deep" "$province" "/brands?page=15"
  measure "brand" "$province" "$brand"
  measure "applications" "$province" /brand-applications
  measure "application" "$province" "$application"
  measure "bases" "$province" /bases
  measure "base" "$province" "$base"
  measure "courses" "$province" /training/courses
  measure "courses, deep" "$province" "/training/courses?page=500"
  measure "course" "$province" "$course"
  measure "certificates" "$province" /training/certificates
  measure "certificates, deep" "$province" "/training/certificates?page=1000"
  measure "subsidy claims" "$province" /subsidies/claims
  measure "subsidy claims, deep" "$province" "/subsidies/claims?page=1000"
  measure "subsidy claim" "$province" "$claim"
  measure "budget execution" "$province" /subsidies/budgets/execution
  measure "public subsidies" "$province" /public/subsidies
  measure "targets" "$province" /targets
  measure "plan" "$province" /plan
  measure "tasks" "$province" /tasks
  measure "partner training" "$province" /partner/training
  measure "partner training, filtered" "$province" "/partner/training?year=2026&region=220100"
  measure "partner priority groups" "$province" /partner/priority-groups
  measure "audit log" "$auditor" /admin/audit
  measure "audit log, deep" "$auditor" "/admin/audit?page=1000"
}

pages() {
  command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
  start_portal
  local province auditor brand application base course certificate claim
  province=$(sign_in hrss.director)
  auditor=$(sign_in auditor)
  [[ -n $province && -n $auditor ]] || { echo "could not sign in" >&2; exit 1; }
  brand=$(first_link "$province" /brands /brands/)
  application=$(first_link "$province" /brand-applications /brand-applications/)
  base=$(first_link "$province" /bases /bases/)
  course=$(first_link "$province" /training/courses /training/courses/)
  claim=$(first_link "$province" /subsidies/claims /subsidies/claims/)

  # every page once first, so that the JIT has compiled the code they share before any is measured (a running
  # portal is warm; measured cold, the first pages would pay for the others)
  for phase in warm-up measure; do
    each_page
  done
  stop_portal

  report
}

serve() {
  start_portal
  echo "portal on http://localhost:$port (pid $portal_pid, log $dir/portal.log), started in ${ready_seconds} s"
  echo "Cookie: SESSION=$(sign_in hrss.director)   (hrss.director, province)"
  echo "Cookie: SESSION=$(sign_in auditor)   (auditor)"
  echo "for example: wrk -t2 -c16 -d10s -H 'Cookie: SESSION=…' http://localhost:$port/brands; jcmd $portal_pid JFR.start"
  wait "$portal_pid"
}

# report: the table, each page's ratio to the trivial page, and the targets of issue 12
report() {
  local trivial static line label rps p99 alone note ratio verdict failed=0
  trivial=$(printf '%s\n' "${results[@]}" | awk -F'|' '$1 ~ /^trivial page/ { print $2 }')
  static=$(printf '%s\n' "${results[@]}" | awk -F'|' '$1 ~ /^static file/ { print $2 }')
  {
    echo "profile $profile, $connections connections, ${duration} s a page, $(nproc) cores; start to ready ${ready_seconds} s (Spring: ${spring_seconds:-?} s)"
    echo
    echo "| page | alone | req/s | p99 | vs. trivial page | target |"
    echo "|---|---|---|---|---|---|"
    for line in "${results[@]}"; do
      IFS='|' read -r label rps p99 alone note <<<"$line"
      ratio=-
      verdict=${note:-}
      if [[ $rps != - && -n $trivial ]]; then
        ratio=$(awk -v a="$rps" -v b="$trivial" 'BEGIN { printf "%.2f", a / b }')
        if [[ $label == "trivial page"* ]]; then
          verdict=$(awk -v a="$rps" -v s="$static" 'BEGIN { print (a >= 0.3 * s ? "met (≥ 0.30 of static: " sprintf("%.2f", a / s) ")" : "NOT MET (" sprintf("%.2f", a / s) " of static)") }')
        elif [[ $label != "static file"* ]]; then
          verdict=$(awk -v r="$ratio" -v p="$p99" 'BEGIN {
            ms = p + 0; if (p ~ /us$/) ms = ms / 1000; else if (p ~ /ms$/) ms = ms; else if (p ~ /s$/) ms = ms * 1000;
            print (r >= 0.5 && ms <= 150 ? "met" : "NOT MET") }')
        fi
      fi
      [[ -n $note && $verdict != "$note" ]] && verdict="$verdict; $note"
      echo "| $label | $alone | $rps | $p99 | $ratio | $verdict |"
    done
  } | tee "$dir/pages.md"
  # (the table is written in a pipeline, whose variables do not outlive it: its verdicts are read back)
  grep -q 'NOT MET\|HTTP [0-9]\|errors \|no such record' "$dir/pages.md" && failed=1
  awk -v s="${ready_seconds:-99}" 'BEGIN { exit !(s > 10) }' && failed=1 && echo "start to ready above 10 s"
  return $failed
}

case "$command" in
  generate) generate ;;
  pages) pages ;;
  serve) serve ;;
  *) echo "usage: bench/province.sh generate|pages|serve [small|province]" >&2; exit 2 ;;
esac
