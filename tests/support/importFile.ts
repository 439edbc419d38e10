import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile as importFromFile, type ImportOptions, type ImportPace } from '../../electron/main/core/data/import';
import type { Db } from '../../electron/main/core/db/connect';
import type { ImportResult } from '../../shared/schemas/data';

// A CSV file of `rows` incidents in docs/domain.md's columns, for tests of large imports: every row
// brings names the database does not have yet (categories, causes, staff), every third a customer,
// every fourth a compensation, and half of them their own ref (`<refPrefix>-<n>`).
const HEADER =
  'ref,occurred_at,channel,customer_name,what_happened,category,severity,root_cause,root_cause_group,handled_by,resolved_at,compensation_kind,compensation_cost,compensation_given_by';

export function importFile(rows: number, refPrefix = 'OLD', names = 'Imported'): string {
  const lines = [HEADER];
  for (let n = 1; n <= rows; n++) {
    const day = String(1 + (n % 28)).padStart(2, '0');
    const hour = String(8 + (n % 10)).padStart(2, '0');
    const at = `2026-09-${day}T${hour}:00`;
    const k = n % 7;
    lines.push(
      [
        n % 2 === 0 ? `${refPrefix}-${n}` : '',
        at,
        'phone',
        n % 3 === 0 ? `${names} customer ${n}` : '',
        `${names} history ${n}: the order came late`,
        `${names} category ${k}`,
        String(1 + (n % 4)),
        n % 5 === 0 ? `${names} cause ${k}` : '',
        n % 5 === 0 ? 'process' : '',
        `${names} staff ${k}`,
        n % 5 === 0 ? `2026-09-${day}T${hour}:30` : '',
        n % 4 === 0 ? 'refund' : '',
        n % 4 === 0 ? '5.00' : '',
        n % 4 === 0 ? `${names} staff ${k}` : '',
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Imports CSV text through the core's importer, as `makegood import` does with a file: the text is
 * written to a file of its own first (the importer reads files, never text), removed after.
 */
export async function importText(db: Db, csv: string, pace: ImportPace = {}, options: Partial<ImportOptions> = {}): Promise<ImportResult> {
  const dir = mkdtempSync(join(tmpdir(), 'makegood-import-text-'));
  const path = join(dir, 'import.csv');
  writeFileSync(path, csv);
  try {
    return await importFromFile(db, path, { mapping: {}, historic: false, skipBadRows: false, dryRun: false, ...options }, new Date(), { pace });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
