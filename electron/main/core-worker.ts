// A worker thread that holds one core: the writer or, opened read-only, the reader (core/service).
import { parentPort } from 'node:worker_threads';
import { pickLanguage } from '../../shared/i18n/languages';
import { openCore } from './core/app';
import { speakOutsideCalls } from './core/i18n/speak';
import { inProcessBackend } from './core/service/backend';
import { serveBackend } from './core/service/serveBackend';

const port = parentPort;
if (!port) throw new Error('core-worker.js runs as a worker thread.');
serveBackend(
  { post: (message) => port.postMessage(message), listen: (handler) => port.on('message', handler) },
  (options, host) => {
    // What it says outside a call (that the file cannot be opened) in the computer's language, as the dialog around it.
    speakOutsideCalls(pickLanguage(options.languages ?? []));
    return inProcessBackend(openCore({ ...options, ...(host ? { host } : {}) }));
  },
  // Nothing else keeps this thread: once the core is closed it ends by itself.
  () => port.close(),
);
