// @ts-check
// Prints CI's closing line, `N passed, N failed`, from vitest's JSON report plus the results of
// the static checks that .ci/run ran before it (passed as NAME=STATUS arguments).
// Usage: node scripts/test-summary.mjs REPORT [check=0 ...]
import { existsSync, readFileSync } from "node:fs";

const [report, ...checks] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (report && existsSync(report)) {
  const results = JSON.parse(readFileSync(report, "utf8"));
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A suite that fails to load has no failed test but is a failure all the same.
  failed += results.numFailedTestSuites > 0 && results.numFailedTests === 0 ? 1 : 0;
} else {
  console.log(`no test report at ${report}`);
  failed += 1;
}
for (const check of checks) {
  const [name, status] = check.split("=");
  if (status === "0") passed += 1;
  else {
    failed += 1;
    console.log(`check failed: ${name}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
