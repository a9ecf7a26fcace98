// One 盟市 down to its counties (旗县市区) and back, through the filter bar, and the link that
// carries the drilled view opening the same view on a reload.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { e2eTest, resultsDir } from './support/session.mjs';
import {
  chooseUnits,
  fetchApi,
  openDashboard,
  readCardTable,
  searchParams,
  waitForSearch,
  waitForSettled,
} from './support/dashboard.mjs';

const screenshotsDir = new URL('screenshots/', resultsDir);
mkdirSync(screenshotsDir, { recursive: true });

const filterBar = (page) => page.getByRole('region', { name: '筛选条件' });
const drillDown = (page) => filterBar(page).getByRole('button', { name: '下钻到旗县市区' });

e2eTest(
  'drills from 呼和浩特市 down to its 9 counties and back, and the link reloads it',
  {},
  async ({ page }) => {
    await openDashboard(page);
    assert.equal(await drillDown(page).count(), 0, 'no drill-down while all 12 盟市 are shown');

    await chooseUnits(page, ['乌海市']);
    await waitForSearch(page, { units: 'wuhai' });
    assert.equal(await drillDown(page).count(), 0, 'a 盟市 without counties offers no drill-down');

    await filterBar(page).getByRole('button', { name: '恢复默认' }).click();
    await waitForSearch(page, {});
    await chooseUnits(page, ['呼和浩特市']);
    await waitForSearch(page, { units: 'hohhot' });
    // With the keyboard, as any control of the filter bar.
    await drillDown(page).focus();
    await page.keyboard.press('Enter');
    await waitForSearch(page, { parent: 'hohhot' });
    await waitForSettled(page);

    const { units } = await fetchApi(page, '/units');
    const counties = units.filter((unit) => unit.parentId === 'hohhot').map((unit) => unit.name);
    assert.equal(counties.length, 9);
    const ranking = await readCardTable(page, 'case-ranking');
    assert.deepEqual(
      ranking
        .slice(1)
        .map((row) => row[0])
        .sort(),
      [...counties].sort(),
      'the case ranking lists the counties of 呼和浩特市, and nothing else',
    );
    assert.equal(ranking[0]?.[0], '旗县市区', 'the table names its units by their level');
    const main = await page.locator('main').innerText();
    assert.match(main, /呼和浩特市9个旗县市区/);
    assert.match(main, /各旗县市区积案化解情况/);
    assert.doesNotMatch(main, /各盟市|个盟市/, 'no string calls the counties 盟市');
    await page.screenshot({
      path: new URL('drill-down-hohhot.png', screenshotsDir).pathname,
      fullPage: false,
    });

    // The link opens the same drilled view.
    await page.reload();
    await waitForSettled(page);
    assert.deepEqual(searchParams(page), { parent: 'hohhot' });
    const reloaded = await readCardTable(page, 'case-ranking');
    assert.deepEqual(reloaded, ranking);

    await filterBar(page).getByRole('button', { name: '返回呼和浩特市' }).click();
    await waitForSearch(page, { units: 'hohhot' });
    await waitForSettled(page);
    const cityRanking = await readCardTable(page, 'case-ranking');
    assert.deepEqual(
      cityRanking.slice(1).map((row) => row[0]),
      ['呼和浩特市'],
    );
  },
);

e2eTest(
  'a stale drill-down link is dropped with a notice, never a blank page',
  {},
  async ({ page }) => {
    await openDashboard(page, '?parent=hohhot&units=ordos-dongsheng,hohhot-saihan');
    await waitForSearch(page, { parent: 'hohhot', units: 'hohhot-saihan' });
    const notice = page.getByRole('status').filter({ hasText: 'ordos-dongsheng' });
    await assert.doesNotReject(notice.waitFor());
    assert.match(await notice.innerText(), /不属于所下钻的盟市/);
    await waitForSettled(page);
    const ranking = await readCardTable(page, 'case-ranking');
    assert.deepEqual(
      ranking.slice(1).map((row) => row[0]),
      ['赛罕区'],
    );
  },
);
