// Query keys in one place so invalidation cannot drift from the queries.
import type { IncidentFilter } from '../../../shared/schemas/incident';
import type { Request } from '../../../shared/contract';

export type LessonFilter = NonNullable<Request<'lessons.list'>['filter']>;

export const keys = {
  settings: ['settings'] as const,
  staff: ['staff'] as const,
  categories: ['categories'] as const,
  rootCauses: ['rootCauses'] as const,
  /** Under rootCauses, so a change to the list refreshes the counts too. */
  rootCauseUsage: ['rootCauses', 'usage'] as const,
  incidents: ['incidents'] as const,
  list: (filter: IncidentFilter) => ['incidents', 'list', filter] as const,
  incident: (id: number) => ['incidents', 'one', id] as const,
  home: ['incidents', 'home'] as const,
  /** Under incidents: every incident change can move one in or out of the queue. */
  diagnoseQueue: (limit: number) => ['incidents', 'diagnose', limit] as const,
  lessons: ['lessons'] as const,
  lessonList: (filter: LessonFilter) => ['lessons', 'list', filter] as const,
  lesson: (id: number) => ['lessons', 'one', id] as const,
  /** What can still be restored; every delete and restore refreshes all queries, this one included. */
  recentlyDeleted: ['recentlyDeleted'] as const,
  draft: (key: string) => ['drafts', key] as const,
  /** The files in the backups folder beside the data file. */
  backups: ['backups'] as const,
  /** Everything a compensation change can make stale: the tracker months and allowance checks. */
  compensations: ['compensations'] as const,
  compensationMonth: (month: string) => ['compensations', 'month', month] as const,
  allowance: (request: object) => ['compensations', 'allowance', request] as const,
};
