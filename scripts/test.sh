#!/usr/bin/env bash
# Sets up a fresh machine and runs every check: types, lint, client build (with its size budget),
# and all tests (unit, integration, end-to-end in Chromium). Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
report=.vitest-report.json
rm -f "$report"

fail_early() {
  echo "$1 failed"
  echo "0 passed, 1 failed"
  exit 1
}

bash scripts/bootstrap.sh --test-deps || fail_early "setup"
pnpm run typecheck || fail_early "type check"
pnpm run lint || fail_early "lint"
pnpm run build || fail_early "client build"
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json="$report"
status=$?
if [[ ! -f "$report" ]]; then fail_early "vitest (no report)"; fi
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  // A file that fails to load has no test results of its own: count it as one failure.
  const brokenFiles = r.testResults.filter((f) => f.status === "failed" && f.assertionResults.length === 0).length;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed`);
' "$report"
exit $status
