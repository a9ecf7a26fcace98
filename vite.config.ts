import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * What the first request waits for is asked for by the page's HTML, beside its own script, rather
 * than after that script has run: the embedded mock API's chunk (mocks/browser.ts) and its imports,
 * and app-config.json, which says which dataset the page opens with (not read when the build names
 * the published dataset itself). Neither holds back the first paint. A build for a real API has no
 * mock chunk, so it gets only the config's preload.
 */
function preloadFirstRequests(): Plugin {
  let base = '/';
  let configRead = true;
  return {
    name: 'preload-first-requests',
    apply: 'build',
    configResolved(config) {
      base = config.base;
      configRead = !config.env.VITE_PUBLISHED_DATASET_URL;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle ?? {};
        const mock = Object.values(bundle).find(
          (output) =>
            output.type === 'chunk' && output.facadeModuleId?.endsWith('/mocks/browser.ts'),
        );
        // The chunk and everything it imports, however deep, that the HTML does not ask for yet.
        const scripts = new Set<string>();
        const visit = (file: string) => {
          const output = bundle[file];
          if (scripts.has(file) || output?.type !== 'chunk') return;
          scripts.add(file);
          output.imports.forEach(visit);
        };
        if (mock) visit(mock.fileName);
        return [
          ...(configRead
            ? [
                {
                  tag: 'link',
                  attrs: {
                    rel: 'preload',
                    as: 'fetch',
                    crossorigin: true,
                    href: `${base}app-config.json`,
                  },
                  injectTo: 'head' as const,
                },
              ]
            : []),
          ...[...scripts]
            .filter((file) => !html.includes(file))
            .map((file) => ({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
              injectTo: 'head' as const,
            })),
        ];
      },
    },
  };
}

/** The chunk a chart's code is in (Recharts and the chart components, loaded on first need). */
const CHARTS_ENTRY = '/src/features/charts/drawn-charts.ts';

/**
 * The charts' chunk carries V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chromium
 * 136 and later; other engines read a comment): its functions are compiled as the chunk loads, off
 * the main thread, not one by one the first time a chart of a kind is drawn, inside the task that
 * mounts it (the first ranking's mount: 146–168 ms at CPU ×1 without, 85–113 ms with). Only this
 * chunk: on the main chunk the hint did not shorten the load's longest task (docs/performance.md).
 * A post-banner comes after minifying, which drops comments, and before the file's hash.
 */
const compileHint = (chunk: { facadeModuleId: string | null }) =>
  chunk.facadeModuleId?.endsWith(CHARTS_ENTRY) ? '//# allFunctionsCalledOnLoad' : '';

export default defineConfig(() => ({
  plugins: [react(), preloadFirstRequests()],
  resolve: {
    alias: {
      '@': fromRoot('./src'),
      '@mocks': fromRoot('./mocks'),
      // msw's browser build keeps mocked cookies with tough-cookie and the public-suffix list
      // (~120 KiB gzip before the first screen); the page gets a small jar with the same API.
      // Tests (msw/node) keep the real one.
      ...(process.env.VITEST ? {} : { 'tough-cookie': fromRoot('./mocks/cookie-jar.ts') }),
    },
  },
  build: {
    target: 'es2022',
    // Fonts stay files: inlined as data: URLs they would break the font-src 'self' policy.
    assetsInlineLimit: (file: string) => (/\.woff2?$/.test(file) ? false : undefined),
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    rolldownOptions: { output: { postBanner: compileHint } },
  },
  preview: {
    headers: {
      // The same policy the intranet deployment uses: nothing from other origins, no inline script, no eval.
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'",
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // Whole-app renders draw some twenty charts in jsdom; on a 2-core machine that can take seconds.
    testTimeout: 60_000,
  },
}));
