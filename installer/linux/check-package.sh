#!/usr/bin/env bash
# Installs the built .deb (apt-get) or .rpm (dnf, or rpm itself on a machine without dnf), checks the installed
# app, and uninstalls it (run as root).
# Checks: the launcher scores an example project and prints its grade; the AppCDS archive that the
# post-install step made is used (-Xlog:cds), and the runtime's own without it; the launcher starts java
# without asking the package manager; the menu entry passes the file; the .aivw MIME type is registered;
# removal leaves nothing behind.
# Usage: installer/linux/check-package.sh [target/installer/ai-venture-workbook_*.deb | …x86_64.rpm]
set -euo pipefail
cd "$(dirname "$0")/../.."
package=$(readlink -f "${1:-$(ls target/installer/ai-venture-workbook_*.deb | head -n 1)}")
dir=/opt/ai-venture-workbook
example=$PWD/src/test/resources/examples/medtriage.aivw
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case "$package" in
  *.deb) install=(apt-get install -y "$package"); remove=(apt-get remove -y ai-venture-workbook) ;;
  # A Debian machine's rpm has no record of the GTK packages the .rpm requires: there it installs without the check.
  *.rpm) if command -v dnf >/dev/null; then install=(dnf install -y "$package"); remove=(dnf remove -y ai-venture-workbook)
         else install=(rpm -i --nodeps "$package"); remove=(rpm -e ai-venture-workbook); fi ;;
  *) echo "not a .deb or .rpm: $package" >&2; exit 2 ;;
esac
"${install[@]}"
test -s "$dir/lib/app/aivw.jsa" || { echo "post-install made no AppCDS archive" >&2; exit 1; }

grade=$(AIVW_DB="$work/w.db" ai-venture-workbook score "$example" --as-of 2026-11-28 | head -n 1)
echo "installed app: $grade"
[[ "$grade" == *"(grade C)"* ]] || { echo "expected grade C from the installed app" >&2; exit 1; }

# The installed command, with logging through JAVA_TOOL_OPTIONS (the JVM reads it whatever started it).
AIVW_DB="$work/w.db" JAVA_TOOL_OPTIONS="-Xlog:cds -Xlog:class+load=info" ai-venture-workbook list > "$work/cds.log"
grep -q "Opened archive $dir/lib/app/aivw.jsa" "$work/cds.log" || { echo "archive not opened" >&2; exit 1; }
grep -q 'org.aiventure.workbook.Launcher source: shared objects file' "$work/cds.log" \
  || { echo "the app's classes do not come from the archive" >&2; exit 1; }
echo "AppCDS: $(grep -c 'source: shared objects file' "$work/cds.log") classes from $dir/lib/app/aivw.jsa"
mv "$dir/lib/app/aivw.jsa" "$work/aivw.jsa"
AIVW_DB="$work/w.db" JAVA_TOOL_OPTIONS=-Xlog:cds ai-venture-workbook list > "$work/no-archive.log"
mv "$work/aivw.jsa" "$dir/lib/app/aivw.jsa"
grep -q "Opened archive $dir/lib/runtime/lib/server/classes.jsa" "$work/no-archive.log" \
  || { echo "without its archive the app does not fall back to the runtime's" >&2; exit 1; }
echo "without its archive: the runtime's own archive serves"
# jpackage's own launcher asked rpm and dpkg at every start which package owns it (0.4 s); ours starts java.
if command -v strace >/dev/null; then
  strace -f -e trace=execve -o "$work/exec.log" ai-venture-workbook --version > /dev/null
  ! grep -Eq 'execve\("[^"]*/(dpkg|rpm)"' "$work/exec.log" || { echo "the launcher queries the package manager" >&2; exit 1; }
  echo "launcher: starts $(grep -c 'execve(' "$work/exec.log") programs, no package manager"
else
  echo "launcher: strace is not installed, the package-manager check is skipped"
fi

desktop=$(ls /usr/share/applications/ai-venture-workbook-*.desktop)
grep -q '^Exec=.* %f$' "$desktop" || { echo "$desktop does not pass the file" >&2; exit 1; }
grep -q 'application/x-aivw' "$desktop"
grep -rqs 'application/x-aivw' /usr/share/mime/packages/ || { echo ".aivw MIME type not registered" >&2; exit 1; }
echo "menu entry $desktop opens application/x-aivw files"

"${remove[@]}"
[ ! -e "$dir" ] && [ ! -e /usr/bin/ai-venture-workbook ] || { echo "removal left files behind" >&2; ls -R "$dir" >&2; exit 1; }
echo "check-package: $(basename "$package") installed, ran, removed: all good"
