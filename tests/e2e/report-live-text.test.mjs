// The text each section opens with, read as a user reads it and copied as a user copies it: the
// clipboard holds plain text, the section's own wording for the view, ready for Word or WPS.
import assert from 'node:assert/strict';
import { e2eTest } from './support/session.mjs';
import { fetchApi, openDashboard } from './support/dashboard.mjs';

const section = (page, headingId) => page.locator(`section[aria-labelledby="${headingId}"]`);
const clipboard = (page) => page.evaluate(() => navigator.clipboard.readText());

e2eTest(
  '复制本段 and 复制全部文字 put the page’s text on the clipboard as plain text',
  {},
  async ({ page }) => {
    await openDashboard(page, '?units=ordos');
    const cases = section(page, 'case-resolution-heading');
    const paragraph = cases.locator('.live-text__paragraph').first();
    const shown = (await paragraph.innerText()).trim();
    assert.match(shown, /^鄂尔多斯市交办积案[\d,]+件/, 'one unit: its own name, not 全区');

    // The figure stated is the unit's own, as the API has it.
    const { points } = await fetchApi(page, '/observations', {
      indicator: 'backlog-assigned',
      unit: 'ordos',
      from: '2024-06',
      to: '2024-06',
    });
    const assigned = new Intl.NumberFormat('zh-CN').format(points[0].value);
    assert.ok(shown.startsWith(`鄂尔多斯市交办积案${assigned}件`), shown);

    // The numbers stand out and lead to their chart.
    const figure = paragraph.locator('a.live-text__figure').first();
    assert.equal(await figure.innerText(), `${assigned}件`);
    assert.match(await figure.getAttribute('href'), /^#case-resolution-heading$/);

    await cases.getByRole('button', { name: '复制本段' }).click();
    await cases.getByText('已复制，可粘贴到Word或WPS。').waitFor();
    const copied = await clipboard(page);
    const paragraphs = (await cases.locator('.live-text__paragraph').allInnerTexts()).map((text) =>
      text.trim(),
    );
    assert.equal(copied, paragraphs.join('\n'), 'the section’s paragraphs, one per line');
    assert.doesNotMatch(copied, /[<>]|复制/, 'plain text only, no markup or buttons');

    await section(page, 'overview-heading').getByRole('button', { name: '复制全部文字' }).click();
    const all = await clipboard(page);
    const blocks = all.split('\n\n');
    assert.ok(blocks[0].startsWith('总体进展\n截至'), blocks[0]);
    assert.ok(all.includes(`涉法涉诉信访积案化解\n${paragraphs.join('\n')}`));
    assert.ok(blocks.length >= 5, `every section with text (${blocks.length})`);
  },
);

e2eTest('English gets the same text in English', { language: 'en' }, async ({ page }) => {
  await openDashboard(page, '?units=ordos&compare=mom');
  const cases = section(page, 'case-resolution-heading');
  const text = (await cases.locator('.live-text__paragraph').first().innerText()).trim();
  assert.match(text, /^Ordos: [\d,]+ backlog cases were assigned \(/);
  assert.match(text, /previous/i, 'the comparison chosen (环比)');
  assert.doesNotMatch(text, /\p{Script=Han}/u);
  await cases.getByRole('button', { name: 'Copy paragraph' }).click();
  await cases.getByText('Copied: ready to paste into Word or WPS.').waitFor();
  assert.equal((await clipboard(page)).split('\n')[0], text);
});
