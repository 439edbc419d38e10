#!/usr/bin/env node
// `npm start`: build, then run Makegood in Electron, or in the browser when Electron cannot be had here.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const args = process.argv.slice(2);

/** The Electron executable, or null when the electron package has no binary (its install script was skipped). */
function electronBinary() {
  try {
    // Resolve afresh each time: the package reads path.txt when loaded and throws if it is missing.
    delete require.cache[require.resolve('electron')];
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/** `--db FILE` / `--db=FILE` on the command line wins over MAKEGOOD_DB. */
function databaseArgument() {
  for (const [index, arg] of args.entries()) {
    if (arg === '--db') return args[index + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  // Ctrl+C reaches the child through the terminal too, so give it time to close the database
  // before nudging it ourselves (for a SIGINT sent to this process alone).
  process.on('SIGINT', () => setTimeout(() => child.exitCode === null && child.kill('SIGTERM'), 3000).unref());
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

function build() {
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [bin, 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed (see above), so Makegood cannot start.');
    process.exit(result.status ?? 1);
  }
}

function tryDownloadElectron() {
  // Quiet and bounded: where GitHub is unreachable this fails within a second or two.
  spawnSync(process.execPath, [join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: join(root, 'node_modules', 'electron'),
    stdio: 'ignore',
    timeout: 60_000,
  });
  return electronBinary();
}

function startBrowserMode(reason) {
  console.log(reason);
  run(process.execPath, [join(root, 'bin', 'makegood.js'), 'serve', ...args]);
}

async function main() {
  build();
  const electron = electronBinary() ?? tryDownloadElectron();
  if (!electron) {
    startBrowserMode(
      'Electron could not be downloaded on this machine (no access to GitHub), so Makegood is starting in browser mode instead.',
    );
    return;
  }
  let nativeBinding;
  try {
    const { buildElectronNative } = await import('./build-electron-native.mjs');
    nativeBinding = await buildElectronNative();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    startBrowserMode('The database module could not be built for Electron here, so Makegood is starting in browser mode instead.');
    return;
  }
  const env = { ...process.env, MAKEGOOD_NATIVE_BINDING: nativeBinding };
  // Inherited from a parent tool, this would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const db = databaseArgument();
  if (db) env.MAKEGOOD_DB = resolve(db);
  run(electron, [root], env);
}

await main();
