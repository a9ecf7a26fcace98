// Real figures in, as an office does it: download the fill-in template, fill it in, import it
// through the file chooser, see the numbers, reload, and see a file with mistakes refused whole.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { card, openDashboard, readCardTable, waitForSettled } from './support/dashboard.mjs';
import { readDownload } from './support/export-files.mjs';
import { e2eTest, resultsDir } from './support/session.mjs';

const fixtures = new URL('../fixtures/import/', import.meta.url);
const workDir = mkdtempSync(join(tmpdir(), 'import-e2e-'));

/** Fills the template's 积案化解 sheet the way a person would in Excel: numbers, a text number, a formula. */
function fillTemplate(bytes) {
  const files = unzipSync(bytes);
  const workbook = strFromU8(files['xl/workbook.xml']);
  const relationId = /<sheet [^>]*r:id="(rId\d+)"[^>]*name="积案化解"/.exec(workbook)?.[1];
  const relations = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const target =
    new RegExp(`Id="${relationId}"[^>]*Target="([^"]+)"`).exec(relations)?.[1] ??
    new RegExp(`Target="([^"]+)"[^>]*Id="${relationId}"`).exec(relations)?.[1];
  assert.ok(target, 'the template has a 积案化解 sheet');
  const path = `xl/${target.replace(/^\/?xl\//, '')}`;
  let sheet = strFromU8(files[path]);
  const figures = {
    2: '<c r="C2"><v>1234</v></c><c r="D2"><v>617</v></c><c r="E2"><f>D2/C2*100</f><v>50</v></c>',
    3: '<c r="C3" t="inlineStr"><is><t>1,300</t></is></c><c r="D3"><v>702</v></c><c r="E3"><v>54</v></c>',
  };
  for (const [row, cells] of Object.entries(figures))
    sheet = sheet.replace(new RegExp(`(<row r="${row}"[^>]*>[\\s\\S]*?)(</row>)`), `$1${cells}$2`);
  files[path] = strToU8(sheet);
  return zipSync(files);
}

async function importFiles(page, paths) {
  await page.getByRole('button', { name: '导入数据', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '导入数据' });
  await dialog.waitFor();
  const choosing = page.waitForEvent('filechooser');
  await dialog.getByText('选择文件', { exact: true }).click();
  await (await choosing).setFiles(paths);
  return dialog;
}

const rowOf = (table, unit) => table.find((row) => row[0] === unit);

e2eTest(
  'a filled-in template is imported, shown, kept across a reload',
  { timeout: 120_000 },
  async ({ page }) => {
    await openDashboard(page);
    assert.equal(
      await page.getByTestId('dataset-label').count(),
      0,
      'the sample shows only its badge',
    );

    // Download the template for one unit and two months.
    await page.getByRole('button', { name: '下载填报模板' }).click();
    const templateDialog = page.getByRole('dialog', { name: '下载填报模板' });
    await templateDialog.getByLabel('填报单位').selectOption({ label: '包头市' });
    await templateDialog.getByLabel('起始月份').fill('2024-07');
    await templateDialog.getByLabel('截止月份').fill('2024-08');
    const downloading = page.waitForEvent('download');
    await templateDialog.getByRole('button', { name: '下载' }).click();
    const template = await readDownload(await downloading);
    assert.equal(template.name, '填报模板_包头市_2024-07至2024-08.xlsx');
    const unzipped = unzipSync(template.bytes);
    assert.match(strFromU8(unzipped['xl/workbook.xml']), /name="填报说明"/);
    assert.match(strFromU8(unzipped['xl/worksheets/sheet3.xml']), /<dataValidation type="list"/);

    const filled = join(workDir, '包头市_7-8月.xlsx');
    writeFileSync(filled, fillTemplate(template.bytes));
    const dialog = await importFiles(page, [filled]);
    await dialog.getByRole('region', { name: '导入预览' }).waitFor();
    assert.equal(await dialog.getByTestId('import-added').textContent(), '新增 6');
    // The formula cell is taken at its saved value, and the dialog says so.
    await dialog.getByText(/有1个数值单元格是公式/).waitFor();
    await page.screenshot({ path: new URL('screenshots/import-preview.png', resultsDir).pathname });
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await dialog.waitFor({ state: 'detached' });

    await waitForSettled(page);
    const label = page.getByTestId('dataset-label');
    await assert.doesNotReject(label.waitFor());
    assert.match(await label.textContent(), /导入数据.*包头市_7-8月\.xlsx/);
    assert.equal(
      await page.locator('.sample-badge').count(),
      0,
      'imported figures are not marked as sample',
    );
    const table = await readCardTable(page, 'case-ranking');
    const baotou = rowOf(table, '包头市');
    assert.ok(baotou, 'the ranking lists 包头市');
    // August: the text "1,300" became 1300, beside the 702 and 54 % typed in the sheet.
    assert.deepEqual(baotou.slice(1, 5), ['1,300件', '702件', '598件', '54.0%']);
    await page.screenshot({
      path: new URL('screenshots/import-shown.png', resultsDir).pathname,
      fullPage: false,
    });

    await page.reload();
    await waitForSettled(page);
    assert.match(await page.getByTestId('dataset-label').textContent(), /包头市_7-8月\.xlsx/);
    assert.equal(rowOf(await readCardTable(page, 'case-ranking'), '包头市')[1], '1,300件');

    // A file with mistakes: every one listed, nothing applied.
    const mistakes = await importFiles(page, [
      new URL('mistakes.csv', fixtures).pathname,
      new URL('zip-bomb.xlsx', fixtures).pathname,
    ]);
    const alert = mistakes.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.getByRole('heading').textContent(), /发现9个错误，未导入任何数据/);
    const problems = await alert
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((row) => [...row.cells].map((cell) => cell.textContent)));
    assert.equal(problems.length, 9);
    assert.ok(problems.some((row) => row[2] === '2' && /是否为“包头市”/.test(row[5])));
    assert.ok(problems.some((row) => row[0] === 'zip-bomb.xlsx' && /压缩炸弹/.test(row[5])));
    assert.equal(await mistakes.getByRole('button', { name: '确认导入' }).count(), 0);
    await page.screenshot({
      path: new URL('screenshots/import-mistakes.png', resultsDir).pathname,
    });
    await page.keyboard.press('Escape');
    await mistakes.waitFor({ state: 'detached' });
    assert.equal(rowOf(await readCardTable(page, 'case-ranking'), '包头市')[1], '1,300件');

    // 撤销导入 brings the sample back.
    await page.locator('.dataset-menu > summary').click();
    await page.getByRole('button', { name: '撤销导入' }).click();
    await page.locator('.sample-badge').waitFor();
    await waitForSettled(page);
    assert.equal(await page.getByTestId('dataset-label').count(), 0);
  },
);

