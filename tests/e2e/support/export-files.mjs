// Downloads from the export menus, and readers for the files: PNG chunks and pixels, and the
// dashboard export's progress. Kept under test-results/exports/ for a person to open.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { card } from './dashboard.mjs';
import { resultsDir } from './session.mjs';

export const exportsDir = new URL('exports/', resultsDir);
mkdirSync(exportsDir, { recursive: true });

/** Chooses an item of a card's export menu and returns the download's name and bytes. */
export async function exportFromCard(page, cardId, itemName) {
  const target = card(page, cardId);
  await target.getByRole('button', { name: /^导出/ }).click();
  const downloading = page.waitForEvent('download');
  await target.getByRole('menuitem', { name: itemName }).click();
  return readDownload(await downloading);
}

export async function readDownload(download) {
  const name = download.suggestedFilename();
  const bytes = new Uint8Array(await readFile(await download.path()));
  // Kept for a person to open: test-results/exports/<name>.
  writeFileSync(new URL(name, exportsDir), bytes);
  return { name, bytes };
}

export const ascii = (bytes, start, end) => String.fromCharCode(...bytes.subarray(start, end));

/** Width and height from the IHDR chunk, which every PNG has first. */
export function pngSize(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  assert.equal(ascii(bytes, 12, 16), 'IHDR');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The text chunks (tEXt and uncompressed iTXt), by keyword. */
export function pngText(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = {};
  for (let offset = 8; offset < bytes.length;) {
    const length = view.getUint32(offset);
    const type = ascii(bytes, offset + 4, offset + 8);
    const data = bytes.subarray(offset + 8, offset + 8 + length);
    const keyEnd = data.indexOf(0);
    if (type === 'tEXt') entries[ascii(data, 0, keyEnd)] = ascii(data, keyEnd + 1, data.length);
    if (type === 'iTXt') {
      const languageEnd = data.indexOf(0, keyEnd + 3);
      const textStart = data.indexOf(0, languageEnd + 1) + 1;
      entries[ascii(data, 0, keyEnd)] = new TextDecoder().decode(data.subarray(textStart));
    }
    offset += 12 + length;
  }
  return entries;
}

/** Decodes the PNG in the page and measures it: distinct colours, and dark pixels per band. */
export function inspectPng(page, bytes) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const colours = new Set();
    const darkRows = new Array(bitmap.height).fill(0);
    const inkRows = new Array(bitmap.height).fill(0);
    for (let index = 0; index < pixels.length; index += 4) {
      const [red, green, blue] = [pixels[index], pixels[index + 1], pixels[index + 2]];
      const row = Math.floor(index / 4 / bitmap.width);
      colours.add((red << 16) | (green << 8) | blue);
      if (red + green + blue < 200) darkRows[row] += 1;
      if (red + green + blue < 600) inkRows[row] += 1;
    }
    return { colours: colours.size, darkRows, inkRows, corner: [...pixels.subarray(0, 4)] };
  }, Buffer.from(bytes).toString('base64'));
}

/** Records every text the dashboard export's status shows, to see the progress it reported. */
function recordStatus(page) {
  return page.evaluate(() => {
    window.__exportStatus = [];
    const group = document.querySelector('.dashboard-export');
    new MutationObserver(() => {
      const text = group.querySelector('[role="status"]')?.textContent;
      if (text) window.__exportStatus.push(text);
    }).observe(group, { subtree: true, childList: true, characterData: true });
  });
}

export async function exportDashboard(page, buttonName) {
  await recordStatus(page);
  const downloading = page.waitForEvent('download', { timeout: 120_000 });
  await page.getByRole('button', { name: buttonName }).click();
  const file = await readDownload(await downloading);
  const statuses = await page.evaluate(() => window.__exportStatus);
  return { ...file, statuses };
}

/**
 * The charts a whole-dashboard export must hold: every ready card's chart, drawn on screen or not
 * yet (charts below the fold are drawn when they come near it, or when the export asks for them).
 */
export const readyCharts = (page) =>
  page.locator('[data-card][data-state="ready"] [role="img"]').count();

export const hasTool = (name) => {
  try {
    execFileSync('which', [name], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
