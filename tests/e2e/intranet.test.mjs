// Intranet-ready: the page is served with a strict Content-Security-Policy, loads nothing from
// any other origin (the page draws with system fonts; the PDF's font is self-hosted), and the guard
// that checks this can actually fail.
import assert from 'node:assert/strict';
import { chooseUnits, openDashboard, readCardTable, waitForSettled } from './support/dashboard.mjs';
import { e2eTest, origin } from './support/session.mjs';

function parsePolicy(header) {
  return new Map(
    header
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

e2eTest(
  'the page has a strict Content-Security-Policy, requests nothing from another origin, and fetches no web font',
  {},
  async ({ page, requests }) => {
    const response = await openDashboard(page);
    const header = response.headers()['content-security-policy'];
    assert.ok(header, 'the document response carries a Content-Security-Policy header');
    const policy = parsePolicy(header);
    assert.deepEqual(policy.get('default-src'), ["'self'"]);
    assert.deepEqual(policy.get('script-src'), ["'self'"], 'no inline script, no eval, no CDN');
    assert.deepEqual(policy.get('connect-src'), ["'self'"]);
    assert.deepEqual(policy.get('font-src'), ["'self'"]);
    assert.deepEqual(policy.get('object-src'), ["'none'"]);
    for (const [name, sources] of policy) {
      for (const source of sources) {
        assert.doesNotMatch(source, /^(https?:|\*|'unsafe-eval')/, `${name} allows ${source}`);
      }
    }
    // Files beside the page (its configuration here) come from this origin, under the same policy.
    const config = await page.request.get(`${origin}/app-config.json`);
    assert.ok(config.headers()['content-security-policy']);

    // A working session: filter, table, language.
    await chooseUnits(page, ['乌海市']);
    await waitForSettled(page);
    await readCardTable(page, 'case-ranking');
    await page.getByRole('button', { name: 'English', exact: true }).click();
    await waitForSettled(page);
    await page.evaluate(() => document.fonts.ready);

    // A working session's requests (the page, its scripts and files; the embedded mock's API calls
    // are answered in the page) all went through the guard.
    assert.ok(requests.length > 5);
    assert.deepEqual(
      requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:')),
      [],
    );
    // The screen is drawn with the system's CJK fonts; the self-hosted font is for PDFs only.
    const fontFiles = requests.filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url));
    assert.deepEqual(fontFiles, [], 'no web-font file is fetched for the screen');
    const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    assert.match(family, /PingFang SC.*Microsoft YaHei.*Noto Sans CJK SC/);
    assert.equal(await page.evaluate(() => document.fonts.size), 0, 'no @font-face rules');
  },
);

e2eTest(
  'the guard sees a CSP violation (the suite can fail)',
  // Chromium asks a plain document for /favicon.ico, which this server does not have.
  { allowConsoleErrors: [/status of 404/] },
  async (session) => {
    const { page, problems } = session;
    // Any document of this server carries the policy; a plain one keeps this test quick.
    await page.goto(`${origin}/app-config.json`);
    assert.deepEqual(problems.cspViolations, []);
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      (document.head ?? document.documentElement).append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return window.__inlineRan === true;
    });
    assert.equal(ran, false, 'the policy blocked the inline script');
    // The report reaches the test through a binding, a moment after the event.
    const recorded = () =>
      problems.cspViolations.some((violation) => violation.directive === 'script-src-elem');
    for (let tries = 0; tries < 50 && !recorded(); tries += 1) await page.waitForTimeout(50);
    assert.ok(recorded(), `the collector recorded it: ${JSON.stringify(problems.cspViolations)}`);
    problems.cspViolations.length = 0;
  },
);

e2eTest('the guard sees a request to another origin (the suite can fail)', {}, async (session) => {
  const { context, problems } = session;
  // A page without the dashboard's policy, so that the request is really attempted; it is
  // answered here and never leaves the machine.
  await context.route('http://192.0.2.1/**', (route) => route.fulfill({ status: 204 }));
  const page = await context.newPage();
  await page.setContent('<img src="http://192.0.2.1/pixel.png" alt="">');
  await page.waitForLoadState('load');
  assert.deepEqual(problems.foreignRequests, ['http://192.0.2.1/pixel.png']);
  problems.foreignRequests.length = 0;
  await page.close();
});
