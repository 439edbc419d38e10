// Query keys in one place so invalidation cannot drift from the queries.
import type { IncidentFilter } from '../../../shared/schemas/incident';

export const keys = {
  settings: ['settings'] as const,
  staff: ['staff'] as const,
  categories: ['categories'] as const,
  rootCauses: ['rootCauses'] as const,
  incidents: ['incidents'] as const,
  list: (filter: IncidentFilter) => ['incidents', 'list', filter] as const,
  incident: (id: number) => ['incidents', 'one', id] as const,
  home: ['incidents', 'home'] as const,
  draft: (key: string) => ['drafts', key] as const,
  /** Everything a compensation change can make stale: the tracker months and allowance checks. */
  compensations: ['compensations'] as const,
  compensationMonth: (month: string) => ['compensations', 'month', month] as const,
  allowance: (request: object) => ['compensations', 'allowance', request] as const,
};
