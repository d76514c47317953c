#!/usr/bin/env bash
# Times dbflow against the Liquibase Maven plugin with liquibase-hibernate on generated models of N entities
# and writes bench/RESULTS.md. Usage: bench/run.sh [N...] (default 10 100 500 1000). See bench/README.md.
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
# verify's stairway grows with the square of the changesets; larger models can skip it.
VERIFY_MAX=${BENCH_VERIFY_MAX:-1000000}
CP="$TARGET/classes:$TARGET/lib/*"
# Plain mvn: every call is a fresh JVM (no daemon), offline, batch mode so the log has no colour codes.
MVN=(mvn -o -B)

# Runs one of the bench's Java helpers (ModelGenerator, ChangesetSplitter, ...) in its own JVM.
helper() {
  java -cp "$CP" "dev.dbflow.bench.$1" "${@:2}"
}

# Runs one mvn call in the model ($MODEL) under /usr/bin/time; appends N, step, seconds, peak RSS (KB), outcome
# and log file to the results.
measure() {
  local n=$1 step=$2 log=$LOGS/$1-$2.log timing=$LOGS/$1-$2.time status=0
  shift 2
  (cd "$MODEL" && /usr/bin/time -o "$timing" -f '%e %M' "${MVN[@]}" "$@") > "$log" 2>&1 || status=$?
  local seconds rss
  # On failure time(1) writes a "Command exited with non-zero status" line first; the numbers are last.
  read -r seconds rss < <(tail -n 1 "$timing")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$step" "$seconds" "$rss" "$(outcome "$status" "$log")" "$log" >> "$RESULTS"
  echo "  $step: ${seconds} s, $((rss / 1024)) MB"
}

# What the run did, from its exit status and log: dbflow's review or verdict, or the reference's counts.
outcome() {
  local status=$1 log=$2
  if [ "$status" -ne 0 ]; then
    echo "FAILED, see target/logs/$(basename "$log")"
  elif grep -q 'No changes' "$log"; then
    echo "no changes"
  elif grep -q '^\[INFO\] Wrote ' "$log"; then
    echo "wrote a changeset $(grep -m 1 -o '([0-9]* operations\?)' "$log")"
  elif grep -q 'changeSets count:' "$log"; then
    echo "diff of $(grep -o 'changeSets count: [0-9]*' "$log" | grep -o '[0-9]*$') changesets"
  elif grep -q 'Run: ' "$log"; then
    echo "applied $(grep -m 1 -o 'Run: *[0-9]*' "$log" | grep -o '[0-9]*$') changesets"
  else
    echo "passed"
  fi
}

# The model with its changelog, as a project has it before the timed runs: dbflow writes the initial changeset,
# which is split into one changeset per table; dbflow must then find nothing to do.
bootstrap() {
  local n=$1 changes
  rm -rf "$MODEL"
  helper ModelGenerator "$n" "$MODEL"
  if ! (cd "$MODEL" && "${MVN[@]}" dbflow:generate -Ddbflow.message="initial schema" -Ddbflow.author=bench) \
    > "$LOGS/$n-bootstrap.log" 2>&1; then
    echo "dbflow could not write the initial changeset of model-$n; see $LOGS/$n-bootstrap.log" >&2
    exit 1
  fi
  changes=("$MODEL"/src/main/resources/db/changelog/changes/*.yaml)
  helper ChangesetSplitter "${changes[0]}"
  (cd "$MODEL" && "${MVN[@]}" dbflow:generate) > "$LOGS/$n-bootstrap-check.log" 2>&1
  if ! grep -q 'No changes' "$LOGS/$n-bootstrap-check.log"; then
    echo "The split changelog of model-$n does not match its entities; see $LOGS/$n-bootstrap-check.log" >&2
    exit 1
  fi
}

# (b): one new column on Customer (entity 0, which every model has), generated, then put back as it was. generate
# compiles the model itself, but the compiler rebuilds all N classes on a change: compiling after each edit, untimed,
# keeps that out of the times of generate and of verify after it, which then include only the compiler's up-to-date
# check, as every timed dbflow step does.
generate_after_change() {
  local n=$1 entity=$MODEL/src/main/java/bench/model/Customer.java
  local changelog=$MODEL/src/main/resources/db/changelog saved=$TARGET/saved
  rm -rf "$saved" && mkdir -p "$saved"
  cp "$entity" "$changelog/db.changelog-master.yaml" "$saved/"
  ls "$changelog/changes" > "$saved/changes.before"
  sed -i 's/^public class Customer {$/&\n\n    @Column(length = 20)\n    private String loyaltyTier;/' "$entity"
  (cd "$MODEL" && "${MVN[@]}" -q compile) > "$LOGS/$n-compile-changed.log" 2>&1
  measure "$n" generate-changed dbflow:generate -Ddbflow.message="add customer loyalty tier" -Ddbflow.author=bench
  cp "$saved/Customer.java" "$entity"
  cp "$saved/db.changelog-master.yaml" "$changelog/"
  ls "$changelog/changes" | comm -13 "$saved/changes.before" - | while read -r added; do
    rm "$changelog/changes/$added"
  done
  (cd "$MODEL" && "${MVN[@]}" -q compile) > "$LOGS/$n-compile-reverted.log" 2>&1
}

mkdir -p "$TARGET"
# A second run would delete this one's models and logs under it.
exec 9> "$TARGET/run.lock"
flock -n 9 || { echo "Another bench/run.sh is running (lock $TARGET/run.lock)" >&2; exit 1; }
rm -rf "$LOGS" "$RESULTS"
mkdir -p "$LOGS"
echo "Building the bench helpers"
mvn -o -q -f "$BENCH/pom.xml" compile

databases=()
for n in "$@"; do
  databases+=("reference_${#databases[@]}_$n")
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

index=0
for n in "$@"; do
  MODEL=$TARGET/model-$n
  url=jdbc:postgresql://localhost:$PORT/${databases[$index]}
  index=$((index + 1))
  echo "N=$n: generating the model and its changelog"
  bootstrap "$n"
  echo "N=$n: timing"
  rm -rf "$MODEL/target/dbflow"
  measure "$n" generate-cold dbflow:generate
  measure "$n" generate-warm dbflow:generate
  generate_after_change "$n"
  if [ "$n" -le "$VERIFY_MAX" ]; then
    measure "$n" verify dbflow:verify
  fi
  measure "$n" reference-update liquibase:update -Dliquibase.url="$url"
  rm -f "$MODEL/target/reference-diff.yaml"
  measure "$n" reference-diff liquibase:diff -Dliquibase.url="$url"
done

versions=$(mvn -B -v | sed 's/\x1b\[[0-9;]*m//g')
dbflow=$(git -C "$ROOT" rev-parse --short HEAD)
if ! git -C "$ROOT" diff --quiet HEAD -- dbflow-core dbflow-maven-plugin; then
  dbflow="$dbflow with uncommitted changes in dbflow-core or dbflow-maven-plugin"
fi
helper ResultsReport "$RESULTS" "$BENCH/RESULTS.md" \
  "date: $(date -u '+%Y-%m-%d %H:%M UTC')" \
  "cores (\`nproc\`): $(nproc)" \
  "Java: $(grep -m 1 '^Java version' <<< "$versions" | sed 's/^Java version: //; s/, runtime.*//')" \
  "Maven: $(grep -m 1 '^Apache Maven' <<< "$versions" | sed 's/^Apache Maven //; s/ (.*//')" \
  "dbflow: $dbflow (the plugin as installed in ~/.m2)"
