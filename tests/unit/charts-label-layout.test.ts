import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxesOverlap,
  estimateTextWidth,
  fitText,
  layoutBarLabels,
  nameColumnWidth,
} from '@/features/charts/label-layout';
import { niceTicks } from '@/features/charts/nice-ticks';

const measure = estimateTextWidth;
const strip = (text: string) => text.replace(/[\u2068\u2069]/g, '');

describe('fitText', () => {
  it('keeps a name that fits, and cuts one that does not at a whole character, with an ellipsis', () => {
    expect(strip(fitText('包头市', 100, 13, measure).text)).toBe('包头市');
    const cut = fitText('锡林郭勒盟二连浩特市边境管理区', 80, 13, measure);
    expect(cut.truncated).toBe(true);
    expect(strip(cut.text)).toMatch(/^锡林郭勒盟…$/);
    expect(measure(strip(cut.text), 13)).toBeLessThanOrEqual(80);
  });

  it('never splits an emoji and isolates right-to-left text from the ellipsis', () => {
    const emoji = fitText('🏙️🏙️🏙️数字城市', 40, 13, measure);
    expect(strip(emoji.text).replace('…', '')).toMatch(/^(🏙️)*$/u);
    const arabic = fitText('مدينة الاختبار الطويلة جدا', 60, 13, measure);
    expect(arabic.text.startsWith('\u2068')).toBe(true);
    expect(arabic.text.endsWith('\u2069…')).toBe(true);
  });

  it('fits any name into any width of at least an ellipsis', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 8, max: 300 }), (name, width) => {
        const fitted = fitText(name, width, 13, measure);
        expect(measure(strip(fitted.text), 13)).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe('nameColumnWidth', () => {
  it('fits the longest name, within its limits', () => {
    expect(nameColumnWidth(['包头市', '呼和浩特市'], 13, 12, { min: 40, max: 200 })).toBe(
      Math.ceil(5 * 13 + 12),
    );
    expect(nameColumnWidth(['x'.repeat(200)], 13, 12, { min: 40, max: 160 })).toBe(160);
    expect(nameColumnWidth([], 13, 12, { min: 40, max: 160 })).toBe(40);
  });
});

describe('layoutBarLabels', () => {
  const frame = { left: 100, room: 400 };

  it('puts a negative bar’s label right of zero, away from the names', () => {
    const axis = niceTicks(-20, 5, { includeZero: true });
    const { plotWidth, labels } = layoutBarLabels(
      [
        { value: 5, width: 40 },
        { value: -17.9, width: 44 },
      ],
      axis,
      frame,
    );
    const zero = frame.left + ((0 - axis.min) / (axis.max - axis.min)) * plotWidth;
    expect(labels[1]).toMatchObject({ anchor: 'start', inside: false });
    expect(labels[1]!.x).toBeGreaterThan(zero);
    expect(labels[1]!.x).toBeGreaterThan(frame.left);
  });

  it('narrows the plot so that labels fit, and never lets a label pass the right edge', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: fc.double({ min: -1e12, max: 1e12, noNaN: true }),
            width: fc.integer({ min: 10, max: 160 }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.integer({ min: 120, max: 1600 }),
        (bars, room) => {
          const values = bars.map((bar) => bar.value);
          const axis = niceTicks(Math.min(...values), Math.max(...values), { includeZero: true });
          const layout = layoutBarLabels(bars, axis, { left: 80, room });
          expect(layout.plotWidth).toBeLessThanOrEqual(room);
          layout.labels.forEach((label, index) => {
            if (!label) return;
            const width = bars[index]!.width;
            const left = label.anchor === 'start' ? label.x : label.x - width;
            expect(left).toBeGreaterThanOrEqual(80);
            expect(left + width).toBeLessThanOrEqual(80 + room + 1e-6);
          });
          // Labels of different rows never meet: each row is its own band; within a row there is one.
          const boxes = layout.labels.flatMap((label, index) =>
            label
              ? [
                  {
                    left: label.anchor === 'start' ? label.x : label.x - bars[index]!.width,
                    right: label.anchor === 'start' ? label.x + bars[index]!.width : label.x,
                    top: index * 30 + 8,
                    bottom: index * 30 + 22,
                  },
                ]
              : [],
          );
          for (let i = 0; i < boxes.length; i += 1)
            for (let j = i + 1; j < boxes.length; j += 1)
              expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
        },
      ),
    );
  });

  it('moves a label that does not fit beside its bar inside it, or leaves it out', () => {
    const axis = { min: 0, max: 100 };
    const { labels } = layoutBarLabels(
      [
        { value: 100, width: 60 },
        { value: 5, width: 60 },
      ],
      axis,
      { left: 0, room: 200, minShare: 1 },
    );
    expect(labels[0]).toMatchObject({ inside: true, anchor: 'end' });
    expect(labels[1]).toMatchObject({ inside: false, anchor: 'start' });
    const tooShort = layoutBarLabels([{ value: 100, width: 400 }], axis, {
      left: 0,
      room: 200,
      minShare: 1,
    });
    expect(tooShort.labels[0]).toBeNull();
  });
});
