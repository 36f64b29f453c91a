#!/usr/bin/env bash
# Builds AI Venture Workbook for macOS with the JDK's jlink and jpackage: a trimmed runtime, the app bundle
# and the .dmg, with the icon and the .aivw document type.
# NOT YET VERIFIED ON MACOS: written with the same steps as installer/linux/build.sh, which is.
#
# Usage: installer/macos/build.sh [app-image|dmg|all]     (default: all)
#   SKIP_MAVEN=1   use target/ai-venture-workbook.jar as it is
# Needs: JDK 17 (jlink, jpackage) for the Mac's processor (x86_64 or aarch64), Maven.
# Output in target/installer/: "AI Venture Workbook.app", "AI Venture Workbook-VERSION.dmg"
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}
case "$what" in app-image|dmg|all) ;; *) echo "usage: $0 [app-image|dmg|all]" >&2; exit 2 ;; esac

name="AI Venture Workbook"
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
# jpackage wants a plain numeric version (and macOS a first number of at least 1 for the .dmg's bundle).
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "pom version '$version' is not numeric (1.2.3)" >&2; exit 2; }
bundle_version=$version
[[ "$version" == 0.* ]] && bundle_version="1.${version#0.}"

[ "${SKIP_MAVEN:-0}" = 1 ] || mvn -B -q package -DskipTests
jar=target/ai-venture-workbook.jar
[ -f "$jar" ] || { echo "$jar is missing: run mvn -B package -DskipTests" >&2; exit 2; }

out=target/installer
input=$out/input
rm -rf "$out"
mkdir -p "$input"

# 1. The jar without other platforms' native libraries; JavaFX's and sqlite-jdbc's for this Mac beside it.
java -cp "$jar" installer/TrimJar.java "$jar" "$input"

# 2. The runtime: the JDK modules the app uses (jdeps), java.desktop for JavaFX's Swing bridge and AWT,
#    jdk.localedata for Chinese dates and numbers. JavaFX itself rides in the app's jar and libraries.
deps=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps "$input/ai-venture-workbook.jar")
modules="$deps,java.desktop,jdk.localedata"
echo "runtime modules: $modules"

app_options=(
  --name "$name"
  --app-version "$bundle_version"
  --vendor "AI Venture Workbook"
  --description "Offline workbook for founders of AI large-model startups"
  --copyright "AI Venture Workbook"
)
# An AppCDS archive is bound to the jar's path, and a bundle can be dragged anywhere (and a signed bundle must
# not change): macOS gets the runtime's own class-data sharing but no archive of the app's classes yet. One C1
# compiler thread and no C2, as on Linux (installer/linux/build.sh says why).
jpackage --type app-image "${app_options[@]}" \
  --java-options '-Dorg.sqlite.lib.path=$APPDIR' \
  --java-options '-XX:TieredStopAtLevel=1' \
  --java-options '-XX:CICompilerCount=1' \
  --input "$input" --main-jar ai-venture-workbook.jar --main-class org.aiventure.workbook.Launcher \
  --icon assets/icons/app-icon.icns \
  --mac-package-identifier org.aiventure.workbook \
  --mac-package-name "$name" \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --include-locales=en,zh --generate-cds-archive" \
  --dest "$out"
image="$out/$name.app"
echo "app bundle: $image ($(du -sm "$image" | cut -f1) MB)"

if [ "$what" = dmg ] || [ "$what" = all ]; then
  jpackage --type dmg "${app_options[@]}" \
    --app-image "$image" \
    --icon assets/icons/app-icon.icns \
    --file-associations installer/macos/aivw.properties \
    --dest "$out"
  echo "dmg: $(ls "$out"/*.dmg) ($(du -m "$out"/*.dmg | cut -f1) MB)"
fi
