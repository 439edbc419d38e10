import { connect } from '../../electron/main/core/db/connect';
import { describe, expect, it } from 'vitest';
import { defaultDataDir, resolveDatabasePath } from '../../electron/main/core/paths';
import { toFtsQuery } from '../../electron/main/core/repos/incidents/list';
import { migrate } from '../../electron/main/core/db/migrate';
import { deriveStatus } from '../../shared/domain';

describe('status', () => {
  it('is derived the same way in TypeScript and in the database, for every combination', () => {
    const db = connect(':memory:');
    migrate(db);
    const insert = db.prepare(`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel, what_happened, severity,
      resolved_at, diagnosed_at, root_cause_id, follow_up_due_at, followed_up_at) VALUES (?, 'x', 'x', 'x', 'phone', 'x', 1, ?, ?, ?, ?, ?)`);
    const t = '2026-10-01T10:00:00.000Z';
    let n = 0;
    for (const resolvedAt of [null, t])
      for (const diagnosedAt of [null, t])
        for (const followUpDueAt of [null, t])
          for (const followedUpAt of [null, t]) {
            n += 1;
            // Diagnosed means a root cause was found (migration 0008 refuses one without it).
            insert.run(`R${n}`, resolvedAt, diagnosedAt, diagnosedAt === null ? null : 1, followUpDueAt, followedUpAt);
            const { status } = db.prepare('SELECT status FROM incidents WHERE ref = ?').get(`R${n}`) as { status: string };
            expect(status).toBe(deriveStatus({ resolvedAt, diagnosedAt, followUpDueAt, followedUpAt }));
          }
    expect(deriveStatus({ resolvedAt: t, diagnosedAt: t, followUpDueAt: null, followedUpAt: null })).toBe('closed');
    expect(deriveStatus({ resolvedAt: t, diagnosedAt: t, followUpDueAt: t, followedUpAt: null })).toBe('resolved');
    // So "closed" always has a cause: the database refuses a diagnosed incident without one.
    expect(() => insert.run('R-no-cause', t, t, null, null, null)).toThrow(/diagnosed_needs_root_cause/);
    db.close();
  });
});

describe('the data folder', () => {
  const home = '/home/kim';
  it('follows each platform’s rules, as Electron’s userData does', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home })).toBe('/home/kim/.config/Makegood');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/cfg' }, home })).toBe('/cfg/Makegood');
    expect(defaultDataDir({ platform: 'darwin', env: {}, home })).toBe('/home/kim/Library/Application Support/Makegood');
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\kim\\AppData\\Roaming' }, home })).toMatch(/Roaming[\\/]Makegood$/);
  });
  it('is overridden by --db, then MAKEGOOD_DB', () => {
    const platform = { platform: 'linux' as const, env: { MAKEGOOD_DB: '/data/env.sqlite' }, home };
    expect(resolveDatabasePath('/flag.sqlite', platform)).toBe('/flag.sqlite');
    expect(resolveDatabasePath(undefined, platform)).toBe('/data/env.sqlite');
    expect(resolveDatabasePath(undefined, { ...platform, env: {} })).toBe('/home/kim/.config/Makegood/makegood.sqlite');
  });
});

describe('search text', () => {
  it('becomes quoted prefix terms, so nothing typed is read as query syntax', () => {
    expect(toFtsQuery('cold  Soup')).toBe('"cold"* "Soup"*');
    expect(toFtsQuery('say "hi" OR NEAR(x)')).toBe('"say"* "hi"* "OR"* "NEAR(x)"*');
    expect(toFtsQuery('  " * ')).toBeNull();
  });
});
