#!/usr/bin/env node
// Packaging dry run where Electron cannot be downloaded: electron-builder's Linux `dir` target with a
// stand-in Electron folder, then checks what the package holds. Needs `npm run build` first.
// The stand-ins (an Electron that is a shell script, the Node build of the addon) make a folder that
// cannot run: it goes to .cache/package-dry-run/, never to release/, and proves the packaging only.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage } from '@electron/asar';
import builder from 'electron-builder';
import { addonTarget } from '../electron/main/addon-target.mjs';
import { DRY_RUN_ENV } from './before-pack.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const MAX_ASAR_BYTES = 15 * 1024 * 1024;
const MUST_HOLD = ['/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/package.json'];
// The CLI's and the build's packages: the app never runs them.
const MUST_NOT_HOLD = ['playwright-core', '@faker-js', 'hono', '@hono', 'prebuild-install', 'commander', 'electron', 'typescript'];

const started = performance.now();
const fail = (sentence) => {
  console.error(`package dry run: FAILED: ${sentence}`);
  process.exit(1);
};
if (!existsSync(join(root, 'out', 'main', 'index.js'))) fail('out/main/index.js is missing: run `npm run build` first.');

const electronVersion = JSON.parse(readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const standIn = mkdtempSync(join(tmpdir(), 'makegood-stand-in-electron-'));
writeFileSync(join(standIn, 'electron'), '#!/bin/sh\necho "stand-in Electron for the packaging dry run: it cannot run the app" >&2\nexit 1\n');
chmodSync(join(standIn, 'electron'), 0o755);
writeFileSync(join(standIn, 'version'), electronVersion);
writeFileSync(join(standIn, 'LICENSE'), 'stand-in');

// electron-builder reads electron-builder.yml with js-yaml; so do we, then change only what a stand-in needs.
const yaml = require(require.resolve('js-yaml', { paths: [require.resolve('app-builder-lib/package.json')] }));
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8'));
const output = join(root, '.cache', 'package-dry-run');
rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });

process.env[DRY_RUN_ENV] = '1';
try {
  await builder.build({
    projectDir: root,
    targets: builder.Platform.LINUX.createTarget('dir', builder.Arch.x64),
    publish: 'never',
    config: {
      ...config,
      electronDist: standIn,
      electronVersion,
      directories: { ...config.directories, output },
      // Fuses are flipped inside the real Electron binary; a shell script has none to flip.
      electronFuses: null,
    },
  });
} catch (error) {
  fail(error instanceof Error ? error.message.split('\n')[0] : String(error));
} finally {
  delete process.env[DRY_RUN_ENV];
  rmSync(standIn, { recursive: true, force: true });
}

const resources = join(output, 'linux-unpacked', 'resources');
const asarPath = join(resources, 'app.asar');
if (!existsSync(asarPath)) fail(`${asarPath} was not written.`);
const entries = listPackage(asarPath, { isPack: false });
// Every file the build wrote (each entry: index, cli, any worker or utility process) must be packaged.
const built = readdirSync(join(root, 'out'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
  .map((entry) => `/${join(entry.parentPath, entry.name).slice(root.length + 1).split('\\').join('/')}`);
const missing = [...new Set([...MUST_HOLD, ...built])].filter((path) => !entries.includes(path));
if (missing.length) fail(`app.asar lacks ${missing.join(', ')}.`);
const unwanted = MUST_NOT_HOLD.filter((name) => entries.some((path) => path.startsWith(`/node_modules/${name}/`)));
if (unwanted.length) fail(`app.asar holds ${unwanted.map((name) => `node_modules/${name}`).join(', ')}, which the app never runs.`);
// The CLI prints with playwright-core from the checkout; a static import would break the packaged app's start.
const mainChunks = entries.filter((path) => path.startsWith('/out/main/') && path.endsWith('.js'));
const source = (path) => extractFile(asarPath, path.slice(1)).toString('utf8');
const importsPlaywright = mainChunks.filter((path) => /from\s*["']playwright-core["']|require\(["']playwright-core["']\)/.test(source(path)));
if (importsPlaywright.length) fail(`${importsPlaywright.join(', ')} import playwright-core statically, which the package does not hold.`);
// A package the bundle leaves external (a new `dependencies` entry) must be in the asar, or the app fails at start.
const external = new Set();
for (const path of mainChunks) {
  // Rolldown writes static imports one per line, and dynamic ones as import("…") / require("…").
  const text = source(path);
  const specs = [...text.matchAll(/^import\b[^;\n]*?["']([^"']+)["'];?$/gm), ...text.matchAll(/\b(?:import|require)\(["']([@a-z0-9][\w./@-]*)["']\)/g)];
  for (const [, spec] of specs) {
    if (spec.startsWith('.')) continue;
    if (spec.startsWith('node:') || builtinModules.includes(spec) || spec === 'electron' || spec === 'playwright-core') continue;
    external.add(spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'));
  }
}
const unshipped = [...external].filter((name) => !entries.includes(`/node_modules/${name}/package.json`));
if (unshipped.length) fail(`out/main imports ${unshipped.join(', ')}, which app.asar does not hold: bundle it (a devDependency) or add it to electron-builder.yml's files.`);
const size = statSync(asarPath).size;
if (size >= MAX_ASAR_BYTES) fail(`app.asar is ${mb(size)}, over the ${mb(MAX_ASAR_BYTES)} budget.`);

const addon = join(resources, 'native', 'better_sqlite3.node');
if (!existsSync(addon)) fail('resources/native/better_sqlite3.node is missing.');
const target = addonTarget(addon);
if (target?.platform !== 'linux' || target.arch !== 'x64') fail(`resources/native holds an addon for ${JSON.stringify(target)}, not linux-x64.`);

const packages = [...new Set(entries.filter((p) => p.startsWith('/node_modules/')).map((p) => p.split('/')[2]))];
console.log(`package dry run: OK in ${((performance.now() - started) / 1000).toFixed(1)} s (stand-in Electron ${electronVersion} and stand-in addon; not an installable build)`);
console.log(`  app.asar: ${mb(size)} (budget ${mb(MAX_ASAR_BYTES)}), ${entries.length} entries; node_modules in it: ${packages.join(', ') || 'none'}`);
console.log(`  holds ${MUST_HOLD.join(', ')} and the ${built.length} files of out/; none of ${MUST_NOT_HOLD.join(', ')}; no static import of playwright-core; external imports all packaged (${[...external].join(', ')})`);
console.log(`  resources/native/better_sqlite3.node: ${target.platform}-${target.arch}, ${(statSync(addon).size / 1024).toFixed(0)} KB`);

function mb(bytes) {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}
