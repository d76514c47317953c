#!/usr/bin/env bash
# Times dbflow against the Liquibase Maven plugin with liquibase-hibernate on generated models of N entities
# and writes bench/RESULTS.md. Usage: bench/run.sh [N...] (default 10 100 500 1000). See bench/README.md.
# Each step runs BENCH_RUNS times (default 3). A step that fails, by its exit status or by a log without the line
# that says it did its job, shows no time in RESULTS.md, and the script then ends with status 1 and lists it.
set -euo pipefail

if [ $# -eq 0 ]; then
  set -- 10 100 500 1000
fi
BENCH=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$BENCH")
TARGET=$BENCH/target
LOGS=$TARGET/logs
RESULTS=$TARGET/results.tsv
PORT=${BENCH_PG_PORT:-54329}
RUNS=${BENCH_RUNS:-3}
# verify's stairway grows with the square of the changesets; an opt-out for larger models, off by default.
VERIFY_MAX=${BENCH_VERIFY_MAX:-1000000}
CP="$TARGET/classes:$TARGET/lib/*"
# Plain mvn: every call is a fresh JVM (no daemon), offline, batch mode so the log has no colour codes.
MVN=(mvn -o -B)

# Runs one of the bench's Java helpers (ModelGenerator, ChangesetSplitter, ...) in its own JVM.
helper() {
  java -cp "$CP" "dev.dbflow.bench.$1" "${@:2}"
}

# Runs one mvn call in the model ($MODEL) under /usr/bin/time; appends N, step, run, seconds, peak RSS (KB),
# outcome and log file to the results, and the step to FAILURES when the outcome is a failure.
measure() {
  local n=$1 step=$2 run=$3 log=$LOGS/$1-$2-$3.log timing=$LOGS/$1-$2-$3.time status=0
  shift 3
  (cd "$MODEL" && /usr/bin/time -o "$timing" -f '%e %M' "${MVN[@]}" "$@") > "$log" 2>&1 || status=$?
  local seconds=0 rss=0 result
  # On failure time(1) writes a "Command exited with non-zero status" line first; the numbers are last.
  if [ -s "$timing" ]; then
    read -r seconds rss < <(tail -n 1 "$timing")
  fi
  result=$(outcome "$step" "$status" "$log")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$step" "$run" "$seconds" "$rss" "$result" "$log" >> "$RESULTS"
  echo "  $step, run $run of $RUNS: ${seconds} s, $((rss / 1024)) MB, $result"
  if [[ $result == FAILED* ]]; then
    FAILURES+=("N=$n $step run $run: $result")
  fi
}

# What the run did, from its exit status and the line in its log that shows the step did its job: "No changes"
# for generate on an up-to-date model, "Wrote" for generate after a change, the in-sync check for verify, every
# changeset applied for the reference's update and a non-empty diff for its diff. Starts with FAILED otherwise.
outcome() {
  local step=$1 status=$2 log=$3 see count
  see="see target/logs/$(basename "$log")"
  if [ "$status" -ne 0 ]; then
    echo "FAILED (exit $status), $see"
    return
  fi
  case $step in
    generate-cold | generate-warm)
      grep -q 'No changes' "$log" && echo "no changes" || echo "FAILED: no \"No changes\" line, $see" ;;
    generate-changed)
      grep -q '^\[INFO\] Wrote ' "$log" \
        && echo "wrote a changeset $(grep -m 1 -o '([0-9]* operations\?)' "$log")" \
        || echo "FAILED: no \"Wrote\" line, $see" ;;
    verify)
      grep -q '✓ in sync' "$log" && ! grep -q '✗' "$log" && echo "passed" \
        || echo "FAILED: no passed \"in sync\" check, $see" ;;
    reference-update)
      count=$(grep -m 1 -o 'Run: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
      [ "${count:-0}" -eq "$CHANGESETS" ] && echo "applied $count changesets" \
        || echo "FAILED: applied ${count:-no} of $CHANGESETS changesets, $see" ;;
    reference-diff)
      count=$(grep -m 1 -o 'changeSets count: [0-9]*' "$log" | grep -o '[0-9]*$' || true)
      [ "${count:-0}" -gt 0 ] && [ -s "$MODEL/target/reference-diff.yaml" ] && echo "diff of $count changesets" \
        || echo "FAILED: no changesets in the diff, $see" ;;
    *)
      echo "FAILED: unknown step $step" ;;
  esac
}

