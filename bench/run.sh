#!/usr/bin/env bash
# The CRM benchmark, in one run on this machine (see BENCHMARKS.md). Run by hand, never by `./mvnw verify`:
#
#   bench/run.sh                          # 1,000,000 contacts (and 10,000 organizations, 20,000 projects,
#                                         # 200,000 tasks), 32 connections
#   BENCH_CONNECTIONS="8 32 64" bench/run.sh
#
# It starts the app (web/target/crm.jar) against the PostgreSQL server on 127.0.0.1:5432 (database crm_bench),
# loads sample organizations, projects, tasks and contacts into a bench account for each kind it holds fewer of than
# BENCH_ORGANIZATIONS, BENCH_PROJECTS, BENCH_TASKS, BENCH_CONTACTS, then measures and prints:
# REST create throughput (wrk) next to raw PostgreSQL insert TPS (pgbench) on the same server and client count,
# list/search latency over the loaded contacts, projection lag, the app's heap and CPU, and a JFR profile of the
# create path. Raw outputs and summary.md go to bench/results/<timestamp>/. All traffic goes to 127.0.0.1; every
# loop is bounded in count and time; everything this script starts, it stops.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

# ---- settings (environment variables) ---------------------------------------------------------------------------
CONTACTS=${BENCH_CONTACTS:-1000000}          # sample contacts the bench account should hold (0: load none)
ORGANIZATIONS=${BENCH_ORGANIZATIONS:-10000}  # sample organizations it should hold (0: load none)
PROJECTS=${BENCH_PROJECTS:-20000}            # sample projects it should hold (0: load none)
TASKS=${BENCH_TASKS:-200000}                 # sample tasks it should hold (0: load none; needs BENCH_PROJECTS > 0)
CONNECTIONS=${BENCH_CONNECTIONS:-32}         # wrk connections = pgbench clients, one or more ("8 32 64")
DURATION=${BENCH_DURATION:-30}               # seconds per throughput measurement
GET_CONNECTIONS=${BENCH_GET_CONNECTIONS:-8}  # connections for the read-latency runs
GET_DURATION=${BENCH_GET_DURATION:-20}       # seconds per read-latency measurement
WARMUP=${BENCH_WARMUP:-60}                   # seconds of create + read traffic before measuring (JIT)
PAGE_SIZE=${BENCH_PAGE_SIZE:-200}
DEEP_PAGE=${BENCH_DEEP_PAGE:-5000}
LAG_SAMPLES=${BENCH_LAG_SAMPLES:-200}        # POST-then-GET round trips for the projection-lag check
LAG_SEARCHES=${BENCH_LAG_SEARCHES:-20}       # of those, how many also search for the new contact (q=unique word)
PROFILE_SECONDS=${BENCH_PROFILE_SECONDS:-30}
PROFILE_CONNECTIONS=${BENCH_PROFILE_CONNECTIONS:-32}
WALK_SECONDS=${BENCH_WALK_SECONDS:-300}      # time limit for walking the pages one after another
PHASES=${BENCH_PHASES:-create reads lag profile}
PORT=${BENCH_PORT:-18080}
DB=${BENCH_DB:-crm_bench}
PG_HOST=127.0.0.1
PG_PORT=5432
POOL_SIZE=${BENCH_POOL_SIZE:-20}             # the app's default (CRM_DB_POOL_SIZE)
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms1g -Xmx2g}
LOADER_THREADS=${BENCH_LOADER_THREADS:-2}
LOADER_BATCH=${BENCH_LOADER_BATCH:-1000}
APP_ARGS=${BENCH_APP_ARGS:-}                 # extra Spring arguments for the app, e.g. to try a setting
JDBC_PARAMS=${BENCH_JDBC_PARAMS:-}           # appended to the app's JDBC URL, e.g. "options=-c%20synchronous_commit=off"
BENCH_EMAIL=bench@example.com
BENCH_PASSWORD='bench passphrase, not a secret'
JAR=$ROOT/web/target/crm.jar
OUT=${BENCH_OUT:-$ROOT/bench/results/$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT"
BASE=http://127.0.0.1:$PORT
SUMMARY=$OUT/summary.md
if ((TASKS > 0 && PROJECTS == 0)); then
  echo "BENCH_TASKS=$TASKS needs BENCH_PROJECTS > 0: sample tasks belong to sample projects loaded with them" >&2; exit 1
fi

log() { printf '\n== %s ==\n' "$*" >&2; }
say() { printf '%s\n' "$*" | tee -a "$SUMMARY"; }

# ---- tools ------------------------------------------------------------------------------------------------------
need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
command -v pidstat >/dev/null || need_apt+=(sysstat)
command -v jq >/dev/null || need_apt+=(jq)
if ((${#need_apt[@]})); then
  log "installing ${need_apt[*]} (Debian packages)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi
for tool in curl psql pgbench java jcmd jstat jfr; do
  command -v $tool >/dev/null || { echo "missing $tool" >&2; exit 1; }
done

# ---- PostgreSQL ---------------------------------------------------------------------------------------------------
PSQL=(psql -h $PG_HOST -p $PG_PORT -U postgres -v ON_ERROR_STOP=1 -qAt)
if ! "${PSQL[@]}" -d postgres -c 'select 1' >/dev/null 2>&1; then
  log "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
  sleep 2
fi
"${PSQL[@]}" -d postgres -c "select 1 from pg_database where datname = '$DB'" | grep -q 1 \
  || "${PSQL[@]}" -d postgres -c "create database $DB"

# ---- everything started here is stopped on exit (by pid) ---------------------------------------------------------
APP_PID=
MONITOR_PIDS=()
cleanup() {
  for pid in "${MONITOR_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -n $APP_PID ]] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; for _ in $(seq 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# ---- the app ------------------------------------------------------------------------------------------------------
if [[ ! -f $JAR || ${BENCH_BUILD:-0} == 1 ]]; then
  log "building $JAR"
  ./mvnw -B -o -q -pl web -am package -DskipTests
fi
export CRM_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$DB${JDBC_PARAMS:+?$JDBC_PARAMS}"
export CRM_DB_OWNER_USER=postgres CRM_DB_OWNER_PASSWORD=
# trust authentication on 127.0.0.1: the password is required by the configuration, not checked by the server
export CRM_DB_APP_PASSWORD=${CRM_DB_APP_PASSWORD:-bench-only-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')}
export CRM_JWT_SECRET=${CRM_JWT_SECRET:-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}
export CRM_DB_POOL_SIZE=$POOL_SIZE CRM_ACCESS_TOKEN_LIFETIME=PT3H AXONIQ_UPDATE_CHECKER_DISABLED=true

start_app() {
  log "starting the app on port $PORT"
  # shellcheck disable=SC2086
  PORT=$PORT java $JAVA_OPTS -XX:FlightRecorderOptions:stackdepth=256 -jar "$JAR" $APP_ARGS >"$OUT/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 180); do
    curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$OUT/app.log" >&2; exit 1; }
    sleep 1
  done
  echo "the app did not become healthy in 180 s" >&2; exit 1
}

login() {
  curl -s -o /dev/null -X POST "$BASE/api/auth/register" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\",\"name\":\"Bench User\"}" || true
  TOKEN=$(curl -sf -X POST "$BASE/api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$BENCH_EMAIL\",\"password\":\"$BENCH_PASSWORD\"}" | jq -r .accessToken)
  [[ -n $TOKEN && $TOKEN != null ]] || { echo "login failed" >&2; exit 1; }
  export BENCH_TOKEN=$TOKEN
  USER_ID=$(curl -sf "$BASE/api/me" -H "Authorization: Bearer $TOKEN" | jq -r .id)
}

# records of a read-model table the bench user owns (superuser: row-level security does not hide rows from it)
record_count() { "${PSQL[@]}" -d "$DB" -c "select count(*) from $1 where owner_id = '$USER_ID'"; }
contact_count() { record_count contact; }

# ---- measuring helpers --------------------------------------------------------------------------------------------
# CPU use by group during a measurement, from pidstat's per-second samples: in cores (1.00 = one core busy).
cpu_start() { pidstat -u -h -H 1 "$1" >"$OUT/cpu-$2.txt" 2>/dev/null & CPU_PID=$!; MONITOR_PIDS+=($CPU_PID); }
cpu_report() {
  wait "$CPU_PID" 2>/dev/null || true
  awk -v app="$APP_PID" '
    $1 ~ /^[0-9]+$/ && NF >= 10 { t[$1]=1; pct=$8; cmd=$10;
      if ($3 == app) a[$1]+=pct; else if (cmd ~ /^postgres/) p[$1]+=pct;
      else if (cmd ~ /^(wrk|pgbench)$/) l[$1]+=pct; else o[$1]+=pct }
    END { n=0; for (k in t) { n++; A+=a[k]; P+=p[k]; L+=l[k]; O+=o[k] }
      if (n == 0) { print "cpu: no samples"; exit }
      printf "app %.2f, postgres %.2f, load generator %.2f, other processes %.2f cores (of %d)\n",
        A/n/100, P/n/100, L/n/100, O/n/100, '"$(nproc)"' }' "$OUT/cpu-$1.txt"
}
# wrk's figures: requests/s, p50, p99 (ms), non-2xx count
wrk_figures() {
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps=$2 } $1=="50%" { p50=ms($2) } $1=="99%" { p99=ms($2) }
    /Non-2xx/ { bad+=$NF } /Socket errors/ { for (i = 3; i <= NF; i += 2) bad += $(i+1) } /requests in/ { total=$1 }
    END { printf "%.1f %.1f %.1f %d %d\n", rps, p50, p99, bad, total }' "$1"
}
db_stats() { "${PSQL[@]}" -d "$DB" -c "select xact_commit, tup_inserted from pg_stat_database where datname = '$DB'"; }

# ---- machine ----------------------------------------------------------------------------------------------------
: >"$SUMMARY"
say "# CRM benchmark run $(date -u +%Y-%m-%dT%H:%M:%SZ)"
say ""
say "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/{print $2}') GB RAM, $(uname -sr)"
say "- PostgreSQL: $("${PSQL[@]}" -d postgres -c 'show server_version') on $PG_HOST:$PG_PORT, synchronous_commit=$("${PSQL[@]}" -d postgres -c 'show synchronous_commit'), shared_buffers=$("${PSQL[@]}" -d postgres -c 'show shared_buffers'), fsync=$("${PSQL[@]}" -d postgres -c 'show fsync')"
say "- app: $(java -version 2>&1 | head -1), JAVA_OPTS '$JAVA_OPTS', pool $POOL_SIZE connections${APP_ARGS:+, args '$APP_ARGS'}${JDBC_PARAMS:+, JDBC URL parameters '$JDBC_PARAMS'}"
say "- commit: $(git rev-parse --short HEAD)$(git diff --quiet || echo ' (with local changes)')"
say "- load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

start_app
login
# heap (jstat, every 5 s) and memory/CPU (pidstat, every 5 s) of the app for the whole run, bounded to 2 hours
jstat -gc "$APP_PID" 5000 1440 >"$OUT/jstat.txt" 2>&1 & MONITOR_PIDS+=($!)
pidstat -u -r -h -H -p "$APP_PID" 5 1440 >"$OUT/pidstat-app.txt" 2>&1 & MONITOR_PIDS+=($!)

# ---- sample data ------------------------------------------------------------------------------------------------
# Each kind is loaded if the account holds fewer than asked for, the missing number, all kinds in one loader run
# (organizations, projects, tasks, contacts, in that order). Tasks belong to projects of the same run: if tasks are
# missing but projects are not, new projects are loaded for them, in the BENCH_PROJECTS : BENCH_TASKS proportion.
LOAD_KINDS=(organizations projects tasks contacts)
declare -A LOAD_TABLE=([organizations]=organization [projects]=project [tasks]=task [contacts]=contact)
declare -A WANTED=([organizations]=$ORGANIZATIONS [projects]=$PROJECTS [tasks]=$TASKS [contacts]=$CONTACTS)
declare -A HAVE MISSING
LOAD_ARGS=()
for kind in "${LOAD_KINDS[@]}"; do
  HAVE[$kind]=$(record_count "${LOAD_TABLE[$kind]}")
  MISSING[$kind]=$((WANTED[$kind] > HAVE[$kind] ? WANTED[$kind] - HAVE[$kind] : 0))
done
if ((MISSING[tasks] > 0 && MISSING[projects] == 0)); then
  MISSING[projects]=$(((MISSING[tasks] * PROJECTS + TASKS - 1) / TASKS))
  log "the account holds enough projects but too few tasks: loading ${MISSING[projects]} more projects for the tasks"
fi
for kind in "${LOAD_KINDS[@]}"; do
  if ((MISSING[$kind] > 0)); then LOAD_ARGS+=("--crm.sample-data.$kind=${MISSING[$kind]}"); fi
done
holdings() { local kind; for kind in "${LOAD_KINDS[@]}"; do printf '%s %s, ' "$(record_count "${LOAD_TABLE[$kind]}")" "$kind"; done; }
if ((${#LOAD_ARGS[@]})); then
  log "loading sample data into $BENCH_EMAIL (holds $(holdings | sed 's/, $//')): ${LOAD_ARGS[*]}"
  started=$(date +%s)
  PORT=0 java $JAVA_OPTS -jar "$JAR" --crm.sample-data.owner=$BENCH_EMAIL "${LOAD_ARGS[@]}" \
    --crm.sample-data.threads=$LOADER_THREADS --crm.sample-data.batch-size=$LOADER_BATCH >"$OUT/loader.log" 2>&1
  took=$(($(date +%s) - started))
  grep -E 'BulkEventLoader|SampleDataCommand' "$OUT/loader.log" | sed 's/.*: //' >&2 || true
  # one line per kind: "Sample data loaded: 10000 organizations in 12.3 s (812 events/s)"
  rates=$(grep -o 'Sample data loaded: [0-9]* [a-z]* in [0-9.]* s ([0-9]* events/s)' "$OUT/loader.log" \
    | sed 's/Sample data loaded: //' | paste -sd ';' - | sed 's/;/; /g')
  log "VACUUM ANALYZE after the load"
  vacuum=()
  for kind in "${LOAD_KINDS[@]}"; do
    if ((MISSING[$kind] > 0)); then vacuum+=(-c "vacuum analyze ${LOAD_TABLE[$kind]}"); fi
  done
  "${PSQL[@]}" -d "$DB" "${vacuum[@]}" -c "vacuum analyze audit_entry" -c "vacuum analyze audit_state" \
    -c "vacuum analyze domain_event_entry"
  LOAD_LINE="loaded ${rates:-?}; $took s including the loader's start and stop (threads $LOADER_THREADS, batch $LOADER_BATCH)"
else
  LOAD_LINE="no load needed: the account already holds $(holdings | sed 's/, $//')"
fi
say "- sample data: $LOAD_LINE"
say "- in the bench account at the start: $(holdings)events in the store: $("${PSQL[@]}" -d "$DB" -c 'select count(*) from domain_event_entry')"

# ---- warm-up ----------------------------------------------------------------------------------------------------
log "warm-up: ${WARMUP}s of creates and reads"
wrk --timeout 30s -t2 -c16 -d$((WARMUP * 2 / 3))s -s bench/lua/post-contacts.lua "$BASE" >"$OUT/warmup-post.txt" 2>&1
BENCH_PATH="/api/contacts?limit=50" wrk --timeout 30s -t2 -c8 -d$((WARMUP / 3))s -s bench/lua/get.lua "$BASE" >"$OUT/warmup-get.txt" 2>&1

# ---- creates: REST vs pgbench -----------------------------------------------------------------------------------
if [[ " $PHASES " == *" create "* ]]; then
"${PSQL[@]}" -d "$DB" -c "create table if not exists bench_scratch (id bigserial primary key, payload text not null, created_at timestamptz not null default now())"
say ""
say "## Create throughput: POST /api/contacts (wrk) vs one-row INSERT (pgbench), same server, ${DURATION}s each"
say ""
say "| connections | REST creates/s | p50 ms | p99 ms | errors | pgbench inserts/s | ratio | a create's SQL alone (pgbench) tx/s | REST / SQL alone | CPU during REST run |"
say "|---|---|---|---|---|---|---|---|---|---|"
for c in $CONNECTIONS; do
  log "pgbench: $c clients, ${DURATION}s"
  cpu_start "$DURATION" "pgbench-$c"
  pgbench -h $PG_HOST -p $PG_PORT -U postgres -n -c "$c" -j 2 -T "$DURATION" -f bench/sql/insert.sql "$DB" \
    >"$OUT/pgbench-$c.txt" 2>&1
  pg_cpu=$(cpu_report "pgbench-$c")
  tps=$(awk '/^tps/ { printf "%.0f", $3 }' "$OUT/pgbench-$c.txt")

  log "wrk POST /api/contacts: $c connections, ${DURATION}s"
  before=$(db_stats)
  # lag sampler: once a second, the newest event in the store and its contact's version in the read model,
  # read in one snapshot (superuser: row-level security does not hide rows from it)
  ( for _ in $(seq "$DURATION"); do
      "${PSQL[@]}" -d "$DB" -F' ' -c "select e.global_index, e.sequence_number + 1, coalesce(c.version, -1)
        from (select global_index, aggregate_identifier, sequence_number from domain_event_entry
              order by global_index desc limit 1) e left join contact c on c.id = e.aggregate_identifier::uuid"
      sleep 1
    done >"$OUT/lag-samples-$c.txt" 2>&1 ) &
  LAG_PID=$!; MONITOR_PIDS+=($LAG_PID)
  cpu_start "$DURATION" "post-$c"
  wrk --timeout 30s -t2 -c"$c" -d"${DURATION}s" --latency -s bench/lua/post-contacts.lua "$BASE" >"$OUT/wrk-post-$c.txt" 2>&1
  cpu=$(cpu_report "post-$c")
  wait "$LAG_PID" 2>/dev/null || true
  after=$(db_stats)
  read -r rps p50 p99 bad total < <(wrk_figures "$OUT/wrk-post-$c.txt")
  ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.1f %%", 100*a/b }')

  # the ceiling the data model sets: the same statements as one create, replayed without the application,
  # as the application role (row-level security applies), into the bench account
  log "pgbench replaying one create's SQL: $c clients, ${DURATION}s"
  pgbench -h $PG_HOST -p $PG_PORT -U "${CRM_DB_APP_USER:-crm_app}" -n -c "$c" -j 2 -T "$DURATION" \
    -M prepared -D owner="$USER_ID" -f bench/sql/create-db-work.sql "$DB" >"$OUT/pgbench-create-sql-$c.txt" 2>&1 || true
  sql_tps=$(awk '/^tps/ { printf "%.0f", $3 }' "$OUT/pgbench-create-sql-$c.txt")
  sql_ratio=$(awk -v a="$rps" -v b="$sql_tps" 'BEGIN { if (b > 0) printf "%.0f %%", 100*a/b; else print "—" }')
  say "| $c | $rps | $p50 | $p99 | $bad | $tps | $ratio | ${sql_tps:-failed} | $sql_ratio | ${cpu%% (*} |"
  echo "pgbench run, CPU: $pg_cpu" >>"$OUT/notes.txt"
  read -r x0 i0 <<<"${before//|/ }"; read -r x1 i1 <<<"${after//|/ }"
  echo "POST c=$c: $total requests, $(awk -v t="$total" -v x=$((x1 - x0)) -v i=$((i1 - i0)) \
    'BEGIN { printf "%.2f committed transactions and %.2f inserted rows per request", x/t, i/t }')" >>"$OUT/notes.txt"
  lagging=$(awk '$2 != $3' "$OUT/lag-samples-$c.txt" | wc -l)
  echo "lag samples c=$c: $(wc -l <"$OUT/lag-samples-$c.txt") taken, $lagging where the newest event's version was not in the read model" >>"$OUT/notes.txt"
done
say ""
say "CPU (cores) during the pgbench runs and per-request database work:"
say ""
sed 's/^/    /' "$OUT/notes.txt" | tee -a "$SUMMARY" >/dev/null
: >"$OUT/notes.txt"
fi

# ---- reads over the loaded contacts -----------------------------------------------------------------------------
# The cursor that fetches page N starts after row (N-1)*PAGE_SIZE of the sort order. It is computed here from the
# table (as superuser) in the list's own encoding — base64url of "<sort>\n<id>\n<value>", see projections'
# Cursor — so the deep page can be measured without walking to it; the walk below shows how latency grows on the way.
deep_cursor() { # $1 sort as the API names it, $2 its SQL expression
  local offset=$(((DEEP_PAGE - 1) * PAGE_SIZE - 1)) order="asc" row
  [[ $1 == -* ]] && order="desc"
  row=$("${PSQL[@]}" -d "$DB" -F$'\t' -c "select id, ($2)::text from contact where owner_id = '$USER_ID'
    order by $2 $order, id $order offset $offset limit 1")
  [[ -n $row ]] || return 0
  printf '%s\n%s\n%s' "$1" "${row%%$'\t'*}" "${row#*$'\t'}" | base64 -w0 | tr '+/' '-_' | tr -d '='
}
if [[ " $PHASES " == *" reads "* ]]; then
  log "walking up to $DEEP_PAGE pages of $PAGE_SIZE, one after another (bounded to $WALK_SECONDS s)"
  export BENCH_PAGE_SIZE=$PAGE_SIZE BENCH_DEEP_PAGE=$DEEP_PAGE BENCH_CURSOR_FILE=$OUT/walk-cursor.txt
  wrk --timeout 30s -t1 -c1 -d"${WALK_SECONDS}s" --latency -s bench/lua/walk-pages.lua "$BASE" >"$OUT/wrk-walk.txt" 2>&1
  [[ -s $OUT/walk-cursor.txt ]] || printf '\n1\nno page walked\n' >"$OUT/walk-cursor.txt"
  walk_page=$(sed -n 2p "$OUT/walk-cursor.txt"); walk_reason=$(sed -n 3p "$OUT/walk-cursor.txt")
  read -r _ walk50 walk99 _ walked < <(wrk_figures "$OUT/wrk-walk.txt")

  name_cursor=$(deep_cursor name "coalesce(lower(name), '')")
  updated_cursor=$(deep_cursor -updatedAt "updated_at")
  common_q=${BENCH_Q_COMMON:-smith}
  rare_q=${BENCH_Q_RARE:-$("${PSQL[@]}" -d "$DB" -c "select split_part(email, '@', 1) from contact
    where owner_id = '$USER_ID' and email ~ '[0-9]@' offset 1000 limit 1")}
  say ""
  say "## Reads over $(contact_count) contacts: $GET_CONNECTIONS connections, ${GET_DURATION}s each"
  say ""
  say "| request | requests/s | p50 ms | p99 ms | errors |"
  say "|---|---|---|---|---|"
  say "| walk from page 1, one connection, following nextCursor: reached page $walk_page of $PAGE_SIZE in $walked requests ($walk_reason) | — | $walk50 | $walk99 | — |"
  READ_NAMES=("first page, limit 50" "first page, limit $PAGE_SIZE" "page $DEEP_PAGE of $PAGE_SIZE by name (default sort)"
    "page $DEEP_PAGE of $PAGE_SIZE by -updatedAt" "q=$common_q (common word), limit 50"
    "q=$rare_q (one or a few matches), limit 50" "first page by -updatedAt, limit 50")
  READ_PATHS=("/api/contacts?limit=50" "/api/contacts?limit=$PAGE_SIZE" "/api/contacts?limit=$PAGE_SIZE&cursor=$name_cursor"
    "/api/contacts?limit=$PAGE_SIZE&sort=-updatedAt&cursor=$updated_cursor" "/api/contacts?limit=50&q=$common_q"
    "/api/contacts?limit=50&q=$rare_q" "/api/contacts?limit=50&sort=-updatedAt")
  for i in "${!READ_NAMES[@]}"; do
    name=${READ_NAMES[$i]}
    log "GET $name"
    cpu_start "$GET_DURATION" "get-$i"
    BENCH_PATH=${READ_PATHS[$i]} wrk --timeout 30s -t2 -c"$GET_CONNECTIONS" -d"${GET_DURATION}s" --latency \
      -s bench/lua/get.lua "$BASE" >"$OUT/wrk-get-$i.txt" 2>&1
    cpu=$(cpu_report "get-$i")
    read -r rps p50 p99 bad _ < <(wrk_figures "$OUT/wrk-get-$i.txt")
    say "| $name | $rps | $p50 | $p99 | $bad |"
    echo "$name: CPU $cpu" >>"$OUT/notes.txt"
  done
  say ""
  say "CPU (cores) during the read runs:"
  say ""
  sed 's/^/    /' "$OUT/notes.txt" | tee -a "$SUMMARY" >/dev/null
  : >"$OUT/notes.txt"
fi

# ---- projection lag ---------------------------------------------------------------------------------------------
if [[ " $PHASES " == *" lag "* ]]; then
log "projection lag: $LAG_SAMPLES POSTs, each followed at once by a GET of the new contact and a search for it"
visible=0; found=0; : >"$OUT/lag-get-ms.txt"
for i in $(seq "$LAG_SAMPLES"); do
  marker="lagcheck$(date +%s%N)"
  id=$(curl -sf -X POST "$BASE/api/contacts" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"name\":\"Lag Check $marker\",\"email\":\"$marker@example.com\"}" | jq -r .id)
  read -r code secs < <(curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$BASE/api/contacts/$id" -H "Authorization: Bearer $TOKEN")
  [[ $code == 200 ]] && visible=$((visible + 1))
  awk -v s="$secs" 'BEGIN { printf "%.2f\n", s * 1000 }' >>"$OUT/lag-get-ms.txt"
  if ((i <= LAG_SEARCHES)); then
    n=$(curl -sf "$BASE/api/contacts?q=$marker" -H "Authorization: Bearer $TOKEN" | jq '.items | length')
    [[ $n == 1 ]] && found=$((found + 1))
  fi
done
lag_lat=$(sort -n "$OUT/lag-get-ms.txt" | awk '{ v[NR]=$1 } END { printf "p50 %.1f ms, max %.1f ms", v[int(NR*0.5)+1], v[NR] }')
totals=$("${PSQL[@]}" -d "$DB" -F' ' -c "select (select count(*) from domain_event_entry where type = 'Contact' and sequence_number = 0)
  - (select count(*) from domain_event_entry where payload_type like '%ContactDeleted'),
  (select count(*) from contact), (select max(global_index) from domain_event_entry)")
read -r expected rows last_index <<<"$totals"
say ""
say "## Projection lag (subscribing processors: the read model is written in the command's transaction)"
say ""
say "- $visible of $LAG_SAMPLES new contacts were returned by a GET issued right after their POST returned (GET $lag_lat); $found of the first $LAG_SEARCHES found by a search for a word in them"
say "- during the POST runs, sampling once a second the newest event (global index) and its contact's version in the read model in one snapshot: $(cat "$OUT"/lag-samples-*.txt 2>/dev/null | awk '$2 != $3' | wc -l) of $(cat "$OUT"/lag-samples-*.txt 2>/dev/null | wc -l) samples behind"
say "- at the end: last global index $last_index; contacts created minus deleted in the event store $expected, rows in the read model $rows (difference $((expected - rows)))"
fi

# ---- profile of the create path ---------------------------------------------------------------------------------
if [[ " $PHASES " == *" profile "* ]]; then
first_c=$PROFILE_CONNECTIONS
log "JFR profile: POST /api/contacts, $first_c connections, ${PROFILE_SECONDS}s"
jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$OUT/create.jfr" >/dev/null
wrk --timeout 30s -t2 -c"$first_c" -d"${PROFILE_SECONDS}s" -s bench/lua/post-contacts.lua "$BASE" >"$OUT/wrk-profile.txt" 2>&1
jcmd "$APP_PID" JFR.stop name=bench >/dev/null
java bench/JfrSummary.java "$OUT/create.jfr" 12 >"$OUT/profile.txt"
say ""
say "## Profile of the create path (JFR, ${PROFILE_SECONDS}s of POSTs at $first_c connections)"
say ""
sed 's/^/    /' "$OUT/profile.txt" | tee -a "$SUMMARY"
fi

# ---- heap and CPU of the app over the whole run -----------------------------------------------------------------
jcmd "$APP_PID" GC.heap_info >"$OUT/heap-info.txt" 2>&1 || true
app_cpu_s=$(awk '{ printf "%.0f", ($14 + $15) / '"$(getconf CLK_TCK)"' }' "/proc/$APP_PID/stat")
rss_mb=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
hwm_mb=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")
gc_line=$(jstat -gc "$APP_PID" | awk 'NR==2 { printf "heap used now %.0f MB of %.0f MB committed; %d young GCs (%.1f s), %d full GCs (%.1f s) since start",
  ($3+$4+$6+$8)/1024, ($1+$2+$5+$7)/1024, $13, $14, $15, $16 }')
say ""
say "## App process over the whole run"
say ""
say "- $gc_line"
say "- resident memory now $rss_mb MB, peak $hwm_mb MB; CPU time used since start ${app_cpu_s} s"
say "- $(awk '$1 ~ /^[0-9.]+$/ && NF >= 17 { u = ($3+$4+$6+$8)/1024; c = ($1+$2+$5+$7)/1024; n++; s += u; if (u > m) m = u; if (c > mc) mc = c }
  END { printf "heap used during the run (jstat every 5 s, %d samples): average %.0f MB, max %.0f MB; max committed %.0f MB", n, s/n, m, mc }' "$OUT/jstat.txt")"
say "- $(awk '$1 ~ /^[0-9]+$/ && NF >= 14 { n++; c += $8; if ($8 > mc) mc = $8; if ($13 > r) r = $13 }
  END { printf "app CPU (pidstat every 5 s, %d samples): average %.0f %%, max %.0f %% (100 %% = one core); max RSS %.0f MB", n, c/n, mc, r/1024 }' "$OUT/pidstat-app.txt")"

log "done: $SUMMARY"
