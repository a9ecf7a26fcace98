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
const { openDashboard, sectionHeadings } = await import('./support/dashboard.mjs');
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
