import type { Db } from '../db/open';

// Half-typed entries, kept in the data file so they survive a crash (repos/drafts.ts reads them).

export function saveDraft(db: Db, key: string, value: Record<string, unknown>, now: string): void {
  db.prepare(
    `INSERT INTO drafts (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), now);
}

export function clearDraft(db: Db, key: string): void {
  db.prepare('DELETE FROM drafts WHERE key = ?').run(key);
}
