// What an official does before a briefing: narrow the dashboard to a unit and a half-year, export
// a chart in every format, and open each file. The whole-dashboard exports: export-dashboard.test.mjs.
import assert from 'node:assert/strict';
import { strFromU8, unzipSync } from 'fflate';
import { servePreviewUnlessServed } from './support/preview.mjs';

// Runnable on its own (`node --test tests/e2e/export.test.mjs` after a build) as well as from the
// suite's runner, which serves dist/ itself and says where in E2E_BASE_URL.
await servePreviewUnlessServed();
const { e2eTest } = await import('./support/session.mjs');
const { card, openDashboard } = await import('./support/dashboard.mjs');
const files = await import('./support/export-files.mjs');
const { ascii, exportFromCard, inspectPng, pngSize, pngText } = files;

const FILTERED = '?units=ordos&from=2024-01&to=2024-06';
const PERIOD = '2024-01至2024-06';

e2eTest(
  'a chart exports as a 2× PNG with its provenance stamp',
  { timeout: 90_000 },
  async ({ page }) => {
    await openDashboard(page, FILTERED);
    const chartSize = await card(page, 'case-ranking')
      .locator('.chart-area svg')
      .first()
      .evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        return { width: Math.round(box.width), height: Math.round(box.height) };
      });
    const { name, bytes } = await exportFromCard(page, 'case-ranking', /PNG/);
    assert.equal(name, `各盟市积案化解情况（按化解率排序）_鄂尔多斯市_${PERIOD}.png`);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

    const size = pngSize(bytes);
    // Wide cards are laid out at the fixed wide export width (960 CSS px), whatever the window.
    assert.equal(size.width, 2 * 960, 'twice the fixed export width');
    const bands = size.height / 2 - chartSize.height;
    assert.ok(Number.isInteger(bands) && bands >= 80 && bands <= 220, `stamp bands: ${bands}px`);

    const text = pngText(bytes);
    assert.equal(text.Title, '各盟市积案化解情况（按化解率排序）');
    assert.match(text.Permalink, /units=ordos/);
    assert.match(text.Permalink, /from=2024-01/);
    assert.match(text.Description, /鄂尔多斯市/);
    assert.match(text.Description, /截至2024年6月30日/);
    assert.match(text.Disclaimer, /示例数据/);

    const picture = await inspectPng(page, bytes);
    assert.deepEqual(picture.corner, [255, 255, 255, 255], 'white background');
    assert.ok(picture.colours > 20, `the chart is drawn (${picture.colours} colours)`);
    const sum = (rows) => rows.reduce((total, count) => total + count, 0);
    const chartInk = sum(picture.inkRows.slice(2 * 60, 2 * (40 + chartSize.height)));
    assert.ok(chartInk > size.width * 20, 'the chart area is drawn: bars, axes and labels');
    assert.ok(
      sum(picture.darkRows.slice(0, 60)) > 200,
      'the header band has the title in dark text',
    );
  },
);

