// The databases the benchmarks read: made fresh in a temp folder each run, from the demo generator
// with a fixed seed and clock, so every run measures the same rows.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { openCore, type Core } from '../../electron/main/core/app';
import { generateDemo } from '../../electron/main/core/demo/generate';

export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const cli = join(repoRoot, 'bin', 'makegood.js');
export const CHROMIUM = process.env.MAKEGOOD_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];

/** The demo's clock: a year of incidents up to this day. */
export const DEMO_NOW = new Date(2026, 10, 22, 12, 0, 0);
export const BIG = { incidents: 100_000, seed: 7 };
/** About 3,000 incidents in October 2026 (3,082 with this seed and clock). */
export const MONTH = { incidents: 36_500, seed: 3, month: '2026-10' };

export const run = promisify(execFile);

export class Workspace {
  readonly dir = mkdtempSync(join(tmpdir(), 'makegood-bench-'));
  path(name: string) {
    return join(this.dir, name);
  }
  open(name: string): Core {
    return openCore({ databasePath: this.path(name), version: 'bench', now: () => DEMO_NOW });
  }
  /** A demo database; returns how long the generator took, ms. */
  demo(name: string, options: { incidents: number; seed: number }): number {
    const core = this.open(name);
    try {
      const t = performance.now();
      generateDemo(core.db, { ...options, now: DEMO_NOW });
      return performance.now() - t;
    } finally {
      core.close();
    }
  }
  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
