import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sampleDataset, server } from '@mocks/node';
import { resetDatasetState } from '@/features/import/active-dataset';
import { findPublishedDataset, readPublishedDataset } from '@/features/import/published';
import { closeStorage } from '@/features/import/storage';
import { clearStorage, versionOneDatabase } from '../support/import-storage';
import { findCard, openTable, renderApp } from './render-app';

// The dialogs are loaded on demand; load them once here so that no test waits on a cold transform.
beforeAll(async () => {
  await Promise.all([
    import('@/features/import/components/import-dialog'),
    import('@/features/import/components/template-dialog'),
  ]);
}, 60_000);

beforeEach(async () => {
  resetDatasetState();
  await clearStorage();
});
afterEach(async () => {
  resetDatasetState();
  await clearStorage();
});

const csvFile = (name: string, text: string) =>
  new File([`\ufeff${text}`], name, { type: 'text/csv' });

/** A reload: the page's memory is gone, IndexedDB is not. */
async function reload(unmount: () => void) {
  unmount();
  resetDatasetState();
  await closeStorage();
  return renderApp();
}

describe('importing through the dialog', () => {
  it('previews, applies all at once, labels the dataset, keeps it across a reload, and undoes', async () => {
    const { user, unmount } = await renderApp();
    expect(screen.queryByTestId('dataset-label')).toBeNull();
    await user.click(screen.getByRole('button', { name: '导入数据' }));
    const dialog = await screen.findByRole('dialog', { name: '导入数据' }, { timeout: 15_000 });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    await user.upload(
      within(dialog).getByLabelText('选择文件'),
      csvFile(
        '7月.csv',
        '盟市,月份,指标,数值\n包头市,2024-07,交办积案,4321\n包头市,2024-07,已化解积案,2000\n包头市,2024-07,积案化解率,46.3\n',
      ),
    );
    const preview = await within(dialog).findByRole(
      'region',
      { name: '导入预览' },
      { timeout: 15_000 },
    );
    expect(within(preview).getByTestId('import-added')).toHaveTextContent('新增 3');
    await user.click(within(dialog).getByRole('button', { name: '确认导入' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    const label = await screen.findByTestId('dataset-label');
    expect(label).toHaveTextContent(/导入数据.*7月\.csv/);
    // The source line, which every export's provenance repeats, says the same (the page below the
    // header follows the switch in a deferred render, so it may come a moment after the label).
    expect(await screen.findByText(/来源：导入数据（7月\.csv；/)).toBeInTheDocument();
    const rows = await openTable(await findCard('case-ranking'), user);
    expect(rows.find((row) => row[0] === '包头市')?.slice(1, 3)).toEqual(['4,321件', '2,000件']);

    const after = await reload(unmount);
    expect(await screen.findByTestId('dataset-label')).toHaveTextContent('7月.csv');
    const kept = await openTable(await findCard('case-ranking'), after.user);
    expect(kept.find((row) => row[0] === '包头市')?.[1]).toBe('4,321件');

    await after.user.click(screen.getByText('数据集'));
    await after.user.click(screen.getByRole('button', { name: '撤销导入' }));
    await waitFor(() => expect(screen.queryByTestId('dataset-label')).toBeNull());
    expect(await screen.findByText('示例数据')).toBeInTheDocument();
  });

  it('lists every mistake and applies nothing', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: '导入数据' }));
    const dialog = await screen.findByRole('dialog', { name: '导入数据' }, { timeout: 15_000 });
    await user.upload(within(dialog).getByLabelText('选择文件'), [
      csvFile(
        'a.csv',
        '盟市,月份,指标,数值\n包头,2024-07,交办积案,1\n包头市,2024-07,积案化解率,101\n',
      ),
      csvFile('b.csv', '盟市,月份,指标,数值\n乌海市,2024-07,交办积案,3\n'),
    ]);
    const alert = await within(dialog).findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('发现2个错误，未导入任何数据');
    expect(within(alert).getAllByRole('row')).toHaveLength(3);
    expect(within(dialog).queryByRole('button', { name: '确认导入' })).toBeNull();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByTestId('dataset-label')).toBeNull();
    // Focus goes back to the button that opened the dialog.
    expect(screen.getByRole('button', { name: '导入数据' })).toHaveFocus();
  });
});

describe('damaged storage', () => {
  it('falls back to the default data with a notice, never a blank page', async () => {
    await versionOneDatabase({ current: { format: 1, dataset: { meta: 'garbage' } } });

    const { user } = await renderApp();
    const notice = await screen.findByText(
      /本地保存的导入数据已损坏或无法读取，已改为显示默认数据/,
    );
    expect(notice.closest('[role="alert"]')).not.toBeNull();
    expect(screen.getByText('示例数据')).toBeInTheDocument();
    await findCard('case-ranking');
    await user.click(screen.getByRole('button', { name: '删除导入数据' }));
    await waitFor(() => expect(screen.queryByText(/已损坏/)).toBeNull());
  });
});

describe('the published dataset', () => {
  it('is found through app-config.json next to the app and checked against the contract', async () => {
    server.use(
      http.get('*/app-config.json', () =>
        HttpResponse.json({ publishedDataset: 'data/dataset.json' }),
      ),
      http.get('*/data/dataset.json', () =>
        HttpResponse.json({ ...sampleDataset, meta: { ...sampleDataset.meta, isSample: false } }),
      ),
    );
    const found = await findPublishedDataset();
    expect(found).toEqual({ status: 'found', url: `${window.location.origin}/data/dataset.json` });
    if (found.status === 'found')
      expect((await readPublishedDataset(found.url)).meta.isSample).toBe(false);
  });

  it('reports a published file that does not fit, and one on another origin', async () => {
    server.use(
      http.get('*/app-config.json', () =>
        HttpResponse.json({ publishedDataset: '/data/bad.json' }),
      ),
      http.get('*/data/bad.json', () => HttpResponse.json({ meta: {} })),
    );
    const bad = await findPublishedDataset();
    expect(bad.status).toBe('found');
    if (bad.status === 'found')
      await expect(readPublishedDataset(bad.url)).rejects.toThrow(/不符合数据集格式/);
    server.use(
      http.get('*/app-config.json', () =>
        HttpResponse.json({ publishedDataset: 'https://elsewhere.example/d.json' }),
      ),
    );
    expect(await findPublishedDataset()).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/同源/),
    });
    // An address that is no address is reported too, not thrown (the page would stay loading).
    server.use(
      http.get('*/app-config.json', () => HttpResponse.json({ publishedDataset: 'http://' })),
    );
    expect(await findPublishedDataset()).toEqual({
      status: 'failed',
      url: 'http://',
      reason: '数据集地址无效',
    });
  });

  it('is not looked for when app-config.json names none', async () => {
    server.use(http.get('*/app-config.json', () => HttpResponse.json({ publishedDataset: null })));
    expect(await findPublishedDataset()).toEqual({ status: 'none' });
  });
});
