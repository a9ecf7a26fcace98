import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assembleOffThread } from '@/features/export/dashboard-export';
import type { DashboardReport } from '@/features/export/dashboard-report';
import { ExportWorkerError, describeExportFailure } from '@/features/export/export-errors';
import { assembleFile, type AssemblyRequest } from '@/features/export/file-assembly';

// The smallest valid PNG: one transparent pixel.
const PIXEL = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
);

const makeReport = (): DashboardReport => ({
  provenance: {
    title: '党委政法委主题教育专题活动进展监测',
    filterSummary: '全区12个盟市 · 2023年7月至2024年6月',
    asOfText: '截至2024年6月30日',
    source: '示例数据',
    version: 'sample-1',
    isSample: false,
    exportedAt: '2024-07-01T01:30:00.000Z',
    permalink: 'https://dashboard.example/?units=ordos',
    language: 'zh-CN',
  },
  sections: [
    {
      id: 'case-resolution-heading',
      heading: '涉法涉诉信访积案化解',
      paragraphs: ['全区交办积案1,234件，累计化解815件，化解率66.0%。'],
      charts: [
        {
          title: '各盟市积案化解情况',
          image: { bytes: PIXEL.slice(), width: 800, height: 400, type: 'png', pixelRatio: 1 },
        },
      ],
    },
  ],
});

const docxRequest = (): AssemblyRequest => ({
  type: 'docx',
  report: makeReport(),
  briefing: {
    settings: {
      masthead: '工作简报',
      issue: '12',
      issuer: '自治区党委政法委办公室',
      date: '2024-07-01',
      sendTo: '自治区党委',
      copyTo: '',
    },
    nextSteps: ['（一）对逾期任务挂牌督办。'],
  },
});

type Behaviour = (worker: FakeWorker, request: AssemblyRequest) => void;
let behaviour: Behaviour = () => {};
const started: FakeWorker[] = [];

/** A Worker as the page sees one: messages cross by structured cloning, transfers detach. */
class FakeWorker {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  terminated = false;
  constructor(readonly url: URL | string) {
    started.push(this);
  }
  postMessage(message: AssemblyRequest, transfer: Transferable[] = []) {
    behaviour(this, structuredClone(message, { transfer }));
  }
  reply(data: unknown) {
    this.onmessage?.(new MessageEvent('message', { data }));
  }
  terminate() {
    this.terminated = true;
  }
}

// docx numbers drawings from a counter kept per loaded module: a fresh worker starts it at 1.
const documentXml = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array()).replace(
    /<wp:docPr id="\d+"/g,
    '<wp:docPr id="n"',
  );

afterEach(() => {
  started.length = 0;
  behaviour = () => {};
});

describe('the file put together off the page', () => {
  it('is the same Word file from the worker as from this thread, and the worker is ended', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    behaviour = (worker, request) =>
      void assembleFile(request).then((bytes) => worker.reply({ type: 'done', bytes }));
    const fromWorker = await assembleOffThread(docxRequest());
    vi.unstubAllGlobals();
    const inThread = await assembleOffThread(docxRequest());
    expect(started).toHaveLength(1);
    expect(started[0]?.terminated).toBe(true);
    expect(String(started[0]?.url)).toMatch(/file-assembly\.worker/);
    expect(strFromU8(fromWorker.subarray(0, 2))).toBe('PK');
    expect(documentXml(fromWorker)).toBe(documentXml(inThread));
    expect(documentXml(fromWorker)).toContain('涉法涉诉信访积案化解');
  });

  it('hands the images to the worker instead of copying them', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    behaviour = (worker) => worker.reply({ type: 'done', bytes: new Uint8Array([1]) });
    const request = docxRequest();
    const image = request.report.sections[0]?.charts[0]?.image.bytes;
    await assembleOffThread(request);
    expect(image?.byteLength).toBe(0);
  });

  it('says the worker failed, in its own words, when it cannot load', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    behaviour = (worker) => worker.onerror?.(new ErrorEvent('error'));
    const failure = await assembleOffThread(docxRequest()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ExportWorkerError);
    expect(describeExportFailure(failure)).toEqual({ kind: 'worker' });
    expect(started[0]?.terminated).toBe(true);
  });

  it('passes on what went wrong inside the worker', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    behaviour = (worker) => worker.reply({ type: 'failed', reason: 'Unknown font format' });
    await expect(assembleOffThread(docxRequest())).rejects.toThrow(
      new ExportWorkerError('Unknown font format'),
    );
  });

  it('ends the worker at once on cancel', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const abort = new AbortController();
    const pending = assembleOffThread(docxRequest(), abort.signal);
    abort.abort(new DOMException('The user cancelled', 'AbortError'));
    const failure = await pending.catch((error: unknown) => error);
    expect(describeExportFailure(failure)).toEqual({ kind: 'cancelled' });
    expect(started[0]?.terminated).toBe(true);
  });
});
