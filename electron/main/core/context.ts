import type { Edition } from '../../../shared/report';
import type { ExportRequest } from '../../../shared/schemas/data';
import type { VoucherPrinted } from '../../../shared/schemas/voucher';
import type { Db } from './db/open';

/** What only the program hosting the core can do: the Electron app, or the browser-mode server. */
export interface CoreHost {
  /** Prints the month's report to PDF: saved by the host (Electron) or offered as a download (browser mode). */
  exportReportPdf(month: string, edition: Edition): Promise<{ savedTo: string | null; downloadUrl: string | null }>;
  /**
   * Where Export CSV goes: a path the core then writes (the app asks in a save dialog), an address
   * the page downloads the same bytes from (browser mode), or null when the person cancels.
   */
  chooseExportTarget(suggestedName: string, request: ExportRequest): Promise<ExportTarget>;
  /**
   * A file to import: the path the person chose in the app's open dialog (the core stages a copy),
   * the address browser mode's page uploads its file to, or null when the person cancels.
   */
  chooseImportSource(): Promise<ImportSource>;
  /**
   * Prints voucher slip `id` (Electron: voucher.html in a hidden window, to the printer this computer
   * remembers, or `deviceName`, then remembered). Absent, or `printed: false` with no printers (browser
   * mode): the page opens the print page itself. `printers` listed: one must be chosen first.
   */
  printVoucherSlip?(id: number | null, options: { deviceName?: string; choose?: boolean }): Promise<VoucherPrinted>;
  /**
   * The app only: remembers where this computer's data is (a shared database's address, its password
   * kept with Electron's safeStorage, never in plain text; or null, this computer's own file) and
   * restarts the core there once this call has answered. Absent in browser mode, whose data is
   * chosen when `serve` starts (MAKEGOOD_DB, PGPASSWORD).
   */
  useDatabase?(target: { url: string; password: string } | null): Promise<void>;
}

export type ImportSource = { path: string } | { uploadUrl: string } | null;

export type ExportTarget = { path: string } | { downloadUrl: string } | null;

/** What every handler and repository works with; `now` is injectable so tests control time. */
export interface CoreContext {
  db: Db;
  now: () => Date;
  version: string;
  databasePath: string;
  host?: CoreHost;
}

export const nowIso = (ctx: Pick<CoreContext, 'now'>) => ctx.now().toISOString();

/** Instants are stored as UTC ISO strings of one fixed shape, so they sort as text. */
export const toStoredInstant = (value: string) => new Date(value).toISOString();
export const toStoredInstantOrNull = (value: string | null) => (value === null ? null : toStoredInstant(value));
