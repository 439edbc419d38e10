// An import speaks its file's language (issue 18): the problems of a German shop's file are German,
// those found deep in the file's reading too (a byte that is not UTF-8 is refused inside the
// stream's decoder, a missing sheet inside the workbook's unzipping), since the whole import runs
// inside its call. The command line's import runs outside any call, in the terminal's language.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../../electron/main/core/data/import';
import { speaking } from '../../electron/main/core/i18n/speak';
import { tempCore, type TempCore } from '../support/core';
import { writeXlsx } from '../support/workbook';

let t: TempCore;
beforeEach(() => {
  t = tempCore(new Date('2026-10-15T12:00:00.000Z'));
});
afterEach(() => t.cleanup());

const CSV = [
  'occurred_at,what_happened,compensation_cost,root_cause',
  '31/02/2026,Soup was cold,4.50,',
  '14/03/2026,Waited an hour,x,',
  '15/03/2026,Wrong order,,Till screen too small',
].join('\n');

const preview = async (content: string | Uint8Array, name = 'log.csv', options: Record<string, unknown> = {}) =>
  t.call('data.import', { file: await t.stage(content, name), dryRun: true, ...options });

describe('an import in a German file', () => {
  beforeEach(async () => {
    await t.call('settings.update', { language: 'de' });
  });

  it('names each row’s problems in German, and what it would create', async () => {
    const result = await preview(CSV);
    expect(result.problems.map((p) => p.reason)).toEqual([
      '„31/02/2026“ ist kein Datum: Es gibt keinen 31. Februar 2026 (die Datei schreibt den Tag zuerst)',
      '„x“ ist kein Geldbetrag wie 12.50',
    ]);
    const good = await preview(CSV.split('\n').filter((_, i) => i === 0 || i === 3).join('\n'));
    expect(good.created.rootCauses).toEqual(['Till screen too small (in Ablauf: Die Datei nennt keine root_cause_group)']);
  });

  it('refuses a byte that is not UTF-8 in German, found inside the file’s stream', async () => {
    const bytes = Buffer.concat([Buffer.from('occurred_at,what_happened\n2026-01-06T10:00,Caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const result = await preview(bytes);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.reason).toMatch(/^die Datei ist kein UTF-8-Text: Diese Zeile hat nach „2026-01-06T10:00,Caf“ ein Byte \(0xE9\)/);
  });

  it('names a workbook’s sheets in German when the one asked for is not there', async () => {
    const path = join(t.dir, 'log.xlsx');
    writeXlsx(path, [['occurred_at', 'what_happened'], ['2026-01-06T10:00', 'Late']]);
    const result = await preview(readFileSync(path), 'log.xlsx', { sheet: 'März' });
    expect(result.problems[0]!.reason).toBe('die Arbeitsmappe hat kein Blatt namens „März“; ihre Blätter sind „Log“');
  });

  it('asks in German for a file it no longer knows', async () => {
    const unknown = await t.raw('data.import', { file: 'not-a-file-id' });
    expect(unknown).toMatchObject({ ok: false, message: expect.stringMatching(/Die Datei erneut wählen/) });
  });
});

it('an English file still reads every sentence word for word as before', async () => {
  const result = await preview(CSV);
  expect(result.problems.map((p) => p.reason)).toEqual([
    '“31/02/2026” is not a date: there is no 31 February 2026 (the file writes the day first)',
    '“x” is not an amount of money such as 12.50',
  ]);
});

it('the command line’s import (outside any call) speaks the terminal’s language, not the file’s', async () => {
  await t.call('settings.update', { language: 'de' });
  const path = join(t.dir, 'log.csv');
  writeFileSync(path, CSV);
  const result = await speaking(() => 'fr', () => importFile(t.core.db, path, { mapping: {}, historic: false, skipBadRows: false, dryRun: true }, new Date()));
  expect(result.problems[1]!.reason).toBe('«\u00a0x\u00a0» n’est pas un montant comme 12.50');
});
