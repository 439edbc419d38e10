import type { CoreContext } from '../context';
import { diagnoseQueue } from '../repos/incidents/diagnose';
import { createLesson, linkIncident, updateLesson } from '../domain/lessons';
import { getLesson, listLessons } from '../repos/lessons';
import type { HandlerGroup } from './types';

type LessonChannels =
  | 'diagnose.queue'
  | 'lessons.create'
  | 'lessons.get'
  | 'lessons.update'
  | 'lessons.list'
  | 'lessons.link'
  | 'lessons.unlink';

export const lessonHandlers = ({ db, now }: CoreContext): HandlerGroup<LessonChannels> => ({
  'diagnose.queue': (req) => diagnoseQueue(db, req.limit),
  'lessons.create': (req) => createLesson(db, req, now()),
  'lessons.get': (req) => getLesson(db, req.id, now()),
  'lessons.update': (req) => updateLesson(db, req, now()),
  'lessons.list': (req) => listLessons(db, req.filter, now()),
  'lessons.link': (req) => linkIncident(db, req.lessonId, req.incidentId, true, now()),
  'lessons.unlink': (req) => linkIncident(db, req.lessonId, req.incidentId, false, now()),
});
