// Data files started on a computer that speaks a given language (issue 18), on the engine under test
// (a SQLite file in a temporary folder, or a fresh database on the throwaway PostgreSQL server), and
// removed after each test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openCore, type Core } from '../../electron/main/core/app';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import type { ChannelName, Request, Response } from '../../shared/contract';
import { createTestDatabase, dropTestDatabase, onPostgres } from './pgTest';

/** Call from a test file's top level: `newPlace`, `open` and `openIn` clean up after each test. */
export function languageFiles() {
  const made: { dir?: string; url?: string; core?: Core }[] = [];
  afterEach(() => {
    for (const m of made.splice(0)) {
      m.core?.close();
      if (m.dir) rmSync(m.dir, { recursive: true, force: true });
      if (m.url) dropTestDatabase(m.url);
    }
  });

  /** Where a new file (or an empty shared database) goes. */
  function newPlace(): string {
    if (onPostgres) {
      const url = createTestDatabase();
      made.push({ url });
      return url;
    }
    const dir = mkdtempSync(join(tmpdir(), 'makegood-language-'));
    made.push({ dir });
    return join(dir, 'makegood.sqlite');
  }

  /** Opens `databasePath` as the app does on a computer whose preferred languages are `languages`. */
  function open(databasePath: string, languages?: string[]): Core {
    const core = openCore({ databasePath, version: 'test', ...(languages ? { languages } : {}) });
    made.push({ core });
    return core;
  }

  /** A closed core is not closed again after the test. */
  function closed(core: Core): void {
    core.close();
    const entry = made.find((m) => m.core === core);
    if (entry) entry.core = undefined;
  }

  return { newPlace, open, closed, openIn: (language: string) => open(newPlace(), [language]) };
}

/** A call's answer; a refusal fails the test with its sentence. */
export async function call<C extends ChannelName>(core: Core, channel: C, request: Request<C>): Promise<Response<C>> {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(result.message);
  return result.value as Response<C>;
}

/** A call's refusal, in words; an answer fails the test. */
export async function refusal(core: Core, channel: string, request: unknown): Promise<string> {
  const result = await dispatch(core.handlers, channel, request);
  if (result.ok) throw new Error(`${channel} was accepted`);
  return result.message;
}
