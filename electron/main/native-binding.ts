// Where the Electron build of better-sqlite3 lives; the Node build in node_modules stays for tests and the CLI.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app } from 'electron';
import { addonTarget } from './addon-target.mjs';
import { say } from './language';

export function nativeBindingPath(): string | undefined {
  if (app.isPackaged) return join(process.resourcesPath, 'native', 'better_sqlite3.node');
  // Set by scripts/start.mjs after scripts/build-electron-native.mjs has built it.
  return process.env.MAKEGOOD_NATIVE_BINDING || undefined;
}

const SYSTEMS: Record<string, string> = { darwin: 'macOS', linux: 'Linux', win32: 'Windows' };
const describe = (platform: string, arch: string) => say('desktop.addon.system', { system: SYSTEMS[platform] ?? platform, arch });

// What Linux, macOS and Windows say when a library is for another processor or system, or another Electron.
const FOREIGN_ADDON = /invalid ELF header|wrong ELF class|ELF file|incompatible architecture|not a valid Win32 application|mach-o file|NODE_MODULE_VERSION|compiled against a different Node\.js version/i;

/**
 * The sentence for a shop owner when opening the database failed because this installation's database
 * module (better_sqlite3.node) is missing or not built for this computer; null when the error is something
 * else (then the data file's own message applies). Reads the file's header, since Linux reports an addon
 * for another processor only as "cannot open shared object file".
 */
export function nativeAddonProblem(
  error: unknown,
  bindingPath: string | undefined = nativeBindingPath(),
  host: { platform: string; arch: string } = { platform: process.platform, arch: process.arch },
): string | null {
  if (!bindingPath) return null;
  const message = error instanceof Error ? error.message : String(error);
  const system = describe(host.platform, host.arch);
  if (!existsSync(bindingPath)) return say('desktop.addon.missing', { path: bindingPath, system });
  const built = safeAddonTarget(bindingPath);
  if (built && (built.platform !== host.platform || built.arch !== host.arch)) {
    return say('desktop.addon.otherSystem', { built: describe(built.platform, built.arch), system });
  }
  if (FOREIGN_ADDON.test(message)) return say('desktop.addon.cannotLoad', { system, reason: firstLine(message) });
  return null;
}

function safeAddonTarget(path: string) {
  try {
    return addonTarget(path);
  } catch {
    return null;
  }
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
