#!/usr/bin/env bash
# Start-up benchmark: time from process start (the shell's clock) to the first drawn window, for the app
# and for an empty JavaFX window started the same way; prints both medians and the ratio, then the app's time
# until its window shows the workbook opened and listed (a fresh workbook: the welcome page).
# Usage: src/test/bench/startup.sh [RUNS]                  the app from its jar, the window from the same jar
#        src/test/bench/startup.sh --installed DIR [RUNS]  the installed app (DIR: /opt/ai-venture-workbook, or
#            an app image) started by its own launcher, its AppCDS archive included; the empty window from the
#            same runtime and jar, with the runtime's default class sharing only
# Needs a display, or Xvfb, which it starts if DISPLAY is unset.
set -euo pipefail
cd "$(dirname "$0")/../../.."
installed=
if [ "${1:-}" = --installed ]; then
  installed=$(cd "$2" && pwd -P)
  shift 2
fi
runs=${1:-7}
jar=target/ai-venture-workbook.jar
[ -n "$installed" ] || [ -f "$jar" ] || mvn -B -q package -DskipTests
[ -d target/test-classes/org/aiventure/workbook/bench ] || mvn -B -q test-compile

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null || true' EXIT
  export DISPLAY=:97
  sleep 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill $xvfb 2>/dev/null || true' EXIT

# One run: prints milliseconds from just before exec to the frame the program reports (PROBE: first-frame
# or open).
time_one() {
  local probe=$1 start end
  shift
  start=$(date +%s%3N)
  end=$("$@" 2>&1 | grep -o "$probe-epoch-ms=[0-9]*" | cut -d= -f2)
  [ -n "$end" ] || { echo "no $probe frame reported by: $*" >&2; exit 1; }
  echo $((end - start))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

if [ -n "$installed" ]; then
  # The installed command itself, as the menu entry starts it; the probe goes in through JAVA_TOOL_OPTIONS,
  # which the JVM reads whatever started it.
  launchers=("$installed"/bin/*)
  launcher=${launchers[0]}
  java_cmd="$installed/lib/runtime/bin/java"
  empty_cmd=("$java_cmd" -cp "$installed/lib/app/ai-venture-workbook.jar:target/test-classes" \
    org.aiventure.workbook.bench.EmptyWindow)
  # The archive must be in use, or the figures mean nothing: the app's own classes come from it.
  AIVW_DB="$work/cds.db" JAVA_TOOL_OPTIONS="-Daivw.startupProbe=true -Xlog:class+load=info" "$launcher" \
    > "$work/cds.log" 2>&1 || true
  shared=$(grep -c 'org.aiventure.workbook.* source: shared objects file' "$work/cds.log" || true)
  [ "$shared" -gt 0 ] || { echo "the AppCDS archive is not used: run $installed/lib/app/make-appcds.sh" >&2; exit 1; }
  echo "AppCDS in use: $shared of the app's own classes and $(grep -c 'source: shared objects file' "$work/cds.log") in all"
else
  empty_cmd=(java -cp "$jar:target/test-classes" org.aiventure.workbook.bench.EmptyWindow)
fi

# The app, started with no arguments as from a menu, reporting the frame PROBE asks for (true: the first; open:
# the first with the workbook opened and listed).
app_run() {
  if [ -n "$installed" ]; then
    JAVA_TOOL_OPTIONS="-Daivw.startupProbe=$1" "$launcher"
  else
    java -Daivw.startupProbe="$1" -jar "$jar"
  fi
}

app=(); empty=(); open=()
"${empty_cmd[@]}" >/dev/null 2>&1 || true  # warm the page cache
for i in $(seq "$runs"); do
  empty+=("$(time_one first-frame "${empty_cmd[@]}")")
  # AIVW_DB points each start at a fresh database of its own.
  app+=("$(AIVW_DB="$work/bench-$i.db" time_one first-frame app_run true)")
  open+=("$(AIVW_DB="$work/open-$i.db" time_one open app_run open)")
done
e=$(printf '%s\n' "${empty[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
echo "empty JavaFX window: median ${e} ms over $runs runs (${empty[*]})"
echo "AI Venture Workbook: median ${a} ms over $runs runs (${app[*]})"
target=$([ -n "$installed" ] && echo "1.2 installed, with AppCDS" || echo "1.5 from the jar")
awk -v a="$a" -v e="$e" -v t="$target" 'BEGIN {printf "ratio app/empty: %.2f (target <= %s)\n", a/e, t}'
echo "AI Venture Workbook, its workbook opened and listed: median $(printf '%s\n' "${open[@]}" | median) ms (${open[*]})"
