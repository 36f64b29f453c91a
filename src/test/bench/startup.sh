#!/usr/bin/env bash
# Start-up benchmark: time from process start (the shell's clock) to the first drawn window, for the app
# (run from its jar) and for an empty JavaFX window started the same way; prints both medians and the ratio.
# Usage: src/test/bench/startup.sh [RUNS]   (needs a display, or Xvfb, which it starts if DISPLAY is unset)
set -euo pipefail
cd "$(dirname "$0")/../../.."
runs=${1:-7}
jar=target/ai-venture-workbook.jar
[ -f "$jar" ] || mvn -B -q package -DskipTests
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

# One run: prints milliseconds from just before exec to the first frame the program reports.
time_one() {
  local start end
  start=$(date +%s%3N)
  end=$("$@" 2>&1 | grep -o 'first-frame-epoch-ms=[0-9]*' | cut -d= -f2)
  [ -n "$end" ] || { echo "no first frame reported by: $*" >&2; exit 1; }
  echo $((end - start))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

app=(); empty=()
java -cp "$jar:target/test-classes" org.aiventure.workbook.bench.EmptyWindow >/dev/null 2>&1 || true  # warm the page cache
for i in $(seq "$runs"); do
  empty+=("$(time_one java -cp "$jar:target/test-classes" org.aiventure.workbook.bench.EmptyWindow)")
  # No arguments, as when started from a menu; AIVW_DB points it at a fresh database of its own.
  app+=("$(AIVW_DB="$work/bench-$i.db" time_one java -Daivw.startupProbe=true -jar "$jar")")
done
e=$(printf '%s\n' "${empty[@]}" | median)
a=$(printf '%s\n' "${app[@]}" | median)
echo "empty JavaFX window: median ${e} ms over $runs runs (${empty[*]})"
echo "AI Venture Workbook: median ${a} ms over $runs runs (${app[*]})"
awk -v a="$a" -v e="$e" 'BEGIN {printf "ratio app/empty: %.2f (target <= 1.5 from the jar)\n", a/e}'
