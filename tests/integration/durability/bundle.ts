// Child processes for the durability tests, bundled once into plain JavaScript: each one then starts
// in a fraction of tsx's time, so a test can start dozens. The bundle sits under node_modules so that
// better-sqlite3 (left out: it is a native addon) resolves as it does for the app.
import { rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';

const repoRoot = join(import.meta.dirname, '..', '..', '..');

/** Bundles `entry` (a .ts file beside this one) and returns its path and a way to remove it. */
export function bundleChild(entry: string): { path: string; remove(): void } {
  const path = join(repoRoot, 'node_modules', '.cache', 'makegood-tests', `${basename(entry, '.ts')}-${process.pid}.mjs`);
  buildSync({
    entryPoints: [join(import.meta.dirname, entry)],
    outfile: path,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // Packages load from node_modules as they do for the app (a CommonJS one cannot be required from an ESM bundle).
    packages: 'external',
    logLevel: 'error',
  });
  return { path, remove: () => rmSync(path, { force: true }) };
}
