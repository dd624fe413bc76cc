// Reads the JSON reports of every tier, fails when a tier ran no test or any test was skipped or todo, or
// when a crash-test report (npm run test:crash, per backend) is missing or not ok, and prints one closing
// line "N passed, N failed".
import fs from 'node:fs';

const dir = 'test-results';
const tiers = ['test', 'pg', 'e2e'];
let passed = 0;
let failed = 0;
let problems = 0;
for (const tier of tiers) {
  const file = `${dir}/${tier}.json`;
  if (!fs.existsSync(file)) {
    console.error(`tier ${tier}: no report (${file})`);
    problems++;
    continue;
  }
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  console.log(
    `tier ${tier}: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`,
  );
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numTotalTests === 0) {
    console.error(`tier ${tier} ran no test`);
    problems++;
  }
  if (skipped > 0) {
    console.error(`tier ${tier} skipped ${skipped} test(s); skipping is not allowed in CI`);
    problems++;
  }
}
for (const backend of ['postgres', 'pglite']) {
  const file = `${dir}/crash-${backend}.json`;
  if (!fs.existsSync(file)) {
    console.error(`crash test on ${backend}: no report (${file})`);
    problems++;
    continue;
  }
  const crash = JSON.parse(fs.readFileSync(file, 'utf8'));
  console.log(
    `crash test on ${backend}: ${crash.crashes} crashes, ${crash.acknowledged} acknowledged writes, ${crash.lost} lost, access log ${crash.auditVerify.ok ? 'intact' : 'NOT intact'}`,
  );
  if (!crash.ok) {
    console.error(`crash test on ${backend} failed: ${crash.problems.join('; ')}`);
    problems++;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || problems > 0 ? 1 : 0);
