// Takes screenshots of a running dashboard in Debian's Chromium, for looking at what users see.
// Usage: node scripts/screenshot.mjs URL OUT.png [width] [height] [language]
import { chromium } from 'playwright-core';

const [
  url = 'http://localhost:4173/',
  out = 'test-results/screenshot.png',
  width = '1920',
  height = '1080',
  language = 'zh-CN',
] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (message) => {
  if (message.type() === 'error' || message.type() === 'warning')
    console.log(`[${message.type()}]`, message.text());
});
page.on('pageerror', (error) => console.log('[pageerror]', error.message));
await page.addInitScript((lang) => localStorage.setItem('dashboard.language', lang), language);
await page.goto(url);
await page
  .waitForSelector('[data-card="case-ranking"][data-state="ready"]', { timeout: 20000 })
  .catch(() => console.log('case ranking not ready'));
await page.waitForTimeout(800);
await page.screenshot({ path: out, fullPage: process.env.FULL_PAGE !== '0' });
await browser.close();
console.log('wrote', out);
