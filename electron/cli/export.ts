import { writeFileSync } from 'node:fs';
import { version } from '../../package.json';
import { openCore } from '../main/core/app';
import { exportCsv } from '../main/core/data/export';
import { resolveDatabasePath } from '../main/core/paths';
import { ExportRequest } from '../../shared/schemas/data';
import { badRequest } from '../../shared/result';

/** Writes DOMAIN.md's columns for the incidents that occurred on the local days from/to. */
export function exportCommand(dbFlag: string | undefined, file: string, opts: { from?: string; to?: string }): void {
  const request = ExportRequest.safeParse(opts);
  if (!request.success) throw badRequest(request.error.issues.map((i) => i.message).join('; '));
  const databasePath = resolveDatabasePath(dbFlag);
  const core = openCore({ databasePath, version });
  try {
    const started = performance.now();
    const result = exportCsv(core.db, request.data);
    try {
      writeFileSync(file, result.csv, 'utf8');
    } catch {
      throw badRequest(`cannot write ${file}; check the folder exists and you may write there.`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Exported ${result.incidents.toLocaleString('en-US')} incidents in ${result.rows.toLocaleString('en-US')} rows to ${file} in ${seconds} s.`,
    );
  } finally {
    core.close();
  }
}
