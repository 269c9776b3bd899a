#!/usr/bin/env bash
# Builds the double-clickable app with jpackage (JDK 17+): an app image with launcher, icon and
# desktop entry, plus the platform installer: .deb on Linux, .msi on Windows (needs WiX 3),
# .dmg on macOS.
#   packaging/package.sh            app image + installer for this platform
#   packaging/package.sh app-image  only the app image
# Output: target/dist/. Linux needs fakeroot and dpkg-deb for the .deb (Debian: apt-get install fakeroot).
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
name="Marketing Workbench"
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -1)

mvn -B -q -DskipTests package
stage=target/jpackage-input
dist=target/dist
rm -rf "$stage" "$dist"
mkdir -p "$stage" "$dist"
cp target/marketing-workbench.jar "$stage/"
cp -r sample-data "$stage/sample-data"

# The Java modules the app needs (jdeps on the jar, plus jdk.charsets for GB18030/GBK and
# jdk.localedata for Chinese number and date formats).
modules=java.base,java.compiler,java.desktop,java.management,java.naming,java.security.jgss,java.sql,java.xml,java.xml.crypto,jdk.jfr,jdk.unsupported,jdk.unsupported.desktop,jdk.charsets,jdk.localedata,jdk.zipfs

common=(
  --name "$name"
  --app-version "$version"
  --vendor "Marketing Workbench developers"
  --description "Desktop analyst workbench for marketers"
  --copyright "GPL-3.0"
  --input "$stage"
  --main-jar marketing-workbench.jar
  --main-class org.marketingworkbench.Main
  --add-modules "$modules"
  --java-options "-Xmx4g"
  --java-options "-Dfile.encoding=UTF-8"
  --dest "$dist"
)

case "$(uname -s)" in
  Linux)
    platform=(--icon icons/app-256.png)
    installer=(--type deb --resource-dir packaging/linux --linux-package-name marketing-workbench --linux-shortcut
               --linux-menu-group "Office;Science" --linux-app-category misc --license-file LICENSE
               --linux-deb-maintainer "maintainers@marketingworkbench.org")
    ;;
  Darwin)
    platform=(--icon icons/app.icns --mac-package-identifier org.marketingworkbench --mac-package-name "$name")
    installer=(--type dmg --license-file LICENSE)
    ;;
  MINGW*|MSYS*|CYGWIN*)
    platform=(--icon icons/app.ico)
    installer=(--type msi --win-menu --win-menu-group "$name" --win-shortcut --win-dir-chooser
               --win-upgrade-uuid 6f0f6b1e-2d7a-4a57-9d3c-7b0d1f3c9a11 --license-file LICENSE)
    ;;
  *) echo "package: unknown platform $(uname -s)" >&2; exit 2 ;;
esac

jpackage --type app-image "${common[@]}" "${platform[@]}"
echo "app image: $dist/$name"
if [ "$what" = all ]; then
  jpackage "${common[@]}" "${platform[@]}" "${installer[@]}"
  ls -1 "$dist"
fi
