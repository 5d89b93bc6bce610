#!/usr/bin/env bash
# Benchmarks, side by side in one run on this machine (not part of `mvn verify`):
#   server/bench/run.sh            1,000 organizations × 3 rooftops, up to 1,000,000 orders
#   server/bench/run.sh --large    up to 10,000,000 orders
#   server/bench/run.sh --quick    100 organizations, up to 100,000 orders, 5 s runs (a smoke test of the harness)
# Prints Markdown tables and writes them, with JSON that records the machine, to server/bench/results/.
# BENCH_JVM_OPTIONS adds options to the server's JVM, e.g. "-XX:StartFlightRecording=filename=/tmp/server.jfr".
set -euo pipefail
cd "$(dirname "$0")/../.."

sops=1000000; orgs=1000; seconds=15
case "${1:-}" in
  --large) sops=10000000 ;;
  --quick) sops=100000; orgs=100; seconds=5 ;;
  "") ;;
  *) echo "usage: $0 [--large|--quick]" >&2; exit 2 ;;
esac

need=()
command -v pgbench >/dev/null 2>&1 || need+=(postgresql-client)
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v mvn >/dev/null 2>&1 || need+=(maven openjdk-17-jdk-headless)
command -v npm >/dev/null 2>&1 || need+=(nodejs npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} from Debian packages"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${need[@]}"
fi

out="$PWD/server/bench/results"
# Maven's output without log lines and without the result tables migrations print.
quiet() { grep -vE '^[0-9:.]+ (INFO|WARN|DEBUG)|enable_tenant_isolation|^\|\s+\|$|^\+-' || true; }
mkdir -p "$out"
mvn -B -q install -DskipTests
echo "Installing the PostGraphile peer from npm (server/bench/peer/package-lock.json)"
(cd server/bench/peer && npm ci --no-audit --no-fund --loglevel=error)
echo "Installing the PostGraphile 5 peer from npm, with its own Node.js 22 (server/bench/peer5/package-lock.json)"
(cd server/bench/peer5 && npm ci --no-audit --no-fund --loglevel=error)

echo "== Read and write paths, RLS, growth, peer, startup and memory"
mvn -B -q -pl server test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.soptrack.server.bench.Benchmarks \
  -Dbench.sops="$sops" -Dbench.orgs="$orgs" -Dbench.seconds="$seconds" -Dbench.out="$out" \
  -Dbench.peer="$PWD/server/bench/peer" -Dbench.peer5="$PWD/server/bench/peer5" -Dbench.jvm-options="${BENCH_JVM_OPTIONS:-}" \
  | quiet | sed -n '/^Machine:/,$p'

echo "== Retention sweep"
mvn -B -q -pl adapters-postgres test-compile exec:java -Dexec.classpathScope=test -Dbench.out="$out" \
  -Dexec.mainClass=org.soptrack.postgres.RetentionSweepBenchmark | quiet | grep '^|' | tee "$out/retention-sweep.md"
mvn -B -q -pl adapters-postgres exec:java -Dexec.classpathScope=test -Dbench.out="$out" -Dbench.store=sessions \
  -Dexec.mainClass=org.soptrack.postgres.RetentionSweepBenchmark | quiet | grep '^|' | tee "$out/retention-sweep-sessions.md"

echo "== Search at a million orders"
mvn -B -q -pl server test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.soptrack.server.bench.SearchBenchmark -Dbench.out="$out" -Dbench.sops="$((sops > 1000000 ? 1000000 : sops))" \
  | quiet | grep -E '^\||special orders' | tee "$out/search.md"

echo "== The staff application's parts board at a million orders"
mvn -B -q -pl server test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.soptrack.server.bench.BoardBenchmark -Dbench.out="$out" -Dbench.sops="$((sops > 1000000 ? 1000000 : sops))" \
  | quiet | grep -E '^\||special orders' | tee "$out/board.md"

echo "== Outbox delivery"
mvn -B -q -pl server test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.soptrack.server.bench.OutboxThroughput -Dbench.out="$out" | quiet | grep '^|' | tee "$out/outbox.md"

echo "== Startup of the jar (built by the install above), with and without a class-data-sharing archive"
# From the server module: the jar and jvm.options are found relative to it.
(cd server && mvn -B -q exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.soptrack.server.bench.StartupBenchmark -Dbench.out="$out") | quiet | grep '^|' | tee "$out/startup.md"

echo "== The results table of docs/performance.md, from the JSON files"
mvn -B -q -pl server exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.soptrack.server.bench.ResultsTable -Dexec.args="$out docs/performance.md" | quiet
