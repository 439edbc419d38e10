// Connecting a counter to a shop's server as a shop would set it up: TLS on, a role of Makegood's own
// with a password (scram-sha-256) and no superuser, owning its database. A throwaway server of its
// own (tests/support/pgCluster.ts, ssl) whose certificate a CA made in the test signed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../../electron/main/core/app';
import { PgDb } from '../../../electron/main/core/db/pg/pgDb';
import { dispatch } from '../../../electron/main/core/rpc/dispatch';
import { startPgCluster, type PgCluster } from '../../support/pgCluster';
import { onPostgres } from '../../support/pgTest';

const PASSWORD = 'counter-two secret';
let cluster: PgCluster;
let savedPassword: string | undefined;

/** makegood_app's address on the test server: no password in it (PGPASSWORD gives it). */
const appUrl = (query: string, host = '127.0.0.1') => `postgres://makegood_app@${host}:${cluster.port}/makegood?${query}`;

function withCore<T>(url: string, use: (core: Core) => Promise<T>): Promise<T> {
  const core = openCore({ databasePath: url, version: 'test' });
  return use(core).finally(() => core.close());
}

async function call(core: Core, channel: string, request: unknown): Promise<unknown> {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(`${channel} failed: ${result.code} ${result.message}`);
  return result.value;
}

const opening = (url: string) => () => openCore({ databasePath: url, version: 'test' }).close();

