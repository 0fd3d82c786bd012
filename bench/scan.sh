#!/usr/bin/env bash
# Scan speed measured against the cost of just reading the same files: hyperfine times
# `mcp-catalog scan` and `grep -rc server` (same folders, same skipped folders) on each folder given,
# then on all of them in one run. The ratio scan/grep is the figure to report.
# usage: [RUNS=5] [WARMUP=1] bench/scan.sh FOLDER...        (needs hyperfine: apt-get install hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: bench/scan.sh FOLDER..." >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install hyperfine" >&2; exit 2; }
./mcp-catalog build >/dev/null
jar=target/quarkus-app/quarkus-run.jar
skipped=".git .hg .svn node_modules bower_components vendor third_party dist build out target bin obj .gradle .idea .vscode .next .nuxt .turbo .cache coverage __pycache__ .venv venv env .tox .mypy_cache .pytest_cache site-packages .yarn"
excludes=""
for folder in $skipped; do excludes="$excludes --exclude-dir=$folder"; done
report=$(mktemp -d)
run() {
  local label=$1; shift
  hyperfine --warmup "${WARMUP:-1}" --runs "${RUNS:-5}" --style basic --export-json "$report/$label.json" \
    -n "scan $label" "java -jar $jar scan $* --format json > /dev/null" \
    -n "grep $label" "grep -rc server $excludes $* > /dev/null || true" >&2
  python3 - "$report/$label.json" "$label" <<'PY'
import json, sys
results = {r["command"].split()[0]: r["mean"] for r in json.load(open(sys.argv[1]))["results"]}
print(f"{sys.argv[2]:40s} scan {results['scan']*1000:8.0f} ms   grep {results['grep']*1000:8.0f} ms   ratio {results['scan']/results['grep']:6.1f}")
PY
}
for folder in "$@"; do run "$(basename "$folder")" "$folder"; done
[ $# -gt 1 ] && run "all-$#-folders" "$@"
rm -rf "$report"
