// The dashboard's speed in Chromium, side by side with a bare React + Recharts page in one run.
//
//   npm run bench:browser                    build both, cold loads and filter changes at CPU ×1 and ×4
//   BENCH_LOADS=7 BENCH_CHANGES=20 npm run bench:browser
//   BENCH_LIGHTHOUSE=0 npm run bench:browser skip Lighthouse
//   BENCH_SKIP_BUILD=1 npm run bench:browser measure the dist/ already there
//
// It builds the default (embedded mock API) dashboard into dist/ and the bare page of
// scripts/bench-bare/ into a temporary folder, serves both with `vite preview`, and drives Debian's
// Chromium with playwright-core, throttling the CPU through the DevTools protocol. Each cold load is
// a fresh browser context (no cache, no service worker). Figures are medians (and p95 for filter
// changes); ratios are against the bare page measured in the same run, which is what to compare on
// a shared machine. Results also go to test-results/bench-browser.json.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { changeFilter, newSession } from './bench-support/page-instrument.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const loads = Number(process.env.BENCH_LOADS ?? 5);
const changes = Number(process.env.BENCH_CHANGES ?? 20);
const rates = (process.env.BENCH_CPU ?? '1,4').split(',').map(Number);
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE ?? 3);
const viewport = { width: 1440, height: 900 };

// ---------------------------------------------------------------------------------------------
// Build and serve

// BENCH_APP_DIR measures another build of the dashboard (e.g. an earlier commit's), built beforehand.
const appDir = process.env.BENCH_APP_DIR ?? 'dist';
const bareDir = mkdtempSync(join(tmpdir(), 'bench-bare-'));
if (!process.env.BENCH_SKIP_BUILD && !process.env.BENCH_APP_DIR) {
  console.error('bench: building the dashboard (default embedded build) …');
  await build({ logLevel: 'warn' });
}
// Only a build with the embedded mock API has the sample's query worker.
if (
  !readdirSync(join(appDir, 'assets')).some((name) =>
    /^sample-engine\.worker-[\w-]+\.js$/.test(name),
  )
) {
  console.error('bench: dist/ was built for a real API; build without VITE_API_BASE_URL.');
  process.exit(1);
}
console.error('bench: building the bare React + Recharts page …');
await build({
  configFile: false,
  root: 'scripts/bench-bare',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: bareDir, emptyOutDir: true, target: 'es2022' },
});

const appServer = await preview({
  build: { outDir: appDir },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'warn',
});
const bareServer = await preview({
  configFile: false,
  root: 'scripts/bench-bare',
  build: { outDir: bareDir },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'warn',
});
const urlOf = (server) => server.resolvedUrls.local[0];
const pages = {
  dashboard: { url: urlOf(appServer), dir: appDir },
  bare: { url: urlOf(bareServer), dir: bareDir },
};

// ---------------------------------------------------------------------------------------------
// Statistics and sizes

const sorted = (values) => [...values].filter(Number.isFinite).sort((a, b) => a - b);
const quantile = (values, q) => {
  const list = sorted(values);
  if (list.length === 0) return NaN;
  return list[Math.min(list.length - 1, Math.ceil(q * list.length) - 1)];
};
const median = (values) => {
  const list = sorted(values);
  if (list.length === 0) return NaN;
  const middle = Math.floor(list.length / 2);
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
};

const gzipCache = new Map();
function fileFor(dir, url) {
  const path = join(dir, decodeURIComponent(new URL(url).pathname));
  return existsSync(path) && statSync(path).isFile() ? path : null;
}
function gzipBytes(dir, url) {
  const path = fileFor(dir, url);
  if (!path) return 0;
  if (!gzipCache.has(path)) gzipCache.set(path, gzipSync(readFileSync(path), { level: 9 }).length);
  return gzipCache.get(path);
}
const rawBytes = (dir, url) => {
  const path = fileFor(dir, url);
  return path ? statSync(path).size : 0;
};

/**
 * What the page fetched: resource timing, plus the embedded mock's API requests, which msw answers
 * in the page (mocks/in-page.ts) and records as performance measures instead.
 */
async function resources(page) {
  return page.evaluate(() => [
    ...performance.getEntriesByType('resource').map((entry) => ({
      name: entry.name,
      start: entry.startTime,
      end: entry.responseEnd,
    })),
    ...performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('mock-api '))
      .map((entry) => ({
        name: entry.name.slice('mock-api '.length),
        start: entry.startTime,
        end: entry.startTime + entry.duration,
      })),
  ]);
}

