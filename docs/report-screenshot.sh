#!/usr/bin/env bash
# Builds the report of the sample project headless and photographs it in headless Chromium,
# to check that the HTML report looks finished in a real browser.
#   docs/report-screenshot.sh [OUT.png]      (default: docs/screenshots/report-html-en.png)
# Needs Debian's chromium (apt-get install -y chromium). The project reads the sample data
# (sample-data/: the fictional retailer's campaigns, customers, orders and products, and the
# UCI bank marketing file) from a copy in a temporary folder; WIDTH and HEIGHT set the window.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots/report-html-en.png}")
mkdir -p "$(dirname "$out")"
mvn -B -q compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for file in campaigns customers orders products bank-full; do
  cp "sample-data/$file.csv" "$work/$file.csv"
done
source_entry() { # id file delimiter
  printf '{"id": "%s", "path": "%s", "absolutePath": "%s", "options": {"encoding": "UTF-8", "delimiter": "%s", "header": true}, "sha256": "%s"}' \
    "$1" "$2" "$work/$2" "$3" "$(sha256sum "$work/$2" | cut -d' ' -f1)"
}
cat > "$work/demo.mwb.json" <<JSON
{
  "schemaVersion": "1.0",
  "title": "Sample retailer: campaign review",
  "salt": "ZGVtby1zYWx0LWZvci10aGUtc2NyZWVuc2hvdC1vbmx5",
  "sources": [
    $(source_entry campaigns campaigns.csv ,),
    $(source_entry customers customers.csv ,),
    $(source_entry orders orders.csv ,),
    $(source_entry products products.csv ,),
    $(source_entry bank bank-full.csv ';')
  ],
  "pages": {
    "campaigns": {"input": "campaigns", "alpha": 0.5}
  },
  "notes": {
    "data": "Two years of orders up to June 2026 and the campaign results of the same period.\nThe bank file is the reference data for the Predict page.",
    "campaigns": "Each group has its channel: email for high-value loyal customers, search ads for bargain hunters. Keep the budget split by segment and test WeChat again for customers at risk."
  }
}
JSON
java -cp "target/classes:$(cat target/cp.txt)" org.marketingworkbench.Main report --project "$work/demo.mwb.json" \
  --out "$work/out"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$work/chromium" --hide-scrollbars \
  --window-size="${WIDTH:-1280},${HEIGHT:-4700}" --screenshot="$out" "file://$work/out/report.html" 2>/dev/null
echo "$out"
