// What runs in the page under measurement (an init script of scripts/bench-browser.mjs and
// scripts/bench-large-mode.mjs): observers of long tasks, events and paint, and a frame loop that
// notes when charts are drawn and, after an armed pointerdown, when they have changed and settled.
// Playwright serialises instrument() into the page, so it must not use anything from this module's
// scope; changeFilter() drives a page so instrumented.

export function instrument() {
  const bench = {
    longTasks: [],
    events: [],
    firstChartAt: null,
    firstScreenAt: null,
    fcp: null,
    /** The latest largest-contentful-paint candidate: the page's LCP once input has not ended it. */
    lcp: null,
    armedAt: null,
    mutatedSinceArm: false,
    doneAt: null,
  };
  window.__bench = bench;
  const observe = (type, handle, extra = {}) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(handle)).observe({
        type,
        buffered: true,
        ...extra,
      });
    } catch {
      // An entry type this browser lacks.
    }
  };
  observe('longtask', (entry) =>
    bench.longTasks.push({ start: entry.startTime, duration: entry.duration }),
  );
  observe(
    'event',
    (entry) =>
      bench.events.push({
        name: entry.name,
        start: entry.startTime,
        duration: entry.duration,
        interactionId: entry.interactionId,
      }),
    { durationThreshold: 16 },
  );
  observe('paint', (entry) => {
    if (entry.name === 'first-contentful-paint') bench.fcp = entry.startTime;
  });
  observe('largest-contentful-paint', (entry) => {
    bench.lcp = entry.startTime;
  });

  // The headline sparklines are plain SVG paths (not Recharts) since 2026-12-07; at 1440×900 they
  // are the charts on the first screen.
  const chartMarks =
    '.recharts-bar-rectangle path, .recharts-bar-rectangle rect, .recharts-line-curve, .recharts-area-area, .recharts-curve, .recharts-funnel-trapezoid, .sparkline path';
  const inView = (element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
  };
  /** Every card and headline tile in the viewport has its figures and is not fetching. */
  const screenSettled = () => {
    const cards = [...document.querySelectorAll('section.card[data-card]')].filter(inView);
    if (cards.some((card) => card.getAttribute('data-state') === 'loading')) return false;
    if (cards.some((card) => card.getAttribute('aria-busy') === 'true')) return false;
    const waiting = [
      ...document.querySelectorAll('.skeleton, .headline--loading, [aria-busy="true"]'),
    ];
    if (waiting.some(inView)) return false;
    return [...document.querySelectorAll(chartMarks)].some(inView);
  };
  bench.screenSettled = screenSettled;

  const frame = (now) => {
    if (bench.firstChartAt === null && [...document.querySelectorAll(chartMarks)].some(inView)) {
      bench.firstChartAt = now;
    }
    if (bench.firstScreenAt === null && bench.firstChartAt !== null && screenSettled()) {
      bench.firstScreenAt = now;
    }
    if (bench.armedAt !== null && bench.doneAt === null && bench.mutatedSinceArm) {
      if (screenSettled()) bench.doneAt = now;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);

  // A filter change: the input's time, then the first frame after the charts changed and settled.
  document.addEventListener(
    'pointerdown',
    (event) => {
      if (bench.armed) {
        bench.armed = false;
        bench.armedAt = event.timeStamp;
        bench.mutatedSinceArm = false;
        bench.doneAt = null;
      }
    },
    true,
  );
  // Mutations in the filter bar itself (the ticked box, its summary) are not the charts changing.
  new MutationObserver((records) => {
    if (bench.armedAt === null) return;
    const outside = (record) => {
      const target = record.target instanceof Element ? record.target : record.target.parentElement;
      return !target?.closest('.filter-bar');
    };
    if (records.some(outside)) bench.mutatedSinceArm = true;
  }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}

/**
 * Filter change number `index` through the UI, as a user makes it: a period preset on even turns,
 * a unit ticked on odd ones (a different unit each time, then unticked in the same order). The
 * pointerdown arms the page's instrumentation; resolves once every visible chart has changed and
 * settled (window.__bench.doneAt), with the unit list still open on a unit turn: `close` shuts it.
 */
export async function changeFilter(page, index) {
  const byUnit = index % 2 === 1;
  if (byUnit) {
    await page.locator('.filter-bar .multi-select__button').first().click();
    await page.locator('.multi-select input[type="checkbox"]').first().waitFor();
  }
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    window.__bench.armed = true;
    window.__bench.armedAt = null;
    window.__bench.doneAt = null;
  });
  if (byUnit) {
    const boxes = page.locator('.multi-select__options input[type="checkbox"]');
    await boxes.nth(Math.floor(index / 2) % Math.max(1, await boxes.count())).click();
  } else {
    const presets = page.locator('.period-field__presets button');
    await presets.nth(Math.floor(index / 2) % (await presets.count())).click();
  }
  await page.waitForFunction(() => window.__bench.doneAt !== null, null, {
    timeout: 60_000,
    polling: 50,
  });
  return { close: () => (byUnit ? page.keyboard.press('Escape') : Promise.resolve()) };
}

/** A fresh context at 1440×900 in Chinese with the page instrumented, its CPU throttled `rate` times. */
export async function newSession(browser, rate) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp };
}
