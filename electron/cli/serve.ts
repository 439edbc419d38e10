import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from '../../package.json';
import { AppError } from '../../shared/result';
import { openCore } from '../main/core/app';
import { resolveDatabasePath } from '../main/core/paths';
import { startBridge } from '../main/server/bridge';

// The CLI is bundled to out/main/cli.js; the built renderer sits beside it in out/renderer.
const rendererDir = () => join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');

export async function serveCommand(dbFlag: string | undefined, opts: { port: number }): Promise<void> {
  const staticDir = rendererDir();
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new AppError('NOT_FOUND', 'The app is not built yet: run `npm run build` first.');
  }
  const databasePath = resolveDatabasePath(dbFlag);
  const core = openCore({ databasePath, version });
  const bridge = await startBridge({ handlers: core.handlers, staticDir, port: opts.port });
  console.log(`Makegood is running at ${bridge.openUrl}`);
  console.log(`Data file: ${databasePath}`);
  console.log('Open the address above in your browser. Press Ctrl+C to stop.');
  const stop = async () => {
    await bridge.close();
    core.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