async function coldLoad(browser, which, rate) {
  const { dir, url } = pages[which];
  const { context, page } = await newSession(browser, rate);
  try {
    await page.goto(url);
    await page.waitForFunction(() => window.__bench?.firstScreenAt !== null, null, {
      timeout: 120_000,
      polling: 100,
    });
    // A quiet second after the first screen, so late long tasks of the load are seen too.
    await page.waitForTimeout(1000);
    const bench = await page.evaluate(() => {
      const { longTasks, firstChartAt, firstScreenAt, fcp, lcp } = window.__bench;
      return { longTasks, firstChartAt, firstScreenAt, fcp, lcp };
    });
    const entries = await resources(page);
    const before = entries.filter((entry) => entry.start <= bench.firstScreenAt);
    const isJs = (entry) => /\.m?js(\?|$)/.test(new URL(entry.name).pathname);
    const isCss = (entry) => /\.css(\?|$)/.test(new URL(entry.name).pathname);
    const isFont = (entry) => /\.(woff2?|ttf|otf)(\?|$)/.test(new URL(entry.name).pathname);
    const isApi = (entry) => new URL(entry.name).pathname.includes('/api/');
    const html = gzipBytes(dir, `${url}index.html`);
    const sum = (list, size) => list.reduce((total, entry) => total + size(dir, entry.name), 0);
    const fonts = before.filter(isFont);
    const tbt = bench.longTasks
      .filter((task) => task.start >= (bench.fcp ?? 0) && task.start <= bench.firstScreenAt)
      .reduce((total, task) => total + Math.max(0, task.duration - 50), 0);
    return {
      jsGzip: sum(before.filter(isJs), gzipBytes),
      cssGzip: sum(before.filter(isCss), gzipBytes),
      fontFiles: fonts.length,
      fontBytes: sum(fonts, rawBytes),
      transferGzip:
        html +
        sum(
          before.filter((entry) => isJs(entry) || isCss(entry)),
          gzipBytes,
        ) +
        sum(fonts, rawBytes),
      apiRequests: before.filter(isApi).length,
      fcp: bench.fcp,
      lcp: bench.lcp,
      firstChart: bench.firstChartAt,
      firstScreen: bench.firstScreenAt,
      tbt,
      longestTask: Math.max(0, ...bench.longTasks.map((task) => task.duration)),
    };
  } finally {
    await context.close();
  }
}

