// The whole dashboard for a briefing: from a filtered view, a paginated PDF with real Chinese text
// and a Word briefing with the current numbers in the report's wording, each opened and read.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { servePreviewUnlessServed } from './support/preview.mjs';

// Runnable on its own (`node --test tests/e2e/export-dashboard.test.mjs` after a build) as well as
// from the suite's runner, which serves dist/ itself and says where in E2E_BASE_URL.
await servePreviewUnlessServed();
const { e2eTest } = await import('./support/session.mjs');
const { openDashboard } = await import('./support/dashboard.mjs');
const { ascii, exportDashboard, exportsDir, hasTool, readyCharts } =
  await import('./support/export-files.mjs');

const FILTERED = '?units=ordos&from=2024-01&to=2024-06';
const PERIOD = '2024-01至2024-06';

e2eTest(
  'the whole dashboard exports as a paginated PDF with real Chinese text',
  { timeout: 240_000 },
  async ({ page }, t) => {
    await openDashboard(page, FILTERED);
    const charts = await readyCharts(page);
    const title = await page.locator('h1').innerText();
    const { name, bytes, statuses } = await exportDashboard(page, '导出PDF');
    assert.equal(name, `${title}_鄂尔多斯市_${PERIOD}.pdf`);
    assert.equal(ascii(bytes, 0, 5), '%PDF-');
    assert.ok(
      statuses.some((text) => new RegExp(`正在生成… \\d+/${charts}`).test(text)),
      `progress was shown: ${statuses.join(' | ')}`,
    );
    if (!hasTool('pdftotext')) {
      t.diagnostic('pdftotext (poppler-utils) is missing: only the embedded font is checked');
      assert.match(ascii(bytes, 0, bytes.length), /\/FontFile2/);
      return;
    }
    const path = fileURLToPath(new URL(name, exportsDir));
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    for (const expected of [
      title,
      '截至2024年6月30日',
      '鄂尔多斯市',
      '示例数据',
      '涉法涉诉信访积案化解',
      '累计化解率走势',
      '交办积案',
    ]) {
      assert.ok(text.includes(expected), `the PDF says ${expected}`);
    }
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
    assert.ok(pages >= 4, `a cover and pages of charts (${pages} pages)`);
    assert.match(info, /Page size:\s+595\.2\d? x 841\.8\d? pts \(A4\)/);
    const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .slice(2)
      .filter((line) => /\bimage\b/.test(line));
    assert.equal(images.length, charts, 'every chart on the page is in the PDF, once');
  },
);

e2eTest(
  'the whole dashboard exports as a Word briefing with numbers and charts',
  { timeout: 240_000 },
  async ({ page }) => {
    await openDashboard(page, FILTERED);
    const charts = await readyCharts(page);
    const title = await page.locator('h1').innerText();
    const { name, bytes } = await exportDashboard(page, '导出Word简报');
    assert.equal(name, `${title}_鄂尔多斯市_${PERIOD}.docx`);
    assert.equal(ascii(bytes, 0, 2), 'PK');
    const files = unzipSync(bytes);
    const document = strFromU8(files['word/document.xml']);
    const text = document.replace(/<[^>]+>/g, '');
    for (const expected of [
      title,
      '截至2024年6月30日',
      '鄂尔多斯市',
      '示例数据',
      '总体进展',
      '涉法涉诉信访积案化解',
      '任务清单',
    ]) {
      assert.ok(text.includes(expected), `the briefing says ${expected}`);
    }
    assert.match(text, /交办积案[\d,]+件/, 'the report’s wording, with the current number');
    assert.match(text, /化解率[\d.]+%/);
    assert.match(text, /任务清单共\d+项/);
    const media = Object.keys(files).filter((path) => /^word\/media\/.+\.png$/.test(path));
    assert.equal(media.length, charts, 'every chart as an image');
    assert.match(strFromU8(files['word/styles.xml']), /w:eastAsia="仿宋"/, 'an East Asian font');
  },
);
