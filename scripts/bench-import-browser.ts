// What a large import costs the page, in Chromium: a dataset JSON of 1,000,000 observations
// (1,000 units × 40 indicators × 25 months, generated here) imported through 导入数据 and the file
// chooser, confirmed, then the page reloaded with it stored. For each phase: its wall time and the
// main thread's long tasks (PerformanceObserver 'longtask': the longest, and their total), and the
// page's JS heap at the end (performance.memory). The work itself runs in Web Workers; this measures
// what is left on the page's main thread. Several builds side by side in one run, to compare:
//
//   npm run build && npm run bench:import-browser
//   BENCH_APP_DIRS=dist,/tmp/dist-before BENCH_RUNS=3 npm run bench:import-browser
//   BENCH_UNITS=100 …   (100,000 observations: a quick look)
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'vite';
import { generateLargeDataset } from '../mocks/data/generate-large';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const appDirs = (process.env.BENCH_APP_DIRS ?? 'dist').split(',');
const runs = Number(process.env.BENCH_RUNS ?? 3);
const units = Number(process.env.BENCH_UNITS ?? 1000);

const generated = generateLargeDataset({ units, indicators: 40, months: 25 });
const file = join(mkdtempSync(join(tmpdir(), 'bench-import-')), `dataset-${units}.json`);
writeFileSync(file, JSON.stringify({ ...generated, meta: { ...generated.meta, isSample: false } }));
const observations = generated.observations.length;
console.error(`bench: ${observations.toLocaleString('en')} observations in ${file}`);

type LongTask = { start: number; duration: number };
type Phase = { ms: number; longest: number; blocked: number; count: number; what: string[] };
type LongFrame = { start: number; scripts: string[] };

function instrument() {
  const tasks: LongTask[] = [];
  (window as unknown as { __longTasks: LongTask[] }).__longTasks = tasks;
  new PerformanceObserver((list) =>
    list
      .getEntries()
      .forEach((entry) => tasks.push({ start: entry.startTime, duration: entry.duration })),
  ).observe({ type: 'longtask', buffered: true });
  // What ran in each long animation frame over 50 ms (Chromium's LoAF): who called the script
  // (a worker's message, a timer, a promise…) and for how long, to say what a long task was.
  const frames: LongFrame[] = [];
  (window as unknown as { __longFrames: LongFrame[] }).__longFrames = frames;
  new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => {
      const scripts = (
        entry as PerformanceEntry & {
          scripts?: Array<{ invoker: string; duration: number; sourceFunctionName: string }>;
        }
      ).scripts;
      const frame = entry as PerformanceEntry & {
        blockingDuration?: number;
        styleAndLayoutStart?: number;
      };
      const layout = frame.styleAndLayoutStart
        ? entry.startTime + entry.duration - frame.styleAndLayoutStart
        : 0;
      if (!frame.blockingDuration) return;
      frames.push({
        start: entry.startTime,
        scripts: [
          ...(layout >= 20 ? [`style and layout ${Math.round(layout)} ms`] : []),
          ...(scripts ?? [])
            .filter((script) => script.duration >= 20)
            .map(
              (script) =>
                `${script.invoker}${script.sourceFunctionName ? ` ${script.sourceFunctionName}` : ''} ${Math.round(script.duration)} ms`,
            ),
        ],
      });
    }),
  ).observe({ type: 'long-animation-frame', buffered: true });
}

