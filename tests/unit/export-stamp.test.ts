import { describe, expect, it } from 'vitest';
import type { Provenance } from '@/lib/provenance';
import { drawStamp, type StampContext } from '@/features/export/stamp';
import { stampLayout, stampStyle } from '@/features/export/stamp-layout';
import { estimateTextWidth, wrapText } from '@/features/export/text-measure';

type Text = { text: string; x: number; y: number; font: string; alpha: number; align: string };

/** Records what the stamp draws; jsdom has no canvas. */
function recorder() {
  const texts: Text[] = [];
  const calls: string[] = [];
  const state = {
    font: '',
    fillStyle: '' as CanvasRenderingContext2D['fillStyle'],
    strokeStyle: '' as CanvasRenderingContext2D['strokeStyle'],
    lineWidth: 1,
    textAlign: 'start' as CanvasTextAlign,
    textBaseline: 'alphabetic' as CanvasTextBaseline,
    globalAlpha: 1,
  };
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push(`${name}(${args.join(',')})`);
    };
  const context: StampContext = {
    ...state,
    save: record('save'),
    restore: record('restore'),
    setTransform: record('setTransform') as StampContext['setTransform'],
    translate: record('translate'),
    rotate: record('rotate'),
    fillRect: record('fillRect'),
    strokeRect: record('strokeRect'),
    beginPath: record('beginPath'),
    moveTo: record('moveTo'),
    lineTo: record('lineTo'),
    stroke: record('stroke') as StampContext['stroke'],
    fillText(text: string, x: number, y: number) {
      texts.push({
        text,
        x,
        y,
        font: context.font,
        alpha: context.globalAlpha,
        align: context.textAlign,
      });
    },
  };
  return { context, texts, calls };
}

const provenance: Provenance = {
  title: '信访积案化解率（各盟市）',
  filterSummary:
    '呼和浩特市、包头市、乌海市、赤峰市、通辽市、鄂尔多斯市、呼伦贝尔市；2024年1月至2024年6月',
  asOfText: '截至2024年6月30日',
  source: '自治区党委政法委',
  version: 'v3',
  isSample: true,
  exportedAt: '2024-07-01T01:30:00.000Z',
  permalink: 'https://dashboard.example/',
  language: 'zh-CN',
};

function draw(
  input: Provenance,
  width = 360,
  chartHeight = 240,
  pixelRatio = 2,
  mode: 'image' | 'report' = 'image',
) {
  const layout = stampLayout(input, width, mode);
  const height = layout.headerHeight + chartHeight + layout.footerHeight;
  const recording = recorder();
  drawStamp(recording.context, input, {
    width,
    height,
    pixelRatio,
    headerHeight: layout.headerHeight,
    footerHeight: layout.footerHeight,
    mode,
  });
  return { ...recording, layout, height, width };
}

describe('stampLayout', () => {
  it('wraps long footers to the width and sizes the bands to their lines', () => {
    const layout = stampLayout(provenance, 360);
    expect(layout.footerLines.length).toBeGreaterThan(2);
    for (const line of layout.footerLines) {
      expect(estimateTextWidth(line, stampStyle.footerFontSize)).toBeLessThanOrEqual(360 - 24);
    }
    expect(layout.footerHeight).toBe(24 + layout.footerLines.length * stampStyle.footerLineHeight);
    expect(layout.headerHeight).toBe(24 + stampStyle.titleLineHeight);
    expect(layout.badge?.text).toBe('示例数据');
    expect(stampLayout({ ...provenance, isSample: false }, 360).badge).toBeNull();
  });

  it('keeps every character when wrapping', () => {
    const text =
      'Source: https://dashboard.example/a/very/long/path 来源：自治区党委政法委 · 版本：v3';
    const lines = wrapText(text, 120, 11);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });
});

