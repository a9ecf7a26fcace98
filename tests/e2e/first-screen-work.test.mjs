// What the first screen does, and does not do, on its main thread. The first Intl formatter,
// collator or segmenter a page builds loads ICU's data for it: a task of 25–50 ms each on this
// machine (four times that on a slow phone), on the screen's critical path. Numbers are written by
// decimal-text.ts, ISO dates and ids compared by code unit; a collator is built only when a reader
// sorts a table by name, and a segmenter only when a name must be shortened. The other checks:
// the mock answers in the page, what the first request waits for is preloaded by the HTML, the
// sample's worker starts before React's first render, and only the charts' chunk is compiled as
// it loads.
import assert from 'node:assert/strict';
import { openDashboard } from './support/dashboard.mjs';
import { e2eTest } from './support/session.mjs';

/** Records every Intl object built and every localeCompare call, with the line that made it. */
function recordIntl() {
  const built = [];
  window.__intlBuilt = built;
  const caller = () => (new Error().stack ?? '').split('\n')[3]?.trim() ?? '';
  for (const name of ['NumberFormat', 'Collator', 'Segmenter', 'DateTimeFormat', 'PluralRules']) {
    const Real = Intl[name];
    Intl[name] = new Proxy(Real, {
      construct(target, args) {
        built.push(`Intl.${name} ${caller()}`);
        return Reflect.construct(target, args);
      },
    });
  }
  const localeCompare = String.prototype.localeCompare;
  String.prototype.localeCompare = function (...args) {
    built.push(`localeCompare ${caller()}`);
    return localeCompare.apply(this, args);
  };
}

/** Opens the dashboard and waits until the headline figures are on screen. */
async function openFirstScreen(page) {
  await openDashboard(page);
  await page.locator('.headline__name').first().waitFor();
}

for (const language of ['zh-CN', 'en']) {
  e2eTest(
    `the first screen (${language}) builds no Intl formatter, collator or segmenter`,
    { timeout: 90_000, language },
    async ({ page }) => {
      await page.addInitScript(recordIntl);
      // The figures are on screen, so the recording covers them.
      await openFirstScreen(page);
      const built = await page.evaluate(() => window.__intlBuilt);
      assert.deepEqual(built, [], `built on the first screen:\n${built.join('\n')}`);
    },
  );
}

e2eTest(
  "the embedded mock answers in the page: no service worker to start, the API's requests measured",
  { timeout: 90_000 },
  async ({ page }) => {
    await openFirstScreen(page);
    const seen = await page.evaluate(async () => ({
      workers: (await navigator.serviceWorker.getRegistrations()).length,
      controlled: navigator.serviceWorker.controller !== null,
      answered: performance
        .getEntriesByType('measure')
        .filter((entry) => entry.name.startsWith('mock-api '))
        .map((entry) => new URL(entry.name.slice('mock-api '.length)).pathname),
      fetched: performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.includes('/api/')).length,
    }));
    assert.equal(seen.workers, 0, 'no service worker is registered');
    assert.equal(seen.controlled, false);
    // The catalogue and the first screen's figures were answered by msw's handlers in the page,
    // without reaching the network.
    for (const path of [
      '/api/v1/meta',
      '/api/v1/units',
      '/api/v1/indicators',
      '/api/v1/initiatives',
    ])
      assert.ok(seen.answered.includes(path), `${path} answered in the page`);
    assert.ok(seen.answered.some((path) => path.startsWith('/api/v1/observations')));
    assert.equal(seen.fetched, 0, 'no API request went to the network');
  },
);

