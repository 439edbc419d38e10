import { closeSync, openSync, writeSync } from 'node:fs';
import { version } from '../../package.json';
import { openCore } from '../main/core/app';
import { exportCsvChunks } from '../main/core/data/export';
import { resolveDatabasePath } from '../main/core/paths';
import { ExportRequest } from '../../shared/schemas/data';
import { badRequest } from '../../shared/result';

/** Writes docs/domain.md's columns for the incidents that occurred on the local days from/to. */
export function exportCommand(dbFlag: string | undefined, file: string, opts: { from?: string; to?: string }): void {
  const request = ExportRequest.safeParse(opts);
  if (!request.success) throw badRequest(request.error.issues.map((i) => i.message).join('; '));
  const databasePath = resolveDatabasePath(dbFlag);
  const core = openCore({ databasePath, version, readonly: true });
  try {
    const started = performance.now();
    let fd: number;
    try {
      fd = openSync(file, 'w');
    } catch {
      throw badRequest(`cannot write ${file}; check the folder exists and you may write there.`);
    }
    // Written piece by piece inside one read snapshot: 100,000 incidents never sit in memory at once.
    const result = (() => {
      try {
        return core.db.transaction(() => {
          const chunks = exportCsvChunks(core.db, request.data);
          for (;;) {
            const next = chunks.next();
            if (next.done) return next.value;
            writeSync(fd, next.value);
          }
        }).deferred();
      } finally {
        closeSync(fd);
      }
    })();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Exported ${result.incidents.toLocaleString('en-US')} incidents in ${result.rows.toLocaleString('en-US')} rows to ${file} in ${seconds} s.`,
    );
  } finally {
    core.close();
  }
}
