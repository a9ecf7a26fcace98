// The intranet setup, end to end: the app built with a relative API base
// (VITE_API_BASE_URL=/progress-api/v1) into its own directory, served on one origin by a plain
// backend written from docs/api.md (support/plain-backend.mjs, no code from src/), answering a
// generated dataset of five units with a late report. The figures on the page are checked against
// values computed here from that dataset.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startPlainBackend } from './support/plain-backend.mjs';
import { launchBrowser } from './support/session.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const apiBase = '/progress-api/v1';
let workDir;
let backend;
let browser;
let dataset;

before(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'relative-api-'));
  const distDir = join(workDir, 'dist');
  execFileSync(
    'npx',
    ['vite', 'build', '--outDir', distDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      cwd: root,
      env: { ...process.env, VITE_API_BASE_URL: apiBase },
      stdio: 'inherit',
    },
  );
  dataset = JSON.parse(
    execFileSync(
      'npx',
      [
        'tsx',
        '-e',
        "import { generateFewUnitsDataset } from './mocks/data/variant-datasets.ts'; process.stdout.write(JSON.stringify(generateFewUnitsDataset()))",
      ],
      { cwd: root, maxBuffer: 64 * 1024 * 1024 },
    ).toString(),
  );
  backend = await startPlainBackend({ dataset, distDir, apiBase });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  backend?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

const valueOf = (indicatorId, unitId, period) =>
  dataset.observations.find(
    (item) => item.indicatorId === indicatorId && item.unitId === unitId && item.period === period,
  )?.value ?? null;

test('a build with a relative API base shows the figures of the data it is served', async () => {
  const page = await browser.newPage();
  const failures = [];
  page.on('pageerror', (error) => failures.push(error.message));
  await page.goto(`${backend.url}/`);
  await page
    .getByRole('heading', { level: 1, name: dataset.meta.title })
    .waitFor({ timeout: 30_000 });

  const units = dataset.units.filter((unit) => unit.level === 'league-city');
  const last = dataset.meta.lastMonth;
  const reporting = units.filter((unit) =>
    ['backlog-resolution-rate', 'backlog-resolved', 'backlog-assigned'].every(
      (id) => valueOf(id, unit.id, last) !== null,
    ),
  );
  const sum = (id) => reporting.reduce((total, unit) => total + valueOf(id, unit.id, last), 0);
  const rate = (sum('backlog-resolved') / sum('backlog-assigned')) * 100;

  const tile = page.locator('li.headline[data-indicator="backlog-resolution-rate"]');
  await tile
    .getByText(`${rate.toFixed(1)}%`, { exact: false })
    .first()
    .waitFor({ timeout: 30_000 });
  const text = await tile.textContent();
  assert.match(text, new RegExp(`全区${units.length}个盟市合计`));
  if (reporting.length < units.length)
    assert.match(text, new RegExp(`${reporting.length}/${units.length}个盟市已报送`));
  // No card is left with an unexplained error.
  assert.equal(await page.getByText('请求未能完成').count(), 0);
  assert.deepEqual(failures, []);
  // index.html preloads app-config.json in this build too, and the page's own request takes it.
  const configFetches = await page.evaluate(
    () =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname === '/app-config.json').length,
  );
  assert.equal(configFetches, 1, 'app-config.json fetched once');
  await page.close();
});
