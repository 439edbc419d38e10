import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// Layout: electron/main (+ the CLI, which shares the core), electron/preload, renderer/.
export default defineConfig({
  main: {
    build: {
      // Bundled: every dependency but better-sqlite3 (a native addon) and playwright-core (the CLI's
      // report printer, a devDependency loaded from the checkout's node_modules and never packaged).
      externalizeDeps: { include: ['playwright-core'] },
      lib: {
        entry: {
          index: resolve('electron/main/index.ts'),
          cli: resolve('electron/cli/index.ts'),
          // The core's threads (serve and the app) and the app's utility process that holds them.
          'core-worker': resolve('electron/main/core-worker.ts'),
          'core-process': resolve('electron/main/core-process.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      lib: { entry: resolve('electron/preload/index.ts') },
      // A sandboxed preload cannot load ESM: emit CommonJS even under "type": "module".
      rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      outDir: resolve('out/renderer'),
      // electron-vite leaves the renderer unminified; minified, the first screen's JavaScript is a third the size.
      minify: true,
      // The printable report and voucher slip are pages of their own, so a printer loads neither the app's shell nor its theme.
      rollupOptions: {
        input: { index: resolve('renderer/index.html'), report: resolve('renderer/report.html'), voucher: resolve('renderer/voucher.html') },
      },
    },
  },
});
