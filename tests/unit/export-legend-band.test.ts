import { afterEach, describe, expect, it } from 'vitest';
import { legendLayout, readLegend } from '@/features/export/legend-band';
import type { Provenance } from '@/lib/provenance';
import { buildSvgSnapshot } from '@/features/export/svg-snapshot';

const provenance: Provenance = {
  title: '累计化解率走势',
  filterSummary: '鄂尔多斯市；2024年1月至2024年6月',
  asOfText: '截至2024年6月30日',
  source: '自治区党委政法委',
  version: 'v3',
  isSample: false,
  exportedAt: '2024-07-01T01:30:00.000Z',
  permalink: 'https://dashboard.example/?units=ordos',
  language: 'zh-CN',
};

/** A card as ChartCard draws it: the chart area, then the legend as an HTML list. */
function card(legendItems: string): HTMLElement {
  const section = document.createElement('section');
  section.dataset.card = 'trend';
  section.innerHTML = `
    <div role="img" class="chart-area">
      <svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" class="recharts-surface">
        <rect width="300" height="120" fill="#eee"/>
      </svg>
    </div>
    <ul class="chart-legend">${legendItems}</ul>`;
  document.body.append(section);
  return section.querySelector<HTMLElement>('[role="img"]') as HTMLElement;
}

afterEach(() => document.body.replaceChildren());

describe('the legend band', () => {
  it('reads each item’s swatch and words from the card', () => {
    const area = card(`
      <li><svg><rect width="18" height="10" fill="#2563a8"/></svg>达到目标</li>
      <li><svg><line x1="0" x2="18" stroke="#7a7f87" stroke-dasharray="4 3"/></svg>阶段目标</li>
      <li><svg><line x1="0" x2="18" stroke="#1f5fa8"/></svg>积案化解率</li>`);
    expect(readLegend(area)).toEqual([
      { label: '达到目标', color: '#2563a8', shape: 'bar' },
      { label: '阶段目标', color: '#7a7f87', shape: 'dash' },
      { label: '积案化解率', color: '#1f5fa8', shape: 'line' },
    ]);
  });

  it('lets no colour value reach outside the file', () => {
    const area = card(
      `<li><svg><rect fill="url(https://evil.example/x.svg#p)"/></svg>未达目标</li>`,
    );
    expect(readLegend(area)).toEqual([{ label: '未达目标', color: '#888888', shape: 'bar' }]);
  });

  it('wraps items into rows that fit the width', () => {
    const entries = Array.from({ length: 6 }, (_, index) => ({
      label: `第${index + 1}项图例说明文字`,
      color: '#000000',
      shape: 'bar' as const,
    }));
    const wide = legendLayout(entries, 2000);
    const narrow = legendLayout(entries, 300);
    expect(new Set(wide.placed.map((entry) => entry.y)).size).toBe(1);
    expect(new Set(narrow.placed.map((entry) => entry.y)).size).toBeGreaterThan(2);
    expect(narrow.height).toBeGreaterThan(wide.height);
    expect(legendLayout([], 300)).toEqual({ height: 0, placed: [] });
  });

  it('is drawn into the SVG snapshot below the chart, with hostile labels as inert text', () => {
    const area = card(
      `<li><svg><rect fill="#2563a8"/></svg>&lt;script&gt;alert(1)&lt;/script&gt;</li>`,
    );
    const svg = area.querySelector('svg') as SVGSVGElement;
    const legend = readLegend(area);
    const plain = buildSvgSnapshot(svg, provenance, { width: 300, height: 120 });
    const markup = buildSvgSnapshot(svg, provenance, { width: 300, height: 120, legend });
    const height = (text: string) => Number(/<svg[^>]* height="([\d.]+)"/.exec(text)?.[1]);
    expect(height(markup) - height(plain)).toBe(legendLayout(legend, 300).height);
    const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.documentElement.textContent).toContain('<script>alert(1)</script>');
  });
});

describe('the snapshot of a hovered chart', () => {
  it('leaves out the tooltip cursor and the highlighted point', () => {
    const area = card('');
    const svg = area.querySelector('svg') as SVGSVGElement;
    svg.insertAdjacentHTML(
      'beforeend',
      '<path class="recharts-curve recharts-tooltip-cursor" d="M0 0L0 100"/>' +
        '<g class="recharts-layer recharts-active-dot"><circle r="4"/></g>',
    );
    const markup = buildSvgSnapshot(svg, provenance, { width: 300, height: 120 });
    expect(markup).not.toContain('recharts-tooltip-cursor');
    expect(markup).not.toContain('recharts-active-dot');
    expect(svg.querySelector('.recharts-tooltip-cursor')).not.toBeNull();
  });
});
