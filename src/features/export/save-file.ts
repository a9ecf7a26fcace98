// Firefox and older Safari cancel a download whose object URL is revoked while it starts, and a
// revoked URL costs nothing to keep for a while; 30 s is what browser-fs-access waits too.
const REVOKE_DELAY_MS = 30_000;

/** Downloads a Blob under the given name, through a temporary <a download>. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}

export type ClipboardFailure = 'unsupported' | 'rejected';

/** Why an image could not be copied, so that the menu can say so and offer the download instead. */
export class ClipboardCopyError extends Error {
  override readonly name = 'ClipboardCopyError';
  readonly reason: ClipboardFailure;

  constructor(reason: ClipboardFailure, options?: { cause?: unknown }) {
    super(
      reason === 'unsupported'
        ? 'This browser cannot copy images to the clipboard'
        : 'The browser refused to copy the image to the clipboard',
      options,
    );
    this.reason = reason;
  }
}

/**
 * Copies a PNG to the clipboard. Accepts a promise so that the caller can start the copy within
 * the click and render the image afterwards: Safari only allows clipboard writes that begin inside
 * the user's gesture, and a ClipboardItem may hold a promise for exactly this reason.
 */
export async function copyImageToClipboard(image: Blob | Promise<Blob>): Promise<void> {
  const clipboard = globalThis.navigator?.clipboard;
  if (typeof clipboard?.write !== 'function' || typeof globalThis.ClipboardItem !== 'function') {
    throw new ClipboardCopyError('unsupported');
  }
  // Browsers accept image/png on the clipboard, and nothing else for images.
  const png = Promise.resolve(image).then((blob) => {
    if (blob.type !== 'image/png') throw new TypeError(`Expected image/png, got ${blob.type}`);
    return blob;
  });
  // Marks a failed render as handled even if a browser never reads the promise; it is rethrown below.
  png.catch(() => undefined);
  try {
    await clipboard.write([new ClipboardItem({ 'image/png': png })]);
  } catch (error) {
    // A failed render is the caller's error, not the clipboard's: pass it on unchanged.
    const renderError = await png.then(
      () => null,
      (cause: unknown) => cause,
    );
    if (renderError) throw renderError;
    throw new ClipboardCopyError('rejected', { cause: error });
  }
}
