// The large sample mode beside region scale, in one run in Chromium: cold loads and filter changes
// through the UI of the default sample (12 盟市 and two 盟市's counties, answered by msw) and of
// `?sample=large` (1,000 units × 40 indicators × 25 months = 1,000,000 observations, generated and
// answered by the query engine in a Web Worker), also drilled into 呼和浩特市's 83 counties.
//
//   npm run build && node scripts/bench-large-mode.mjs
//   BENCH_LOADS=5 BENCH_CHANGES=10 BENCH_CPU=1 node scripts/bench-large-mode.mjs
//
// Per cold load: the first screen (every card and headline in the 1440×900 viewport has its
// figures and a chart is drawn, as in bench-browser.mjs), the longest main-thread task until a
// second after it, and the page's JS heap then (performance.memory, precise) beside its workers'
// (Runtime.getHeapUsage in each, worker-heap.mjs: the million observations live there). Per
// filter change (period presets and unit ticks in turn): input → every visible chart updated and
// the longest task meanwhile. Medians (and p95 of changes). Raw figures go to
// test-results/bench-large-mode.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { changeFilter, newSession } from './bench-support/page-instrument.mjs';
import { watchWorkerHeaps } from './bench-support/worker-heap.mjs';

const loads = Number(process.env.BENCH_LOADS ?? 5);
const changes = Number(process.env.BENCH_CHANGES ?? 10);
const rate = Number(process.env.BENCH_CPU ?? 1);

const server = await preview({
  build: { outDir: process.env.BENCH_APP_DIR ?? 'dist' },
  preview: { port: 0, host: '127.0.0.1' },
  logLevel: 'warn',
});
const base = server.resolvedUrls.local[0];
const modes = {
  region: { label: 'region scale (default sample)', search: '' },
  large: { label: 'large sample (1,000,000 observations)', search: '?sample=large' },
  drilled: {
    label: 'large sample, 呼和浩特市 drilled down',
    search: '?sample=large&parent=hohhot',
  },
};

const sorted = (values) => [...values].filter(Number.isFinite).sort((a, b) => a - b);
const quantile = (values, q) => {
  const list = sorted(values);
  return list.length ? list[Math.min(list.length - 1, Math.ceil(q * list.length) - 1)] : NaN;
};
const median = (values) => quantile(values, 0.5);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'],
});

const firstScreen = (page) =>
  page.waitForFunction(() => window.__bench?.firstScreenAt !== null, null, {
    timeout: 180_000,
    polling: 100,
  });

async function coldLoad(mode) {
  const { context, page, cdp } = await newSession(browser, rate);
  try {
    const workerHeaps = await watchWorkerHeaps(cdp);
    await page.goto(`${base}${modes[mode].search}`);
    await firstScreen(page);
    await page.waitForTimeout(1000);
    const workerHeapMb = await workerHeaps.usedMb();
    const measured = await page.evaluate(() => {
      const { longTasks, firstScreenAt, fcp } = window.__bench;
      return {
        fcp,
        firstScreen: firstScreenAt,
        longestTask: Math.max(0, ...longTasks.map((task) => task.duration)),
        heapMb: performance.memory.usedJSHeapSize / 1024 / 1024,
      };
    });
    return { ...measured, workerHeapMb };
  } finally {
    await context.close();
  }
}

async function filterChanges(mode) {
  const { context, page } = await newSession(browser, rate);
  try {
    await page.goto(`${base}${modes[mode].search}`);
    await firstScreen(page);
    await page.waitForTimeout(1000);
    const results = [];
    for (let index = 0; index < changes; index += 1) {
      const change = await changeFilter(page, index);
      results.push(
        await page.evaluate(() => {
          const { armedAt, doneAt, longTasks } = window.__bench;
          const tasks = longTasks.filter(
            (task) => task.start + task.duration >= armedAt && task.start <= doneAt,
          );
          return {
            update: doneAt - armedAt,
            longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
          };
        }),
      );
      await change.close();
    }
    return results;
  } finally {
    await context.close();
  }
}

const results = { date: new Date().toISOString(), loads, changes, rate, cold: {}, clicks: {} };
for (const mode of Object.keys(modes)) results.cold[mode] = [];
// Interleaved, so that the machine's load falls on every mode alike.
for (let run = 0; run < loads; run += 1) {
  for (const mode of Object.keys(modes)) {
    console.error(`bench: cold load ${run + 1}/${loads}, ${mode}`);
    results.cold[mode].push(await coldLoad(mode));
  }
}
for (const mode of Object.keys(modes)) {
  console.error(`bench: ${changes} filter changes, ${mode}`);
  results.clicks[mode] = await filterChanges(mode);
}
await browser.close();
await server.close();

mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench-large-mode.json', `${JSON.stringify(results, null, 2)}\n`);

const ms = (value) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
const pick = (list, key) => list.map((item) => item[key]);
const lines = [
  `CPU ×${rate}; medians of ${loads} cold loads; p50 / p95 of ${changes} filter changes`,
  '',
  ['', ...Object.keys(modes)].join(' | '),
];
const row = (label, cell) =>
  lines.push([label, ...Object.keys(modes).map((mode) => cell(mode))].join(' | '));
row('first screen', (mode) => ms(median(pick(results.cold[mode], 'firstScreen'))));
row(
  'first screen ÷ region scale',
  (mode) =>
    `${(median(pick(results.cold[mode], 'firstScreen')) / median(pick(results.cold.region, 'firstScreen'))).toFixed(2)}×`,
);
row('longest task, load', (mode) => ms(median(pick(results.cold[mode], 'longestTask'))));
row(
  'page JS heap after load',
  (mode) => `${median(pick(results.cold[mode], 'heapMb')).toFixed(1)} MB`,
);
row(
  "workers' JS heap after load",
  (mode) => `${median(pick(results.cold[mode], 'workerHeapMb')).toFixed(1)} MB`,
);
row('change: input → every visible chart', (mode) => {
  const values = pick(results.clicks[mode], 'update');
  return `${ms(median(values))} / ${ms(quantile(values, 0.95))}`;
});
row('change: longest task', (mode) => {
  const values = pick(results.clicks[mode], 'longestTask');
  return `${ms(median(values))} / ${ms(quantile(values, 0.95))}`;
});
console.log(lines.join('\n'));