const now = (page: Page) => page.evaluate(() => performance.now());
async function phase(page: Page, from: number, until: number): Promise<Phase> {
  const tasks = await page.evaluate(
    ({ a, b }) =>
      (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter(
        (task) => task.start >= a && task.start < b,
      ),
    { a: from, b: until },
  );
  const what = await page.evaluate(
    ({ a, b }) =>
      (window as unknown as { __longFrames: LongFrame[] }).__longFrames
        .filter((frame) => frame.start >= a - 50 && frame.start < b)
        .flatMap((frame) => frame.scripts),
    { a: from, b: until },
  );
  return {
    what: tasks.length > 0 ? what : [],
    ms: until - from,
    longest: Math.max(0, ...tasks.map((task) => task.duration)),
    blocked: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    count: tasks.length,
  };
}

/** The page has its figures: every chart card answered and nothing is busy. */
const settled = (page: Page) =>
  page.waitForFunction(
    () =>
      document.querySelectorAll('section.card[data-state="ready"]').length >= 10 &&
      document.querySelector('[aria-busy="true"]') === null,
    undefined,
    { timeout: 600_000, polling: 100 },
  );

async function once(browser: Awaited<ReturnType<typeof chromium.launch>>, url: string) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
  });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  await page.goto(url);
  await settled(page);
  // The page's own start, on the sample data with nothing imported: what every load costs.
  const open = await phase(page, 0, await now(page));

  const t0 = await now(page);
  await page.getByRole('button', { name: '导入数据', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入数据' });
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByText('选择文件', { exact: true }).click();
  await (await choosing).setFiles(file);
  // Waits by plain selectors, polled every 100 ms: Playwright's role queries over a dialog with a
  // 200-row preview would add main-thread tasks of their own to what is measured.
  const confirm = () =>
    [...document.querySelectorAll('[role="dialog"] button')].find(
      (button) => button.textContent === '确认导入',
    );
  await page.waitForFunction(confirm, undefined, { timeout: 600_000, polling: 100 });
  const t1 = await now(page);
  await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[role="dialog"] button')]
      .find((button) => button.textContent === '确认导入')
      ?.click(),
  );
  await page.waitForFunction(
    () =>
      document.querySelector('[role="dialog"]') === null &&
      document.querySelector('[data-testid="dataset-label"]') !== null,
    undefined,
    { timeout: 600_000, polling: 100 },
  );
  await settled(page);
  const t2 = await now(page);
  const read = await phase(page, t0, t1);
  const commit = await phase(page, t1, t2);
  const heapMb = await page.evaluate(
    () =>
      (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize /
      1048576,
  );

  await page.reload();
  await page.getByTestId('dataset-label').waitFor();
  await settled(page);
  const t3 = await now(page);
  const reload = await phase(page, 0, t3);
  // From the first paint on: the stored import opened and drawn, without the page's own start.
  const painted = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
  );
  const reloadPainted = await phase(page, painted, t3);
  await context.close();
  return { open, read, commit, reload, reloadPainted, heapMb };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--enable-precise-memory-info'],
});
const results: Record<string, Array<Awaited<ReturnType<typeof once>>>> = {};
const servers = [];
for (const dir of appDirs) {
  const server = await preview({
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  servers.push(server);
  results[dir] = [];
}
// Builds interleaved run by run, so that the machine's load falls on each alike.
for (let run = 0; run < runs; run += 1)
  for (const [index, dir] of appDirs.entries()) {
    const url = servers[index]!.resolvedUrls!.local[0]!;
    console.error(`bench: ${dir}, run ${run + 1} of ${runs}`);
    results[dir]!.push(await once(browser, url));
  }
await browser.close();

const ms = (value: number) => `${Math.round(value)} ms`;
const phaseNames = {
  open: 'open (sample data, nothing stored)',
  read: 'read and check, until the preview',
  commit: 'confirm, until every chart shows it',
  reload: 'reload with it stored',
  reloadPainted: '  of which after the first paint',
};
console.log(
  `\nImport of a dataset JSON with ${observations.toLocaleString('en')} observations, medians of ${runs} runs`,
);
console.log(
  'phase: wall time / longest main-thread task / blocking time (sum over 50 ms) / long tasks',
);
for (const dir of appDirs) {
  const list = results[dir]!;
  console.log(`\n${dir}`);
  for (const key of ['open', 'read', 'commit', 'reload', 'reloadPainted'] as const) {
    const pick = (field: Exclude<keyof Phase, 'what'>) =>
      median(list.map((item) => item[key][field]));
    const each = list.map((item) => Math.round(item[key].longest)).join(', ');
    console.log(
      `  ${phaseNames[key].padEnd(34)} ${ms(pick('ms')).padStart(9)} / ${ms(pick('longest')).padStart(8)} / ${ms(pick('blocked')).padStart(8)} / ${pick('count')}   (longest in each run: ${each})`,
    );
    const what = [...new Set(list.flatMap((item) => item[key].what))];
    if (what.length > 0)
      console.log(
        `      in the frames that blocked (scripts of 20 ms or more, style and layout): ${what.join('; ')}`,
      );
  }
  console.log(
    `  page heap after the import: ${median(list.map((item) => item.heapMb)).toFixed(0)} MB`,
  );
}
writeFileSync(
  'test-results/bench-import-browser.json',
  JSON.stringify({ observations, results }, null, 2),
);
process.exit(0);
