// The messages between a thread or process that hosts the core and the one that calls it. The
// dispatch contract is already a message protocol (a channel and a payload in, a Result out);
// this adds what a core needs from its host (a save dialog, printing) and pulled streams.
import type { ErrorCode, Result } from '../../../../shared/result';
import type { OpenCoreOptions } from '../app';

/** A call into the core, from whichever side of a thread or process boundary. */
export type CoreCall = (channel: string, payload: unknown) => Promise<Result<unknown>>;

/** What can cross to a worker or a utility process: everything in OpenCoreOptions but functions. */
export type CoreOpenOptions = Omit<OpenCoreOptions, 'host' | 'now'>;

/** The CoreHost methods a core in another thread asks its host for. */
export const HOST_METHODS = ['exportReportPdf', 'chooseExportTarget', 'chooseImportSource', 'printVoucherSlip'] as const;
export type HostMethod = (typeof HOST_METHODS)[number];

/** Named streams a core can send in pieces (an export), each piece pulled by the receiver. */
export type StreamName = 'export.csv';

export type ToCore =
  | { type: 'open'; options: CoreOpenOptions; hostMethods: HostMethod[] }
  | { type: 'call'; id: number; channel: string; payload: unknown }
  | { type: 'hostResult'; id: number; ok: true; value: unknown }
  | { type: 'hostResult'; id: number; ok: false; code: ErrorCode; message: string }
  | { type: 'stream'; id: number; name: StreamName; payload: unknown }
  | { type: 'pull'; id: number }
  | { type: 'cancel'; id: number }
  | { type: 'close' };

export type FromCore =
  | { type: 'ready' }
  | { type: 'failed'; code: ErrorCode; message: string }
  | { type: 'result'; id: number; result: Result<unknown> }
  | { type: 'host'; id: number; method: HostMethod; args: unknown[] }
  | { type: 'chunk'; id: number; chunk: string }
  | { type: 'end'; id: number }
  | { type: 'streamFailed'; id: number; code: ErrorCode; message: string }
  | { type: 'closed' }
  /** The data changed (core/service/changes.ts): the host tells its page to refetch. */
  | { type: 'changed' };

/** Either end of a worker's port, a utility process's parentPort, or a child's IPC: post and listen. */
export interface Endpoint {
  post(message: unknown): void;
  listen(handler: (message: unknown) => void): void;
}
