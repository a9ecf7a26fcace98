import { afterEach, describe, expect, it } from 'vitest';
import { findCharts, findSections } from '@/features/export/report-slots';
import { describeExportFailure, CanvasTooLargeError } from '@/features/export/export-errors';
import { ClipboardCopyError } from '@/features/export/save-file';

afterEach(() => document.body.replaceChildren());

const chartCard = (id: string, state: string, title: string, drawn = true) => `
  <section class="card" data-card="${id}" data-state="${state}">
    <header><h3>${title}</h3></header>
    ${drawn ? '<div role="img"><svg class="recharts-surface" width="10" height="10"></svg></div>' : '<table></table>'}
  </section>`;

describe('finding what a dashboard report holds', () => {
  it('takes the drawn, ready charts in page order, under their sections', () => {
    document.body.innerHTML = `
      <main>
        <section aria-labelledby="overview-heading"><h2 id="overview-heading">总体进展</h2>
          <ul><li class="headline"><svg></svg></li></ul></section>
        <section aria-labelledby="case-heading"><h2 id="case-heading">涉法涉诉信访积案化解</h2>
          <div class="card-grid">
            ${chartCard('a', 'ready', '积案化解情况')}
            ${chartCard('b', 'loading', '还在加载')}
            ${chartCard('c', 'ready', '表格视图', false)}
            ${chartCard('d', 'ready', '累计化解率走势')}
          </div></section>
        <section aria-labelledby="tasks-heading"><h2 id="tasks-heading">任务清单</h2>
          <div class="card" data-card="tasks"><table></table></div></section>
      </main>`;
    expect(findCharts(document).map(({ sectionId, title }) => [sectionId, title])).toEqual([
      ['case-heading', '积案化解情况'],
      ['case-heading', '累计化解率走势'],
    ]);
    expect(findSections(document)).toEqual([
      { id: 'overview-heading', heading: '总体进展' },
      { id: 'case-heading', heading: '涉法涉诉信访积案化解' },
      { id: 'tasks-heading', heading: '任务清单' },
    ]);
  });
});

describe('export failures', () => {
  it('sorts every failure into one the page has words for', () => {
    expect(describeExportFailure(new CanvasTooLargeError(20_000_000, 16_777_216))).toEqual({
      kind: 'canvasTooLarge',
      pixels: 20_000_000,
      maxPixels: 16_777_216,
    });
    expect(describeExportFailure(new ClipboardCopyError('unsupported')).kind).toBe(
      'clipboardUnsupported',
    );
    expect(describeExportFailure(new ClipboardCopyError('rejected')).kind).toBe(
      'clipboardRejected',
    );
    expect(describeExportFailure(new DOMException('stop', 'AbortError')).kind).toBe('cancelled');
    expect(describeExportFailure(new Error('x'.repeat(500)))).toEqual({
      kind: 'unknown',
      reason: 'x'.repeat(200),
    });
  });
});
