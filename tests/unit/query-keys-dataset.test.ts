import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import { setDataSource, type LocalTransport } from '@/lib/data-source';
import { fetchObservations } from '@/features/reports/api/observations-batch';
import { forShownDataset, reportKeys } from '@/features/reports/api/query-keys';

const answer: LocalTransport = async () => ({
  status: 200,
  body: JSON.stringify({ granularity: 'month', aggregate: false, points: [] }),
});

afterEach(() => setDataSource(null));

describe('a query of a dataset no longer shown', () => {
  it('fetches while its dataset is shown', async () => {
    setDataSource({ id: 'imported:a', kind: 'imported', transport: answer });
    const fetch = vi.fn(async () => 'figures');
    await expect(forShownDataset(reportKeys.meta(), fetch)).resolves.toBe('figures');
    expect(fetch).toHaveBeenCalledOnce();
  });

  it('is refused, not retried, once another dataset is shown (its answer would come from that one)', async () => {
    setDataSource({ id: 'imported:a', kind: 'imported', transport: answer });
    const key = reportKeys.observations({ indicators: ['x'] });
    setDataSource({ id: 'imported:b', kind: 'imported', transport: answer });
    const fetch = vi.fn(async () => 'figures');
    const refused = await forShownDataset(key, fetch).catch((error: unknown) => error);
    expect(fetch).not.toHaveBeenCalled();
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(410);
    expect((refused as ApiError).retryable).toBe(false);
  });

  it('is not sent in a batch that leaves after the switch', async () => {
    const first = vi.fn(answer);
    const second = vi.fn(answer);
    setDataSource({ id: 'imported:a', kind: 'imported', transport: first });
    const asked = fetchObservations({ indicator: ['x'] });
    // The batch leaves on the next task; the dataset changes before it does.
    setDataSource({ id: 'imported:b', kind: 'imported', transport: second });
    const refused = await asked.catch((error: unknown) => error);
    expect((refused as ApiError).status).toBe(410);
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();

    // A request asked while b is shown goes to b.
    await expect(fetchObservations({ indicator: ['x'] })).resolves.toEqual({
      granularity: 'month',
      aggregate: false,
      points: [],
    });
    expect(second).toHaveBeenCalledOnce();
  });
});
