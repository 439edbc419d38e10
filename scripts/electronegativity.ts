// CI's Electron security scan: runs Doyensec's Electronegativity over the app's own sources and fails
// on any finding that no `electronegativity: CHECK — why` comment beside the flagged code justifies
// (rules in scripts/electronegativity/justify.ts), on justifications that justify nothing, and on
// files the tool could not read. Usage: npm run security:scan (tsx scripts/electronegativity.ts)
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { type Finding, judge, passes } from './electronegativity/justify';

const root = resolve(import.meta.dirname, '..');
// What ships in the app: main, preload, the renderer and what they share, and package.json (the
// tool reads the Electron version and any command-line switches there). Tests and scripts do not ship.
const SCANNED = ['electron', 'renderer', 'shared', 'package.json'];
// The first looks Electron's release list up on GitHub: offline it finds nothing after a long wait,
// and online its answer changes with each Electron release, not with our code; the second only
// reports the Electron version, for the first. Staying current is a checklist item of its own
// (docs/security-checklist.md).
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck', 'ElectronVersionJSONCheck'];
const SOURCE = /\.(?:[cm]?[jt]sx?|html?)$/;

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
}
interface Report {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Issue[];
}
type Run = (options: Record<string, unknown>) => Promise<Report>;

// Its programmatic entry: the tool's own command line needs an undeclared `commander` 2.x and breaks
// on the commander this project depends on; its report is the same array the CLI writes as CSV.
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity') as Run;
const electronVersion = (require('electron/package.json') as { version: string }).version;

/** Copies the shipped sources into one folder, so one scan sees main and renderer together. */
function stage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'makegood-electronegativity-'));
  for (const entry of SCANNED) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  return dir;
}

/** Every scanned source file's text, keyed by its path relative to `dir` (the tool's own paths). */
function sourcesOf(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && SOURCE.test(d.name))
    .map((d) => relative(dir, join(d.parentPath, d.name)));
  return new Map(files.map((f) => [f.split(sep).join('/'), readFileSync(join(dir, f), 'utf8')]));
}

async function main(): Promise<number> {
  const dir = stage();
  try {
    const report = await run({ input: dir, isRelative: true, electronVersionOverride: electronVersion, excludeFromScan: EXCLUDED_CHECKS });
    const findings: Finding[] = report.issues.map((i) => ({
      check: i.id,
      file: i.file === 'N/A' ? 'N/A' : i.file.split(sep).join('/'),
      line: i.location.line,
      description: i.description,
    }));
    const verdict = judge(findings, sourcesOf(dir));

    console.log(`Electronegativity (Electron ${electronVersion}) over ${SCANNED.join(', ')}: ${findings.length} findings.`);
    for (const { finding, marker } of verdict.justified) {
      console.log(`  justified  ${finding.check} ${finding.file}:${finding.line} — ${marker.reason}`);
    }
    for (const f of verdict.unjustified) {
      console.error(`  FINDING    ${f.check} ${f.file}:${f.line} — ${f.description ?? ''}`);
    }
    for (const m of verdict.unused) console.error(`  UNUSED     ${m.file}:${m.line} justifies no ${m.check} finding: remove it or move it beside the code.`);
    for (const m of verdict.unexplained) console.error(`  NO REASON  ${m.file}:${m.line} names ${m.check} but does not say why.`);
    const unread = report.errors.filter((e) => !e.tolerable);
    for (const e of unread) console.error(`  UNREAD     ${e.file}: ${e.message} (its checks did not run)`);

    if (passes(verdict) && unread.length === 0) {
      console.log('No unjustified findings.');
      return 0;
    }
    console.error('Fix the code, or, for a false positive only, say why in a comment beside it:');
    console.error('  // electronegativity: CHECK_ID — why this is safe here');
    return 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
