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
