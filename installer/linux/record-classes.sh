#!/usr/bin/env bash
# Records the classes the app loads until its window shows the workbook opened and listed (the first frame comes
# before: the sidebar's list is made once the workbook is open), and for a `score` run, as a class list for the
# AppCDS archive (-XX:DumpLoadedClassList). Runs the prepared jar from FOLDER under Xvfb (started here when
# there is no DISPLAY) on a throw-away workbook and home folder.
# Usage: installer/linux/record-classes.sh FOLDER OUT.lst
set -euo pipefail
folder=$(cd "$1" && pwd)
list=$2
jar="$folder/ai-venture-workbook.jar"
example=$(cd "$(dirname "$0")/../.." && pwd)/src/test/resources/examples/medtriage.aivw

work=$(mktemp -d)
cleanup() { [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -z "${DISPLAY:-}" ]; then
  command -v Xvfb >/dev/null || { echo "record-classes: no DISPLAY and no Xvfb (apt-get install xvfb)" >&2; exit 2; }
  display=:$((90 + RANDOM % 100))
  Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=$display
  for _ in $(seq 50); do [ -e "/tmp/.X11-unix/X${display#:}" ] && break; sleep 0.1; done
fi

# run LIST PROBE ARGS...: the app as the installed launcher starts it, recording its classes into LIST.
run() {
  HOME="$work/home" XDG_DATA_HOME="$work/data" AIVW_DB="$work/workbook.db" \
    java -XX:DumpLoadedClassList="$1" -Daivw.startupProbe="$2" -Dorg.sqlite.lib.path="$folder" \
    -cp "$jar" org.aiventure.workbook.Launcher "${@:3}"
}
mkdir -p "$work/home"
run "$work/window.lst" open > "$work/window.log" 2>&1 || true
grep -q 'open-epoch-ms=' "$work/window.log" || { cat "$work/window.log" >&2; echo "record-classes: the app showed no window" >&2; exit 1; }
run "$work/score.lst" false score "$example" --as-of 2026-11-28 > /dev/null
# Each run numbers its classes ("id: N"); the numbers would clash in one list, and only custom loaders need them.
sed -e 's/ id: [0-9]*$//' "$work/window.lst" "$work/score.lst" | awk '!seen[$0]++' > "$list"
echo "recorded $(grep -vc '^[@#]' "$list") classes in $list"
