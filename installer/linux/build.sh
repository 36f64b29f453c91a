#!/usr/bin/env bash
# Builds the Linux app image of AI Venture Workbook with the JDK's jpackage:
# a trimmed runtime (jlink) holding only the modules the app uses, the app's jar, its icon and launcher.
# Usage: installer/linux/build.sh      Output: target/installer/AI Venture Workbook/ (run bin/AI Venture Workbook)
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(sed -n 's:.*<version>\([0-9][0-9.]*\)</version>.*:\1:p' pom.xml | head -n 1)
[ -f target/ai-venture-workbook.jar ] || mvn -B -q package -DskipTests

input=target/installer/input
rm -rf target/installer
mkdir -p "$input"
cp target/ai-venture-workbook.jar "$input/"

# The JavaFX classes ride in the jar (classpath mode); the runtime needs only these JDK modules.
# jdk.localedata with --include-locales keeps Chinese dates and numbers; java.desktop serves javafx-swing.
# --generate-cds-archive gives the trimmed runtime the JDK's class-data sharing archive back (faster start).
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.jfr,jdk.localedata,jdk.unsupported,jdk.unsupported.desktop,jdk.crypto.ec

common=(
  --name "AI Venture Workbook"
  --app-version "$version"
  --vendor "AI Venture Workbook"
  --description "Offline workbook for founders of AI large-model startups"
  --input "$input"
  --main-jar ai-venture-workbook.jar
  --main-class org.aiventure.workbook.Launcher
  --icon assets/icons/app-icon-256.png
  --add-modules "$modules"
  --jlink-options "--strip-debug --no-man-pages --no-header-files --include-locales=en,zh --generate-cds-archive"
  --dest target/installer
)

jpackage --type app-image "${common[@]}"
echo "app image: target/installer/AI Venture Workbook ($(du -sh "target/installer/AI Venture Workbook" | cut -f1))"
