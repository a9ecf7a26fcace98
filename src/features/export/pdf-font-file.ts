// `?url`: the font is emitted as a file of its own and fetched only when a PDF is made.
import chineseFontUrl from '@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff?url';
import { FontLoadError } from './export-errors';
import { woffToSfnt } from './woff-to-sfnt';

/*
 * The font embedded in PDF reports: Noto Sans SC's simplified-Chinese file, which also holds the
 * Latin letters, digits and the punctuation the reports use (checked: one file covers them all).
 * Fetched and unpacked in the page (both asynchronous, by the browser); fontkit, which subsets it,
 * is loaded only by the export worker.
 */

let fontBytes: Promise<Uint8Array> | null = null;

/** The font as a plain TrueType file, fetched and unpacked once per page. */
export function loadPdfFont(): Promise<Uint8Array> {
  fontBytes ??= fetch(chineseFontUrl)
    .then(async (response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return woffToSfnt(new Uint8Array(await response.arrayBuffer()));
    })
    .catch((cause: unknown) => {
      fontBytes = null;
      throw new FontLoadError('The PDF font could not be loaded', { cause });
    });
  return fontBytes;
}
