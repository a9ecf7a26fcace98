// The end-to-end suite: serves the production build (dist/) with `vite preview` — the same strict
// Content-Security-Policy as the intranet deployment — on a free port, runs tests/e2e/*.test.mjs
// with Node's test runner in Debian's Chromium, stops the server and exits with the runner's code.
//
//   npm run build && npm run test:e2e
//   npm run test:e2e -- tests/e2e/flows.test.mjs          only these files
//   npm run test:e2e -- --test-name-pattern="keyboard"     any other node --test option
//
// Screenshots go to test-results/screenshots/, and a failing test leaves one in test-results/failures/.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function fail(message) {
  console.error(`test:e2e: ${message}`);
  process.exit(1);
}

if (!existsSync(`${root}dist/index.html`)) fail('dist/ is missing: run `npm run build` first.');
// Only a build with the embedded mock API has the sample's query worker.
const assets = readdirSync(`${root}dist/assets`);
if (!assets.some((name) => /^sample-engine\.worker-[\w-]+\.js$/.test(name))) {
  fail('dist/ was built for a real API (no embedded mock): build without VITE_API_BASE_URL.');
}
if (!existsSync(chromiumPath)) {
  fail(
    `no Chromium at ${chromiumPath}: apt-get install chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
  );
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForServer(url, server, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok && (await response.text()).includes('id="root"')) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs / 1000} s`);
}

const args = process.argv.slice(2);
const fileArgs = args.filter((arg) => arg.endsWith('.test.mjs'));
const runnerOptions = args.filter((arg) => !arg.endsWith('.test.mjs'));
// The slowest file (a request that never answers) starts first, so it waits beside the others.
const files =
  fileArgs.length > 0
    ? fileArgs
    : readdirSync(here)
        .filter((name) => name.endsWith('.test.mjs'))
        .sort(
          (a, b) =>
            Number(b.includes('timeout')) - Number(a.includes('timeout')) || a.localeCompare(b),
        )
        .map((name) => `${here}${name}`);

rmSync(`${root}test-results/failures`, { recursive: true, force: true });

const port = await freePort();
const baseUrl = `http://127.0.0.1:${port}`;
const server = spawn(
  process.execPath,
  [
    `${root}node_modules/vite/bin/vite.js`,
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
  ],
  { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
);
let serverLog = '';
server.stdout.on('data', (chunk) => (serverLog += chunk));
server.stderr.on('data', (chunk) => (serverLog += chunk));

const stopServer = () => {
  if (server.exitCode === null) server.kill('SIGTERM');
};
process.on('exit', stopServer);

try {
  await waitForServer(`${baseUrl}/`, server);
} catch (error) {
  stopServer();
  fail(`${error.message}\n${serverLog}`);
}
console.error(`test:e2e: serving dist/ at ${baseUrl}; ${files.length} test files`);

const runner = spawn(
  process.execPath,
  // Two files at a time: each has its own Chromium, and CI machines often have two cores.
  ['--test', '--test-concurrency=2', ...runnerOptions, ...files],
  { cwd: root, stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: baseUrl } },
);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    runner.kill(signal);
    stopServer();
  });
}
const code = await new Promise((resolve) =>
  runner.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0))),
);
stopServer();
process.exit(code);
