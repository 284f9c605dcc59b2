// A Web Test Runner reporter that closes the run with the engines that ran and the test counts,
// per engine and in total, on lines of their own (e.g. "Total: 120 passed, 0 failed").

/** Counts the tests of a session's result tree. */
function countTests(suite, counts = { passed: 0, failed: 0, skipped: 0 }) {
  if (!suite) return counts;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else counts.failed++;
  }
  for (const child of suite.suites ?? []) countTests(child, counts);
  return counts;
}

export function engineSummaryReporter() {
  let expectedEngines = [];
  return {
    start({ browsers }) {
      expectedEngines = browsers.map((b) => b.name);
    },
    stop({ sessions }) {
      const perEngine = new Map();
      for (const session of sessions) {
        const name = session.browser.name;
        const c = perEngine.get(name) ?? { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
        countTests(session.testResults, c);
        if (!session.passed && (session.errors?.length ?? 0) > 0) c.sessionErrors += session.errors.length;
        perEngine.set(name, c);
      }
      const total = { passed: 0, failed: 0, skipped: 0 };
      const lines = ['', `Engines: ${[...perEngine.keys()].join(', ')}`];
      for (const [name, c] of perEngine) {
        const errors = c.sessionErrors ? `, ${c.sessionErrors} file errors` : '';
        lines.push(`  ${name}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped${errors}`);
        total.passed += c.passed;
        total.failed += c.failed + c.sessionErrors;
        total.skipped += c.skipped;
      }
      const missing = expectedEngines.filter((n) => !perEngine.has(n));
      if (missing.length) lines.push(`Engines that ran no test: ${missing.join(', ')}`);
      lines.push(`Total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
      console.log(lines.join('\n'));
    },
  };
}
