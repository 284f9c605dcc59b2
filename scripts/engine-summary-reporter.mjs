// A Web Test Runner reporter that closes the run with the engines that ran and the test counts,
// per engine and in total, on lines of their own (e.g. "Total: 120 passed, 0 failed"), and then names every
// test that failed, with its engine, file and first line of error, so that the last lines of a long CI log say
// what broke. It also names each engine's slowest test files (by the sum of their tests' durations), so that what
// makes CI long is in its log; with TWIN_SLOWEST_TESTS=n, the n slowest tests of the run as well.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

/** Counts the tests of a session's result tree and collects the failed ones with their suite path. */
function walk(suite, counts, failures, path = [], tests = []) {
  if (!suite) return;
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    counts.ms = (counts.ms ?? 0) + (test.duration ?? 0);
    const name = [...here, test.name].join(' › ');
    tests.push({ name, ms: test.duration ?? 0 });
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      failures.push({ name, error: test.error });
    }
  }
  for (const child of suite.suites ?? []) walk(child, counts, failures, here, tests);
}

/** The first line of an error's message, shortened. */
function firstLine(error) {
  const text = String(error?.message ?? error ?? 'unknown error').split('\n')[0].trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

export function engineSummaryReporter() {
  let expectedEngines = [];
  return {
    start({ browsers }) {
      expectedEngines = browsers.map((b) => b.name);
    },
    stop({ sessions }) {
      const perEngine = new Map();
      const failures = [];
      const fileTimes = new Map();
      const testTimes = [];
      for (const session of sessions) {
        const name = session.browser.name;
        const c = perEngine.get(name) ?? { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
        const failed = [];
        const before = c.ms ?? 0;
        const tests = [];
        walk(session.testResults, c, failed, [], tests);
        const file = relative(process.cwd(), session.testFile);
        for (const t of tests) testTimes.push({ ...t, where: `${name} · ${file.replace(/^test\//, '')}` });
        const times = fileTimes.get(name) ?? [];
        times.push({ file, ms: (c.ms ?? 0) - before });
        fileTimes.set(name, times);
        const where = `${name} · ${file}`;
        for (const f of failed) failures.push(`  ${where}: ${f.name}\n      ${firstLine(f.error)}`);
        if (!session.passed && (session.errors?.length ?? 0) > 0) {
          c.sessionErrors += session.errors.length;
          for (const e of session.errors) failures.push(`  ${where}: the file failed\n      ${firstLine(e)}`);
        }
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
      for (const [name, times] of fileTimes) {
        const slowest = times.sort((a, b) => b.ms - a.ms).slice(0, Number(process.env.TWIN_SLOWEST ?? 5));
        const sum = times.reduce((n, t) => n + t.ms, 0);
        lines.push(`Slowest in ${name} (tests ${Math.round(sum / 1000)} s in all): ${slowest.map((t) => `${t.file.replace(/^test\//, '')} ${Math.round(t.ms / 1000)} s`).join(', ')}`);
      }
      const slowTests = Number(process.env.TWIN_SLOWEST_TESTS ?? 0);
      if (slowTests > 0) {
        lines.push(`Slowest tests:`);
        for (const t of testTimes.sort((a, b) => b.ms - a.ms).slice(0, slowTests)) lines.push(`  ${(t.ms / 1000).toFixed(1)} s  ${t.where}: ${t.name}`);
      }
      if (failures.length) lines.push('Failed:', ...failures);
      console.log(lines.join('\n'));
      // For scripts/test.mjs: the run reported its results (a runner that stops before this says nothing).
      if (process.env.TWIN_SUMMARY_FILE) writeFileSync(process.env.TWIN_SUMMARY_FILE, JSON.stringify(total));
    },
  };
}
