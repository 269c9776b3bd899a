#!/usr/bin/env bash
# Writes packaging/startup-classes.lst: the classes the app loads from its start until the sample
# data is loaded. packaging/linux/make-startup-archive.sh turns it into the packaged app's
# class-data-sharing (AppCDS) archive (figures in the README, "Start-up"). Run it when start-up
# code changes, then commit the list.
#   packaging/startup-classes.sh
# Needs Xvfb (apt-get install xvfb) when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
out=packaging/startup-classes.lst

if [ "${1:-}" != --in-display ]; then
  mvn -B -q -DskipTests package
  if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" --in-display
  fi
  exec "$0" --in-display
fi

settings=$(mktemp -d)
trap 'rm -rf "$settings" "$out.tmp"' EXIT
java -XX:DumpLoadedClassList="$out.tmp" -Dmwb.settings.dir="$settings" \
  -jar target/marketing-workbench.jar --sample > "$settings/run.log" 2>&1 &
app=$!
# the window, then the sample files and Tablesaw's warm-up: all done well within 25 s here
sleep 25
kill "$app"
wait "$app" || true
grep -rqs "Window shown" "$settings" || { echo "startup-classes: the window did not show; see the log:" >&2; cat "$settings/run.log" >&2; exit 1; }
mv "$out.tmp" "$out"
echo "$out: $(wc -l < "$out") classes"
