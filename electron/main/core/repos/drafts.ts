import type { Db } from '../db/open';

// Half-typed entries live in the database, not the browser, so they survive a crash and
// come back on any transport (a browser-mode port changes every run, and with it localStorage).

export function getDraft(db: Db, key: string): { value: Record<string, unknown> | null; updatedAt: string | null } {
  const row = db.prepare('SELECT value, updated_at FROM drafts WHERE key = ?').get(key) as
    | { value: string; updated_at: string }
    | undefined;
  if (!row) return { value: null, updatedAt: null };
  return { value: JSON.parse(row.value) as Record<string, unknown>, updatedAt: row.updated_at };
}

export function saveDraft(db: Db, key: string, value: Record<string, unknown>, now: string): void {
  db.prepare(
    `INSERT INTO drafts (key, value, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(key, JSON.stringify(value), now);
}

export function clearDraft(db: Db, key: string): void {
  db.prepare('DELETE FROM drafts WHERE key = ?').run(key);
}
