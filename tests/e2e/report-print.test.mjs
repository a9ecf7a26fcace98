// The whole-dashboard PDF and Ctrl+P read back as text: each heading on the page of its text,
// no line starting with closing punctuation or ending with opening punctuation (避头尾), and for
// printing, the report alone, without the page's controls.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { servePreviewUnlessServed } from './support/preview.mjs';

await servePreviewUnlessServed();
const { e2eTest } = await import('./support/session.mjs');
const { drawEveryChart, openDashboard, sectionHeadings } = await import('./support/dashboard.mjs');
const { exportDashboard, exportsDir, hasTool } = await import('./support/export-files.mjs');

const NO_START = /^[，。、；：）」』》？！]/u;
const NO_END = /[（「『《]$/u;

/**
 * The text of each page as its lines: the words pdftotext finds (-bbox), joined by baseline and
 * read left to right. A closing mark tucked against the one before it (）。) overlaps it, and
 * pdftotext's own line finding would set it on a line of its own. Spaces are dropped: lines are
 * compared without them.
 */
function pagesOf(path) {
  const xml = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
  const unescape = (text) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&');
  return xml
    .split('<page ')
    .slice(1)
    .map((page) => {
      const rows = new Map();
      for (const word of page.matchAll(
        /<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g,
      )) {
        const y = Math.round(Number(word[2]));
        rows.set(y, [...(rows.get(y) ?? []), { x: Number(word[1]), text: unescape(word[3]) }]);
      }
      return [...rows.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, words]) =>
          words
            .sort((a, b) => a.x - b.x)
            .map((word) => word.text)
            .join(''),
        )
        .filter(Boolean);
    })
    .filter((lines) => lines.length > 0);
}

function checkLineBreaks(pages) {
  for (const [index, lines] of pages.entries()) {
    for (const line of lines) {
      assert.doesNotMatch(line, NO_START, `page ${index + 1}: a line starts with punctuation`);
      assert.doesNotMatch(line, NO_END, `page ${index + 1}: a line ends with an opening mark`);
    }
  }
}

e2eTest(
  'the PDF keeps each heading with its text and breaks Chinese lines by the rules',
  { timeout: 240_000 },
  async ({ page }, t) => {
    if (!hasTool('pdftotext')) return t.skip('pdftotext (poppler-utils) is missing');
    await openDashboard(page, '?units=ordos,baotou,alxa');
    const { name } = await exportDashboard(page, '导出PDF');
    const path = fileURLToPath(new URL(name, exportsDir));
    const pages = pagesOf(path);
    checkLineBreaks(pages);
    let found = 0;
    for (const heading of sectionHeadings.map((text) => text.replace(/\s+/g, ''))) {
      const index = pages.findIndex((lines) => lines.includes(heading));
      if (index < 0) continue;
      found += 1;
      const lines = pages[index];
      const next = lines[lines.indexOf(heading) + 1] ?? '';
      // The footer is the page's last line: a heading is followed by its own text, not by it.
      assert.ok(
        next !== '' && next !== lines.at(-1),
        `${heading} is followed by its text on page ${index + 1}: ${JSON.stringify(lines)}`,
      );
    }
    assert.ok(found >= 5, `the sections are in the PDF (${found})`);
  },
);

e2eTest(
  'Ctrl+P prints the report alone, headings with their text',
  { timeout: 180_000 },
  async ({ page }, t) => {
    if (!hasTool('pdftotext')) return t.skip('pdftotext (poppler-utils) is missing');
    await openDashboard(page);
    await page.emulateMedia({ media: 'print' });
    const bytes = await page.pdf({ format: 'A4', printBackground: true });
    const path = fileURLToPath(new URL('ctrl-p.pdf', exportsDir));
    writeFileSync(path, bytes);
    const pages = pagesOf(path);
    const text = pages.flat().join('\n');
    for (const control of ['导出PDF', '导出Word简报', '恢复默认', '复制链接', '查看表格'])
      assert.ok(!text.includes(control), `${control} is not printed`);
    for (const heading of sectionHeadings.map((text) => text.replace(/\s+/g, ''))) {
      const index = pages.findIndex((lines) => lines.includes(heading));
      assert.ok(index >= 0, `${heading} is printed`);
      const lines = pages[index];
      assert.ok(
        lines.indexOf(heading) < lines.length - 1,
        `${heading} is not alone at a page's foot`,
      );
    }
    checkLineBreaks(pages);
  },
);

/** Chart widths on the page, whether any chart is still waiting to be drawn, the print attribute. */
const chartState = (page) =>
  page.evaluate(() => {
    const widths = [
      ...document.querySelectorAll('[data-card] [role="img"] svg.recharts-surface'),
    ].map((svg) => Math.round(svg.getBoundingClientRect().width));
    return {
      widths,
      deferred: document.querySelectorAll('.chart-deferred').length,
      printLayout: document.documentElement.hasAttribute('data-print-layout'),
    };
  });

