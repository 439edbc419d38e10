import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { AppError } from '../../shared/result';
import { stageStream } from '../main/core/data/staging';
import { IMPORT_UPLOAD_PATH } from '../main/server/importUpload';
import { startCoreService } from '../main/core/service/service';
import { resolveDatabasePath } from '../main/core/paths';
import { targetLine } from './target';
import type { CoreHost } from '../main/core/context';
import { findChromium } from '../main/core/report/findChromium';
import { printReportToBuffer } from '../main/core/report/printReportPdf';
import { type Bridge, startBridge } from '../main/server/bridge';
import { environmentLanguages } from '../../shared/i18n/languages';
import { say } from './say';

// The CLI is bundled to out/main/cli.js; the built renderer sits beside it in out/renderer, and the
// core's worker entry beside it in out/main.
const builtDir = () => dirname(fileURLToPath(import.meta.url));
const rendererDir = () => join(builtDir(), '..', 'renderer');

export async function serveCommand(dbFlag: string | undefined, opts: { port?: number }): Promise<void> {
  const staticDir = rendererDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new AppError('NOT_FOUND', say('cli.lines.notBuilt'));
  }
  const databasePath = resolveDatabasePath(dbFlag);
  // The app's Export PDF and Export CSV ask the host; here the answer is an address the page downloads from.
  let bridge: Bridge | null = null;
  const host: CoreHost = {
    exportReportPdf: async (month, edition) => ({ savedTo: null, downloadUrl: `/report.pdf?month=${month}&edition=${edition}` }),
    chooseExportTarget: async (suggestedName, request) => {
      if (!bridge) throw new AppError('INTERNAL', say('cli.lines.stillStarting'));
      return { downloadUrl: bridge.exportDownloadUrl(request, suggestedName) };
    },
    // The page has picked its file already; it uploads it here, streamed into the staging folder.
    chooseImportSource: async () => ({ uploadUrl: IMPORT_UPLOAD_PATH }),
    // Print slip: the page opens voucher.html in a new tab, which prints itself (the browser's own dialog).
    printVoucherSlip: async () => ({ printed: false, deviceName: null, printers: [] }),
  };
  // Every open page hears when the data changes, here or on another counter (GET /changes).
  const listeners = new Set<() => void>();
  const changes = {
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  // The core runs in worker threads, so this thread always answers HTTP, whatever the core is doing.
  const core = await startCoreService({
    open: { databasePath, version, dailyBackups: true, purgeDeleted: true, languages: environmentLanguages(process.env) },
    workerFile: join(builtDir(), 'core-worker.js'),
    host,
    onChange: () => listeners.forEach((listener) => listener()),
  });
  bridge = await startBridge({
    call: core.call,
    staticDir,
    port: opts.port ?? 0,
    // Each printed address opens Makegood once; another tab or window needs the next one.
    onLinkUsed: (openUrl) => console.log(say('cli.serve.linkUsed', { url: openUrl })),
    // Chromium is looked for at each export, so installing it later needs no restart.
    printReportPdf: (month, edition) => printReportToBuffer({ call: core.call, staticDir, month, edition, chromium: findChromium() }),
    // Read in the core's reader thread on a connection of its own, each piece pulled as the browser takes the last.
    streamExport: (request) => ({ [Symbol.asyncIterator]: () => core.stream('export.csv', request) }),
    stageUpload: (body, name) => stageStream(databasePath, body, name),
    changes,
  });
  const started = bridge;
  console.log(say('cli.serve.running', { url: started.openUrl }));
  console.log(targetLine(databasePath));
  console.log(say('cli.serve.openOnce'));
  const stop = async () => {
    await started.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
