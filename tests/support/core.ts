import { afterEach } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChannelName, Request, Response } from '../../shared/contract';
import { openCore, type Core } from '../../electron/main/core/app';
import type { CoreHost } from '../../electron/main/core/context';
import { AppError } from '../../shared/result';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { stageCopy } from '../../electron/main/core/data/staging';
import { createTestDatabase, dropTestDatabase, testEngine } from './pgTest';

/**
 * A real Makegood data file in a temp folder, with a clock the test moves. In the `postgres`
 * vitest project, a fresh database of its own on the test server instead (tests/support/pgTest.ts).
 */
export function tempCore(start = new Date('2026-10-15T12:00:00.000Z'), engine = testEngine()) {
  const dir = mkdtempSync(join(tmpdir(), 'makegood-test-'));
  const databasePath = engine === 'postgres' ? createTestDatabase() : join(dir, 'makegood.sqlite');
  let now = start;
  // Export CSV's save dialog always answers this one file, so the same data exports to the same answer.
  const exportPath = join(dir, 'export.csv');
  const host: CoreHost = {
    exportReportPdf: async () => {
      throw new AppError('CONFLICT', 'A test core prints no PDF (tests/integration/report-pdf.test.ts prints with Chromium).');
    },
    chooseExportTarget: async () => ({ path: exportPath }),
    // Import's dialog: a test stages its files itself (stage), so the dialog is closed.
    chooseImportSource: async () => null,
  };
  let core: Core = openCore({ databasePath, version: 'test', now: () => now, host, purgeDeleted: true });
  const stage = async (content: string | Uint8Array, name = 'import.csv'): Promise<string> => {
    const path = join(dir, `.to-stage-${name}`);
    writeFileSync(path, content);
    try {
      return (await stageCopy(databasePath, path)).file;
    } finally {
      rmSync(path, { force: true });
    }
  };
  return {
    get core() {
      return core;
    },
    set core(next: Core) {
      core = next;
    },
    dir,
    databasePath,
    setNow: (d: Date) => {
      now = d;
    },
    /** Closes the data file and opens it again at `at`, as the app does the next time it starts. */
    reopen: (at: Date) => {
      core.close();
      now = at;
      core = openCore({ databasePath, version: 'test', now: () => now, host, purgeDeleted: true });
    },
    /** Calls through dispatch, as a transport would, and fails the test on an error result. */
    call: async <C extends ChannelName>(channel: C, request: Request<C>): Promise<Response<C>> => {
      const result = await dispatch(core.handlers, channel, request);
      if (!result.ok) throw new Error(`${channel} failed: ${result.code} ${result.message}`);
      return result.value as Response<C>;
    },
    raw: (channel: string, payload: unknown) => dispatch(core.handlers, channel, payload),
    /** A file's bytes staged for data.import, as the app's open dialog or browser mode's upload leaves them: its id. */
    stage,
    /** data.import's request for a CSV text: the text staged, the rest as given. */
    staged: async ({ csv, ...rest }: Omit<Request<'data.import'>, 'file'> & { csv: string }): Promise<Request<'data.import'>> => ({ file: await stage(csv), ...rest }),
    /** Export CSV through data.exportFile, as the app does it (written to a file), and the file's text. */
    exportText: async (request: Request<'data.exportFile'> = {}) => {
      const result = await dispatch(core.handlers, 'data.exportFile', request);
      if (!result.ok) throw new Error(`data.exportFile failed: ${result.code} ${result.message}`);
      const saved = result.value as Response<'data.exportFile'>;
      if (saved.outcome !== 'saved') throw new Error(`data.exportFile did not save: ${saved.outcome}`);
      return { csv: readFileSync(saved.savedTo, 'utf8'), incidents: saved.incidents, rows: saved.rows };
    },
    cleanup: () => {
      core.close();
      if (engine === 'postgres') dropTestDatabase(databasePath);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type TempCore = ReturnType<typeof tempCore>;

/**
 * A `tempCore` factory for tests that open several data files (an export, then an import into a
 * fresh one): every file opened by a test is closed and removed after it.
 */
export function tempCores(start: Date): () => TempCore {
  const open: TempCore[] = [];
  afterEach(() => {
    for (const t of open.splice(0)) t.cleanup();
  });
  return () => {
    const t = tempCore(start);
    open.push(t);
    return t;
  };
}