e2eTest(
  'Ctrl+P draws every chart at print width before the print dialog opens, then puts them back',
  { timeout: 120_000, viewport: { width: 1920, height: 1000 } },
  async ({ page }) => {
    await openDashboard(page);
    // The charts on screen are drawn once their boxes are measured.
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-card] [role="img"] svg.recharts-surface')].some(
        (svg) => svg.getBoundingClientRect().width > 681,
      ),
    );
    const before = await chartState(page);
    // What makes the test mean something: wide charts on screen, and charts not drawn yet.
    assert.ok(Math.max(...before.widths) > 681, `a chart is wider than print (${before.widths})`);
    assert.ok(before.deferred > 0, 'charts below the fold are not drawn yet');
    // The print dialog is the browser's; here it records what it would print.
    await page.evaluate(() => {
      window.print = () => {
        const widths = [
          ...document.querySelectorAll('[data-card] [role="img"] svg.recharts-surface'),
        ].map((svg) => Math.round(svg.getBoundingClientRect().width));
        window.__printed = {
          widths,
          deferred: document.querySelectorAll('.chart-deferred').length,
          printLayout: document.documentElement.hasAttribute('data-print-layout'),
          charts: document.querySelectorAll('[data-card][data-state="ready"] [role="img"]').length,
        };
      };
    });
    await page.keyboard.press('Control+P');
    const printed = await page.waitForFunction(() => window.__printed).then((h) => h.jsonValue());
    assert.equal(printed.deferred, 0, 'every chart is drawn when the dialog opens');
    assert.ok(printed.printLayout, 'the print layout is on while printing');
    assert.ok(printed.widths.length > before.widths.length, 'the charts below the fold are in it');
    assert.ok(
      printed.widths.every((width) => width <= 681),
      `every chart is at most print width: ${printed.widths}`,
    );
    // Afterwards the page is as it was: full-width charts, no print layout.
    await page.waitForFunction(
      () =>
        !document.documentElement.hasAttribute('data-print-layout') &&
        [...document.querySelectorAll('[data-card] [role="img"] svg.recharts-surface')].some(
          (svg) => svg.getBoundingClientRect().width > 681,
        ),
    );
  },
);

e2eTest(
  'the print button does the same as Ctrl+P',
  { timeout: 120_000, viewport: { width: 1920, height: 1000 } },
  async ({ page }) => {
    await openDashboard(page);
    await page.evaluate(() => {
      window.print = () => {
        window.__printed = {
          deferred: document.querySelectorAll('.chart-deferred').length,
          printLayout: document.documentElement.hasAttribute('data-print-layout'),
        };
      };
    });
    await page.getByRole('button', { name: '打印', exact: true }).click();
    const printed = await page.waitForFunction(() => window.__printed).then((h) => h.jsonValue());
    assert.deepEqual(printed, { deferred: 0, printLayout: true });
  },
);

/**
 * The images of a PDF as pdfimages lists them: pixel size and resolution on the page (ppi), so
 * the width each takes on paper is pixels ÷ ppi inches.
 */
function pdfImages(path) {
  const lines = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).split('\n');
  return lines
    .slice(2)
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells[2] === 'image')
    .map((cells) => ({
      page: Number(cells[0]),
      width: Number(cells[3]),
      height: Number(cells[4]),
      xPpi: Number(cells[12]),
    }));
}

e2eTest(
  'no chart text in the PDF is under 7 pt, wide charts included, two charts to a page',
  { timeout: 240_000, viewport: { width: 1920, height: 1000 } },
  async ({ page }, t) => {
    if (!hasTool('pdfimages')) return t.skip('pdfimages (poppler-utils) is missing');
    await openDashboard(page);
    await drawEveryChart(page);
    // The smallest text any chart draws, in CSS pixels, as the page lays it out.
    const smallestPx = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('[data-card] [role="img"] svg text')]
          .filter((text) => text.getBBox().width > 0)
          .map((text) => parseFloat(getComputedStyle(text).fontSize)),
      ),
    );
    assert.ok(smallestPx > 0 && smallestPx < 20, `chart text is ${smallestPx}px`);
    const widest = await page.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll('[data-card] [role="img"] svg.recharts-surface')].map(
          (svg) => svg.getBoundingClientRect().width,
        ),
      ),
    );
    assert.ok(widest > 1000, `charts are wide on this screen (${widest}px)`);
    const { name } = await exportDashboard(page, '导出PDF');
    const images = pdfImages(fileURLToPath(new URL(name, exportsDir)));
    assert.ok(images.length >= 10, `the charts are in the PDF (${images.length})`);
    // Two charts share a page where they fit: most pages with charts hold two.
    const perPage = new Map();
    for (const image of images) perPage.set(image.page, (perPage.get(image.page) ?? 0) + 1);
    const paired = [...perPage.values()].filter((count) => count >= 2).length;
    assert.ok(paired * 2 > perPage.size, `charts per page: ${JSON.stringify([...perPage])}`);
    for (const image of images) {
      // Exported charts are drawn at print width (680 CSS px) at a whole pixel ratio: the image's
      // pixels say which, and the test fails if that ever stops being so.
      const ratio = image.width / 680;
      assert.ok(
        Math.abs(ratio - Math.round(ratio)) < 0.01 && Math.round(ratio) >= 1,
        `page ${image.page}: a ${image.width}px image is a 680px chart at a whole pixel ratio`,
      );
      const pointsPerCssPx = ((image.width / image.xPpi) * 72) / 680;
      const smallestPt = smallestPx * pointsPerCssPx;
      assert.ok(
        smallestPt >= 7 - 0.05,
        `page ${image.page}: chart text at ${smallestPt.toFixed(2)} pt (${smallestPx}px × ${pointsPerCssPx.toFixed(3)})`,
      );
    }
  },
);