e2eTest(
  "what the first API request waits for is asked for by the page's HTML, and fetched once",
  { timeout: 90_000 },
  async ({ page }) => {
    await openFirstScreen(page);
    const seen = await page.evaluate(() => {
      const path = (address) => new URL(address, location.href).pathname;
      const firstRequest = Math.min(
        ...performance
          .getEntriesByType('measure')
          .filter((entry) => entry.name.startsWith('mock-api '))
          .map((entry) => entry.startTime),
      );
      const resources = performance.getEntriesByType('resource');
      return {
        inHtml: [
          ...document.querySelectorAll(
            'script[src], link[rel="modulepreload"], link[rel="preload"]',
          ),
        ].map((element) => path(element.getAttribute('src') ?? element.getAttribute('href'))),
        scriptsBefore: resources
          .filter((entry) => entry.startTime < firstRequest && /\.js$/.test(path(entry.name)))
          // Not the end-to-end suite's own hook for breaking requests, loaded only in its sessions,
          // nor a Web Worker's script, which a page's HTML cannot preload for it.
          .filter(
            (entry) => !/\/(fault-injection-|[^/]*\.worker-)[^/]*\.js$/.test(path(entry.name)),
          )
          .map((entry) => path(entry.name)),
        configFetches: resources.filter((entry) => path(entry.name) === '/app-config.json').length,
      };
    });
    // The mock's chunk and its imports were not asked for only once the page's script had run.
    assert.ok(
      seen.scriptsBefore.length > 1,
      `scripts before the first request: ${seen.scriptsBefore}`,
    );
    for (const script of seen.scriptsBefore)
      assert.ok(seen.inHtml.includes(script), `${script} is asked for by the HTML`);
    // The dataset's configuration is preloaded, and the page's own request takes the preload.
    assert.ok(seen.inHtml.includes('/app-config.json'));
    assert.equal(seen.configFetches, 1, 'app-config.json fetched once');
  },
);

/** Records when the sample's worker is created and when React first replaces index.html's text. */
function recordStartOrder() {
  const Real = window.Worker;
  window.Worker = class extends Real {
    constructor(...args) {
      super(...args);
      if (String(args[0]).includes('sample-engine')) window.__sampleWorkerAt ??= performance.now();
    }
  };
  new MutationObserver((records, observer) => {
    const removed = records.some((record) =>
      [...record.removedNodes].some((node) => node.classList?.contains('page-slow')),
    );
    if (!removed) return;
    window.__firstRenderAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

e2eTest(
  "the sample's worker is started before React's first render, to generate beside it",
  { timeout: 90_000 },
  async ({ page }) => {
    await page.addInitScript(recordStartOrder);
    await openFirstScreen(page);
    const seen = await page.evaluate(() => ({
      worker: window.__sampleWorkerAt,
      render: window.__firstRenderAt,
    }));
    assert.equal(typeof seen.worker, 'number', 'the sample worker was created');
    assert.equal(typeof seen.render, 'number', "React replaced index.html's text");
    assert.ok(
      seen.worker < seen.render,
      `worker at ${seen.worker} ms, first render at ${seen.render} ms`,
    );
  },
);

e2eTest(
  "the charts' chunk, and no other script, is compiled as it loads (V8's compile hint)",
  { timeout: 90_000 },
  async ({ page }) => {
    await openFirstScreen(page);
    // A ranking brought near the screen is drawn by Recharts: the charts' chunk has loaded.
    const ranking = page.locator('[data-card="case-ranking"]');
    await ranking.scrollIntoViewIfNeeded();
    await ranking.locator('.recharts-surface').first().waitFor();
    const scripts = await page.evaluate(() =>
      Promise.all(
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((address) => /\.js$/.test(new URL(address).pathname))
          .map(async (address) => ({
            path: new URL(address).pathname,
            hinted: (await (await fetch(address)).text()).startsWith(
              '//# allFunctionsCalledOnLoad\n',
            ),
          })),
      ),
    );
    assert.ok(scripts.length > 3, `scripts loaded: ${scripts.map((script) => script.path)}`);
    const hinted = scripts.filter((script) => script.hinted).map((script) => script.path);
    // The chart's functions compiled off the main thread as the chunk loads, not in the task that
    // mounts the first chart of each kind; the first screen's own scripts compile lazily.
    assert.equal(hinted.length, 1, `hinted: ${hinted}`);
    assert.match(hinted[0], /\/assets\/drawn-charts-[^/]+\.js$/);
  },
);
