// Another counter, in a process of its own: opens the core on the same data (a SQLite file or a
// postgres:// URL), says "ready", waits for "go" on stdin so two counters start at one moment,
// makes its calls as fast as it can, and prints each answer as a line of JSON.
// Usage: node --import tsx counter.ts <database> <request file (JSON: { channel, payload, times })>
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { openCore } from '../../../electron/main/core/app';
import { dispatch } from '../../../electron/main/core/rpc/dispatch';

const [databasePath, requestFile] = process.argv.slice(2);
if (!databasePath || !requestFile) throw new Error('usage: counter.ts <database> <request file>');
const { channel, payload, times } = JSON.parse(readFileSync(requestFile, 'utf8')) as { channel: string; payload: Record<string, unknown>; times: number };

const core = openCore({ databasePath, version: 'counter', now: () => new Date('2026-10-15T12:00:00.000Z') });
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line === 'go') break;
lines.close();
for (let n = 0; n < times; n++) {
  const result = await dispatch(core.handlers, channel, { ...payload, ...(typeof payload.whatHappened === 'string' ? { whatHappened: `${payload.whatHappened} ${n}` } : {}) });
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
core.close();
