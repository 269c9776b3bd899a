#!/bin/sh
# Makes the start-up archive (AppCDS) beside the app's jar: marketing-workbench.jsa, the classes in
# startup-classes.lst, parsed and verified once here instead of at every start. It is shipped in
# lib/app and run where the app runs, because a JDK 17 archive only fits the folder it was made in:
# by the .deb's postinst at install, and by package.sh for the app image. It uses the app's own
# runtime, as the JVM that reads an archive must be the one that wrote it. The archive is written
# to a temporary file first, so a failed run leaves none, and the app starts without it, only slower.
#   sh lib/app/make-startup-archive.sh     (exit status 1 when no archive was made)
app=$(cd "$(dirname "$0")" && pwd -P)
archive="$app/marketing-workbench.jsa"
rm -f "$archive" "$archive.tmp"
if "$app/../runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$app/startup-classes.lst" \
        -XX:SharedArchiveFile="$archive.tmp" -cp "$app/marketing-workbench.jar"; then
    mv "$archive.tmp" "$archive"
else
    rm -f "$archive.tmp"
    exit 1
fi
