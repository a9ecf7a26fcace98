import { afterEach, describe, expect, it, vi } from 'vitest';

/** A canvas that counts what it is asked; its widths follow the font size set last. */
function countingCanvas() {
  const calls = { measure: 0, font: 0 };
  class FakeCanvas {
    getContext() {
      let size = 10;
      return {
        set font(value: string) {
          calls.font += 1;
          size = Number.parseFloat(value);
        },
        measureText: (text: string) => {
          calls.measure += 1;
          return { width: text.length * size };
        },
      };
    }
  }
  return { calls, FakeCanvas };
}

describe('measureText in a browser', () => {
  afterEach(() => {
    Reflect.deleteProperty(document, 'fonts');
    vi.unstubAllGlobals();
    vi.resetModules();
  });

  it('measures a text at a size once, sets the font only when the size changes, and measures again after a font loads', async () => {
    const { calls, FakeCanvas } = countingCanvas();
    vi.stubGlobal('OffscreenCanvas', FakeCanvas);
    // jsdom has no FontFaceSet: an event target stands in for document.fonts.
    const fonts = new EventTarget();
    Object.defineProperty(document, 'fonts', { value: fonts, configurable: true });
    const { measureText } = await import('@/features/charts/label-layout');

    expect(measureText('呼和浩特市', 12)).toBeCloseTo(5 * 12 * 1.12);
    expect(measureText('呼和浩特市', 12)).toBeCloseTo(5 * 12 * 1.12);
    expect(measureText('包头市', 12)).toBeCloseTo(3 * 12 * 1.12);
    expect(calls).toEqual({ measure: 2, font: 1 });

    expect(measureText('呼和浩特市', 14)).toBeCloseTo(5 * 14 * 1.12);
    expect(measureText('包头市', 12)).toBeCloseTo(3 * 12 * 1.12);
    expect(calls).toEqual({ measure: 3, font: 2 });

    fonts.dispatchEvent(new Event('loadingdone'));
    measureText('包头市', 12);
    expect(calls.measure).toBe(4);
  });
});
