// One browser per test file, one fresh context per test, and a guard on every context that fails
// the test on what an intranet deployment must never see: a request to another origin, a
// Content-Security-Policy violation, an uncaught page error or a console error nobody expected.
import { mkdirSync } from 'node:fs';
import { after, test } from 'node:test';
import { chromium } from 'playwright-core';
import { servePreviewUnlessServed } from './preview.mjs';

// `npm run test:e2e` serves dist/ and says where in E2E_BASE_URL; a file run on its own
// (`node --test tests/e2e/flows.test.mjs` after a build) starts its own server.
await servePreviewUnlessServed();
export const baseUrl = process.env.E2E_BASE_URL.replace(/\/$/, '');
export const origin = new URL(baseUrl).origin;

export const resultsDir = new URL('../../../test-results/', import.meta.url);

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // performance.memory in exact bytes rather than coarse buckets (the large-sample heap check).
  '--enable-precise-memory-info',
];

export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
}

/** Any network request must go to this origin; data: and blob: URLs never leave the page. */
function isLocal(url) {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed) return false;
  if (!/^(https?|wss?|ftp):$/.test(parsed.protocol))
    return ['data:', 'blob:', 'about:'].includes(parsed.protocol);
  return parsed.origin === origin;
}

/**
 * Forwards every securitypolicyviolation of every document (the page and any frame) to the test.
 * Playwright runs init scripts through the DevTools protocol, so the page's CSP does not block it.
 */
function reportCspViolations() {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      window.__e2eReportCspViolation?.({
        directive: event.violatedDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
      });
    },
    true,
  );
}

// The embedded mock answers in the page and logs a failed load as the browser would, with the
// request's address in the text rather than as the message's location.
const isBatchSwitchedOff = (message) =>
  /status of 404/.test(message.text()) &&
  /\/api\/v1\/observations\/batch\?/.test(`${message.location()?.url ?? ''} ${message.text()}`);

/**
 * A fresh browser context with the guard attached.
 * options:
 *   viewport, language ('zh-CN' | 'en'), storage (localStorage entries set before any script),
 *   mockApi (rules for window.__mockApiInitial, installed before the first request),
 *   allowConsoleErrors (RegExps of console errors the test provokes on purpose),
 *   clock (true to install Playwright's controllable clock before the page loads),
 *   dataset ('few' | 'many': serve a generated variant from mocks/data/variant-datasets.ts instead of the sample).
 */
export async function openSession(browser, options = {}) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    locale: options.language === 'en' ? 'en-GB' : 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
    // The clipboard is granted so that "copy link" can be checked by reading it back.
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const problems = { foreignRequests: [], cspViolations: [], pageErrors: [], consoleErrors: [] };
  const requests = [];
  const allowConsoleErrors = options.allowConsoleErrors ?? [];

  await context.exposeBinding('__e2eReportCspViolation', (_source, violation) => {
    problems.cspViolations.push(violation);
  });
  await context.addInitScript(reportCspViolations);
  const initial = {
    language: options.language ?? null,
    storage: options.storage ?? {},
    mockApi: options.mockApi ?? [],
    dataset: options.dataset ?? null,
  };
  await context.addInitScript((setup) => {
    // Only on the first document of this origin: a reload must keep what the page itself stored.
    try {
      if (!sessionStorage.getItem('e2e.initialised')) {
        sessionStorage.setItem('e2e.initialised', '1');
        if (setup.language) localStorage.setItem('dashboard.language', setup.language);
        for (const [key, value] of Object.entries(setup.storage)) localStorage.setItem(key, value);
      }
    } catch {
      // about:blank has no storage; the dashboard's own document does.
    }
    window.__mockApiInitial = setup.mockApi;
    if (setup.dataset) window.__mockDataset = setup.dataset;
  }, initial);
  if (options.clock) await context.clock.install();

  context.on('request', (request) => {
    const url = request.url();
    requests.push(url);
    if (!isLocal(url)) problems.foreignRequests.push(url);
  });
  const watch = (page) => {
    page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? error.message));
    page.on('console', (message) => {
      const text = message.text();
      if (
        /Content[- ]Security[- ]Policy|Refused to (load|execute|apply|connect|frame)/i.test(text)
      ) {
        problems.cspViolations.push({ console: text });
      } else if (isBatchSwitchedOff(message)) {
        // Injected faults meet single requests: mocks/fault-injection.ts answers the batch
        // endpoint 404 while they are in place, and the page falls back, as designed.
      } else if (
        message.type() === 'error' &&
        !allowConsoleErrors.some((pattern) => pattern.test(text))
      ) {
        // A failed load names only its status; its location is the resource that failed.
        const where = /^Failed to load resource/.test(text) ? message.location()?.url : '';
        problems.consoleErrors.push(where ? `${text} (${where})` : text);
      }
    });
  };
  context.on('page', watch);
  const page = await context.newPage();

  return {
    browser,
    context,
    page,
    requests,
    problems,
    /** Another tab in the same context (same storage), watched by the same guard. */
    newPage: () => context.newPage(),
    assertClean() {
      const found = Object.entries(problems).filter(([, list]) => list.length > 0);
      if (found.length > 0) {
        throw new Error(
          `the page did something it must not:\n${found
            .map(([kind, list]) => `  ${kind}:\n${summarise(list)}`)
            .join('\n')}`,
        );
      }
    },
    close: () => context.close(),
  };
}

/** Each distinct problem once, with a count, and no 40 kB data URI in the message. */
function summarise(list) {
  const counts = new Map();
  for (const item of list) {
    const text = (typeof item === 'string' ? item : JSON.stringify(item)).replace(
      /data:[\w/+.-]+;base64,[\w+/=.]+/g,
      'data:…',
    );
    const short = text.length > 400 ? `${text.slice(0, 400)}…` : text;
    counts.set(short, (counts.get(short) ?? 0) + 1);
  }
  return [...counts]
    .map(([text, count]) => `    ${count > 1 ? `${count}× ` : ''}${text}`)
    .join('\n');
}

const slug = (text) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);

/**
 * A test with its own guarded context. The body gets the session; the guard is checked after the
 * body passes, and a failing test leaves a screenshot under test-results/failures/.
 */
export function e2eTest(name, options, body) {
  const { timeout = 60_000, ...sessionOptions } = options;
  test(name, { timeout }, async (t) => {
    const browser = await sharedBrowser();
    const session = await openSession(browser, sessionOptions);
    try {
      await body(session, t);
      session.assertClean();
    } catch (error) {
      const dir = new URL('failures/', resultsDir);
      mkdirSync(dir, { recursive: true });
      await session.page
        .screenshot({ path: new URL(`${slug(name)}.png`, dir).pathname, fullPage: true })
        .catch(() => {});
      throw error;
    } finally {
      await session.close();
    }
  });
}

let browserPromise = null;
/** One Chromium per test file, closed when the file's tests are done. */
export function sharedBrowser() {
  browserPromise ??= launchBrowser();
  return browserPromise;
}

after(async () => {
  if (browserPromise) await (await browserPromise).close();
  browserPromise = null;
});
