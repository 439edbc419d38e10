import { version } from '../../package.json';
import { openCore } from '../main/core/app';
import { writeExportFile } from '../main/core/data/exportFile';
import { resolveDatabasePath } from '../main/core/paths';
import { ExportRequest } from '../../shared/schemas/data';
import { badRequest } from '../../shared/result';
import { say } from './say';

/** Writes docs/domain.md's columns for the incidents that occurred on the local days from/to. */
export async function exportCommand(dbFlag: string | undefined, file: string, opts: { from?: string; to?: string }): Promise<void> {
  const request = ExportRequest.safeParse(opts);
  if (!request.success) throw badRequest(request.error.issues.map((i) => i.message).join('; '));
  const databasePath = resolveDatabasePath(dbFlag);
  // The export reads on a connection of its own and writes piece by piece, as the app's Export CSV does.
  const core = openCore({ databasePath, version, readonly: true });
  try {
    const started = performance.now();
    const result = await writeExportFile({ databasePath }, request.data, file);
    const seconds = Math.round((performance.now() - started) / 100) / 10;
    console.log(say('cli.export.done', { incidents: result.incidents, rows: result.rows, file, seconds }));
  } finally {
    core.close();
  }
}
