import { preview } from 'vite';

/** Serves each build directory with `vite preview` on a free local port (close with httpServer.close()). */
export const previewBuilds = (dirs) =>
  Promise.all(
    dirs.map((dir) =>
      preview({
        build: { outDir: dir },
        preview: { port: 0, host: '127.0.0.1' },
        logLevel: 'warn',
      }),
    ),
  );
