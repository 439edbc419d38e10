// Electron's utility process that holds the core, off the main process (which paints windows and
// answers the menu): its writer and reader threads (core/service), and the relay to them.
// It needs no Electron API: it speaks to the main process over `process.parentPort`.
import { join } from 'node:path';
import { serveBackend } from './core/service/serveBackend';
import { startCoreService } from './core/service/service';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;
if (!parentPort) throw new Error('core-process.js runs as an Electron utility process.');

serveBackend(
  { post: (message) => parentPort.postMessage(message), listen: (handler) => parentPort.on('message', (event) => handler(event.data)) },
  // The main process answers the host's questions (a save dialog, printing) across this boundary.
  // It watches the data too, and says when it changed, for the main process to tell the window.
  (open, host) =>
    startCoreService({ open, workerFile: join(import.meta.dirname, 'core-worker.js'), ...(host ? { host } : {}), onChange: () => parentPort.postMessage({ type: 'changed' }) }),
  () => process.exit(0),
);
