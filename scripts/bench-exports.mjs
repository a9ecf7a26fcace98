// The whole-dashboard PDF and Word exports, timed in Chromium: time to the download and the long
// tasks meanwhile, for one or more builds side by side in one run (interleaved, so that noise from
// other work on the machine falls on each alike).
//
//   npm run build && node scripts/bench-exports.mjs                 dist/ only
//   node scripts/bench-exports.mjs /tmp/dist-before dist             two builds, before and after
//   BENCH_RUNS=5 BENCH_CPU=4 node scripts/bench-exports.mjs dist     five runs each at CPU ×4
//   BENCH_PROFILE=1 node scripts/bench-exports.mjs dist              where the long tasks' time goes
//
// BENCH_PROFILE samples the page with the DevTools profiler during each export and prints, per
// build and format, the functions with the most self time inside long tasks (over 50 ms).
import { chromium } from 'playwright-core';
import { previewBuilds } from './bench-support/preview-builds.mjs';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const rate = Number(process.env.BENCH_CPU ?? 1);
const profile = process.env.BENCH_PROFILE === '1';
const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist'];

const servers = await previewBuilds(dirs);

function instrument() {
  const tasks = [];
  window.__longTasks = tasks;
  new PerformanceObserver((list) =>
    list
      .getEntries()
      .forEach((entry) => tasks.push({ start: entry.startTime, duration: entry.duration })),
  ).observe({ type: 'longtask', buffered: true });
}

/** Self and total time per function (name file:line) inside the long tasks, from a CDP profile. */
function attribute(cpuProfile, tasks, timeOrigin) {
  const byId = new Map(cpuProfile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map();
  for (const node of cpuProfile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const nameOf = (frame) =>
    `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop() || '(native)'}:${frame.lineNumber + 1}`;
  const selfTime = new Map();
  const totalTime = new Map();
  // Per long task over 100 ms: the functions with the most time in it, callers included.
  const perTask = tasks
    .filter((task) => task.duration > 100)
    .map((task) => ({ task, time: new Map() }));
  // Profile timestamps are microseconds on the monotonic clock; performance.now() is ms from
  // the page's time origin, which the page reported in the same clock (see below).
  let time = cpuProfile.startTime;
  cpuProfile.samples.forEach((id, index) => {
    const delta = cpuProfile.timeDeltas[index] ?? 0;
    time += delta;
    const at = time / 1000 - timeOrigin;
    if (!tasks.some((task) => at >= task.start && at <= task.start + task.duration)) return;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const key = nameOf(frame);
    selfTime.set(key, (selfTime.get(key) ?? 0) + delta / 1000);
    const seen = new Set();
    const owner = perTask.find(({ task }) => at >= task.start && at <= task.start + task.duration);
    for (let node = id; node !== undefined; node = parentOf.get(node)) {
      const name = nameOf(byId.get(node).callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      totalTime.set(name, (totalTime.get(name) ?? 0) + delta / 1000);
      owner?.time.set(name, (owner.time.get(name) ?? 0) + delta / 1000);
    }
  });
  const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
  return {
    self: top(selfTime, 20),
    total: top(totalTime, 40),
    tasks: perTask.map(({ task, time }) => ({
      duration: task.duration,
      top: top(time, 14).filter(([name]) => !/^\((root|program)\)/.test(name)),
    })),
  };
}

async function exportOnce(browser, url, format) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.getByRole('button', { name: '导出PDF' }).waitFor({ timeout: 120_000 });
    await page.waitForFunction(
      () => document.querySelectorAll('[data-card][data-state="ready"]').length >= 4,
      null,
      { timeout: 120_000 },
    );
    await page.waitForTimeout(1500);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const download = page.waitForEvent('download', { timeout: 300_000 });
    let start;
    if (format === 'pdf') {
      start = await page.evaluate(() => performance.now());
      await page.getByRole('button', { name: '导出PDF' }).click();
    } else {
      // The briefing's dialog first; its time is not the export's.
      await page.getByRole('button', { name: '导出Word简报' }).click();
      const dialog = page.getByRole('dialog', { name: '导出Word简报' });
      await dialog.getByLabel('期号（第X期）').fill('12');
      start = await page.evaluate(() => performance.now());
      await dialog.getByRole('button', { name: '导出简报' }).click();
    }
    await download;
    const outcome = await page.evaluate(
      (from) => ({
        total: performance.now() - from,
        tasks: window.__longTasks.filter((task) => task.start >= from),
        // performance.timeOrigin in the profiler's clock: now() in both, less the page's now().
        now: performance.now(),
      }),
      start,
    );
    if (profile) {
      const { profile: cpuProfile } = await cdp.send('Profiler.stop');
      // The profile's endTime is close to the moment it stopped: align both clocks on it.
      const timeOrigin = cpuProfile.endTime / 1000 - (await page.evaluate(() => performance.now()));
      outcome.attribution = attribute(cpuProfile, outcome.tasks, timeOrigin);
    }
    return outcome;
  } finally {
    await context.close();
  }
}

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const results = Object.fromEntries(dirs.map((dir) => [dir, { pdf: [], docx: [] }]));
try {
  for (let run = 0; run < runs; run += 1) {
    for (const [index, dir] of dirs.entries()) {
      for (const format of ['pdf', 'docx']) {
        console.error(`bench: ${format} ${run + 1}/${runs} of ${dir} at CPU ×${rate}`);
        const outcome = await exportOnce(browser, servers[index].resolvedUrls.local[0], format);
        results[dir][format].push(outcome);
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}

const median = (values) => {
  const list = [...values].sort((a, b) => a - b);
  const middle = Math.floor(list.length / 2);
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
};
const ms = (value) => `${Math.round(value)} ms`;
console.log(
  `| build | export | total (median) | longest task (median / max) | tasks > 100 ms (median) |`,
);
console.log('| --- | --- | --- | --- | --- |');
for (const dir of dirs) {
  for (const format of ['pdf', 'docx']) {
    const list = results[dir][format];
    const longest = list.map((run) => Math.max(0, ...run.tasks.map((task) => task.duration)));
    const over100 = list.map((run) => run.tasks.filter((task) => task.duration > 100).length);
    console.log(
      `| ${dir} | ${format} | ${ms(median(list.map((run) => run.total)))} | ` +
        `${ms(median(longest))} / ${ms(Math.max(...longest))} | ${median(over100)} |`,
    );
  }
}
if (profile) {
  for (const dir of dirs) {
    for (const format of ['pdf', 'docx']) {
      const run = results[dir][format][0];
      console.log(
        `\n${dir} ${format}: long tasks ${run.tasks.map((t) => ms(t.duration)).join(', ')}`,
      );
      console.log('  self:');
      for (const [name, time] of run.attribution.self)
        console.log(`  ${ms(time).padStart(8)}  ${name}`);
      for (const { duration, top } of run.attribution.tasks)
        console.log(
          `  task ${ms(duration)}: ${top.map(([name, time]) => `${name} ${ms(time)}`).join(' | ')}`,
        );
      console.log('  total:');
      for (const [name, time] of run.attribution.total)
        console.log(`  ${ms(time).padStart(8)}  ${name}`);
    }
  }
}
