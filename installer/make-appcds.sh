#!/bin/sh
# Makes the installed app's class-data-sharing archive (AppCDS): the classes the app loads up to its first
# window, parsed and verified once, then mapped into memory at each start. On JDK 17 an archive is bound to
# the exact path of the app's jar, so it is made where the app is installed: by the package's post-install
# step, or by hand for an app image after moving it (sh lib/app/make-appcds.sh). The launcher names it
# (-XX:SharedArchiveFile) while it exists, else the runtime's own archive serves; a stale one is ignored.
# Measured on JDK 17: where the folder's path has a space, the archive holds the JDK's classes but not the app's.
set -e
app=$(cd "$(dirname "$0")" && pwd -P)
java="$app/../runtime/bin/java"
rm -f "$app/aivw.jsa"
"$java" -Xshare:dump -XX:SharedClassListFile="$app/classes.lst" -XX:SharedArchiveFile="$app/aivw.jsa" \
  -cp "$app/ai-venture-workbook.jar" -Xlog:cds=off -Xlog:cds+dynamic=off >/dev/null
chmod 644 "$app/aivw.jsa"
