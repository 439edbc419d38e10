// A throwaway PostgreSQL server for the tests: Debian's `postgresql` package, `initdb` into a
// temporary folder owned by the `postgres` user (initdb refuses root), started on a free port,
// listening on 127.0.0.1 only, removed when stopped. No server of the machine's is touched.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgCluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres: the superuser, for setting up test databases. */
  adminUrl: string;
  port: number;
  dir: string;
  /** With `ssl`: the CA that signed the server's certificate (for sslrootcert=), and a CA that did not. */
  caFile?: string;
  otherCaFile?: string;
  stop(): void;
  /** Stops the server and keeps its files, as a server that went away (several-counters.spec.ts). */
  pause(): void;
  /** Starts it again on the same port with the same data. */
  resume(): void;
}

export interface PgClusterOptions {
  /**
   * TLS on, with a server certificate for localhost and 127.0.0.1 signed by a CA made here (openssl).
   * Then the superuser `postgres` may connect without a password and without TLS (set-up), and every
   * other role only over TLS with its password (scram-sha-256), as a shop's server would be set.
   */
  ssl?: boolean;
}

function openssl(args: string[], cwd: string): void {
  const result = spawnSync('openssl', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`openssl ${args.join(' ')} failed: ${result.stderr}`);
}

/** A self-signed CA and a server certificate it signs (CN localhost; also valid for 127.0.0.1), and a second, unrelated CA. */
function makeCertificates(dir: string): { caFile: string; otherCaFile: string; certFile: string; keyFile: string } {
  const days = ['-days', '2'];
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=Makegood test CA', ...days], dir);
  openssl(['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'other-ca.key', '-out', 'other-ca.crt', '-subj', '/CN=Someone else', ...days], dir);
  openssl(['req', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=localhost'], dir);
  writeFileSync(join(dir, 'server.ext'), 'subjectAltName=DNS:localhost,IP:127.0.0.1\n');
  openssl(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-extfile', 'server.ext', ...days], dir);
  chmodSync(join(dir, 'server.key'), 0o600);
  if (asRoot()) execFileSync('chown', ['postgres:postgres', join(dir, 'server.key'), join(dir, 'server.crt')]);
  return { caFile: join(dir, 'ca.crt'), otherCaFile: join(dir, 'other-ca.crt'), certFile: join(dir, 'server.crt'), keyFile: join(dir, 'server.key') };
}

const SSL_HBA = `local   all  all                 trust
host    all  postgres  127.0.0.1/32   trust
hostssl all  all       127.0.0.1/32   scram-sha-256
`;

/**
 * The server's programs: MAKEGOOD_PG_BIN, else PGBIN (set on GitHub's Windows runners), else
 * `pg_config --bindir`, else the newest of Debian's /usr/lib/postgresql/N; null when none is installed.
 */
export function pgBinDir(): string | null {
  const given = process.env.MAKEGOOD_PG_BIN || process.env.PGBIN;
  if (given && existsSync(given)) return given;
  const config = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (config.status === 0 && existsSync(join(config.stdout.trim(), process.platform === 'win32' ? 'initdb.exe' : 'initdb'))) return config.stdout.trim();
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const asRoot = () => process.getuid?.() === 0;

/** Runs a server program as `postgres` when this process is root, as itself otherwise. */
function runServerTool(bin: string, args: string[]): void {
  const [command, commandArgs] = asRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  const result = spawnSync(command, commandArgs, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${bin} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
}

export async function startPgCluster(clusterOptions: PgClusterOptions = {}): Promise<PgCluster> {
  const bin = pgBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install postgresql); .ci/run installs it.');
  const dir = mkdtempSync(join(tmpdir(), 'makegood-pg-'));
  chmodSync(dir, 0o777);
  if (asRoot()) execFileSync('chown', ['postgres:postgres', dir]);
  const data = join(dir, 'data');
  runServerTool(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '-N']);
  const port = await freePort();
  // fsync off: a test server that loses its data on a power cut loses nothing that matters, and starts and writes faster.
  // Commits stay synchronous, as on a shop's server: after an asynchronous commit VACUUM cannot mark
  // the new rows' pages all-visible, and every count then reads the table (the demo's VACUUM did nothing).
  let options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200`;
  const certificates = clusterOptions.ssl ? makeCertificates(dir) : null;
  if (certificates) {
    options += ` -c ssl=on -c ssl_cert_file=${certificates.certFile} -c ssl_key_file=${certificates.keyFile} -c password_encryption=scram-sha-256`;
    const hba = join(data, 'pg_hba.conf');
    writeFileSync(hba, SSL_HBA);
    if (asRoot()) execFileSync('chown', ['postgres:postgres', hba]);
  }
  const start = () => runServerTool(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', 'start']);
  start();
  return {
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    dir,
    ...(certificates ? { caFile: certificates.caFile, otherCaFile: certificates.otherCaFile } : {}),
    stop: () => {
      try {
        runServerTool(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    pause: () => runServerTool(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']),
    resume: start,
  };
}
