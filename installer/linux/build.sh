#!/usr/bin/env bash
# Builds AI Venture Workbook for Linux with the JDK's jlink and jpackage: a trimmed runtime, the app image,
# and the .deb (and the .rpm where rpmbuild exists), each with the icon, menu entry and .aivw file type.
#
# Usage: installer/linux/build.sh [app-image|deb|rpm|all]     (default: all)
#   SKIP_MAVEN=1   use target/ai-venture-workbook.jar as it is (CI, right after mvn verify)
# Needs: JDK 17 (jlink, jpackage), Maven; Xvfb or a display (to record the classes of the first window);
#        for .deb: fakeroot and dpkg-deb; for .rpm: rpmbuild.
# Output in target/installer/: app image "AI Venture Workbook/", ai-venture-workbook_VERSION_ARCH.deb, *.rpm
set -euo pipefail
cd "$(dirname "$0")/../.."
what=${1:-all}
case "$what" in app-image|deb|rpm|all) ;; *) echo "usage: $0 [app-image|deb|rpm|all]" >&2; exit 2 ;; esac

name="AI Venture Workbook"
package=ai-venture-workbook
install_root=/opt
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
# jpackage and the package formats want a plain numeric version; a -SNAPSHOT never ships.
[[ "$version" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || { echo "pom version '$version' is not numeric (1.2.3)" >&2; exit 2; }

[ "${SKIP_MAVEN:-0}" = 1 ] || mvn -B -q package -DskipTests
jar=target/ai-venture-workbook.jar
[ -f "$jar" ] || { echo "$jar is missing: run mvn -B package -DskipTests" >&2; exit 2; }

out=target/installer
input=$out/input
rm -rf "$out"
mkdir -p "$input"

# 1. The jar without other platforms' native libraries; JavaFX's and sqlite-jdbc's for this one beside it.
java -cp "$jar" installer/TrimJar.java "$jar" "$input"
cp installer/make-appcds.sh "$input/"

# 2. The classes the app loads until its window shows the open workbook (and for a `score` run), from real runs.
installer/linux/record-classes.sh "$input" "$input/classes.lst"

# 3. The runtime: the JDK modules the app uses (jdeps), java.desktop for JavaFX's Swing bridge and AWT,
#    jdk.localedata for Chinese dates and numbers. JavaFX itself rides in the app's jar and libraries.
#    --generate-cds-archive keeps the JDK's own class-data sharing for the trimmed runtime (the fallback when
#    the app's archive is missing); it needs bin/java, so no --strip-native-commands.
deps=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps "$input/ai-venture-workbook.jar")
modules="$deps,java.desktop,jdk.localedata"
echo "runtime modules: $modules"

app_options=(
  --name "$name"
  --app-version "$version"
  --vendor "AI Venture Workbook"
  --description "Offline workbook for founders of AI large-model startups"
  --copyright "AI Venture Workbook"
)
# $APPDIR is lib/app of the installed app. The app's archive, made after installing (see make-appcds.sh), is
# named by the launcher (launcher.sh) when it exists.
# One C1 compiler thread and no C2: on two cores the JIT's threads compete with the first window for the CPU
# (measured against an empty window: 1.62x with the default JIT, 1.34x with C1 only, 1.23x with one C1 thread).
# The heavy work (assessing 10,000 risks) runs off the FX thread, where C1's code is fast enough.
# Transparent huge pages for the heap (Linux only; the kernel's default "madvise" mode allows them for a program
# that asks): the first window touches ~50 MB of fresh heap, one page fault per 4 KB page otherwise; measured
# paired against the empty window, 1.19 -> 1.11, and the collection before the first frame 26 -> 17 ms, for
# ~20 MB more resident memory. Typing in a 10,000-risk register keeps its pauses (longest 34-37 ms).
java_options=(
  --java-options '-Dorg.sqlite.lib.path=$APPDIR'
  --java-options '-XX:TieredStopAtLevel=1'
  --java-options '-XX:CICompilerCount=1'
  --java-options '-XX:+UseTransparentHugePages'
)

jpackage --type app-image "${app_options[@]}" "${java_options[@]}" \
  --input "$input" --main-jar ai-venture-workbook.jar --main-class org.aiventure.workbook.Launcher \
  --icon assets/icons/app-icon-256.png \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-man-pages --no-header-files --include-locales=en,zh --generate-cds-archive" \
  --dest "$out"
image="$out/$name"
# Our launcher (launcher.sh) in place of jpackage's, with the class path and options jpackage wrote for its own.
cfg="$image/lib/app/$name.cfg"
to_shell() { sed -e 's|\$APPDIR|$app|g' -e 's|.*|"&"|' | paste -sd ' ' -; }
options=$(sed -n 's/^java-options=//p' "$cfg" | to_shell)
class_path=$(sed -n 's/^app.classpath=//p' "$cfg" | to_shell)
main_class=$(sed -n 's/^app.mainclass=//p' "$cfg")
[ -n "$options" ] && [ -n "$class_path" ] && [ -n "$main_class" ] || { echo "unexpected launcher settings in $cfg" >&2; exit 1; }
sed -e "s|@JAVA_OPTIONS@|$options|" -e "s|\"@CLASS_PATH@\"|$class_path|" -e "s|@MAIN_CLASS@|$main_class|" \
  installer/linux/launcher.sh > "$image/bin/$name"
chmod 755 "$image/bin/$name"
# jpackage's launcher's settings and its helper library: ours needs neither.
rm "$cfg" "$image/lib/libapplauncher.so"
echo "app image: $image ($(du -sm "$image" | cut -f1) MB)"

# 4. The packages, from the app image: menu entry, icon, .aivw file type, the GTK/GL libraries JavaFX needs.
resources=$out/resources
mkdir -p "$resources"
# The .deb's maintainer scripts and the .rpm's spec: after installing, the AppCDS archive and the command link.
for f in postinst prerm "$package.spec"; do
  sed -e "s|@APP_DIR@|$install_root/$package|g" -e "s|@LAUNCHER@|$name|g" "installer/linux/resources/$f" > "$resources/$f"
done
# jpackage's own menu entry starts the app without the file that was double-clicked: ours passes it (%f).
# jpackage looks the entry up by the desktop file's name or by the launcher's; both get ours.
cp installer/linux/resources/app.desktop "$resources/$package-${name// /_}.desktop"
cp installer/linux/resources/app.desktop "$resources/$name.desktop"
package_options=(
  "${app_options[@]}"
  --app-image "$image"
  --icon assets/icons/app-icon-256.png
  --file-associations installer/linux/aivw.properties
  --install-dir "$install_root"
  --linux-package-name "$package"
  --linux-menu-group "Office"
  --linux-app-category "misc"
  --linux-shortcut
  --resource-dir "$resources"
  --dest "$out"
)
if [ "$what" = deb ] || [ "$what" = all ]; then
  jpackage --type deb "${package_options[@]}" \
    --linux-deb-maintainer "workbook@aiventure.invalid" \
    --linux-package-deps "libgtk-3-0, libgl1, libxtst6"
  echo "deb: $(ls "$out"/*.deb) ($(du -m "$out"/*.deb | cut -f1) MB)"
fi
if [ "$what" = rpm ] || { [ "$what" = all ] && command -v rpmbuild >/dev/null; }; then
  jpackage --type rpm "${package_options[@]}" \
    --linux-rpm-license-type "Proprietary" \
    --linux-package-deps "gtk3, mesa-libGL, libXtst"
  echo "rpm: $(ls "$out"/*.rpm) ($(du -m "$out"/*.rpm | cut -f1) MB)"
fi

# 5. The app image's own archive, made last so that no package carries one bound to this folder.
sh "$image/lib/app/make-appcds.sh"
echo "app image with its start-up archive: $(du -sm "$image" | cut -f1) MB"
