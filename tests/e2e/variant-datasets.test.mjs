// The generated variants (mocks/data/variant-datasets.ts) reach the browser through an init script
// (`dataset` in openSession): the page then opens on that dataset's title and units, not the sample's.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { openDashboard } from './support/dashboard.mjs';
import { e2eTest, resultsDir } from './support/session.mjs';

const screenshotsDir = new URL('screenshots/', resultsDir);
mkdirSync(screenshotsDir, { recursive: true });

for (const [dataset, title, unitName] of [
  ['few', '五盟市试点进展监测（生成数据）', '北湖盟'],
  ['many', '四十单位压力测试（生成数据）', 'مدينة الاختبار'],
]) {
  e2eTest(
    `the ${dataset} variant opens with its own title and units`,
    { dataset },
    async ({ page }) => {
      await openDashboard(page);
      assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), title);
      await page.getByRole('button', { name: /^盟市/ }).first().click();
      assert.equal(await page.getByRole('checkbox', { name: unitName }).count(), 1);
      await page.keyboard.press('Escape');
      await page.screenshot({
        path: new URL(`variant-${dataset}-1440.png`, screenshotsDir).pathname,
        fullPage: true,
      });
    },
  );
}
