// `npm start` (scripts/start.mjs) tells the truth (issue 13, points 4 and 5): a failed Electron
// download is named by its real cause, and an Electron that dies at once (Ubuntu's sandbox rule)
// hands over to browser mode with the fix. Real processes, real sockets, no mocks.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Real processes on a machine that may be busy: each step gets room (the assertions, not the clock, decide).
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });

const repoRoot = join(import.meta.dirname, '..', '..');
const startScript = join(repoRoot, 'scripts', 'start.mjs');

let dir: string;
const servers: Server[] = [];
const sockets: Socket[] = [];
const children: ChildProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'makegood-start-'));
});
afterEach(async () => {
  for (const child of children.splice(0)) {
    // Its own process group (detached): start.mjs and the `serve` it started, nothing else.
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGKILL');
  }
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))));
  rmSync(dir, { recursive: true, force: true });
});

/** Runs start.mjs's download in a process of its own, against ELECTRON_MIRROR; what it printed. */
function download(mirror: string, extraEnv: Record<string, string> = {}): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  const code = `import { downloadElectron, explainDownloadError } from ${JSON.stringify(startScript)};
try { await downloadElectron(); console.error('downloaded'); } catch (error) { console.error(explainDownloadError(error)); process.exitCode = 1; }`;
  const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_MIRROR: mirror, electron_config_cache: join(dir, 'cache') };
  // This machine's own proxy settings stay out of it; a test that wants a proxy names one.
  for (const key of ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'GLOBAL_AGENT_HTTPS_PROXY', 'GLOBAL_AGENT_HTTP_PROXY', 'ELECTRON_GET_USE_PROXY']) delete env[key];
  Object.assign(env, extraEnv);
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  return new Promise((resolve) => child.on('close', (exit) => resolve({ code: exit, stderr, ms: Date.now() - started })));
}

const listen = (server: Server) =>
  new Promise<number>((resolve) => {
    servers.push(server);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });

describe('the Electron download names what went wrong', () => {
  it('a host that does not resolve: DNS', async () => {
    const run = await download('https://electron-mirror.invalid/');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/the name electron-mirror\.invalid could not be looked up \(DNS, (ENOTFOUND|EAI_AGAIN)\)/);
  });

  it('a port nobody listens on: refused', async () => {
    const port = await listen(createServer());
    await new Promise((r) => servers.pop()!.close(r));
    const run = await download(`http://127.0.0.1:${port}/`);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`127.0.0.1:${port} refused the connection (ECONNREFUSED)`);
  });

  it('a proxy that is not running: the proxy, not the mirror, is named', async () => {
    const port = await listen(createServer());
    await new Promise((r) => servers.pop()!.close(r));
    const run = await download('https://electron-mirror.invalid/', { HTTPS_PROXY: `http://127.0.0.1:${port}` });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`the proxy 127.0.0.1:${port} (HTTPS_PROXY) refused the connection (ECONNREFUSED)`);
  });

  it('a server that accepts and never answers: timed out after the stall limit, not before', async () => {
    const port = await listen(createServer((socket) => sockets.push(socket)));
    const run = await download(`http://127.0.0.1:${port}/`, { MAKEGOOD_DOWNLOAD_STALL_SECONDS: '2' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`127.0.0.1:${port} sent nothing for 2 s (timed out)`);
    expect(run.ms).toBeGreaterThanOrEqual(2000);
    expect(run.ms).toBeLessThan(15_000);
  });

  it('a mirror without the file: its HTTP status', async () => {
    const server = createHttpServer((_req, res) => res.writeHead(404, 'Not Found').end('no such release'));
    const port = await listen(server);
    const run = await download(`http://127.0.0.1:${port}/`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`http://127\\.0\\.0\\.1:${port}/v[\\d.]+/electron-v[\\d.]+-\\w+-\\w+\\.zip answered HTTP 404 \\(Not Found\\)`));
  });

  it('a secure connection that fails: TLS (here a mirror that speaks plain HTTP on an https address)', async () => {
    const port = await listen(createHttpServer((_req, res) => res.end('plain')));
    const run = await download(`https://127.0.0.1:${port}/`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`the secure connection to 127\\.0\\.0\\.1:${port} failed \\((EPROTO|ERR_SSL_WRONG_VERSION_NUMBER)\\)`));
    expect(run.stderr).toContain('NODE_EXTRA_CA_CERTS');
  });

  it('shows its progress, and refuses a file that does not match its checksum', async () => {
    const body = Buffer.alloc(3 * 1024 * 1024, 7);
    const server = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-length': body.length, 'content-type': 'application/zip' });
      // In pieces, so there is progress to show.
      let sent = 0;
      const next = () => {
        if (sent >= body.length) return void res.end();
        res.write(body.subarray(sent, sent + 256 * 1024), next);
        sent += 256 * 1024;
      };
      next();
    });
    const port = await listen(server);
    const run = await download(`http://127.0.0.1:${port}/`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Downloading Electron: 0% of 3\.0 MB/);
    expect(run.stderr).toMatch(/Downloading Electron: 100% of 3\.0 MB \(3\.0 MB\)/);
    expect(run.stderr).toContain('does not match its published checksum');
  });
});

