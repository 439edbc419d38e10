#!/usr/bin/env node
// Builds better-sqlite3 for Electron in .cache/, leaving node_modules' Node build to tests and the CLI.
// One build per target (.cache/electron-native/<os>-<arch>/): `npm start` asks for this computer's,
// electron-builder's beforePack hook (scripts/before-pack.mjs) for each target it packages.
// Usage: node scripts/build-electron-native.mjs [--platform linux|darwin|win32] [--arch x64|arm64|…]
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { addonTarget } from '../electron/main/addon-target.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cacheRoot = join(root, '.cache', 'electron-native');

/** electron-builder's `${os}` for each Node platform, so electron-builder.yml's extraResources finds the file. */
const OS_KEYS = { darwin: 'mac', linux: 'linux', win32: 'win' };
const SYSTEM_NAMES = { darwin: 'macOS', linux: 'Linux', win32: 'Windows' };

const readVersion = (pkg) => JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;

/** Where the Electron addon for a target lives (built or not). */
export function electronNativePath(platform = process.platform, arch = process.arch) {
  return join(cacheRoot, `${OS_KEYS[platform] ?? platform}-${arch}`, 'better_sqlite3.node');
}

/**
 * Returns the path of the Electron build of better_sqlite3.node for `platform`/`arch` (default: this
 * computer), building it only when its stamp is stale. Throws one sentence when it cannot be built here.
 */
export async function buildElectronNative({ platform = process.platform, arch = process.arch, log = console.log } = {}) {
  if (!OS_KEYS[platform]) throw new Error(`Makegood is not packaged for ${platform}: the targets are Linux, macOS and Windows.`);
  if (platform !== process.platform) {
    throw new Error(
      `A ${SYSTEM_NAMES[platform]} build of the database addon cannot be made on ${SYSTEM_NAMES[process.platform] ?? process.platform}: ` +
        `package the ${SYSTEM_NAMES[platform]} app on ${SYSTEM_NAMES[platform]} (the GitHub workflow builds each system on its own runner).`,
    );
  }
  if (arch === 'universal') {
    throw new Error('A universal macOS build needs the addon for x64 and arm64 separately: package with --x64 or --arm64.');
  }
  const output = electronNativePath(platform, arch);
  const cacheDir = dirname(output);
  const workDir = join(cacheDir, 'work');
  const stampFile = join(cacheDir, 'stamp.json');
  const stamp = { electron: readVersion('electron'), betterSqlite3: readVersion('better-sqlite3'), platform, arch };
  if (existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === JSON.stringify(stamp)) {
    return output;
  }
  log(`Building better-sqlite3 ${stamp.betterSqlite3} for Electron ${stamp.electron} on ${platform}-${arch} (once per version)…`);
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
    await rebuild({ buildPath: workDir, electronVersion: stamp.electron, platform, arch, onlyModules: ['better-sqlite3'], force: true });
  } catch (error) {
    throw new Error(
      `Could not build better-sqlite3 for Electron ${stamp.electron} on ${platform}-${arch}: ${firstLine(error)}. ` +
        'It needs the Electron headers from electronjs.org (or a prebuilt addon from GitHub) and a C++ toolchain.',
      { cause: error },
    );
  }
  const built = join(moduleCopy, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(built)) throw new Error(`The Electron build finished but ${built} is missing.`);
  // A compiler without a cross toolchain builds for this computer whatever it was asked: never ship that.
  const got = addonTarget(built);
  if (!got || got.platform !== platform || got.arch !== arch) {
    throw new Error(
      `The database addon was asked for ${platform}-${arch} but came out as ${got ? `${got.platform}-${got.arch}` : 'an unknown format'}: ` +
        `package the ${arch} app on a ${arch} machine, or install a cross-compiler for ${arch}.`,
    );
  }
  mkdirSync(cacheDir, { recursive: true });
  cpSync(built, output);
  writeFileSync(stampFile, JSON.stringify(stamp));
  rmSync(workDir, { recursive: true, force: true });
  return output;
}

/**
 * For the packaging dry run only (MAKEGOOD_PACKAGE_DRY_RUN=1, where Electron's headers cannot be
 * fetched): puts the Node build where the Electron build goes, stamped so that a real build replaces it.
 * The result loads in Node, NOT in Electron; the packaged app it goes into must never be shipped.
 */
export function placeStandInAddon(platform = process.platform, arch = process.arch) {
  const output = electronNativePath(platform, arch);
  mkdirSync(dirname(output), { recursive: true });
  cpSync(join(root, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), output);
  writeFileSync(join(dirname(output), 'stamp.json'), JSON.stringify({ standIn: 'Node build, for the packaging dry run only' }));
  return output;
}

function firstLine(error) {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { platform: { type: 'string' }, arch: { type: 'string' } } });
  buildElectronNative({ platform: values.platform ?? process.platform, arch: values.arch ?? process.arch })
    .then((path) => console.log(`Electron build of better-sqlite3: ${path}`))
    .catch((error) => {
      console.error(firstLine(error));
      process.exitCode = 1;
    });
}
