#!/usr/bin/env node
// `npm test`: runs the browser tests in Chromium, Firefox and WebKit with the system browsers.
// 1. Finds the browsers; if any is missing and we are root on Debian, installs them with apt-get,
//    otherwise stops and prints the exact command to run. It never tests fewer engines silently:
//    TWIN_ENGINES=chromium,firefox narrows the run only when you ask for it.
// 2. Starts WebKitWebDriver under Xvfb on a free port, then runs Web Test Runner with the given args.
// 3. Runs them once more, and says so, if the runner stopped before it reported any result (see the end).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { webkitPaintEnv } from './webkit-env.mjs';

const engines = (process.env.TWIN_ENGINES ?? 'chromium,firefox,webkit').split(',').map((s) => s.trim()).filter(Boolean);
const requirements = {
  chromium: { files: [process.env.TWIN_CHROMIUM ?? '/usr/bin/chromium'], packages: ['chromium'] },
  firefox: { files: [process.env.TWIN_FIREFOX ?? '/usr/bin/firefox-esr'], packages: ['firefox-esr'] },
  webkit: {
    files: [
      process.env.TWIN_MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      '/usr/bin/WebKitWebDriver',
      '/usr/bin/xvfb-run',
    ],
    packages: ['webkit2gtk-driver', 'xvfb'],
  },
};
const fonts = { files: ['/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf'], packages: ['fonts-noto-core'] };

function missingPackages() {
  const missing = new Set();
  for (const req of [...engines.map((e) => requirements[e]), fonts]) {
    if (!req) continue;
    if (req.files.some((f) => !existsSync(f))) req.packages.forEach((p) => missing.add(p));
  }
  return [...missing];
}

let missing = missingPackages();
if (missing.length) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get') && process.env.TWIN_NO_INSTALL !== '1';
  if (!canInstall) {
    console.error(`The browser tests need system packages that are missing: ${missing.join(', ')}.\nInstall them (Debian) with:\n  sudo sh -c '${command}'\nthen run npm test again.`);
    process.exit(1);
  }
  console.log(`Installing the test browsers: ${command}`);
  const r = spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  missing = missingPackages();
  if (r.status !== 0 || missing.length) {
    console.error(`Could not install ${missing.join(', ') || 'the browsers'}; run as root: ${command}`);
    process.exit(1);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForDriver(port, child) {
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await delay(200);
  }
  throw new Error('WebKitWebDriver did not start within 30 s');
}

const env = { ...process.env };
let driver;
/** Starts WebKitWebDriver under Xvfb on a free port, when WebKit is among the engines. */
async function startDriver() {
  if (!engines.includes('webkit')) return;
  const port = await freePort();
  // WebKit runs in Tehran's time zone (Chromium and Firefox in far-east and far-west ones; see the config), and
  // paints on the CPU (see webkit-env.mjs; WEBKIT_SKIA_ENABLE_CPU_RENDERING=0 tests the GPU path).
  driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...webkitPaintEnv(), TZ: 'Asia/Tehran' },
    detached: true,
  });
  env.TWIN_WEBDRIVER_PORT = String(port);
  await waitForDriver(port, driver);
}
await startDriver();

function stopDriver() {
  if (driver && driver.exitCode === null) {
    try {
      process.kill(-driver.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
process.on('exit', stopDriver);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { stopDriver(); process.exit(130); });

// The reporter (engine-summary-reporter.mjs) writes the run's totals here when the run ends with its results.
const scratch = mkdtempSync(join(tmpdir(), 'twin-test-'));
env.TWIN_SUMMARY_FILE = join(scratch, 'summary.json');
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/**
 * Runs Web Test Runner; resolves with its exit code (1 when a signal ended it), and whether it reported results. A
 * runner that ends with neither a result nor an error of its own says nothing; scripts/wtr-exit-watch.mjs, loaded
 * into it, says how it ended.
 */
function runTests() {
  rmSync(env.TWIN_SUMMARY_FILE, { force: true });
  const wtr = spawn(process.execPath, ['--import', './scripts/wtr-exit-watch.mjs', 'node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  return new Promise((resolve) => {
    wtr.on('exit', (code, signal) => {
      // A runner killed by a signal prints nothing of its own (a CI run once ended mid-suite with no word); say so.
      if (signal) console.error(`\nnpm test: Web Test Runner was stopped by ${signal} before it finished.`);
      resolve({ code: code ?? (signal ? 1 : 0), reported: existsSync(env.TWIN_SUMMARY_FILE) });
    });
  });
}

let run = await runTests();
// Two CI runs (of about thirty) ended mid-suite with exit code 1 and no result, failed test or error: the runner
// itself stopped. That run is started again, once, and says so; a run that reports results, failed tests included,
// is never repeated.
if (run.code !== 0 && !run.reported) {
  console.error('\nnpm test: Web Test Runner stopped before it reported any result (see above); running the tests again, once.\n');
  // A fresh WebKitWebDriver: the stopped runner may have left its session open, and the driver serves one at a time.
  stopDriver();
  await startDriver();
  run = await runTests();
}
stopDriver();
process.exit(run.code);