e2eTest(
  'SVG, CSV and Excel exports of a chart carry the view and stay inert',
  { timeout: 90_000 },
  async ({ page }) => {
    await openDashboard(page, FILTERED);
    const title = '累计化解率走势';

    const svg = await exportFromCard(page, 'trend-resolution-rate', /SVG/);
    assert.equal(svg.name, `${title}_鄂尔多斯市_${PERIOD}.svg`);
    const parsed = await page.evaluate((markup) => {
      const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        root: doc.documentElement.localName,
        unsafe: doc.querySelectorAll('script, foreignObject, iframe, image').length,
        handlers: [...doc.querySelectorAll('*')].filter((node) =>
          [...node.attributes].some((attribute) => /^on/i.test(attribute.name)),
        ).length,
        external: /(?:href|src)="(?!#)/.test(markup),
        title: doc.querySelector('title')?.textContent,
        text: doc.documentElement.textContent,
        permalink: doc.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'source')[0]
          ?.textContent,
      };
    }, new TextDecoder().decode(svg.bytes));
    assert.equal(parsed.error, null, 'well-formed XML');
    assert.equal(parsed.root, 'svg');
    assert.equal(parsed.unsafe, 0, 'no script, foreignObject or embedded document');
    assert.equal(parsed.handlers, 0, 'no event handler attributes');
    assert.equal(parsed.external, false, 'no external references');
    assert.equal(parsed.title, title);
    assert.match(parsed.text, /鄂尔多斯市；2024年1月至2024年6月/, 'the filter summary is stamped');
    assert.match(parsed.text, /阶段目标/, 'the legend is drawn');
    assert.match(parsed.permalink, /units=ordos/);

    const csv = await exportFromCard(page, 'case-ranking', /CSV/);
    assert.match(csv.name, /\.csv$/);
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with BOM');
    const lines = new TextDecoder().decode(csv.bytes).split('\r\n');
    const header = lines.findIndex((line) => line.startsWith('"盟市"'));
    assert.ok(header > 0, 'provenance rows, then the header row');
    assert.match(lines[header], /"交办积案\(件\)"/);
    assert.match(lines[header + 1], /^"鄂尔多斯市",\d+,\d+/, 'numbers stay numbers');
    assert.ok(lines.slice(0, header).some((line) => line.includes('截至2024年6月30日')));

    const xlsx = await exportFromCard(page, 'case-ranking', /Excel/);
    assert.match(xlsx.name, /\.xlsx$/);
    assert.equal(ascii(xlsx.bytes, 0, 2), 'PK', 'a zip container');
    const files = unzipSync(xlsx.bytes);
    const strings = Object.entries(files)
      .filter(([path]) => path.startsWith('xl/'))
      .map(([, content]) => strFromU8(content))
      .join('\n');
    assert.match(strings, /鄂尔多斯市/);
    assert.match(strings, /示例数据/);
  },
);

e2eTest(
  'the export menu works from the keyboard and explains what it cannot do',
  { timeout: 60_000 },
  async ({ page }) => {
    await openDashboard(page, FILTERED);
    const target = card(page, 'trend-resolution-rate');
    const button = target.getByRole('button', { name: /^导出/ });
    assert.equal(await button.getAttribute('aria-haspopup'), 'menu');
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    const items = target.getByRole('menuitem');
    assert.equal(await items.count(), 5);
    await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'menuitem');
    assert.match(await page.evaluate(() => document.activeElement.textContent), /PNG/);
    await page.keyboard.press('ArrowDown');
    assert.match(await page.evaluate(() => document.activeElement.textContent), /SVG/);
    await page.keyboard.press('End');
    assert.match(await page.evaluate(() => document.activeElement.textContent), /复制/);
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await target.getByRole('menu').count(), 0);
    assert.ok(await button.evaluate((node) => node === document.activeElement), 'focus returns');

    // With the table shown, an image cannot be made from it: the menu says what to do instead.
    await target.getByRole('button', { name: '查看表格' }).click();
    await target.getByRole('button', { name: /^导出/ }).click();
    await target.getByRole('menuitem', { name: /PNG/ }).click();
    await assert.doesNotReject(
      target.getByRole('alert').filter({ hasText: '查看图表' }).waitFor({ timeout: 5000 }),
    );
    await target.getByRole('button', { name: '查看图表' }).click();

    // Copy to the clipboard (the session grants the permission), then read it back.
    await target.getByRole('button', { name: /^导出/ }).click();
    await target.getByRole('menuitem', { name: /复制/ }).click();
    await assert.doesNotReject(
      target.getByRole('status').filter({ hasText: '已复制' }).waitFor({ timeout: 20_000 }),
    );
    const types = await page.evaluate(async () =>
      (await navigator.clipboard.read()).flatMap((item) => item.types),
    );
    assert.ok(types.includes('image/png'), `clipboard holds ${types}`);
  },
);
