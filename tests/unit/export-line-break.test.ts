import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_LINE_END, NO_LINE_START, breakLines } from '@/features/export/line-break';
import { estimateTextWidth } from '@/features/export/text-measure';

const runs = { numRuns: 1500, seed: 20240630 };

describe('Chinese line breaking (避头尾)', () => {
  it('moves the character before a closing mark down rather than start a line with it', () => {
    // Ten characters a line: the eleventh is "，", so "百" goes down with it.
    expect(breakLines('全区交办积案一千二百，累计化解八百件。', 10, 1)).toEqual([
      '全区交办积案一千二',
      '百，累计化解八百件。',
    ]);
  });

  it('never leaves an opening bracket at the end of a line', () => {
    const lines = breakLines('按当前进度，预计无法达到目标（2024年12月底前）', 13, 1);
    for (const line of lines.slice(0, -1)) expect(NO_LINE_END.has([...line].at(-1)!)).toBe(false);
    expect(lines.join('')).toBe('按当前进度，预计无法达到目标（2024年12月底前）');
  });

  it('keeps numbers whole', () => {
    const lines = breakLines('交办积案12,345件，化解率61.4%。', 9, 1);
    expect(lines.some((line) => line.includes('12,345'))).toBe(true);
    expect(lines.some((line) => line.includes('61.4%'))).toBe(true);
  });

  const chinese = fc.constantFrom(
    ...'全区交办积案累计化解率同比提高个百分点盟市鄂尔多斯'.split(''),
  );
  const punctuation = fc.constantFrom(...'，。、；：？！）」（「《》'.split(''));
  const digits = fc.constantFrom(...'0123456789.%,'.split(''));
  const text = fc
    .array(fc.oneof({ weight: 6, arbitrary: chinese }, punctuation, digits), {
      minLength: 1,
      maxLength: 200,
    })
    .map((chars) => chars.join(''));

  it('no line starts with closing or ends with opening punctuation where another break exists (property)', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 40 }), (input, columns) => {
        const lines = breakLines(input, columns, 1);
        expect(lines.join('')).toBe(input);
        lines.forEach((line, index) => {
          const chars = [...line];
          // A line may still break a rule only when the rule left nothing else on it.
          if (index > 0 && NO_LINE_START.has(chars[0]!)) {
            const previous = [...lines[index - 1]!];
            expect(previous.every((char) => NO_LINE_START.has(char) || NO_LINE_END.has(char))).toBe(
              true,
            );
          }
          expect(estimateTextWidth(line, 1)).toBeLessThanOrEqual(columns);
        });
      }),
      runs,
    );
  });
});
