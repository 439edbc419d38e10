import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { isMonth } from '../../shared/month';
import { DEFAULT_EDITION, type Edition } from '../../shared/report';
import { AppError } from '../../shared/result';
import { openCore } from '../main/core/app';
import { callerOf } from '../main/core/rpc/dispatch';
import { resolveDatabasePath } from '../main/core/paths';
import { findChromium } from '../main/core/report/findChromium';
import { printReportPdf } from '../main/core/report/printReportPdf';
import { say } from './say';

// The CLI is bundled to out/main/cli.js; the built renderer (which draws the report) sits in out/renderer.
const rendererDir = () => join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

export interface ReportOptions {
  month: string;
  out: string;
  internal?: boolean;
  chromium?: string;
}

export async function reportCommand(dbFlag: string | undefined, opts: ReportOptions): Promise<void> {
  if (!isMonth(opts.month)) throw new AppError('BAD_REQUEST', say('cli.lines.reportMonth', { month: opts.month }));
  if (!opts.out.toLowerCase().endsWith('.pdf')) throw new AppError('BAD_REQUEST', say('cli.lines.reportOut'));
  const out = resolve(opts.out);
  if (!existsSync(dirname(out))) throw new AppError('NOT_FOUND', say('cli.lines.noFolder', { folder: dirname(out) }));
  const staticDir = rendererDir();
  if (!existsSync(join(staticDir, 'report.html'))) throw new AppError('NOT_FOUND', say('cli.lines.notBuilt'));
  const chromium = findChromium({ flag: opts.chromium });
  const databasePath = resolveDatabasePath(dbFlag);
  const core = openCore({ databasePath, version, readonly: true });
  try {
    const edition: Edition = opts.internal ? 'internal' : DEFAULT_EDITION;
    const printed = await printReportPdf({ call: callerOf(core.handlers), staticDir, month: opts.month, edition, out, chromium });
    console.log(printed.out);
    console.log(say('cli.report.done', { edition, pages: printed.pages, kb: Math.round(printed.bytes / 1024), seconds: Math.round(printed.ms / 100) / 10 }));
  } finally {
    core.close();
  }
}