describe('a chart inside a report', () => {
  const subtitled = { ...provenance, subtitle: '越高越好，单位：%；锡林郭勒盟为2024年5月数据' };

  it('leaves the title to the caption and the provenance to the report: subtitle and badge only', () => {
    const image = stampLayout(subtitled, 680);
    const report = stampLayout(subtitled, 680, 'report');
    expect(report.titleLines).toEqual([]);
    expect(report.footerLines).toEqual([]);
    expect(report.footerHeight).toBe(0);
    expect(report.subtitleLines.join('')).toBe(subtitled.subtitle);
    expect(report.badge?.text).toBe('示例数据');
    expect(report.headerHeight).toBeLessThan(image.headerHeight);
    // The subtitle shares the first row with the badge, so it wraps short of it.
    for (const line of report.subtitleLines)
      expect(estimateTextWidth(line, stampStyle.subtitleFontSize)).toBeLessThanOrEqual(
        680 - 24 - (report.badge?.width ?? 0) - 12,
      );
  });

  it('draws the subtitle and the badge in the header band, and no footer', () => {
    const { texts, layout, height } = draw(subtitled, 680, 300, 2, 'report');
    expect(texts.some((text) => text.text === subtitled.title)).toBe(false);
    const subtitle = texts.filter((text) => layout.subtitleLines.includes(text.text));
    expect(subtitle.length).toBe(layout.subtitleLines.length);
    for (const text of subtitle) expect(text.y).toBeLessThan(layout.headerHeight);
    expect(texts.some((text) => text.text === '示例数据' && text.y < layout.headerHeight)).toBe(
      true,
    );
    expect(texts.some((text) => /来源|导出时间/.test(text.text))).toBe(false);
    expect(height).toBe(layout.headerHeight + 300);
  });

  it('without a subtitle or a badge keeps only a margin above the chart', () => {
    const layout = stampLayout({ ...provenance, isSample: false }, 680, 'report');
    expect(layout.headerHeight).toBe(stampStyle.padding);
  });
});

describe('drawStamp', () => {
  it('draws at the pixel ratio and restores the context', () => {
    const { calls } = draw(provenance);
    expect(calls[0]).toBe('save()');
    expect(calls).toContain('setTransform(2,0,0,2,0,0)');
    expect(calls.at(-1)).toBe('restore()');
  });

  it('draws the title on top, the footer at the bottom, all inside the image', () => {
    const { texts, layout, height, width } = draw(provenance);
    const title = texts.find((text) => text.text === provenance.title);
    expect(title?.y).toBeLessThan(layout.headerHeight);
    const footer = texts.filter((text) => layout.footerLines.includes(text.text));
    expect(footer).toHaveLength(layout.footerLines.length);
    const footerText = footer.map((text) => text.text).join('');
    for (const part of ['截至2024年6月30日', '来源：自治区党委政法委', '版本：v3', '导出时间：']) {
      expect(footerText).toContain(part);
    }
    for (const text of footer) {
      expect(text.y).toBeGreaterThan(height - layout.footerHeight);
      expect(text.y).toBeLessThanOrEqual(height);
    }
    for (const text of texts) {
      expect(text.x).toBeGreaterThanOrEqual(0);
      expect(text.x).toBeLessThanOrEqual(width);
    }
  });

  it('marks sample data with a badge and a faint diagonal watermark, and real data with neither', () => {
    const { texts, calls } = draw(provenance);
    const marks = texts.filter((text) => text.text === '示例数据');
    expect(marks).toHaveLength(2);
    const watermark = marks.find((text) => text.alpha < 1);
    expect(watermark?.alpha).toBe(stampStyle.watermarkOpacity);
    expect(watermark?.align).toBe('center');
    expect(calls.some((call) => /^rotate\(-0\.\d+\)$/.test(call))).toBe(true);

    const real = draw({ ...provenance, isSample: false });
    expect(real.texts.map((text) => text.text)).not.toContain('示例数据');
    expect(real.calls.some((call) => call.startsWith('rotate'))).toBe(false);
  });

  it('uses English wording for an English export', () => {
    const { texts } = draw({ ...provenance, language: 'en', title: 'Case resolution rate' });
    const all = texts.map((text) => text.text).join('\n');
    expect(all).toContain('SAMPLE DATA');
    expect(all).toContain('Source: 自治区党委政法委');
  });
});
