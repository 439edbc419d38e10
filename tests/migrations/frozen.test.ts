// Migrations are history: each one is literal SQL, frozen once it has landed. This test holds the
// hash of every landed migration; a change to one fails here. A new migration is added at the end
// of MIGRATIONS and its hash to frozen.json (the failure message prints it).
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from '../../electron/main/core/db/connect';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/main/core/db/migrate';
import { MIGRATIONS } from '../../electron/main/core/db/migrations';
import { PG_MIGRATIONS } from '../../electron/main/core/db/pg/migrations';
import type { Migration } from '../../electron/main/core/db/migrations/types';
import { CAUSE_GROUPS, CHANNELS, CLOCK_GRACE_MINUTES, COMPENSATION_KINDS, LESSON_STATUSES, OUTCOMES } from '../../shared/domain';
import { IncidentEvent } from '../../shared/schemas/incident';
import { schemaText } from '../support/schema';

const here = import.meta.dirname;
const lockPath = join(here, 'frozen.json');
const snapshotPath = join(here, 'schema.sql');
const migrationsDir = join(here, '../../electron/main/core/db/migrations');
/**
 * What a migration runs: its SQL and the rows it seeds, as text. A skipIf is not in it: it says
 * which files already have what the SQL makes, and may be added to a landed migration whose SQL
 * stays as it was (0013, when a release said 12 another way).
 */
const hash = (m: Migration) =>
  createHash('sha256')
    .update(m.seed ? `${m.sql}\n${JSON.stringify(m.seed)}` : m.sql)
    .digest('hex');
const key = (m: { version: number; name: string }) => `${String(m.version).padStart(4, '0')}-${m.name}`;

