import { describe, expect, it, vi } from 'vitest';
import { generateLargeSample, largeSampleRequested } from '@mocks/data/large-sample';
import { parseFilterParams } from '@/features/filters/url-params';
import { viewParamsOf } from '@/features/filters/view-params';
import {
  activeDataSource,
  localFetch,
  setDataSource,
  setNetworkTransport,
} from '@/lib/data-source';
import { answerRequest } from '@/lib/query-engine/answer-request';
import { connectQueryWorker, QueryWorkerCrash } from '@/lib/query-engine/query-worker';
import { datasetSchema, type Dataset } from '@/schemas/api';
import { joinedWorker } from '../support/joined-worker';

const size = { units: 40, indicators: 6, months: 4 };
const small = generateLargeSample(size);

const openWhole = async (dataset: Dataset) => ({
  dataset,
  opened: { observations: dataset.observations.length },
});

describe('the large sample switch', () => {
  it('is on only for sample=large in the address', () => {
    expect(largeSampleRequested('?sample=large')).toBe(true);
    expect(largeSampleRequested('?units=hohhot&sample=large&lang=en')).toBe(true);
    expect(largeSampleRequested('')).toBe(false);
    expect(largeSampleRequested('?sample=few')).toBe(false);
    expect(largeSampleRequested('?large')).toBe(false);
  });

  it('stays in the link beside the filters and is not reported as an unknown parameter', () => {
    expect(viewParamsOf('units=hohhot&sample=large&from=2024-01')).toBe('sample=large');
    expect(parseFilterParams('?sample=large&units=hohhot').notices).toEqual([]);
  });
});

describe('the generated large sample', () => {
  it('has units × indicators × months observations, fits the contract and says it is a sample', () => {
    expect(small.observations).toHaveLength(size.units * size.indicators * size.months);
    const parsed = datasetSchema.safeParse(small);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3)).toEqual([]);
    expect(small.meta.isSample).toBe(true);
    expect(small.meta.title).toContain('大规模示例数据');
    expect(small.meta.titleEn).toContain('Large sample');
    expect(small.meta.title).toContain(String(size.units));
  });

  it('puts every unit beyond the 12 盟市 under one of them, as a county', () => {
    const leagueCities = small.units.filter((unit) => unit.level === 'league-city');
    const counties = small.units.filter((unit) => unit.level === 'county');
    expect(leagueCities).toHaveLength(12);
    expect(counties).toHaveLength(size.units - 12);
    const parentIds = new Set(leagueCities.map((unit) => unit.id));
    expect(counties.every((unit) => unit.parentId !== null && parentIds.has(unit.parentId))).toBe(
      true,
    );
  });
});

describe('the query engine behind the worker protocol', () => {
  it('answers each path exactly as the engine does in this thread', async () => {
    const connection = await connectQueryWorker(
      joinedWorker(() => openWhole(small)),
      'large',
    );
    expect(connection?.opened).toEqual({ observations: small.observations.length });
    const queries: Array<[string, string]> = [
      ['/meta', ''],
      ['/units', ''],
      ['/observations', `indicators=${small.indicators[0]?.id}&parent=hohhot&from=2024-05`],
      ['/observations', 'units=nowhere'],
    ];
    for (const [path, query] of queries) {
      const params = new URLSearchParams(query);
      const direct = answerRequest(small, path, params);
      const answer = await connection?.transport(path, params);
      expect(answer).toEqual({ status: direct.status, body: JSON.stringify(direct.body) });
    }
    const counties = await connection?.transport(
      '/observations',
      new URLSearchParams(`indicators=${small.indicators[0]?.id}&parent=hohhot&from=2024-06`),
    );
    expect(counties?.status).toBe(200);
    const unitIds = JSON.parse(counties?.body ?? '{}').points.map(
      (point: { unitId: string }) => point.unitId,
    );
    const hohhotCounties = small.units.filter((unit) => unit.parentId === 'hohhot');
    expect(new Set(unitIds)).toEqual(new Set(hohhotCounties.map((unit) => unit.id)));
  });

  it('resolves to null and ends the worker when the origin holds no dataset', async () => {
    const port = joinedWorker(async () => null);
    expect(await connectQueryWorker(port, 'empty')).toBeNull();
    expect(port.terminate).toHaveBeenCalledOnce();
  });

  it("rejects with the worker's reason when the dataset cannot be opened", async () => {
    const port = joinedWorker(async () => {
      throw new Error('the store is damaged');
    });
    const opening = connectQueryWorker(port, 'broken');
    await expect(opening).rejects.toThrow('the store is damaged');
    // The dataset's own failure, not the worker's: told apart so the page can say which.
    await expect(opening).rejects.not.toBeInstanceOf(QueryWorkerCrash);
    expect(port.terminate).toHaveBeenCalledOnce();
  });

  it('rejects as a crash of the worker when its script fails to start', async () => {
    const port = {
      onmessage: null as ((event: MessageEvent) => unknown) | null,
      onerror: null as ((event: ErrorEvent) => unknown) | null,
      // The script never ran: nothing answers, and the worker reports an error instead.
      postMessage: () => setTimeout(() => port.onerror?.({ message: '' } as ErrorEvent)),
      terminate: vi.fn(),
    };
    const opening = connectQueryWorker(port, 'any');
    await expect(opening).rejects.toBeInstanceOf(QueryWorkerCrash);
    await expect(opening).rejects.toThrow('the query worker failed');
    expect(port.terminate).toHaveBeenCalledOnce();
  });

  it('answers at once, with an error, once the worker has crashed (nothing waits forever)', async () => {
    const port = joinedWorker(() => openWhole(small));
    const connection = await connectQueryWorker(port, 'large');
    expect(connection).not.toBeNull();
    port.onerror?.({ message: 'out of memory' } as ErrorEvent);
    const answer = await connection!.transport('/meta', new URLSearchParams());
    expect(answer.status).toBe(500);
    expect(JSON.parse(answer.body).detail).toBe('the query worker stopped');
  });

  it('answers requests that overlap each to its own caller', async () => {
    const connection = await connectQueryWorker(
      joinedWorker(() => openWhole(small)),
      'large',
    );
    const [meta, units] = await Promise.all([
      connection?.transport('/meta', new URLSearchParams()),
      connection?.transport('/units', new URLSearchParams()),
    ]);
    expect(JSON.parse(meta?.body ?? '{}').title).toBe(small.meta.title);
    expect(JSON.parse(units?.body ?? '{}').units).toHaveLength(small.units.length);
  });
});

describe('the large sample in place of the network', () => {
  const answer = (body: string) => async () => ({ status: 200, body });

  it('answers every later request, and is what setDataSource(null) comes back to', async () => {
    const imported = { id: 'imported:1', kind: 'imported' as const, transport: answer('imported') };
    setDataSource(imported);
    setNetworkTransport('sample-large:1', answer('large'));
    expect(activeDataSource().id).toBe('imported:1');

    setDataSource(null);
    expect(activeDataSource()).toMatchObject({ id: 'sample-large:1', kind: 'network' });
    const response = localFetch(
      '/meta',
      'http://localhost/api/v1/meta',
      new AbortController().signal,
    );
    expect(await (await response)?.text()).toBe('large');
  });

  it('switches at once when the page is on the network', () => {
    setDataSource(null);
    setNetworkTransport('sample-large:2', answer('large'));
    expect(activeDataSource().id).toBe('sample-large:2');
  });
});
