import { format } from 'date-fns';
import type { z } from 'zod';
import { notFound } from '../../../../shared/result';
import type { LessonDetail, LessonFilter, LessonSummary } from '../../../../shared/schemas/lesson';
import { toStoredInstant } from '../context';
import { bySql } from '../db/engine';
import type { Db } from '../db/open';
import { effectiveness } from '../figures/effectiveness';
import { LIST_COLUMNS, type ListDbRow, toListRow } from './incidents/rows';

interface LessonDbRow {
  id: number;
  title: string;
  what_we_learned: string;
  change: string;
  root_cause_id: number | null;
  owner_id: number | null;
  due_at: string | null;
  status: LessonSummary['status'];
  done_at: string | null;
  created_at: string;
  updated_at: string;
  root_cause_name: string | null;
  root_cause_group: LessonSummary['rootCauseGroup'];
  owner_name: string | null;
  incident_ids: string | null;
}

const SELECT = `SELECT l.*, rc.name AS root_cause_name, rc.cause_group AS root_cause_group, s.name AS owner_name,
    (SELECT string_agg(CAST(li.incident_id AS TEXT), ',' ORDER BY li.incident_id) FROM lesson_incidents li JOIN incidents i ON i.id = li.incident_id
     WHERE li.lesson_id = l.id AND i.deleted_at IS NULL) AS incident_ids
  FROM lessons l LEFT JOIN root_causes rc ON rc.id = l.root_cause_id LEFT JOIN staff s ON s.id = l.owner_id`;

function toSummary(db: Db, r: LessonDbRow, now: Date): LessonSummary {
  const today = format(now, 'yyyy-MM-dd');
  const e = effectiveness(db, { rootCauseId: r.root_cause_id, doneAt: r.done_at }, now);
  return {
    id: r.id,
    title: r.title,
    whatWeLearned: r.what_we_learned,
    change: r.change,
    rootCauseId: r.root_cause_id,
    ownerId: r.owner_id,
    dueAt: r.due_at,
    status: r.status,
    doneAt: r.done_at,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    incidentIds: r.incident_ids ? r.incident_ids.split(',').map(Number) : [],
    rootCauseName: r.root_cause_name,
    rootCauseGroup: r.root_cause_group,
    ownerName: r.owner_name,
    overdue: r.due_at !== null && r.due_at < today && (r.status === 'proposed' || r.status === 'in_progress'),
    verdict: e.verdict,
    effectivenessState: e.state,
  };
}

export function row(db: Db, id: number): LessonDbRow {
  const r = db.prepare(`${SELECT} WHERE l.id = ?`).get(id) as LessonDbRow | undefined;
  if (!r) throw notFound('lesson', id);
  return r;
}

export function getLesson(db: Db, id: number, now: Date): LessonDetail {
  const r = row(db, id);
  const incidents = db
    .prepare(
      `SELECT ${LIST_COLUMNS} FROM lesson_incidents li JOIN incidents i ON i.id = li.incident_id
       LEFT JOIN customers c ON c.id = i.customer_id WHERE li.lesson_id = ? AND i.deleted_at IS NULL
       ORDER BY i.occurred_at DESC`,
    )
    .all(id) as ListDbRow[];
  return {
    lesson: toSummary(db, r, now),
    incidents: incidents.map(toListRow),
    effectiveness: effectiveness(db, { rootCauseId: r.root_cause_id, doneAt: r.done_at }, now),
  };
}

/** LIKE with the person's text taken literally (%, _ and \ escaped). */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;

export function listLessons(db: Db, filter: z.output<typeof LessonFilter>, now: Date): LessonSummary[] {
  const parts: string[] = [];
  const params: Record<string, string | number> = {};
  const add = (sql: string, name: string, value: string | number) => {
    parts.push(sql);
    params[name] = value;
  };
  // A control character in the box (NUL, which PostgreSQL's text cannot hold, among them) splits words, as in the journal's search.
  const q = filter.q?.replace(/\p{Cc}/gu, ' ').trim();
  if (q) {
    // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE does the same on these "C" columns.
    const like = bySql(db, { sqlite: 'LIKE', postgres: 'ILIKE' });
    const fields = ['l.title', 'l.what_we_learned', 'l.change', 'rc.name'].map((f) => `${f} ${like} :q ESCAPE '\\'`);
    add(`(${fields.join(' OR ')})`, 'q', likePattern(q));
  }
  if (filter.status) add('l.status = :status', 'status', filter.status);
  if (filter.group) add('rc.cause_group = :grp', 'grp', filter.group);
  if (filter.ownerId) add('l.owner_id = :owner', 'owner', filter.ownerId);
  if (filter.rootCauseId) add('l.root_cause_id = :cause', 'cause', filter.rootCauseId);
  if (filter.incidentId) {
    add('l.id IN (SELECT lesson_id FROM lesson_incidents WHERE incident_id = :incident)', 'incident', filter.incidentId);
  }
  if (filter.open !== undefined) parts.push(`l.status ${filter.open ? 'IN' : 'NOT IN'} ('proposed', 'in_progress')`);
  if (filter.doneFrom) add('l.done_at >= :doneFrom', 'doneFrom', toStoredInstant(filter.doneFrom));
  if (filter.doneTo) add('l.done_at < :doneTo', 'doneTo', toStoredInstant(filter.doneTo));
  const where = parts.length ? `WHERE ${parts.join(' AND ')}` : '';
  // Open lessons first (soonest due), then done and dropped, newest first. Every match, no limit:
  // lessons are written by hand, and the report and the library must not lose any silently.
  const rows = db
    .prepare(`${SELECT} ${where} ORDER BY l.status IN ('done', 'dropped'), coalesce(l.due_at, '9999'), l.updated_at DESC, l.id DESC`)
    .all(params) as LessonDbRow[];
  return rows.map((r) => toSummary(db, r, now));
}