describe('frozen migrations', () => {
  it('have not changed since they landed', () => {
    const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as Record<string, string>;
    for (const m of MIGRATIONS) {
      expect(lock[key(m)], `${key(m)} is new: add "${key(m)}": "${hash(m)}" to tests/migrations/frozen.json`).toBeDefined();
      expect(hash(m), `${key(m)} changed after it landed; put the change in a new migration instead`).toBe(lock[key(m)]);
    }
    expect(Object.keys(lock), 'frozen.json names a migration that is no longer in MIGRATIONS').toEqual(MIGRATIONS.map(key));
  });

  it('are literal SQL: their files import nothing but the Migration type and build nothing from constants', () => {
    const files = readdirSync(migrationsDir).filter((f) => /^\d{4}-.*\.ts$/.test(f));
    expect(files).toHaveLength(MIGRATIONS.length);
    for (const file of files) {
      const source = readFileSync(join(migrationsDir, file), 'utf8');
      const imports = source.split('\n').filter((l) => /^import\b/.test(l));
      expect(imports, `${file} imports something`).toEqual(["import type { Migration } from './types';"]);
      expect(source.includes('${'), `${file} interpolates into its SQL`).toBe(false);
      expect(file.startsWith(key(MIGRATIONS[files.indexOf(file)]!)), `${file} is out of order`).toBe(true);
    }
  });

  it('replayed from empty give the committed schema snapshot (tests/migrations/schema.sql)', () => {
    const db = connect(':memory:');
    migrate(db);
    const actual = schemaText(db);
    db.close();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(snapshotPath, actual);
    expect(actual, 'the schema changed: if a new migration meant it, run UPDATE_SCHEMA=1 npx vitest run tests/migrations/frozen.test.ts and commit schema.sql').toBe(
      readFileSync(snapshotPath, 'utf8'),
    );
  });

  it("accept exactly the values shared/domain.ts lists: a new value needs a new migration", () => {
    const db = connect(':memory:');
    migrate(db);
    const checkList = (table: string, column: string) => {
      const sql = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?").pluck().get(table) as string;
      const m = new RegExp(`${column}\\s+[^\\n]*?CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(sql);
      return (m?.[1] ?? '').split(',').map((v) => v.trim().replace(/^'|'$/g, ''));
    };
    expect(checkList('incidents', 'channel')).toEqual([...CHANNELS]);
    expect(checkList('incidents', 'outcome').sort()).toEqual([...OUTCOMES].sort());
    expect(checkList('root_causes', 'cause_group')).toEqual([...CAUSE_GROUPS]);
    expect(checkList('compensations', 'kind')).toEqual([...COMPENSATION_KINDS]);
    expect(checkList('lessons', 'status')).toEqual([...LESSON_STATUSES]);
    expect(checkList('incident_events', 'kind')).toEqual([...IncidentEvent.shape.kind.options]);
    db.close();
  });

  it('use the one clock grace of shared/domain.ts wherever the SQL compares times', () => {
    const all = MIGRATIONS.map((m) => m.sql).join('\n');
    const graces = [...all.matchAll(/'-(\d+) minutes'/g)].map((m) => Number(m[1]));
    expect(graces.length).toBeGreaterThan(0);
    expect(new Set(graces)).toEqual(new Set([CLOCK_GRACE_MINUTES]));
  });
});

// The shared database's list (electron/main/core/db/pg/): frozen the same way, in frozen-postgres.json.
describe('frozen PostgreSQL migrations', () => {
  const pgLockPath = join(here, 'frozen-postgres.json');
  const pgDir = join(here, '../../electron/main/core/db/pg');

  it('have not changed since they landed, and number as the SQLite list does', () => {
    const lock = JSON.parse(readFileSync(pgLockPath, 'utf8')) as Record<string, string>;
    for (const m of PG_MIGRATIONS) {
      expect(lock[key(m)], `${key(m)} is new: add "${key(m)}": "${hash(m)}" to tests/migrations/frozen-postgres.json`).toBeDefined();
      expect(hash(m), `${key(m)} changed after it landed; put the change in a new migration instead`).toBe(lock[key(m)]);
    }
    expect(Object.keys(lock)).toEqual(PG_MIGRATIONS.map(key));
    // Each version after the baseline is the SQLite version of the same number, written for PostgreSQL.
    expect(PG_MIGRATIONS.at(-1)?.version).toBe(MIGRATIONS.at(-1)?.version);
    PG_MIGRATIONS.slice(1).forEach((m, i) => expect(m.version).toBe(PG_MIGRATIONS[0]!.version + i + 1));
  });

  it('are literal SQL: the baseline files interpolate nothing, each later version imports only the type', () => {
    for (const file of ['baselineTables.ts', 'baselineRules.ts']) {
      const source = readFileSync(join(pgDir, file), 'utf8');
      expect(source.includes('${'), `${file} interpolates into its SQL`).toBe(false);
      expect(source.split('\n').filter((l) => /^import\b/.test(l)), `${file} imports something`).toEqual([]);
    }
    const later = readdirSync(pgDir).filter((f) => /^\d{4}-.*\.ts$/.test(f));
    expect(later).toHaveLength(PG_MIGRATIONS.length - 1);
    for (const file of later) {
      const source = readFileSync(join(pgDir, file), 'utf8');
      expect(source.includes('${'), `${file} interpolates into its SQL`).toBe(false);
      expect(source.split('\n').filter((l) => /^import\b/.test(l)), `${file} imports something`).toEqual(["import type { Migration } from '../migrations/types';"]);
      expect(file.startsWith(key(PG_MIGRATIONS[later.indexOf(file) + 1]!)), `${file} is out of order`).toBe(true);
    }
  });

  it('use the one clock grace of shared/domain.ts wherever the SQL compares times', () => {
    const all = PG_MIGRATIONS.map((m) => m.sql).join('\n');
    const graces = [...all.matchAll(/interval '(\d+) minutes'/g)].map((m) => Number(m[1]));
    expect(graces.length).toBeGreaterThan(0);
    expect(new Set(graces)).toEqual(new Set([CLOCK_GRACE_MINUTES]));
  });
});
