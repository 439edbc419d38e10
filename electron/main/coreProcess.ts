// The main process's handle on the core, which runs in a utility process (core-process.ts) so a
// restore, an import or an export never stops the window from painting.
import { join } from 'node:path';
import { utilityProcess } from 'electron';
import type { CoreHost } from './core/context';
import { connectCore, type CoreClient } from './core/service/client';
import type { CoreOpenOptions } from './core/service/protocol';
import { say } from './language';

/**
 * `onChange`: the data changed (here or on another counter); the window refetches what it shows.
 * `password`: the shared database's, from safeStorage (sharedDatabase.ts). It reaches the core as
 * the CLI's does, as PGPASSWORD in its process's environment, so every connection the core opens
 * (writer, reader, an export's own, the change listener) has it, and it is never written anywhere.
 */
export function startCoreProcess(open: CoreOpenOptions, host: CoreHost, options: { onChange?: () => void; password?: string } = {}): CoreClient {
  const { onChange, password = '' } = options;
  const child = utilityProcess.fork(join(import.meta.dirname, 'core-process.js'), [], {
    serviceName: 'Makegood data',
    ...(password ? { env: { ...process.env, PGPASSWORD: password } } : {}),
    // What the core says on its console (a repaired record, a bug) goes where the app's own output goes.
    stdio: 'inherit',
  });
  const client = connectCore(
    {
      post: (message) => child.postMessage(message),
      listen: (handler) => child.on('message', handler),
      onExit: (handler) => child.on('exit', (code) => handler(say('desktop.core.processEnded', { code: String(code) }))),
    },
    open,
    host,
    onChange,
  );
  // A file it could not open leaves nothing running behind the dialog that explains it.
  client.ready.catch(() => child.kill());
  return client;
}
