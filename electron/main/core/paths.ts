import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Makegood';
export const DATABASE_FILE = 'makegood.sqlite';

interface Platform {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
}

/** The per-user application-data folder, by the same rules as Electron's `userData`. */
export function defaultDataDir({ platform, env, home }: Platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

/** `--db` first, then `MAKEGOOD_DB`, then the default folder. */
export function resolveDatabasePath(
  flag: string | undefined,
  platform: Platform = { platform: process.platform, env: process.env, home: homedir() },
): string {
  return flag || platform.env.MAKEGOOD_DB || join(defaultDataDir(platform), DATABASE_FILE);
}