e2eTest(
  'a GB18030 CSV from a Chinese office goes in as it is',
  { timeout: 90_000 },
  async ({ page }) => {
    await openDashboard(page);
    const dialog = await importFiles(page, [new URL('gb18030-long.csv', fixtures).pathname]);
    await dialog.getByRole('region', { name: '导入预览' }).waitFor();
    assert.match(await dialog.textContent(), /GB18030/);
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForSettled(page);
    const table = await readCardTable(page, 'case-ranking');
    // "1,234", full-width "６１２" and "49.6%" as typed in the file.
    assert.deepEqual(rowOf(table, '包头市').slice(1, 5), ['1,234件', '612件', '622件', '49.6%']);
    // A gap stays a gap: Ordos reported no resolved cases, so it has no rate.
    assert.equal(rowOf(table, '鄂尔多斯市')[4], '—', 'no rate, never 0 %');
    assert.ok(await card(page, 'case-ranking').isVisible());
  },
);

e2eTest(
  'a large file is read in a worker with progress, and can be cancelled',
  { timeout: 120_000 },
  async ({ page }) => {
    await openDashboard(page);
    // 400,000 figures (about 20 MB): long enough to read that the cancel button is there to press.
    const units = ['包头市', '乌海市', '赤峰市', '通辽市', '鄂尔多斯市', '阿拉善盟'];
    const lines = ['盟市,月份,指标,数值,备注'];
    for (let index = 0; lines.length <= 400_000; index += 1)
      lines.push(`${units[index % units.length]},2024-07,交办积案,${index},`);
    const large = join(workDir, 'large.csv');
    writeFileSync(large, lines.join('\n'));
    const dialog = await importFiles(page, [large]);
    const progress = dialog.getByRole('progressbar', { name: '读取进度' });
    await progress.waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.getByText('已取消，未导入任何数据。').waitFor();
    assert.equal(await page.getByTestId('dataset-label').count(), 0);
  },
);

e2eTest(
  'a query worker that cannot start: the default data with a notice, and the import kept for later',
  { timeout: 120_000, allowConsoleErrors: [/^Failed to load resource: /] },
  async ({ page, context }) => {
    await openDashboard(page);
    const dialog = await importFiles(page, [new URL('gb18030-long.csv', fixtures).pathname]);
    await dialog.getByRole('button', { name: '确认导入' }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitForSettled(page);
    assert.match(await page.getByTestId('dataset-label').textContent(), /gb18030-long\.csv/);

    // The worker that answers for the import fails to load (a proxy in the way, a bad deploy).
    const engine = /\/assets\/dataset-engine\.worker-[^/]*\.js$/;
    await context.route(engine, (route) => route.fulfill({ status: 500, body: '' }));
    await page.reload();
    const notice = page
      .getByRole('alert')
      .filter({ hasText: /导入的数据暂时无法打开.*导入的数据仍保存在本机/ });
    await notice.waitFor();
    // Nothing suggests the stored data is damaged, nor offers to delete it.
    assert.equal(await notice.getByRole('button', { name: '删除导入数据' }).count(), 0);
    await waitForSettled(page);
    assert.equal(await page.getByTestId('dataset-label').count(), 0, 'the default data is shown');
    assert.ok((await page.locator('section.card[data-state="ready"]').count()) >= 10, 'not blank');

    // Nothing was lost: once the worker loads again, the import is back with its figures.
    await context.unroute(engine);
    await page.reload();
    await page.getByTestId('dataset-label').waitFor();
    await waitForSettled(page);
    assert.match(await page.getByTestId('dataset-label').textContent(), /gb18030-long\.csv/);
    const table = await readCardTable(page, 'case-ranking');
    assert.deepEqual(rowOf(table, '包头市').slice(1, 3), ['1,234件', '612件']);
  },
);
