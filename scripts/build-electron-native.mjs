#!/usr/bin/env node
// Builds better-sqlite3 for Electron in .cache/, leaving node_modules' Node build to tests and the CLI.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheDir = join(root, '.cache', 'electron-native');
const workDir = join(cacheDir, 'work');
const output = join(cacheDir, 'better_sqlite3.node');
const stampFile = join(cacheDir, 'stamp.json');

const readVersion = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;

/** Returns the path of the Electron build of better_sqlite3.node, building it only when the stamp is stale. */
export async function buildElectronNative({ log = console.log } = {}) {
  const stamp = {
    electron: readVersion('electron'),
    betterSqlite3: readVersion('better-sqlite3'),
    platform: process.platform,
    arch: process.arch,
  };
  if (existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === JSON.stringify(stamp)) {
    return output;
  }
  log(`Building better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} (once per version)…`);
  rmSync(workDir, { recursive: true, force: true });
  const moduleCopy = join(workDir, 'node_modules', 'better-sqlite3');
  // Leave the Node build behind so a stale addon can never be mistaken for the Electron one.
  cpSync(join(root, 'node_modules', 'better-sqlite3'), moduleCopy, {
    recursive: true,
    filter: (source) => !source.startsWith(join(root, 'node_modules', 'better-sqlite3', 'build')),
  });
  writeFileSync(
    join(workDir, 'package.json'),
    JSON.stringify({ name: 'makegood-electron-native', private: true, dependencies: { 'better-sqlite3': stamp.betterSqlite3 } }),
  );
  // npm passes the machine's `nodedir` down; node-gyp would then build against Node's headers, not Electron's.
  for (const key of Object.keys(process.env)) {
    if (key.toLowerCase() === 'npm_config_nodedir') delete process.env[key];
  }
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({ buildPath: workDir, electronVersion: stamp.electron, onlyModules: ['better-sqlite3'], force: true });
  } catch (error) {
    throw new Error(
      `Could not build better-sqlite3 for Electron ${stamp.electron}: ${firstLine(error)}. ` +
        'It needs the Electron headers from electronjs.org (or a prebuilt addon from GitHub) and a C++ toolchain.',
      { cause: error },
    );
  }
  const built = join(moduleCopy, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) throw new Error(`The Electron build finished but ${built} is missing.`);
  mkdirSync(cacheDir, { recursive: true });
  cpSync(built, output);
  writeFileSync(stampFile, JSON.stringify(stamp));
  return output;
}

function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectronNative()
    .then((path) => console.log(`Electron build of better-sqlite3: ${path}`))
    .catch((error) => {
      console.error(firstLine(error));
      process.exitCode = 1;
    });
}
