// Measures the JavaScript a first visit downloads (gzip), beside React + Recharts alone.
// Usage: npm run build && npm run size
import { existsSync, readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The scripts index.html loads at once: the entry and every modulepreload. */
function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g),
  ].map((match) => match[1]);
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+\.css)"/g)].map(
    (match) => match[1],
  );
  const size = (files) => files.reduce((sum, file) => sum + gzipSize(join(dist, file)), 0);
  return { scripts, js: size(scripts), css: size(styles) };
}

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const app = firstLoad('dist');
const baselineDir = mkdtempSync(join(tmpdir(), 'size-baseline-'));
await build({
  root: 'scripts/size-baseline',
  plugins: [react()],
  logLevel: 'silent',
  build: { outDir: baselineDir, emptyOutDir: true },
});
const baseline = firstLoad(baselineDir);

console.log('First-load JavaScript (gzip, level 9):');
console.log(`  dashboard:           ${kb(app.js)}  (${app.scripts.join(', ')})`);
console.log(`  React + Recharts:    ${kb(baseline.js)}`);
console.log(`  ratio:               ${(app.js / baseline.js).toFixed(2)}×`);
console.log(`  dashboard CSS:       ${kb(app.css)}`);