/** Twenty filter changes through the UI: period presets and unit ticks, in turn. */
async function filterChanges(browser, rate) {
  const { page, context } = await newSession(browser, 1);
  try {
    await page.goto(pages.dashboard.url);
    await page.waitForFunction(() => window.__bench?.firstScreenAt !== null, null, {
      timeout: 120_000,
      polling: 100,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const results = [];
    for (let index = 0; index < changes; index += 1) {
      const change = await changeFilter(page, index);
      const api = (await resources(page)).filter((entry) => entry.name.includes('/api/'));
      const outcome = await page.evaluate((api) => {
        const { armedAt, doneAt, events, longTasks } = window.__bench;
        const changed = api.filter((entry) => entry.start >= armedAt);
        const dataAt = changed.length ? Math.max(...changed.map((entry) => entry.end)) : armedAt;
        const inputEvents = events.filter(
          (entry) => entry.start >= armedAt - 1 && entry.start <= doneAt && entry.interactionId,
        );
        const tasks = longTasks.filter(
          (task) => task.start + task.duration >= armedAt && task.start <= doneAt,
        );
        return {
          update: doneAt - armedAt,
          afterData: Math.max(0, doneAt - dataAt),
          // Below 16 ms the browser reports no event entry at all.
          eventDuration: Math.max(16, ...inputEvents.map((entry) => entry.duration)),
          longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
          requests: changed.length,
        };
      }, api);
      results.push(outcome);
      await change.close();
    }
    return results;
  } finally {
    await context.close();
  }
}

/** The whole-dashboard PDF and Word exports: time to the download and the longest task meanwhile. */
async function exports(browser, rate) {
  const { page, context } = await newSession(browser, 1);
  try {
    await page.goto(pages.dashboard.url);
    await page.waitForFunction(() => window.__bench?.firstScreenAt !== null, null, {
      timeout: 120_000,
      polling: 100,
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const outcomes = {};
    for (const [format, name] of [
      ['pdf', /PDF/],
      ['docx', /Word/],
    ]) {
      await page.waitForTimeout(500);
      const download = page.waitForEvent('download', { timeout: 300_000 });
      const now = () => page.evaluate(() => performance.now());
      let startedAt = await now();
      await page.locator('.dashboard-export button', { hasText: name }).click();
      if (format === 'docx') {
        // The Word briefing asks for its head first: timed from its confirmation.
        const confirm = page.locator('[role="dialog"] button[type="submit"]');
        await confirm.waitFor();
        startedAt = await now();
        await confirm.click();
      }
      await download;
      outcomes[format] = await page.evaluate((start) => {
        const tasks = window.__bench.longTasks.filter((task) => task.start >= start);
        return {
          total: performance.now() - start,
          longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
          over100: tasks.filter((task) => task.duration > 100).length,
        };
      }, startedAt);
    }
    return outcomes;
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Lighthouse, where it runs

/** One Lighthouse run in its own process group, so that a run that times out takes its Chromium along. */
function lighthouse(url, preset) {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-lh-')), 'report.json');
  const args = [
    'node_modules/lighthouse/cli/index.js',
    url,
    '--quiet',
    '--output=json',
    `--output-path=${out}`,
    '--only-categories=performance,accessibility',
    '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    '--max-wait-for-load=60000',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: chromiumPath },
      stdio: 'ignore',
      detached: true,
    });
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }, 180_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !existsSync(out)) return resolve(null);
      const report = JSON.parse(readFileSync(out, 'utf8'));
      const score = (id) => Math.round((report.categories[id]?.score ?? NaN) * 100);
      resolve({
        performance: score('performance'),
        accessibility: score('accessibility'),
        unusedJs: (report.audits['unused-javascript']?.details?.overallSavingsBytes ?? 0) / 1024,
        tbt: report.audits['total-blocking-time']?.numericValue ?? NaN,
        lcp: report.audits['largest-contentful-paint']?.numericValue ?? NaN,
      });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Run and print

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const results = { date: new Date().toISOString(), loads, changes, rates, cold: {}, clicks: {} };
try {
  for (const rate of rates) {
    for (const which of ['bare', 'dashboard']) results.cold[`${which}@${rate}`] = [];
    // Interleaved, so that noise from other work on the machine falls on both pages alike.
    for (let run = 0; run < loads; run += 1) {
      for (const which of ['bare', 'dashboard']) {
        console.error(`bench: cold load ${run + 1}/${loads} of ${which} at CPU ×${rate}`);
        results.cold[`${which}@${rate}`].push(await coldLoad(browser, which, rate));
      }
    }
    console.error(`bench: ${changes} filter changes at CPU ×${rate}`);
    results.clicks[rate] = await filterChanges(browser, rate);
    if (process.env.BENCH_EXPORTS !== '0') {
      console.error(`bench: PDF and Word exports at CPU ×${rate}`);
      (results.exports ??= {})[rate] = await exports(browser, rate);
    }
  }
} finally {
  await browser.close();
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
const ratio = (a, b) => (b > 0 && Number.isFinite(a) ? `${(a / b).toFixed(2)}×` : '—');
const rows = [];
const row = (label, dashboard, bare, format) =>
  rows.push([
    label,
    format(dashboard),
    bare === null ? '' : format(bare),
    bare === null ? '' : ratio(dashboard, bare),
  ]);

const pick = (list, key) => list.map((item) => item[key]);
for (const rate of rates) {
  const app = results.cold[`dashboard@${rate}`];
  const bare = results.cold[`bare@${rate}`];
  const both = (label, key, format) =>
    row(`${label}, CPU ×${rate}`, median(pick(app, key)), median(pick(bare, key)), format);
  if (rate === rates[0]) {
    row(
      'JS before the first screen is complete (gzip -9)',
      median(pick(app, 'jsGzip')),
      median(pick(bare, 'jsGzip')),
      kib,
    );
    row('CSS (gzip -9)', median(pick(app, 'cssGzip')), null, kib);
    row(
      'web-font files for the first screen',
      median(pick(app, 'fontFiles')),
      null,
      (value) => `${value} files`,
    );
    row('web-font bytes for the first screen', median(pick(app, 'fontBytes')), null, kib);
    row(
      'bytes for the first screen (HTML+JS+CSS gzip, fonts)',
      median(pick(app, 'transferGzip')),
      median(pick(bare, 'transferGzip')),
      kib,
    );
    row('API requests before the first screen', median(pick(app, 'apiRequests')), null, String);
  }
  both('first contentful paint', 'fcp', ms);
  both('largest contentful paint', 'lcp', ms);
  both('first chart drawn', 'firstChart', ms);
  both('every chart of the first screen drawn', 'firstScreen', ms);
  both('total blocking time (FCP → first screen)', 'tbt', ms);
  both('longest task of the load', 'longestTask', ms);
}
for (const rate of rates) {
  const clicks = results.clicks[rate];
  const line = (label, key, format = ms) =>
    rows.push([
      `filter change ${label}, CPU ×${rate}`,
      `p50 ${format(median(pick(clicks, key)))}`,
      `p95 ${format(quantile(pick(clicks, key), 0.95))}`,
      '',
    ]);
  line('input → every visible chart updated', 'update');
  line('data arrived → every visible chart updated', 'afterData');
  line('event duration (Event Timing, ≥16 ms)', 'eventDuration');
  line('longest task', 'longestTask');
  line('API requests', 'requests', (value) => String(value));
}
for (const rate of rates) {
  const outcome = results.exports?.[rate];
  for (const format of ['pdf', 'docx']) {
    if (!outcome?.[format]) continue;
    const { total, longestTask, over100 } = outcome[format];
    rows.push([
      `whole-dashboard ${format.toUpperCase()} export, CPU ×${rate}`,
      `${ms(total)} total`,
      `longest task ${ms(longestTask)}`,
      `${over100} tasks > 100 ms`,
    ]);
  }
}

const header = ['', 'dashboard', 'bare page', 'ratio'];
const widths = header.map((_, column) =>
  Math.max(...[header, ...rows].map((cells) => cells[column].length)),
);
const print = (cells) =>
  console.log(`| ${cells.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`);
console.log(
  `\nmedians of ${loads} cold loads and ${changes} filter changes (viewport ${viewport.width}×${viewport.height}); one run, both pages interleaved`,
);
print(header);
print(widths.map((width) => '-'.repeat(width)));
rows.forEach(print);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench-browser.json', JSON.stringify(results, null, 2));

if (lighthouseRuns > 0 && existsSync('node_modules/lighthouse/cli/index.js')) {
  results.lighthouse = {};
  for (const preset of ['mobile', 'desktop']) {
    for (const which of ['bare', 'dashboard']) {
      const runs = [];
      for (let run = 0; run < lighthouseRuns; run += 1) {
        console.error(`bench: Lighthouse ${preset} ${run + 1}/${lighthouseRuns} of ${which}`);
        const outcome = await lighthouse(pages[which].url, preset);
        if (outcome) runs.push(outcome);
      }
      results.lighthouse[`${which}@${preset}`] = runs;
    }
  }
}
const lighthouseRows = [];
if (results.lighthouse) {
  for (const preset of ['mobile', 'desktop']) {
    const app = results.lighthouse[`dashboard@${preset}`];
    const bare = results.lighthouse[`bare@${preset}`];
    if (!app.length) {
      lighthouseRows.push([`Lighthouse ${preset}`, 'did not run', '', '']);
      continue;
    }
    const score = (list, key) => median(pick(list, key));
    lighthouseRows.push([
      `Lighthouse performance, ${preset}`,
      String(score(app, 'performance')),
      String(score(bare, 'performance')),
      '',
    ]);
    lighthouseRows.push([
      `Lighthouse accessibility, ${preset}`,
      String(score(app, 'accessibility')),
      String(score(bare, 'accessibility')),
      '',
    ]);
    lighthouseRows.push([
      `Lighthouse TBT, ${preset}`,
      ms(score(app, 'tbt')),
      ms(score(bare, 'tbt')),
      '',
    ]);
    lighthouseRows.push([
      `Lighthouse unused JS, ${preset}`,
      `${score(app, 'unusedJs').toFixed(0)} KiB`,
      `${score(bare, 'unusedJs').toFixed(0)} KiB`,
      '',
    ]);
  }
}

if (lighthouseRows.length) {
  console.log('\nLighthouse (medians), against the production preview:');
  lighthouseRows.forEach((cells) => console.log(`| ${cells.filter(Boolean).join(' | ')} |`));
  writeFileSync('test-results/bench-browser.json', JSON.stringify(results, null, 2));
}
await appServer.close();
await bareServer.close();
console.error('bench: raw results in test-results/bench-browser.json');
// vite preview keeps handles open; the work is done.
process.exit(0);
