/**
 * Text files from Chinese offices come as UTF-8, UTF-8 with a BOM (Excel's "CSV UTF-8") or GB18030/GBK
 * (Excel's and WPS's plain "CSV" on a Chinese Windows). The encoding is detected, never asked: a BOM
 * decides; otherwise bytes that are valid UTF-8 are UTF-8, and anything else is read as GB18030,
 * a superset of GBK and GB2312.
 */
export type DecodedText = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' };

/** Same rule as TextDecoder's fatal mode: well-formed UTF-8, no overlong forms, no surrogates. */
export function isUtf8(bytes: Uint8Array, start = 0): boolean {
  const length = bytes.length;
  let index = start;
  while (index < length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let following: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) following = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      following = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      following = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return false;
    if (index + following >= length) return false;
    const second = bytes[index + 1] ?? -1;
    if (second < low || second > high) return false;
    for (let offset = 2; offset <= following; offset += 1) {
      const next = bytes[index + offset] ?? -1;
      if (next < 0x80 || next > 0xbf) return false;
    }
    index += following + 1;
  }
  return true;
}

/** The encoding of a text file and where its content starts (after a byte order mark). */
export function detectEncoding(bytes: Uint8Array): {
  encoding: DecodedText['encoding'];
  start: number;
} {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { encoding: 'utf-8', start: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', start: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', start: 2 };
  return { encoding: isUtf8(bytes) ? 'utf-8' : 'gb18030', start: 0 };
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, start } = detectEncoding(bytes);
  return { text: new TextDecoder(encoding).decode(bytes.subarray(start)), encoding };
}
