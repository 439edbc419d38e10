// A power cut is out of reach, but a crash is not: a child process logs incidents through the real
// core as fast as it can and is killed with SIGKILL at random moments, again and again, on one file.
// Everything it reported as saved must still be there, and the file and its search index must be sound.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/main/core/app';
import { bundleChild } from './bundle';
import { expectHealthyFile } from './health';

const ROUNDS = 24;

interface Saved {
  id: number;
  ref: string;
  token: string;
  heard: boolean;
}

/** A small seeded generator, so a failing run can be told apart and its seed quoted. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let dir: string;
let writer: ReturnType<typeof bundleChild>;
let live: ChildProcess | null = null;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'makegood-sigkill-'));
  writer = bundleChild('writer.ts');
});
afterAll(() => {
  live?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
  writer?.remove();
});

/**
 * Runs the writer and kills it: `killAt` ms after it opened the file, or, for an early kill, that
 * many ms after it was started (while Node loads, while the file opens or migrates, or mid-write).
 * Resolves with the complete lines it printed.
 */
function runAndKill(databasePath: string, round: number, killAt: number, early: boolean): Promise<{ saved: Saved[]; opened: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer.path, databasePath, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
    live = child;
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const kill = () => child.kill('SIGKILL');
    if (early) timer = setTimeout(kill, killAt);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (!early && timer === undefined && `${out}${chunk}`.startsWith('open\n')) timer = setTimeout(kill, killAt);
      out += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      live = null;
      // The writer never stops by itself: any other ending is a failed call or a crash of its own.
      if (signal !== 'SIGKILL') return reject(new Error(`round ${round}: the writer ended with code ${code}: ${err.trim()}`));
      const lines = out.split('\n').slice(0, -1); // the last piece is empty or a line cut off by the kill
      const saved = lines
        .filter((l) => l !== 'open')
        .map((l) => {
          const [id, ref, token, heard] = l.split(' ');
          return { id: Number(id), ref: ref ?? '', token: token ?? '', heard: heard === '1' };
        });
      resolve({ saved, opened: lines[0] === 'open' });
    });
  });
}

describe('a crash at any moment', () => {
  it(`loses nothing that was reported saved, over ${ROUNDS} SIGKILLs`, async () => {
    const seed = Date.now() % 1_000_000;
    const next = random(seed);
    const databasePath = join(dir, 'makegood.sqlite');
    const all: Saved[] = [];
    let emptyRounds = 0;
    for (let round = 0; round < ROUNDS; round++) {
      // One round in four is killed counting from the start, so some kills land in start-up and migration.
      const early = round % 4 === 0;
      const killAt = early ? Math.floor(next() * 500) : 5 + Math.floor(next() * 250);
      const { saved, opened } = await runAndKill(databasePath, round, killAt, early);
      if (saved.length === 0) emptyRounds++;
      if (!opened) continue;
      all.push(...saved);

      // Reopen through the app's own path (migrations, clean-up) and look for this round's incidents.
      const core = openCore({ databasePath, version: 'durability-check' });
      try {
        const find = core.db.prepare('SELECT ref, what_happened AS text, heard_at AS heardAt FROM incidents WHERE id = ?');
        for (const s of saved) {
          const row = find.get(s.id) as { ref: string; text: string; heardAt: string | null } | undefined;
          const where = `seed ${seed}, round ${round} (killed at ${killAt} ms${early ? ' from start' : ''}), incident ${s.ref}`;
          expect(row, `${where}: reported saved, then lost`).toMatchObject({ ref: s.ref, text: `Killed mid-write ${s.token}` });
          if (s.heard) expect(row?.heardAt, `${where}: its Hear step was reported saved, then lost`).not.toBeNull();
        }
        expect(core.db.pragma('quick_check', { simple: true }), `seed ${seed}, after round ${round}`).toBe('ok');
      } finally {
        core.close();
      }
    }
    // Most rounds must have written something, or the test would prove nothing.
    expect(emptyRounds, `seed ${seed}: rounds that wrote nothing`).toBeLessThan(ROUNDS / 2);
    expect(all.length).toBeGreaterThan(50);

    const { ids } = expectHealthyFile(databasePath, `seed ${seed}, after ${ROUNDS} kills`);
    for (const s of all) expect(ids.has(s.id), `seed ${seed}: ${s.ref}`).toBe(true);
    expect(new Set(all.map((s) => s.ref)).size, 'no reference handed out twice').toBe(all.length);

    // Search finds each saved incident by its own words.
    const core = openCore({ databasePath, version: 'durability-check' });
    try {
      const search = core.db.prepare('SELECT rowid AS id FROM incidents_fts WHERE incidents_fts MATCH ?');
      const missing = all.filter((s) => !(search.all(`"${s.token}"`) as { id: number }[]).some((r) => r.id === s.id));
      expect(missing.map((s) => s.ref), `seed ${seed}: not found by search`).toEqual([]);
    } finally {
      core.close();
    }
  }, 120_000);
});
