#!/usr/bin/env bash
# Runs the whole test suite N times in a row (default 5) while one busy process per core competes
# for the CPU, and prints how many runs were fully green, with every failed test named, so anyone
# can repeat the flakiness measurement:  bash scripts/test-under-load.sh [runs] [hogs]
# The suite must pass on a loaded machine: a test that fails here waits wrongly (or the product has a
# race) and is fixed at its root, never retried.
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
hogs=${2:-$(nproc)}
out=$(mktemp -d)

bash scripts/bootstrap.sh --test-deps >/dev/null || { echo "setup failed"; exit 1; }
pnpm run build >/dev/null || { echo "client build failed"; exit 1; }

hog_pids=()
stop_hogs() { ((${#hog_pids[@]})) && kill "${hog_pids[@]}" 2>/dev/null; }
trap stop_hogs EXIT
for ((i = 0; i < hogs; i++)); do
  node -e 'for (;;) {}' &
  hog_pids+=($!)
done
echo "load: ${hogs} busy processes on $(nproc) cores"

green=0
for ((run = 1; run <= runs; run++)); do
  started=$(date +%s)
  pnpm exec vitest run --reporter=json --outputFile.json="$out/run-$run.json" >"$out/run-$run.log" 2>&1
  seconds=$(($(date +%s) - started))
  line=$(node -e '
    const fs = require("fs")
    let r
    try { r = JSON.parse(fs.readFileSync(process.argv[1], "utf8")) } catch { console.log("no report"); process.exit() }
    const failed = r.testResults.flatMap((file) =>
      file.assertionResults.length === 0 && file.status === "failed"
        ? [`${file.name} (did not load)`]
        : file.assertionResults.filter((t) => t.status === "failed").map((t) => `${file.name.replace(process.cwd() + "/", "")} > ${t.fullName}`))
    console.log(`${r.numPassedTests} passed, ${failed.length} failed` + failed.map((f) => "\n    " + f).join(""))
  ' "$out/run-$run.json")
  echo "run ${run}/${runs} (${seconds} s): ${line}"
  [[ "$line" == *" passed, 0 failed" ]] && green=$((green + 1))
done
echo "${green} of ${runs} runs fully green under load (logs and JSON reports in ${out})"
((green == runs))