/** start.mjs with a stand-in Electron (a shell script) and an existing build; everything it printed once browser mode is up. */
async function startWithFakeElectron(script: string): Promise<{ out: string; fake: string; db: string }> {
  expect(existsSync(join(repoRoot, 'out', 'main', 'cli.js')), 'run `npm run build` first: browser mode runs the built command').toBe(true);
  const fake = join(dir, 'electron-dist');
  mkdirSync(fake);
  writeFileSync(join(fake, 'electron'), script.replaceAll('FAKE', fake));
  chmodSync(join(fake, 'electron'), 0o755);
  const nodeBuild = join(dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')), 'build', 'Release', 'better_sqlite3.node');
  const db = join(dir, 'makegood.sqlite');
  const child = spawn(process.execPath, [startScript, '--db', db], {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Electron's own override (its index.js): the executable in this folder is "Electron".
      ELECTRON_OVERRIDE_DIST_PATH: fake,
      // Named and present, so start.mjs does not build the addon for Electron (it needs the network).
      MAKEGOOD_NATIVE_BINDING: nodeBuild,
      MAKEGOOD_START_SKIP_BUILD: '1',
    },
  });
  children.push(child);
  let out = '';
  child.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c));
  child.stderr!.setEncoding('utf8').on('data', (c: string) => (out += c));
  const end = Date.now() + 20_000;
  while (!/http:\/\/127\.0\.0\.1:\d+\/#key=/.test(out)) {
    if (Date.now() > end || child.exitCode !== null) throw new Error(`no browser-mode address; start.mjs said:\n${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return { out, fake, db };
}

describe('an Electron that dies at once', () => {
  it("falls back to browser mode, keeps Electron's own words on screen, and says how to fix the sandbox", async () => {
    // A stand-in for Electron on Ubuntu 23.10+: Chromium's sandbox line on stderr, then exit 1.
    const { out, fake, db } = await startWithFakeElectron(`#!/bin/sh
echo "[4242:FATAL:setuid_sandbox_host.cc(163)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now. You need to make sure that FAKE/chrome-sandbox is owned by root and has mode 4755." >&2
exit 1
`);
    expect(out).toContain('The SUID sandbox helper binary was found, but is not configured correctly');
    expect(out).toContain(`sudo chown root:root ${fake}/chrome-sandbox && sudo chmod 4755 ${fake}/chrome-sandbox`);
    expect(out).toContain('kernel.apparmor_restrict_unprivileged_userns=0');
    expect(out).toContain('Makegood is starting in browser mode instead');
    expect(existsSync(db)).toBe(true);
  });

  it('falls back for any other early failure too, saying it ended and leaving its words above', async () => {
    const { out } = await startWithFakeElectron(`#!/bin/sh
echo "error while loading shared libraries: libnss3.so: cannot open shared object file" >&2
exit 127
`);
    expect(out).toContain('libnss3.so: cannot open shared object file');
    expect(out).toContain('Electron ended with exit code 127 right after starting (its messages are above)');
    expect(out).not.toContain('chrome-sandbox');
    expect(out).toContain('Makegood is starting in browser mode instead');
  });
});
