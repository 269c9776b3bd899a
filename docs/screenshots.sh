#!/usr/bin/env bash
# Regenerates the README's screenshots from the real app in a virtual display.
#   docs/screenshots.sh                 every shot listed below
#   docs/screenshots.sh segments-en     only the named ones
# Needs Xvfb, ImageMagick's import, GTK 3 and CJK fonts:
#   apt-get install xvfb imagemagick libgtk-3-0 fonts-noto-cjk
# Each shot starts the app from target/marketing-workbench.jar (built when missing) with a fresh
# settings folder, so what you see is what a new user sees.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/marketing-workbench.jar ] || mvn -B -q -DskipTests package
out=docs/screenshots
mkdir -p "$out"

# name | wait seconds | app arguments. Pages with results open the sample project, which recomputes
# every page's analysis (seeded) on open.
project=sample-data/sample.mwb.json
shots=(
  "welcome-en|15|--language en --theme light"
  "welcome-zh|15|--language zh-CN --theme light"
  "data-en|25|--sample --page data --language en --theme light"
  "data-dark-en|25|--sample --page data --language en --theme dark"
  "prepare-en|40|$project --page prepare --language en --theme light"
  "explore-en|40|$project --page explore --language en --theme light"
  "segments-en|45|$project --page segments --language en --theme light"
  "segments-dark-zh|45|$project --page segments --language zh-CN --theme dark"
  "baskets-en|45|$project --page baskets --language en --theme light"
  "predict-en|45|$project --page predict --language en --theme light"
  "recommend-en|45|$project --page recommend --language en --theme light"
  "campaigns-en|40|$project --page campaigns --language en --theme light"
  "campaigns-zh|40|$project --page campaigns --language zh-CN --theme light"
  "report-en|40|$project --page report --language en --theme light"
)

wanted=("$@")
for shot in "${shots[@]}"; do
  IFS='|' read -r name wait args <<< "$shot"
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " == *" $name "* ]]; then continue; fi
  display=":$(( (RANDOM % 400) + 500 ))"
  settings=$(mktemp -d)
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  sleep 1
  # shellcheck disable=SC2086
  DISPLAY=$display java -Dmwb.settings.dir="$settings" -jar target/marketing-workbench.jar $args >/dev/null 2>&1 &
  app=$!
  sleep "$wait"
  DISPLAY=$display import -window root "$out/$name.png"
  kill "$app" 2>/dev/null || true
  kill "$xvfb" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  rm -rf "$settings"
  echo "$out/$name.png"
done
