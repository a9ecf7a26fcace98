// The whole dashboard for a briefing: from a filtered view, a paginated PDF with real Chinese text
// and a Word briefing with the current numbers in the report's wording, each opened and read.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/**
 * The briefing opened by a real word processor (LibreOffice, when installed: .ci/run installs it):
 * converted to PDF, it has its head, its numbered sections, its captions and a page number on
 * every page, as the field in the footer gives it.
 */
function assertOpensInWordProcessor(name, chartCount) {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-'));
  const docx = join(dir, 'briefing.docx');
  copyFileSync(fileURLToPath(new URL(name, exportsDir)), docx);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
    stdio: 'ignore',
    timeout: 120_000,
    env: { ...process.env, HOME: dir },
  });
  const pdf = join(dir, 'briefing.pdf');
  const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
    .split('\f')
    .filter((page) => page.trim());
  assert.ok(pages.length >= 2, `the briefing has pages (${pages.length})`);
  const text = pages.join('\n').replace(/[ \t]+/g, '');
  for (const expected of ['工作简报', '第12期', '一、进度预警', '报送：自治区党委'])
    assert.ok(text.includes(expected), `the word processor shows ${expected}`);
  const captions = pages.join('\n').match(/图\s*\d+[\s\u3000]+\S/g) ?? [];
  assert.equal(captions.length, chartCount, 'every chosen chart has its caption');
  pages.forEach((page, index) =>
    assert.match(
      page.replace(/\s+/g, ''),
      new RegExp(`[—–-]${index + 1}[—–-]`),
      `page ${index + 1} is numbered`,
    ),
  );
  rmSync(dir, { recursive: true, force: true });
}
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
  'the whole dashboard exports as a Word 简报: head, numbered sections, chosen charts, page numbers',
  { timeout: 240_000 },
  async ({ page }) => {
    await openDashboard(page, FILTERED);
    const charts = await readyCharts(page);
    const title = await page.locator('h1').innerText();
    await page.getByRole('button', { name: '导出Word简报' }).click();
    const dialog = page.getByRole('dialog', { name: '导出Word简报' });
    await dialog.getByLabel('期号（第X期）').fill('12');
    await dialog.getByLabel('编发单位').fill('自治区党委政法委办公室');
    await dialog.getByLabel('日期').fill('2024-07-01');
    await dialog.getByLabel('报送').fill('自治区党委');
    await dialog.getByLabel('抄送').fill('各盟市党委政法委');
    // One chart left out of the briefing.
    const left = dialog.getByRole('checkbox').first();
    const leftTitle = (await left.locator('xpath=..').innerText()).split('\n')[0].trim();
    await left.uncheck();
    const { name, bytes } = await exportDashboard(page, '导出简报');
    assert.equal(name, `${title}_鄂尔多斯市_${PERIOD}.docx`);
    assert.equal(ascii(bytes, 0, 2), 'PK');
    const files = unzipSync(bytes);
    const document = strFromU8(files['word/document.xml']);
    const paragraphs = [...document.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((match) =>
      match[0].replace(/<[^>]+>/g, ''),
    );
    const text = paragraphs.join('\n');
    assert.deepEqual(paragraphs.slice(0, 3), [
      '工作简报',
      '第12期',
      '自治区党委政法委办公室2024年7月1日',
    ]);
    for (const expected of [title, '截至2024年6月30日', '鄂尔多斯市', '示例数据']) {
      assert.ok(text.includes(expected), `the briefing says ${expected}`);
    }
    const headings = paragraphs.filter((line) => /^[一二三四五六七八九十]+、/.test(line));
    assert.equal(headings[0], '一、进度预警');
    assert.ok(headings.includes('二、涉法涉诉信访积案化解'), headings.join(' | '));
    assert.match(headings.at(-1), /^[一二三四五六七八九十]+、下一步工作$/);
    assert.match(text, /（一）/, '下一步工作 in numbered items');
    assert.equal(paragraphs.at(-2), '报送：自治区党委');
    assert.equal(paragraphs.at(-1), '抄送：各盟市党委政法委');
    assert.match(text, /交办积案[\d,]+件/, 'the report’s wording, with the current number');
    assert.match(text, /任务清单共\d+项/);
    const media = Object.keys(files).filter((path) => /^word\/media\/.+\.png$/.test(path));
    assert.equal(media.length, charts - 1, 'the charts chosen, as images');
    const captions = paragraphs.filter((line) => /^图\d+\u3000/.test(line));
    assert.equal(captions.length, charts - 1);
    assert.ok(
      !captions.some((line) => line.endsWith(`\u3000${leftTitle}`)),
      `${leftTitle} left out`,
    );
    const footer = Object.keys(files).find((path) => /^word\/footer\d+\.xml$/.test(path));
    assert.match(strFromU8(files[footer]), /<w:instrText[^>]*>PAGE<\/w:instrText>/);
    assert.match(strFromU8(files['word/styles.xml']), /w:eastAsia="仿宋_GB2312"/);
    assert.match(strFromU8(files['word/fontTable.xml']), /<w:altName w:val="仿宋"\/>/);
    if (hasTool('soffice')) assertOpensInWordProcessor(name, charts - 1);

    // The head is remembered for the next issue.
    await page.getByRole('button', { name: '导出Word简报' }).click();
    assert.equal(await dialog.getByLabel('期号（第X期）').inputValue(), '12');
    assert.equal(await dialog.getByLabel('报送').inputValue(), '自治区党委');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
  },
);
