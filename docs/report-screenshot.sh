#!/usr/bin/env bash
# Builds the report of a small demo project headless and photographs it in headless Chromium,
# to check that the HTML report looks finished in a real browser.
#   docs/report-screenshot.sh [OUT.png]      (default: docs/screenshots/report-html-en.png)
# Needs Debian's chromium (apt-get install -y chromium). The demo project has two sources:
# the campaign results of src/test/resources/report/campaigns-demo.csv (made up, with Chinese
# names) and the bank marketing sample (sample-data/bank-full.csv, UCI, CC BY 4.0).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots/report-html-en.png}")
mkdir -p "$(dirname "$out")"
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp src/test/resources/report/campaigns-demo.csv "$work/campaigns.csv"
cp sample-data/bank-full.csv "$work/bank-full.csv"
cat > "$work/demo.mwb.json" <<JSON
{
  "schemaVersion": "1.0",
  "title": "Spring campaigns review",
  "salt": "ZGVtby1zYWx0LWZvci10aGUtc2NyZWVuc2hvdC1vbmx5",
  "sources": [
    {"id": "campaigns", "path": "campaigns.csv", "absolutePath": "$work/campaigns.csv",
     "options": {"encoding": "UTF-8", "delimiter": ",", "header": true},
     "sha256": "$(sha256sum "$work/campaigns.csv" | cut -d' ' -f1)"},
    {"id": "bank", "path": "bank-full.csv", "absolutePath": "$work/bank-full.csv",
     "options": {"encoding": "UTF-8", "delimiter": ";", "header": true},
     "sha256": "$(sha256sum "$work/bank-full.csv" | cut -d' ' -f1)"}
  ],
  "pages": {
    "campaigns": {"input": "campaigns", "alpha": 0.4, "budget": 20000}
  },
  "notes": {
    "data": "Campaign results are the spring wave, exported from the ad platforms on 2 May.\nThe bank file is the reference customer base.",
    "campaigns": "Email wins on conversion at low cost; WeChat brings attention. Keep email for loyal customers and test Douyin again in June."
  }
}
JSON
java -cp "target/classes:$(cat target/cp.txt)" org.marketingworkbench.Main report --project "$work/demo.mwb.json" \
  --out "$work/out"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" --hide-scrollbars \
  --window-size="${WIDTH:-1280},${HEIGHT:-4200}" --screenshot="$out" "file://$work/out/report.html" 2>/dev/null
echo "$out"
