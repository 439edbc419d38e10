import type { Db } from '../db/open';
import { statement } from './statements';

/** Refs are `MG-<n>` from a counter that only rises, so a deleted incident's ref is never reused. */
export function nextRef(db: Db): string {
  const row = statement(db, "SELECT value FROM settings WHERE key = 'lastRefNumber'").get() as { value: string } | undefined;
  let n = row ? Number(JSON.parse(row.value)) : 0;
  const taken = statement(db, 'SELECT 1 FROM incidents WHERE ref = ?');
  do n += 1;
  while (taken.get(`MG-${n}`));
  setRefCounter(db, n);
  return `MG-${n}`;
}

function setRefCounter(db: Db, n: number): void {
  statement(
    db,
    "INSERT INTO settings (key, value) VALUES ('lastRefNumber', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  ).run(JSON.stringify(n));
}

/** Refs written as they were (an import, the demo) move the counter past the highest `MG-<n>`, so the app never offers one again. */
export function raiseRefCounter(db: Db, refs: Iterable<string | null>): void {
  let highest = 0;
  for (const ref of refs) {
    const m = ref === null ? null : /^MG-(\d{1,9})$/.exec(ref);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  if (highest === 0) return;
  statement(
    db,
    `INSERT INTO settings (key, value) VALUES ('lastRefNumber', ?)
     ON CONFLICT (key) DO UPDATE SET value = CASE WHEN CAST(excluded.value AS INTEGER) > CAST(settings.value AS INTEGER) THEN excluded.value ELSE settings.value END`,
  ).run(JSON.stringify(highest));
}
