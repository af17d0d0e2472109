#!/usr/bin/env bash
# Starts the whole Styrplan platform on this machine: builds what changed, then PostgreSQL, Kafka and Keycloak,
# then the four services. Data stays in .devstack/ between runs. Ctrl-C stops everything.
# Prerequisites: JDK 17+, Maven 3.8+, PostgreSQL binaries (Debian: apt-get install postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
state="$root/.devstack"

fail() { echo "styrplan: $*" >&2; exit 1; }
command -v java >/dev/null || fail "java not found: install JDK 17 or newer."
command -v mvn >/dev/null || fail "mvn not found: install Maven 3.8 or newer."
if [ -f "$state/launcher.pid" ] && kill -0 "$(cat "$state/launcher.pid")" 2>/dev/null; then
  fail "Styrplan is already running (pid $(cat "$state/launcher.pid")). Stop it with Ctrl-C in its terminal."
fi
mkdir -p "$state/logs"

# Build when a source, pom or the realm changed since the last successful build (first run: always).
needs_build() {
  [ -f "$state/build.stamp" ] || return 0
  for m in plan-service indicator-service reporting-service gateway; do
    [ -f "$m/target/quarkus-app/quarkus-run.jar" ] || return 0
  done
  [ -n "$(find pom.xml ./*/pom.xml deploy/*/pom.xml ./*/src deploy/*/src -newer "$state/build.stamp" -print -quit 2>/dev/null)" ]
}
if needs_build; then
  echo "Building Styrplan (the first run also downloads its dependencies; log: .devstack/logs/build.log) ..."
  start=$(date +%s)
  if ! mvn -B -DskipTests package > "$state/logs/build.log" 2>&1; then
    grep -E "^\[ERROR\]" "$state/logs/build.log" | head -5 >&2
    fail "the build failed; the whole log is in .devstack/logs/build.log"
  fi
  touch "$state/build.stamp"
  echo "  built in $(( $(date +%s) - start )) s"
fi

exec java -XX:TieredStopAtLevel=1 -Xmx128m -Dslf4j.internal.verbosity=ERROR \
  -cp "deploy/devstack/target/classes:$(cat deploy/devstack/target/launcher.classpath)" \
  se.styrplan.devstack.run.Launcher "$root"
