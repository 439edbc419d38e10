// The renderer's JavaScript the first screen loads (index.html's scripts and module preloads),
// gzipped; and a check that the charts (recharts) are not among it but load when opened.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchRow, stats } from '../lib/measure';
import { repoRoot } from '../lib/fixtures';

export function bundleBench(): BenchRow[] {
  const dir = join(repoRoot, 'out', 'renderer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
  const sources = files.map((f) => readFileSync(join(dir, f), 'utf8'));
  const gzip = sources.reduce((sum, s) => sum + gzipSync(s, { level: 9 }).length, 0) / 1024;
  // recharts names its layers "recharts-…" in the code it ships.
  const charts = sources.filter((s) => s.includes('recharts-')).length;
  return [
    { what: `renderer JS, first screen (${files.length} files, gzip)`, unit: 'KB', value: stats([gzip]), budget: { max: 400 } },
    { what: 'first-screen files holding chart code', unit: 'files', value: stats([charts]), budget: { max: 1 }, note: 'charts load when a chart screen opens' },
  ];
}
