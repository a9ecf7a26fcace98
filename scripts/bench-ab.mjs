// Two (or more) builds of the dashboard side by side: cold loads interleaved in one browser, the
// order alternating from load to load, so that the machine's drift falls on both alike. Prints,
// per build, the medians and every value of: first chart drawn, first screen complete, observed
// largest contentful paint, total blocking time (FCP → first screen) and the load's longest task.
//
//   npx vite build --outDir /tmp/dist-a   (at one commit; then /tmp/dist-b at another)
//   node scripts/bench-ab.mjs /tmp/dist-a /tmp/dist-b             eight loads each, CPU ×1
//   BENCH_AB_LOADS=12 BENCH_AB_CPU=4 node scripts/bench-ab.mjs /tmp/dist-a /tmp/dist-b
//
// For a change too small for `npm run bench:browser` to tell apart from noise; the ratios against
// the bare page still come from that bench.
import { chromium } from 'playwright-core';
import { newSession } from './bench-support/page-instrument.mjs';
import { previewBuilds } from './bench-support/preview-builds.mjs';

const dirs = process.argv.slice(2);
if (dirs.length < 2) {
  console.error('usage: node scripts/bench-ab.mjs <build dir> <build dir> [...]');
  process.exit(2);
}
const loads = Number(process.env.BENCH_AB_LOADS ?? 8);
const rate = Number(process.env.BENCH_AB_CPU ?? 1);

const servers = await previewBuilds(dirs);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const figures = ['first', 'screen', 'lcp', 'tbt', 'longest'];
const results = dirs.map(() => Object.fromEntries(figures.map((name) => [name, []])));
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

try {
  for (let load = 0; load < loads; load += 1) {
    const order = dirs.map((_, index) => index);
    if (load % 2 === 1) order.reverse();
    for (const index of order) {
      const { context, page } = await newSession(browser, rate);
      await page.goto(servers[index].resolvedUrls.local[0]);
      await page.waitForFunction(() => window.__bench?.firstScreenAt !== null, null, {
        timeout: 120_000,
      });
      const measured = await page.evaluate(() => {
        const bench = window.__bench;
        const blocking = bench.longTasks
          .filter((task) => task.start >= bench.fcp && task.start < bench.firstScreenAt)
          .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);
        return {
          first: bench.firstChartAt,
          screen: bench.firstScreenAt,
          lcp: bench.lcp ?? 0,
          tbt: blocking,
          longest: Math.max(0, ...bench.longTasks.map((task) => task.duration)),
        };
      });
      for (const name of figures) results[index][name].push(Math.round(measured[name]));
      await context.close();
    }
  }
  console.log(`${loads} cold loads of each build at CPU ×${rate}, interleaved; medians [all]`);
  for (const [index, dir] of dirs.entries())
    console.log(
      `${dir}\n${figures
        .map(
          (name) =>
            `  ${name.padEnd(8)} ${median(results[index][name])} ms  [${results[index][name].join(' ')}]`,
        )
        .join('\n')}`,
    );
} finally {
  await browser.close();
  for (const server of servers) server.httpServer.close();
}
