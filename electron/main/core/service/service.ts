// The core off the caller's thread: one writer thread holding the one connection that writes, and a
// reader thread on a read-only connection, so reads keep answering while the writer is busy with
// a restore or an import. SQLite's WAL lets the reader see every commit the moment it is made.
import { Worker } from 'node:worker_threads';
import { isChannelName } from '../../../../shared/contract';
import { writesSomething } from '../../../../shared/topics';
import type { CoreHost } from '../context';
import type { CoreBackend } from './backend';
import { type ChangeWatcher, watchChanges } from './changes';
import { connectCore, type CoreClient, type ExitingEndpoint } from './client';
import type { CoreOpenOptions } from './protocol';
import { say } from '../i18n/speak';

export interface CoreServiceOptions {
  open: CoreOpenOptions;
  /** The built worker entry, out/main/core-worker.js. */
  workerFile: string;
  /** What only the calling program can do (dialogs, printing); the writer asks it across the boundary. */
  host?: CoreHost;
  /** Called when the data changes, from this host or any other (core/service/changes.ts): the page refetches. */
  onChange?: () => void;
}

/** A channel that changes nothing in the file goes to the reader; everything else to the writer. */
export function isReadOnlyChannel(channel: string): boolean {
  return isChannelName(channel) && !writesSomething(channel);
}

function workerEndpoint(worker: Worker): ExitingEndpoint {
  return {
    post: (message) => worker.postMessage(message),
    listen: (handler) => worker.on('message', handler),
    onExit: (handler) => {
      worker.on('error', (error) => handler(error.message));
      worker.on('exit', (code) => handler(say('storage.service.threadEnded', { code: String(code) })));
    },
  };
}

function startThread(workerFile: string, open: CoreOpenOptions, host?: CoreHost): { client: CoreClient; worker: Worker } {
  const worker = new Worker(workerFile);
  return { client: connectCore(workerEndpoint(worker), open, host), worker };
}

export async function startCoreService(options: CoreServiceOptions): Promise<CoreBackend> {
  const writer = startThread(options.workerFile, options.open, options.host);
  try {
    // The writer opens first: it creates or migrates the file the reader then opens read-only.
    await writer.client.ready;
  } catch (error) {
    await writer.worker.terminate();
    throw error;
  }
  // The reader has the host too: Export CSV (data.exportFile, a read) asks it where to save, then
  // writes the file from the reader's thread while the writer stays free.
  const reader = startThread(options.workerFile, { ...options.open, readonly: true, dailyBackups: false }, options.host);
  try {
    await reader.client.ready;
  } catch (error) {
    await writer.client.close();
    await Promise.all([writer.worker.terminate(), reader.worker.terminate()]);
    throw error;
  }
  // Watches only once both are open: the schema exists, and a file that cannot open has said so.
  const onChange = options.onChange;
  const watcher: ChangeWatcher | null = onChange
    ? watchChanges({ databasePath: options.open.databasePath, ...(options.open.nativeBinding ? { nativeBinding: options.open.nativeBinding } : {}) }, onChange)
    : null;
  return {
    call: (channel, payload) => (isReadOnlyChannel(channel) ? reader.client : writer.client).call(channel, payload),
    stream: (name, payload) => reader.client.stream(name, payload),
    async close() {
      await watcher?.close();
      // The reader first: a read-only connection cannot fold the log back into the file, so the
      // writer, closing last, does, and no -wal is left behind (it was, now and then, in main-process.spec).
      await reader.client.close();
      await writer.client.close();
      await Promise.all([reader.worker.terminate(), writer.worker.terminate()]);
    },
  };
}
