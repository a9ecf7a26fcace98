import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  dataset,
  findCard,
  openTable,
  renderApp,
  tableRecords,
  tableRows,
  waitForQuiet,
} from './render-app';

const currentSearch = () => new URLSearchParams(window.location.search);
const countiesOf = (parentId: string) =>
  dataset.units.filter((unit) => unit.parentId === parentId).map((unit) => unit.name);
const filterBar = () => screen.getByRole('region', { name: '筛选条件' });

describe('drilling down from one 盟市 to its counties (旗县市区)', () => {
  it('picks 呼和浩特市, drills down to its 9 counties, carries it in the link, and goes back', async () => {
    const { user } = await renderApp();
    expect(within(filterBar()).queryByRole('button', { name: '下钻到旗县市区' })).toBeNull();

    await user.click(within(filterBar()).getByRole('button', { name: /^盟市 / }));
    await user.click(screen.getByRole('checkbox', { name: '呼和浩特市' }));
    await user.keyboard('{Escape}');
    await user.click(within(filterBar()).getByRole('button', { name: '下钻到旗县市区' }));

    expect(currentSearch().get('parent')).toBe('hohhot');
    expect(currentSearch().get('units')).toBeNull();
    await waitForQuiet();
    const rows = tableRecords(await openTable(await findCard('case-ranking'), user));
    expect(rows.map((row) => row['旗县市区']).sort()).toEqual(countiesOf('hohhot').sort());
    expect(countiesOf('hohhot')).toHaveLength(9);
    expect(screen.getAllByText(/呼和浩特市9个旗县市区/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/全区12个盟市/)).toBeNull();

    await user.click(within(filterBar()).getByRole('button', { name: '返回呼和浩特市' }));
    expect(currentSearch().get('parent')).toBeNull();
    expect(currentSearch().get('units')).toBe('hohhot');
    await waitForQuiet();
    // The card stays in its table view.
    const back = tableRecords(tableRows(await findCard('case-ranking')));
    expect(back.map((row) => row['盟市'])).toEqual(['呼和浩特市']);
  });

  it('offers no drill-down for a 盟市 without counties', async () => {
    await renderApp({ url: '/?units=wuhai' });
    expect(within(filterBar()).queryByRole('button', { name: '下钻到旗县市区' })).toBeNull();
  });

  it('drops a county of another 盟市 and an unknown parent from a link, with a notice', async () => {
    await renderApp({ url: '/?parent=hohhot&units=ordos-dongsheng,hohhot-saihan' });
    await expect.poll(() => currentSearch().get('units')).toBe('hohhot-saihan');
    expect(await screen.findByText(/ordos-dongsheng.*不属于所下钻的盟市/)).toBeInTheDocument();
  });

  it('drops an unknown parent from a link, back to the 12 盟市', async () => {
    await renderApp({ url: '/?parent=atlantis' });
    await expect.poll(() => currentSearch().get('parent')).toBeNull();
    expect(await screen.findByText(/atlantis/)).toBeInTheDocument();
    expect(screen.getAllByText(/全区12个盟市/).length).toBeGreaterThan(0);
  });
});
