import type { z } from 'zod';
import { badRequest } from '../../../../shared/result';
import type { LessonCreate, LessonDetail, LessonUpdate } from '../../../../shared/schemas/lesson';
import type { Db } from '../db/open';
import { say } from '../i18n/speak';
import { assertReference } from '../repos/incidents/references';
import { getLesson, row } from '../repos/lessons';
import { assertFresh } from './stale';

// What the team learned and changed: create, edit, and link to the incidents it came from.

function assertIncident(db: Db, incidentId: number, path: string) {
  if (!db.prepare('SELECT 1 FROM incidents WHERE id = ? AND deleted_at IS NULL').get(incidentId)) {
    const message = say('records.missing.incident', { id: String(incidentId) });
    throw badRequest(message, [{ path, message }]);
  }
}

export function createLesson(db: Db, input: z.output<typeof LessonCreate>, now: Date): LessonDetail {
  const at = now.toISOString();
  return db.transaction(() => {
    assertReference(db, 'rootCauseId', input.rootCauseId);
    assertReference(db, 'ownerId', input.ownerId);
    input.incidentIds.forEach((id, i) => assertIncident(db, id, `incidentIds.${i}`));
    const { lastInsertRowid } = db
      .prepare(
        `INSERT INTO lessons (title, what_we_learned, change, root_cause_id, owner_id, due_at, status, done_at, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(input.title, input.whatWeLearned, input.change, input.rootCauseId, input.ownerId, input.dueAt, input.status, input.status === 'done' ? at : null, at, at);
    const id = Number(lastInsertRowid);
    const link = db.prepare('INSERT INTO lesson_incidents (lesson_id, incident_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
    for (const incidentId of input.incidentIds) link.run(id, incidentId);
    return getLesson(db, id, now);
  })();
}

export function updateLesson(db: Db, input: z.output<typeof LessonUpdate>, now: Date): LessonDetail {
  const at = now.toISOString();
  return db.transaction(() => {
    const current = row(db, input.id);
    assertFresh('lesson', current.updated_at, input.updatedAt);
    const c = input.changes;
    if (c.rootCauseId !== undefined) assertReference(db, 'rootCauseId', c.rootCauseId);
    if (c.ownerId !== undefined) assertReference(db, 'ownerId', c.ownerId);
    const status = c.status ?? current.status;
    // Stamped when it becomes done, kept while it stays done, cleared if it is reopened.
    const doneAt = status !== 'done' ? null : current.status === 'done' ? current.done_at : at;
    db.prepare(
      `UPDATE lessons SET title = ?, what_we_learned = ?, change = ?, root_cause_id = ?, owner_id = ?, due_at = ?,
         status = ?, done_at = ?, updated_at = ? WHERE id = ?`,
    ).run(
      c.title ?? current.title,
      c.whatWeLearned ?? current.what_we_learned,
      c.change ?? current.change,
      c.rootCauseId === undefined ? current.root_cause_id : c.rootCauseId,
      c.ownerId === undefined ? current.owner_id : c.ownerId,
      c.dueAt === undefined ? current.due_at : c.dueAt,
      status,
      doneAt,
      at,
      input.id,
    );
    return getLesson(db, input.id, now);
  })();
}

export function linkIncident(db: Db, lessonId: number, incidentId: number, linked: boolean, now: Date): LessonDetail {
  return db.transaction(() => {
    row(db, lessonId);
    assertIncident(db, incidentId, 'incidentId');
    if (linked) db.prepare('INSERT INTO lesson_incidents (lesson_id, incident_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(lessonId, incidentId);
    else db.prepare('DELETE FROM lesson_incidents WHERE lesson_id = ? AND incident_id = ?').run(lessonId, incidentId);
    db.prepare('UPDATE lessons SET updated_at = ? WHERE id = ?').run(now.toISOString(), lessonId);
    return getLesson(db, lessonId, now);
  })();
}

export interface HistoricLesson {
  title: string;
  whatWeLearned: string;
  change: string;
  rootCauseId: number | null;
  ownerId: number | null;
  dueAt: string | null;
  status: LessonDetail['lesson']['status'];
  doneAt: string | null;
  createdAt: string;
  updatedAt: string;
  incidentIds: number[];
}

/** A lesson written as it already was (the demo's team): its dates kept, not stamped now. */
export function writeHistoricLesson(db: Db, l: HistoricLesson): number {
  return db.transaction(() => {
    const id = Number(
      db
        .prepare(
          `INSERT INTO lessons (title, what_we_learned, change, root_cause_id, owner_id, due_at, status, done_at, created_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(l.title, l.whatWeLearned, l.change, l.rootCauseId, l.ownerId, l.dueAt, l.status, l.doneAt, l.createdAt, l.updatedAt).lastInsertRowid,
    );
    const link = db.prepare('INSERT INTO lesson_incidents (lesson_id, incident_id) VALUES (?, ?) ON CONFLICT DO NOTHING');
    for (const incidentId of l.incidentIds) link.run(id, incidentId);
    return id;
  })();
}