describe.skipIf(!onPostgres)('a counter on a shop server with TLS and a role of its own', () => {
  beforeAll(async () => {
    cluster = await startPgCluster({ ssl: true });
    const admin = new PgDb({ url: cluster.adminUrl });
    try {
      // The README's least-privilege set-up, as written there.
      admin.exec(`CREATE ROLE makegood_app LOGIN PASSWORD '${PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
      admin.exec('CREATE DATABASE makegood OWNER makegood_app');
      // The other way the README gives: a schema of its own in a database the shop already has.
      admin.exec(`CREATE ROLE makegood_shop LOGIN PASSWORD '${PASSWORD}' NOSUPERUSER NOCREATEDB NOCREATEROLE`);
      admin.exec('CREATE DATABASE office');
    } finally {
      admin.close();
    }
    const office = new PgDb({ url: cluster.adminUrl.replace(/\/postgres$/, '/office') });
    try {
      office.exec('CREATE TABLE public.invoices (id integer PRIMARY KEY)');
      office.exec('CREATE SCHEMA makegood AUTHORIZATION makegood_shop');
      office.exec('ALTER ROLE makegood_shop SET search_path = makegood');
    } finally {
      office.close();
    }
    savedPassword = process.env.PGPASSWORD;
    process.env.PGPASSWORD = PASSWORD;
  }, 60_000);

  afterAll(() => {
    if (savedPassword === undefined) delete process.env.PGPASSWORD;
    else process.env.PGPASSWORD = savedPassword;
    cluster?.stop();
  });

  it('sslmode=require: encrypted, with the password from PGPASSWORD; migrates and works as a role that is no superuser', async () => {
    await withCore(appUrl('sslmode=require'), async (core) => {
      const who = core.db.prepare('SELECT current_user AS name, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS super').get() as { name: string; super: number };
      expect(who).toEqual({ name: 'makegood_app', super: 0 });
      expect(core.db.prepare('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()').pluck().get()).toBe(1);
      // Every table the migrations made belongs to the role: it needs nobody else's rights.
      const owners = core.db.prepare("SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = current_schema()").pluck().all();
      expect(owners).toEqual(['makegood_app']);
      const made = (await call(core, 'incidents.create', { whatHappened: 'Flat white served cold', customer: { name: 'Ines Moreau', phone: '555 0101' } })) as { incident: { ref: string } };
      const page = (await call(core, 'incidents.list', { filter: {}, limit: 10 })) as { items: { ref: string }[] };
      expect(page.items.map((i) => i.ref)).toEqual([made.incident.ref]);
    });
  });

  it('a schema of its own in a database that holds other things: migrates there and works, touching nothing else', async () => {
    await withCore(`postgres://makegood_shop@127.0.0.1:${cluster.port}/office?sslmode=require`, async (core) => {
      expect(core.db.prepare('SELECT current_schema()').pluck().get()).toBe('makegood');
      const made = (await call(core, 'incidents.create', { whatHappened: 'Invoice printed twice' })) as { incident: { ref: string } };
      expect(made.incident.ref).toMatch(/^MG-/);
      const schemas = core.db.prepare("SELECT DISTINCT schemaname FROM pg_tables WHERE tableowner = 'makegood_shop'").pluck().all();
      expect(schemas).toEqual(['makegood']);
    });
  });

  it('the password is not in the address on screen, even when someone wrote it there', () => {
    const url = `postgres://makegood_app:${encodeURIComponent(PASSWORD)}@127.0.0.1:${cluster.port}/makegood?sslmode=require`;
    const db = new PgDb({ url });
    try {
      expect(db.name).not.toContain('secret');
      expect(db.name).toContain('makegood_app:***@127.0.0.1');
    } finally {
      db.close();
    }
  });

  it('without TLS the server lets the role in nowhere (so the connections above were encrypted)', () => {
    expect(opening(appUrl('sslmode=disable'))).toThrow(/could not reach the shared database at postgres:\/\/makegood_app@127\.0\.0\.1:\d+\/makegood\?sslmode=disable: the server lets this user in over an encrypted connection only: add \?sslmode=require/);
  });

  it('sslmode=verify-full with the CA that signed the server certificate, for the host name it names: works', async () => {
    await withCore(appUrl(`sslmode=verify-full&sslrootcert=${cluster.caFile}`, 'localhost'), async (core) => {
      expect(core.db.prepare('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()').pluck().get()).toBe(1);
      expect(await call(core, 'incidents.list', { filter: {}, limit: 10 })).toMatchObject({ items: [expect.anything()] });
    });
  });

  it('sslmode=verify-full with a CA that did not sign it: refused with a sentence about the certificate', () => {
    expect(opening(appUrl(`sslmode=verify-full&sslrootcert=${cluster.otherCaFile}`, 'localhost'))).toThrow(
      /could not reach the shared database at .*: the server's certificate could not be trusted \(.*\); with sslmode=verify-full, sslrootcert= must name the CA/,
    );
  });

  it('sslmode=verify-full for a host name the certificate was not made for: refused, about the certificate', () => {
    // The certificate names localhost and 127.0.0.1; ::ffff:127.0.0.1 is the same server by another name.
    expect(opening(appUrl(`sslmode=verify-full&sslrootcert=${cluster.caFile}`, '[::ffff:127.0.0.1]'))).toThrow(/the server's certificate could not be trusted/);
  });

  it('sslmode=require checks nothing of the certificate, as PostgreSQL\'s own tools do: a CA it does not know is fine', async () => {
    // libpq's meaning (db/pg/sslMode.ts), not pg-connection-string's default, which reads require as verify-full.
    await withCore(appUrl('sslmode=require', 'localhost'), async (core) => {
      expect(core.db.prepare('SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()').pluck().get()).toBe(1);
    });
  });

  it('Settings → Test connection (its own connection) reads sslmode as the counter does: verify-full trusts the right CA only', async () => {
    const core = openCore({ databasePath: cluster.adminUrl, version: 'test' });
    try {
      const test = (url: string, password = PASSWORD) => {
        const parsed = new URL(url);
        const user = parsed.username;
        parsed.username = '';
        return dispatch(core.handlers, 'database.test', { url: parsed.toString(), user, password });
      };
      const trusted = await test(appUrl(`sslmode=verify-full&sslrootcert=${cluster.caFile}`, 'localhost'));
      expect(trusted).toMatchObject({ ok: true, value: { message: expect.stringMatching(/^Connected to PostgreSQL \d+: the shared database holds \d+ incidents?\./) } });
      expect(await test(appUrl('sslmode=require'))).toMatchObject({ ok: true });
      expect(await test(appUrl(`sslmode=verify-full&sslrootcert=${cluster.otherCaFile}`, 'localhost'))).toMatchObject({
        ok: false,
        message: expect.stringMatching(/: the server's certificate could not be trusted \(.*\); with sslmode=verify-full, sslrootcert= must name the CA/),
      });
      expect(await test(appUrl('sslmode=disable'))).toMatchObject({ ok: false, message: expect.stringMatching(/the server lets this user in over an encrypted connection only/) });
      const wrong = await test(appUrl('sslmode=require'), 'not it');
      expect(wrong).toMatchObject({ ok: false, message: expect.stringMatching(/the server refused the user name or password\.$/) });
      expect(JSON.stringify(wrong)).not.toContain('not it');
    } finally {
      core.close();
    }
  });

  it('the password typed in Settings is the one used, with no PGPASSWORD or another one in the environment', async () => {
    const core = openCore({ databasePath: cluster.adminUrl, version: 'test' });
    try {
      const form = { url: `postgres://127.0.0.1:${cluster.port}/makegood?sslmode=require`, user: 'makegood_app' };
      for (const environment of [undefined, 'not it']) {
        if (environment === undefined) delete process.env.PGPASSWORD;
        else process.env.PGPASSWORD = environment;
        expect(await dispatch(core.handlers, 'database.test', { ...form, password: PASSWORD })).toMatchObject({ ok: true });
        // Move and Connect open the shared database with it too (PgDb).
        const db = new PgDb({ url: appUrl('sslmode=require'), password: PASSWORD });
        expect(db.prepare('SELECT current_user').pluck().get()).toBe('makegood_app');
        db.close();
      }
    } finally {
      process.env.PGPASSWORD = PASSWORD;
      core.close();
    }
  });

  it('a wrong password: refused with a sentence naming the user name or password', () => {
    process.env.PGPASSWORD = 'not it';
    try {
      expect(opening(appUrl('sslmode=require'))).toThrow(/could not reach the shared database at .*: the server refused the user name or password\./);
    } finally {
      process.env.PGPASSWORD = PASSWORD;
    }
  });
});
