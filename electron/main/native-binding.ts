// Where the Electron build of better-sqlite3 lives; the Node build in node_modules stays for tests and the CLI.
import { join } from 'node:path';
import { app } from 'electron';

export function nativeBindingPath(): string | undefined {
  if (app.isPackaged) return join(process.resourcesPath, 'native', 'better_sqlite3.node');
  // Set by scripts/start.mjs after scripts/build-electron-native.mjs has built it.
  return process.env.MAKEGOOD_NATIVE_BINDING || undefined;
}
