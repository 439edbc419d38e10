// Browser mode's file for an import: POST /import-upload with the session key streams the file into
// the staging folder beside the data file, and data.import then reads it by the id it answers.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, stageStream, stagingDir } from '../../electron/main/core/data/staging';
import { callerOf } from '../../electron/main/core/rpc/dispatch';
import { type Bridge, startBridge } from '../../electron/main/server/bridge';
import type { Response } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { tempCore, type TempCore } from '../support/core';

let t: TempCore;
let bridge: Bridge;
beforeEach(async () => {
  t = tempCore();
  bridge = await startBridge({ call: callerOf(t.core.handlers), stageUpload: (body, name) => stageStream(t.databasePath, body, name) });
});
afterEach(async () => {
  await bridge.close();
  t.cleanup();
});

/** A POST over raw HTTP, as a browser (or an attacker) would send it: the status and the JSON answer. */
function post(path: string, body: Buffer, headers: Record<string, string | number>): Promise<{ status: number; json: Result<unknown> }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: bridge.port, path, method: 'POST', headers: { host: `127.0.0.1:${bridge.port}`, ...headers } },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (p: Buffer) => parts.push(p));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(parts).toString('utf8')) as Result<unknown> }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
const session = { authorization: '' };
beforeEach(() => {
  session.authorization = `Bearer ${bridge.sessionKey}`;
});
const staged = () => (existsSync(stagingDir(t.databasePath)) ? readdirSync(stagingDir(t.databasePath)) : []);

describe('POST /import-upload', () => {
  it('stages the file as sent, and data.import reads it by the id it answers', async () => {
    const csv = Buffer.from('Date;Complaint\r\n2026-10-03;Kalter Kaffee\r\n', 'utf8');
    const sent = await post('/import-upload', csv, { ...session, 'x-file-name': encodeURIComponent('Beschwerden März.csv'), 'content-type': 'application/octet-stream' });
    expect(sent.status).toBe(200);
    const chosen = (sent.json as { ok: true; value: Response<'data.chooseImportFile'> }).value;
    expect(chosen).toMatchObject({ outcome: 'chosen', name: 'Beschwerden März.csv', bytes: csv.length });
    if (chosen.outcome !== 'chosen') throw new Error('not chosen');
    expect(readFileSync(join(stagingDir(t.databasePath), chosen.file))).toEqual(csv);
    const checked = await t.call('data.import', { file: chosen.file, dryRun: true });
    expect(checked.problems).toEqual([]);
    expect(checked.incidents).toBe(1);
    // Written: the staged copy has done its job.
    await t.call('data.import', { file: chosen.file });
    expect(staged()).toEqual([]);
  });

  it('needs the session key, and stages nothing without it', async () => {
    const sent = await post('/import-upload', Buffer.from('x'), { 'x-file-name': 'a.csv' });
    expect(sent.status).toBe(401);
    expect(staged()).toEqual([]);
  });

  it('refuses a file past the limit by its declared size, before reading it', async () => {
    const sent = await post('/import-upload', Buffer.from('x'), { ...session, 'x-file-name': 'huge.csv', 'content-length': MAX_IMPORT_BYTES + 1 });
    expect(sent.status).toBe(413);
    expect((sent.json as { ok: false; message: string }).message).toMatch(/^huge\.csv is larger than 500 MB/);
    expect(staged()).toEqual([]);
  });

  it('keeps only a plain file name from what the page sends', async () => {
    const sent = await post('/import-upload', Buffer.from('Date,Complaint\n2026-10-03,x\n'), { ...session, 'x-file-name': encodeURIComponent('../../etc/pass\u0007wd.csv') });
    expect((sent.json as { ok: true; value: { name: string } }).value.name).toBe('passwd.csv');
  });
});

describe('data.import with a file id', () => {
  it('that is not one (a path, another session’s, an imported one) is one sentence', async () => {
    for (const file of ['../makegood.sqlite', 'a'.repeat(24), '0123456789abcdef01234567']) {
      const answer = await t.raw('data.import', { file, dryRun: true });
      expect(answer.ok).toBe(false);
    }
    const answer = await t.raw('data.import', { file: '0123456789abcdef01234567', dryRun: true });
    expect(answer).toEqual({ ok: false, code: 'NOT_FOUND', message: 'That file is no longer waiting to be imported; choose it again.' });
  });
});
