#!/usr/bin/env node
// `npm start`: build, then run Makegood in Electron, or in the browser when Electron cannot be had
// or cannot run here. Every piece is exported for tests/integration/start-script.test.ts; main()
// runs only when this file is executed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** No bytes for this long ends a download (MAKEGOOD_DOWNLOAD_STALL_SECONDS overrides it); a slow one may take as long as it needs. */
export const DEFAULT_STALL_SECONDS = 120;
/** Electron ending with an error this soon after it started has not run the app: browser mode takes over. */
export const EARLY_EXIT_MS = 10_000;

/** The Electron executable, or null when the electron package has no binary (its install script was skipped). */
export function electronBinary() {
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
export function databaseArgument(args) {
  for (const [index, arg] of args.entries()) {
    if (arg === '--db') return args[index + 1];
    if (arg.startsWith('--db=')) return arg.slice('--db='.length);
  }
  return undefined;
}

/** The proxy the download goes through, from the usual variables, or undefined. */
export function proxyFromEnv(env = process.env) {
  return env.GLOBAL_AGENT_HTTPS_PROXY || env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy || undefined;
}

/** Where electron's install.js puts the executable inside dist/, per platform. */
function platformPath(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

const megabytes = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Download progress on stderr: one line rewritten on a terminal, a line per tenth elsewhere (CI logs). */
export function progressPrinter(stream = process.stderr) {
  let lastTenth = -1;
  return ({ percent, transferred, total }) => {
    const pct = Math.floor((percent ?? 0) * 100);
    const text = `Downloading Electron: ${pct}% of ${total ? megabytes(total) : 'unknown size'} (${megabytes(transferred ?? 0)})`;
    if (stream.isTTY) {
      stream.write(`\r${text}${percent >= 1 ? '\n' : ''}`);
    } else if (Math.floor(pct / 10) > lastTenth) {
      lastTenth = Math.floor(pct / 10);
      stream.write(`${text}\n`);
    }
  };
}

/**
 * Downloads the Electron zip as electron's own install.js does (same @electron/get call, so
 * ELECTRON_MIRROR, electron_config_cache, electron_use_remote_checksums and the cache all apply),
 * with progress and a stall limit instead of an overall one; unzips it into the electron package
 * and writes its path.txt. Returns the executable's path; throws the download's own error.
 */
export async function downloadElectron({ onProgress = progressPrinter(), stallSeconds } = {}) {
  const env = process.env;
  const electronDir = dirname(require.resolve('electron/package.json'));
  const fromElectron = createRequire(join(electronDir, 'package.json'));
  const { version } = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8'));
  // @electron/get uses a proxy only when asked; HTTPS_PROXY alone would be ignored and the
  // download would fail behind a company proxy for no visible reason.
  if (proxyFromEnv(env) && !env.ELECTRON_GET_USE_PROXY) env.ELECTRON_GET_USE_PROXY = '1';
  // Its own progress bar appears after 30 s unless both of these say no; ours is shown instead.
  env.ELECTRON_GET_NO_PROGRESS = '1';
  const { downloadArtifact } = fromElectron('@electron/get');
  const stall = stallSeconds ?? (Number(env.MAKEGOOD_DOWNLOAD_STALL_SECONDS) || DEFAULT_STALL_SECONDS);
  const platform = env.npm_config_platform || process.platform;
  const zip = await downloadArtifact({
    version,
    artifactName: 'electron',
    force: env.force_no_cache === 'true',
    cacheRoot: env.electron_config_cache,
    checksums: env.electron_use_remote_checksums || env.npm_config_electron_use_remote_checksums ? undefined : fromElectron('./checksums.json'),
    platform,
    arch: env.npm_config_arch || process.arch,
    downloadOptions: {
      quiet: true,
      getProgressCallback: onProgress,
      // `socket` is got's idle timer: it fires only when no byte has come for that long.
      timeout: { socket: stall * 1000 },
      retry: { limit: 0 },
    },
  });
  const extract = fromElectron('extract-zip');
  const dist = env.ELECTRON_OVERRIDE_DIST_PATH || join(electronDir, 'dist');
  await extract(zip, { dir: join(electronDir, 'dist') });
  if (existsSync(join(dist, 'electron.d.ts'))) renameSync(join(dist, 'electron.d.ts'), join(electronDir, 'electron.d.ts'));
  writeFileSync(join(electronDir, 'path.txt'), platformPath(platform));
  return electronBinary();
}

const TLS_CODES = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

/** One sentence saying why the download failed, named by its real cause, and what to do. */
export function explainDownloadError(error, env = process.env) {
  const code = error?.code;
  const address = error?.response?.url ?? error?.options?.url?.href ?? error?.options?.url;
  let host = 'the download server';
  try {
    if (address) host = new URL(String(address)).host;
  } catch {
    // keep the general name
  }
  const proxy = proxyFromEnv(env);
  let proxyHost = null;
  try {
    if (proxy) proxyHost = new URL(proxy).host;
  } catch {
    proxyHost = proxy;
  }
  // Through a proxy, every connection goes to the proxy: it is the one that did not answer.
  const who = proxyHost ? `the proxy ${proxyHost} (HTTPS_PROXY)` : host;
  const via = proxyHost ? ` (through the proxy ${proxyHost}, from HTTPS_PROXY)` : '';
  const mirror = 'or set ELECTRON_MIRROR to a mirror you can reach';
  const status = error?.response?.statusCode;
  if (status === 407) return `Electron could not be downloaded: the proxy ${proxyHost ?? ''} asks for a user name and password (HTTP 407); put them in HTTPS_PROXY (http://user:password@host:port).`;
  if (status) {
    return `Electron could not be downloaded: ${address} answered HTTP ${status}${error.response.statusMessage ? ` (${error.response.statusMessage})` : ''}${via}; check that ELECTRON_MIRROR (if set) points to a mirror that has this Electron version.`;
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return `Electron could not be downloaded: the name ${proxyHost ?? host} could not be looked up (DNS, ${code}), so check this computer's internet connection${proxyHost ? ' and HTTPS_PROXY' : ''}, ${mirror}.`;
  }
  if (code === 'ECONNREFUSED') {
    return `Electron could not be downloaded: ${who} refused the connection (ECONNREFUSED); check the address, or that the ${proxyHost ? 'proxy' : 'mirror'} is running.`;
  }
  if (error?.name === 'TimeoutError' || code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT') {
    const seconds = Number(env.MAKEGOOD_DOWNLOAD_STALL_SECONDS) || DEFAULT_STALL_SECONDS;
    return `Electron could not be downloaded: ${who} sent nothing for ${seconds} s (timed out); the connection may be blocked by a firewall, so try again later ${mirror}.`;
  }
  if (TLS_CODES.has(code) || /certificate|ssl|tls/i.test(String(code ?? ''))) {
    return `Electron could not be downloaded: the secure connection to ${host} failed (${code})${via}; a proxy or antivirus that inspects HTTPS often causes this, so set NODE_EXTRA_CA_CERTS to its certificate file.`;
  }
  if (code === 'ECONNRESET' || code === 'EPIPE') {
    return `Electron could not be downloaded: the connection to ${host} was cut (${code})${via}; try again, ${mirror}.`;
  }
  if (code === 'ENETUNREACH' || code === 'EHOSTUNREACH') {
    return `Electron could not be downloaded: ${host} cannot be reached from this computer (${code})${via}; check the internet connection, ${mirror}.`;
  }
  if (code === 'ENOSPC') return 'Electron could not be downloaded: the disk is full; free about 300 MB and run npm start again.';
  if (code === 'EACCES' || code === 'EPERM') {
    return `Electron could not be saved (${code}: ${error.path ?? 'permission denied'}); make sure you may write to node_modules/electron and the download cache.`;
  }
  if (/checksum/i.test(String(error?.message))) {
    return 'Electron was downloaded but does not match its published checksum, so it was not used; run npm start again, and if it repeats, check ELECTRON_MIRROR.';
  }
  const first = String(error?.message ?? error).split('\n')[0];
  return `Electron could not be downloaded from ${host}: ${first}${code ? ` (${code})` : ''}.`;
}

/** Chromium's lines when Linux will not let it sandbox its renderers (Ubuntu 23.10+'s AppArmor rule, or no user namespaces). */
const SANDBOX_LINES = [/SUID sandbox helper binary was found, but is not configured correctly/, /No usable sandbox!/];

/** The fix, in one sentence, when Electron's stderr says the sandbox is what stopped it; else null. */
export function sandboxFix(stderr, electronPath) {
  if (!SANDBOX_LINES.some((line) => line.test(stderr))) return null;
  const helper = join(dirname(electronPath), 'chrome-sandbox');
  return (
    'Electron could not start its sandbox on this Linux (Ubuntu 23.10 and later restrict it): to run the desktop app, ' +
    `run \`sudo chown root:root ${helper} && sudo chmod 4755 ${helper}\` once (or allow it system-wide with ` +
    '`sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0`), then npm start again.'
  );
}

/** Why Electron did not run, when it is not the sandbox: its own messages are above this line. */
export function earlyExitSentence(ended, electron) {
  if (ended.error) return `Electron could not be started (${ended.error.code ?? ended.error.message}: ${electron}), so the desktop app cannot run here; reinstall with \`npm ci\`.`;
  const how = ended.signal ? `was stopped by ${ended.signal}` : `ended with exit code ${ended.code}`;
  return `Electron ${how} right after starting (its messages are above), so the desktop app cannot run here.`;
}

/**
 * Runs Electron with its stderr shown as it comes and kept for a look. Resolves `{ early: true, … }`
 * when it ends with an error within `earlyMs` (it never ran the app), else `{ early: false, code }`
 * when it ends.
 */
export function launchElectron(electron, appArgs, env, { earlyMs = EARLY_EXIT_MS, stopping = () => false } = {}) {
  const started = Date.now();
  const child = spawn(electron, appArgs, { cwd: root, stdio: ['inherit', 'inherit', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    process.stderr.write(chunk);
    if (stderr.length < 64 * 1024) stderr += chunk.toString('utf8');
  });
  const result = new Promise((resolveExit) => {
    child.on('error', (error) => resolveExit({ early: true, code: null, signal: null, stderr, error }));
    child.on('exit', (code, signal) => {
      const early = code !== 0 && !stopping() && Date.now() - started < earlyMs;
      const done = () => resolveExit({ early, code, signal, stderr });
      // Its last words arrive by 'close'; a helper process still holding stderr must not keep us waiting.
      child.on('close', done);
      setTimeout(done, 2000).unref();
    });
  });
  return { child, result };
}

/** Starts `makegood serve` with the same arguments; its exit code becomes ours. */
export function startBrowserMode(args, { stdio = 'inherit' } = {}) {
  console.log('Makegood is starting in browser mode instead: open the address below in your browser.');
  const child = spawn(process.execPath, [join(root, 'bin', 'makegood.js'), 'serve', ...args], { cwd: root, stdio });
  forwardSignals(child);
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
  return child;
}

let stopRequested = false;
function forwardSignals(child) {
  // Ctrl+C reaches the child through the terminal too, so give it time to close the database
  // before nudging it ourselves (for a SIGINT sent to this process alone).
  process.on('SIGINT', () => {
    stopRequested = true;
    setTimeout(() => child.exitCode === null && child.kill('SIGTERM'), 3000).unref();
  });
  process.on('SIGTERM', () => {
    stopRequested = true;
    child.kill('SIGTERM');
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

/** The Electron build of better-sqlite3: MAKEGOOD_NATIVE_BINDING when it names a file, else built once into .cache/. */
async function nativeBinding() {
  if (process.env.MAKEGOOD_NATIVE_BINDING && existsSync(process.env.MAKEGOOD_NATIVE_BINDING)) return process.env.MAKEGOOD_NATIVE_BINDING;
  const { buildElectronNative } = await import('./build-electron-native.mjs');
  return buildElectronNative();
}

async function main(args) {
  // MAKEGOOD_START_SKIP_BUILD: for tests that drive this script against an existing build.
  if (!process.env.MAKEGOOD_START_SKIP_BUILD) build();
  let electron = electronBinary();
  if (!electron) {
    console.error('Electron is not downloaded yet; fetching it once (about 100 MB)…');
    try {
      electron = await downloadElectron();
      if (!electron) throw new Error('the download finished but node_modules/electron still has no executable; delete node_modules/electron/dist and try again');
    } catch (error) {
      console.error(explainDownloadError(error));
      startBrowserMode(args);
      return;
    }
  }
  let binding;
  try {
    binding = await nativeBinding();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    console.error('The database module could not be built for Electron here.');
    startBrowserMode(args);
    return;
  }
  const env = { ...process.env, MAKEGOOD_NATIVE_BINDING: binding };
  // Inherited from a parent tool, this would make Electron behave as plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const db = databaseArgument(args);
  if (db) env.MAKEGOOD_DB = resolve(db);
  const { child, result } = launchElectron(electron, [root], env, { stopping: () => stopRequested });
  forwardSignals(child);
  const ended = await result;
  if (!ended.early) {
    process.exitCode = ended.code ?? (ended.signal ? 1 : 0);
    return;
  }
  console.error(sandboxFix(ended.stderr, electron) ?? earlyExitSentence(ended, electron));
  startBrowserMode(args);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
