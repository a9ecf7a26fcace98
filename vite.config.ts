import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig(() => ({
  plugins: [react()],
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
