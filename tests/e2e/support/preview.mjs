// Serves dist/ with `vite preview` on a free port when no server was given in E2E_BASE_URL, so
// that a single test file runs on its own: `npm run build && node --test tests/e2e/<file>`.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { after } from 'node:test';

const root = new URL('../../../', import.meta.url);

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitUntilServing(url, child, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`vite preview exited with ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms`);
}

export async function servePreviewUnlessServed() {
  if (process.env.E2E_BASE_URL) return;
  if (!existsSync(new URL('dist/index.html', root))) {
    throw new Error('dist/ is missing: run `npm run build` first');
  }
  const port = await freePort();
  const child = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
    { cwd: root, stdio: 'ignore' },
  );
  after(() => child.kill());
  const url = `http://127.0.0.1:${port}`;
  await waitUntilServing(url, child);
  process.env.E2E_BASE_URL = url;
}
