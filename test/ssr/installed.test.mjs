// The command as a site gets it: the package packed (`npm pack`, after `npm run build`), installed into an empty
// project, run as node_modules/.bin/twin-city-elements. Proves the `bin` entry, the shipped files and the runtime
// dependencies (lit, @lit-labs/ssr) are all there. npm installs from its cache when it can.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { root, run } from './run-cli.mjs';

const site = mkdtempSync(join(tmpdir(), 'twin-installed-'));
after(() => rmSync(site, { recursive: true, force: true }));

let bin;
before(() => {
  const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', site], root));
  writeFileSync(join(site, 'package.json'), JSON.stringify({ name: 'a-municipal-site', private: true, type: 'module' }));
  npm(['install', join(site, packed.filename), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], site);
  bin = join(site, 'node_modules/.bin/twin-city-elements');
});

test('node_modules/.bin/twin-city-elements renders the Persian map and timeline', { timeout: 120_000 }, async () => {
  const { code, stdout, stderr } = await run(['render', '--element', 'all', '--lang', 'fa'], { command: [bin], cwd: site });
  assert.equal(stderr, '');
  assert.equal(code, 0);
  assert.ok(stdout.startsWith('<twin-agreement-card lang="fa" dir="rtl"><template shadowrootmode="open">'));
  for (const text of ['تفاهم‌نامه خواهرخواندگی خوی و قونیه', '۲۳ آذر ۱۴۰۴', 'حدود ۱٬۰۹۱ کیلومتر', '۴ دی ۶۵۲']) assert.ok(stdout.replaceAll('\u00a0', ' ').includes(text), text);
  assert.match(stdout, /<path class="land" data-country="IR" d="M/);
});

test('a wrong option from the installed command: exit 2', async () => {
  const { code, stderr } = await run(['render', '--lang', 'xx'], { command: [bin], cwd: site });
  assert.equal(code, 2);
  assert.match(stderr, /--lang must be one of/);
});
