import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipboardCopyError, copyImageToClipboard, saveFile } from '@/features/export/save-file';

const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });

describe('saveFile', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: vi.fn(() => 'blob:http://localhost/1234'),
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
  });
  afterEach(() => {
    vi.useRealTimers();
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  it('clicks a temporary download link, removes it, and revokes the URL later', () => {
    const clicks: Array<{ href: string; download: string; attached: boolean }> = [];
    const onClick = (event: MouseEvent) => {
      const link = event.target as HTMLAnchorElement;
      clicks.push({ href: link.href, download: link.download, attached: link.isConnected });
      // jsdom cannot navigate; a browser would download here.
      event.preventDefault();
    };
    document.addEventListener('click', onClick);

    saveFile(png, '信访积案化解_全区_2024-01至2024-06.png');
    document.removeEventListener('click', onClick);

    expect(URL.createObjectURL).toHaveBeenCalledWith(png);
    expect(clicks).toEqual([
      {
        href: 'blob:http://localhost/1234',
        download: '信访积案化解_全区_2024-01至2024-06.png',
        attached: true,
      },
    ]);
    expect(document.querySelector('a')).toBeNull();
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30_000);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:http://localhost/1234');
  });
});

describe('copyImageToClipboard', () => {
  class FakeClipboardItem {
    readonly items: Record<string, Blob | Promise<Blob>>;
    constructor(items: Record<string, Blob | Promise<Blob>>) {
      this.items = items;
    }
  }

  const installClipboard = (write: (items: FakeClipboardItem[]) => Promise<void>) => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write } });
    vi.stubGlobal('ClipboardItem', FakeClipboardItem);
  };

  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
    vi.unstubAllGlobals();
  });

  it('writes one image/png item, from a Blob or from a promise of one', async () => {
    const written: Blob[] = [];
    installClipboard(async (items) => {
      for (const item of items) written.push(await item.items['image/png']!);
    });
    await copyImageToClipboard(png);
    await copyImageToClipboard(Promise.resolve(png));
    expect(written).toEqual([png, png]);
  });

  it('throws "unsupported" when the Clipboard API or ClipboardItem is missing', async () => {
    await expect(copyImageToClipboard(png)).rejects.toMatchObject({
      name: 'ClipboardCopyError',
      reason: 'unsupported',
    });
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { write: vi.fn() },
    });
    const error = await copyImageToClipboard(png).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClipboardCopyError);
    expect((error as ClipboardCopyError).reason).toBe('unsupported');
  });

  it('throws "rejected" with the cause when the browser refuses', async () => {
    const denied = new DOMException('Write permission denied.', 'NotAllowedError');
    installClipboard(() => Promise.reject(denied));
    const error = await copyImageToClipboard(png).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClipboardCopyError);
    expect(error).toMatchObject({ reason: 'rejected', cause: denied });
  });

  it('passes a failed render on unchanged, and refuses what is not a PNG', async () => {
    installClipboard(async (items) => {
      await items[0]?.items['image/png'];
    });
    const tooLarge = new RangeError('Canvas too large');
    await expect(copyImageToClipboard(Promise.reject(tooLarge))).rejects.toBe(tooLarge);
    const svg = new Blob(['<svg/>'], { type: 'image/svg+xml' });
    await expect(copyImageToClipboard(svg)).rejects.toThrow(TypeError);
  });
});
