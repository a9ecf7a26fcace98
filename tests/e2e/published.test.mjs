// The published dataset (docs/deploy.md): one JSON file next to the app, named in app-config.json,
// is what every colleague's dashboard opens with. The query worker reads the file itself, under the
// page's Content-Security-Policy; a file that does not fit the contract is refused with a notice.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { after } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openDashboard, waitForSettled } from './support/dashboard.mjs';
import { readDownload } from './support/export-files.mjs';
import { baseUrl, e2eTest } from './support/session.mjs';

// The file goes where an intranet web server would hold it: beside the app, in dist/.
const folder = 'e2e-published';
const dist = fileURLToPath(new URL(`../../dist/${folder}/`, import.meta.url));
after(() => rmSync(dist, { recursive: true, force: true }));

/** app-config.json as the web server would serve it, naming `path`. */
const publish = (context, path) =>
  context.route(`${baseUrl}/app-config.json`, (route) =>
    route.fulfill({ json: { publishedDataset: path }, headers: { 'Cache-Control': 'no-cache' } }),
  );

e2eTest(
  'a dataset exported as JSON and published next to the app is what the page opens with',
  { timeout: 120_000, dataset: 'few' },
  async ({ page, context }) => {
    // The compiled dataset, exported from the dashboard as an office would before publishing it.
    await openDashboard(page);
    const title = await page.locator('h1').innerText();
    await page.locator('.dataset-menu > summary').click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: '导出数据集（JSON，可发布）' }).click();
    const file = await readDownload(await downloading);
    const dataset = JSON.parse(Buffer.from(file.bytes).toString('utf8'));
    // Published figures are real ones, not the sample.
    dataset.meta.isSample = false;
    mkdirSync(dist, { recursive: true });
    writeFileSync(`${dist}dataset.json`, JSON.stringify(dataset));

    await publish(context, `${folder}/dataset.json`);
    await page.reload();
    await waitForSettled(page);
    const label = page.getByTestId('dataset-label');
    await label.waitFor();
    assert.equal(await label.getAttribute('data-kind'), 'published');
    assert.equal(await page.locator('h1').innerText(), title, "the published file's own title");
    assert.equal(await page.locator('.sample-badge').count(), 0, 'not marked as sample');
    assert.ok((await page.locator('section.card[data-state="ready"]').count()) >= 14);
  },
);

e2eTest(
  'a published file that does not fit the contract: the default data, with a notice',
  { timeout: 90_000, allowConsoleErrors: [/^Failed to load resource: /] },
  async ({ page, context }) => {
    mkdirSync(dist, { recursive: true });
    writeFileSync(`${dist}broken.json`, JSON.stringify({ meta: { title: 'not a dataset' } }));
    await publish(context, `${folder}/broken.json`);
    await openDashboard(page);
    const notice = page.getByText(/发布的数据集无法加载，已改为显示默认数据/);
    await notice.waitFor();
    assert.match(await notice.innerText(), /不符合数据集格式/);
    await page.locator('.sample-badge').waitFor();
    assert.ok((await page.locator('section.card[data-state="ready"]').count()) >= 14);
  },
);
