import type { Provenance } from '@/lib/provenance';
import { FontLoadError } from './export-errors';
import { sampleMark } from './provenance-text';
import { STAMP_FONT_FAMILY, stampStyle, type StampLayout } from './stamp-layout';

/**
 * Loads the glyphs the stamp will draw. The page's Chinese font comes in slices by character
 * range, and only the slices for text already on screen are loaded: a canvas given a character
 * whose slice is missing draws it in a fallback font instead of waiting for it.
 */
export async function loadStampFonts(
  provenance: Provenance,
  layout: StampLayout,
  legendText = '',
): Promise<void> {
  const fonts = globalThis.document?.fonts;
  if (!fonts) return;
  const requests: Array<[string, string]> = [
    [`600 ${stampStyle.titleFontSize}px ${STAMP_FONT_FAMILY}`, layout.titleLines.join('')],
    [`400 ${stampStyle.footerFontSize}px ${STAMP_FONT_FAMILY}`, layout.footerLines.join('')],
    [`400 12px ${STAMP_FONT_FAMILY}`, legendText + layout.subtitleLines.join('')],
  ];
  if (layout.badge) {
    requests.push([`600 ${stampStyle.badgeFontSize}px ${STAMP_FONT_FAMILY}`, layout.badge.text]);
    requests.push([`700 48px ${STAMP_FONT_FAMILY}`, sampleMark(provenance.language)]);
  }
  try {
    await fonts.ready;
    await Promise.all(requests.map(([font, text]) => fonts.load(font, text || ' ')));
  } catch (cause) {
    throw new FontLoadError('The stamp font could not be loaded', { cause });
  }
}
