#!/bin/sh
# Starts AI Venture Workbook (the menu entry, a double-clicked .aivw file, the ai-venture-workbook command):
# the app image's own runtime with the java options jpackage was given, filled in by installer/linux/build.sh.
# It stands in for jpackage's Linux launcher, which asks rpm and then dpkg at every start which package owns
# it before it starts the JVM: 0.4 s on a Debian machine with JDK 17, a third of the whole start.
self=$(readlink -f "$0")
image=${self%/bin/*}
app="$image/lib/app"
# The app's class-data archive is made once installed (lib/app/make-appcds.sh). Named while it is missing, the
# JVM would share no classes at all, not even the runtime's own archive.
archive=-Xshare:auto
[ -f "$app/aivw.jsa" ] && archive="-XX:SharedArchiveFile=$app/aivw.jsa"
exec "$image/lib/runtime/bin/java" "$archive" @JAVA_OPTIONS@ -cp "@CLASS_PATH@" @MAIN_CLASS@ "$@"