# Records a failure of the untimed bootstrap of model-N, which leaves that N without timings.
bootstrap_failed() {
  local n=$1 message=$2 log=$3
  printf '%s\tbootstrap\t1\t0\t0\tFAILED: %s, see target/logs/%s\t%s\n' \
    "$n" "$message" "$(basename "$log")" "$log" >> "$RESULTS"
  FAILURES+=("N=$n bootstrap: $message, see $log")
  echo "  FAILED: $message; see $log" >&2
}

# The model with its changelog, as a project has it before the timed runs: dbflow writes the initial changeset,
# which is split into one changeset per table; dbflow must then find nothing to do. Sets CHANGESETS, the count the
# reference's update must apply. Fails (status 1, recorded) when the model is not ready to time.
bootstrap() {
  local n=$1 changes
  rm -rf "$MODEL"
  if ! helper ModelGenerator "$n" "$MODEL" > "$LOGS/$n-model.log" 2>&1; then
    bootstrap_failed "$n" "the model could not be generated" "$LOGS/$n-model.log"
    return 1
  fi
  if ! (cd "$MODEL" && "${MVN[@]}" dbflow:generate -Ddbflow.message="initial schema" -Ddbflow.author=bench) \
    > "$LOGS/$n-bootstrap.log" 2>&1 || ! grep -q '^\[INFO\] Wrote ' "$LOGS/$n-bootstrap.log"; then
    bootstrap_failed "$n" "dbflow did not write the initial changeset" "$LOGS/$n-bootstrap.log"
    return 1
  fi
  changes=("$MODEL"/src/main/resources/db/changelog/changes/*.yaml)
  if ! helper ChangesetSplitter "${changes[0]}" > "$LOGS/$n-split.log" 2>&1; then
    bootstrap_failed "$n" "the initial changeset could not be split" "$LOGS/$n-split.log"
    return 1
  fi
  if ! (cd "$MODEL" && "${MVN[@]}" dbflow:generate) > "$LOGS/$n-bootstrap-check.log" 2>&1 \
    || ! grep -q 'No changes' "$LOGS/$n-bootstrap-check.log"; then
    bootstrap_failed "$n" "the split changelog does not match the entities" "$LOGS/$n-bootstrap-check.log"
    return 1
  fi
  CHANGESETS=$(cat "$MODEL"/src/main/resources/db/changelog/changes/*.yaml | grep -c -- '- changeSet:')
}

# Compiles the model, untimed; a failure is recorded under the step whose model it is (what names both).
compile() {
  local n=$1 log=$2 what=$3
  if ! (cd "$MODEL" && "${MVN[@]}" -q compile) > "$log" 2>&1; then
    FAILURES+=("N=$n $what did not compile, see $log")
    echo "  FAILED: $what did not compile; see $log" >&2
  fi
}

# (b): one new column on Customer (entity 0, which every model has), generated, then put back as it was. generate
# compiles the model itself, but the compiler rebuilds all N classes on a change: compiling after each edit, untimed,
# keeps that out of the times of generate and of verify after it, which then include only the compiler's up-to-date
# check, as every timed dbflow step does.
generate_after_change() {
  local n=$1 run=$2 entity=$MODEL/src/main/java/bench/model/Customer.java
  local changelog=$MODEL/src/main/resources/db/changelog saved=$TARGET/saved
  rm -rf "$saved" && mkdir -p "$saved"
  cp "$entity" "$changelog/db.changelog-master.yaml" "$saved/"
  ls "$changelog/changes" > "$saved/changes.before"
  sed -i 's/^public class Customer {$/&\n\n    @Column(length = 20)\n    private String loyaltyTier;/' "$entity"
  compile "$n" "$LOGS/$n-compile-changed-$run.log" "generate-changed run $run: the changed model"
  measure "$n" generate-changed "$run" dbflow:generate -Ddbflow.message="add customer loyalty tier" \
    -Ddbflow.author=bench
  cp "$saved/Customer.java" "$entity"
  cp "$saved/db.changelog-master.yaml" "$changelog/"
  ls "$changelog/changes" | comm -13 "$saved/changes.before" - | while read -r added; do
    rm "$changelog/changes/$added"
  done
  compile "$n" "$LOGS/$n-compile-reverted-$run.log" "generate-changed run $run: the model put back"
}

mkdir -p "$TARGET"
# A second run would delete this one's models and logs under it.
exec 9> "$TARGET/run.lock"
flock -n 9 || { echo "Another bench/run.sh is running (lock $TARGET/run.lock)" >&2; exit 1; }
rm -rf "$LOGS" "$RESULTS"
mkdir -p "$LOGS"
echo "Building the bench helpers"
mvn -o -q -f "$BENCH/pom.xml" compile

# One fresh database per N and run: each update of the reference applies the whole changelog.
databases=()
for n in "$@"; do
  for run in $(seq "$RUNS"); do
    databases+=("reference_${#databases[@]}_${n}_$run")
  done
done
# Not through helper(): $! is then the server's own JVM, which exits with this script; 9>&- keeps the lock with
# this script alone.
java -cp "$CP" dev.dbflow.bench.BenchPostgres "$PORT" "${databases[@]}" > "$LOGS/postgres.log" 2>&1 9>&- &
POSTGRES=$!
trap 'kill "$POSTGRES" 2>/dev/null || true' EXIT
until grep -q 'bench PostgreSQL ready' "$LOGS/postgres.log"; do
  kill -0 "$POSTGRES" 2>/dev/null || { echo "PostgreSQL did not start; see $LOGS/postgres.log" >&2; exit 1; }
  sleep 1
done

FAILURES=()
index=0
for n in "$@"; do
  MODEL=$TARGET/model-$n
  echo "N=$n: generating the model and its changelog"
  if ! bootstrap "$n"; then
    index=$((index + RUNS))
    continue
  fi
  echo "N=$n: timing, $RUNS runs"
  # All steps once, then again: a slow spell of the shared machine then spreads over the steps.
  for run in $(seq "$RUNS"); do
    url=jdbc:postgresql://localhost:$PORT/${databases[$index]}
    index=$((index + 1))
    rm -rf "$MODEL/target/dbflow"
    measure "$n" generate-cold "$run" dbflow:generate
    measure "$n" generate-warm "$run" dbflow:generate
    generate_after_change "$n" "$run"
    if [ "$n" -le "$VERIFY_MAX" ]; then
      measure "$n" verify "$run" dbflow:verify
    fi
    measure "$n" reference-update "$run" liquibase:update -Dliquibase.url="$url"
    rm -f "$MODEL/target/reference-diff.yaml"
    measure "$n" reference-diff "$run" liquibase:diff -Dliquibase.url="$url"
  done
done

versions=$(mvn -B -v | sed 's/\x1b\[[0-9;]*m//g')
dbflow=$(git -C "$ROOT" rev-parse --short HEAD)
if ! git -C "$ROOT" diff --quiet HEAD -- dbflow-core dbflow-maven-plugin; then
  dbflow="$dbflow with uncommitted changes in dbflow-core or dbflow-maven-plugin"
fi
helper ResultsReport "$RESULTS" "$BENCH/RESULTS.md" \
  "date: $(date -u '+%Y-%m-%d %H:%M UTC')" \
  "cores (\`nproc\`): $(nproc)" \
  "runs per step: $RUNS" \
  "Java: $(grep -m 1 '^Java version' <<< "$versions" | sed 's/^Java version: //; s/, runtime.*//')" \
  "Maven: $(grep -m 1 '^Apache Maven' <<< "$versions" | sed 's/^Apache Maven //; s/ (.*//')" \
  "dbflow: $dbflow (the plugin as installed in ~/.m2)"

if [ ${#FAILURES[@]} -gt 0 ]; then
  echo "${#FAILURES[@]} failed step run(s); RESULTS.md shows no time for them:" >&2
  printf '  %s\n' "${FAILURES[@]}" >&2
  exit 1
fi
