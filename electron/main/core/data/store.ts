import type { CauseGroup } from '../../../../shared/domain';
import { CAUSE_GROUP } from '../../../../shared/i18n/labelIds';
import type { ImportResult } from '../../../../shared/schemas/data';
import type { Db } from '../db/open';
import type { AllowanceLedger } from '../domain/allowance';
import { writeHistory, type HistoricIncident, type HistoryWritten } from '../domain/history';
import { ensureCategory, ensureRootCause } from '../domain/lists';
import { POLICIES } from '../domain/policy';
import { ensureStaff } from '../domain/staff';
import { say } from '../i18n/speak';
import type { PlannedIncident } from './plan';

/** A cause named in the file without a group goes into this one, and the preview says so. */
const DEFAULT_GROUP: CauseGroup = 'Process';

const key = (name: string) => name.toLowerCase();

/** Names already in a list, by their lower-cased name (the lists are unique without regard to case). */
function names(db: Db, table: 'categories' | 'root_causes' | 'staff'): Map<string, number> {
  const rows = db.prepare(`SELECT id, name FROM ${table}`).all() as { id: number; name: string }[];
  return new Map(rows.map((r) => [key(r.name), r.id]));
}

interface NewNames {
  categories: Map<string, string>;
  rootCauses: Map<string, { name: string; group: CauseGroup; defaulted: boolean }>;
  staff: Map<string, string>;
}

/** The categories, causes and staff the incidents name that are not in the database yet. */
function newNames(db: Db, incidents: PlannedIncident[]): NewNames {
  const have = { categories: names(db, 'categories'), rootCauses: names(db, 'root_causes'), staff: names(db, 'staff') };
  const out: NewNames = { categories: new Map(), rootCauses: new Map(), staff: new Map() };
  const addStaff = (name: string | null) => {
    if (name !== null && !have.staff.has(key(name)) && !out.staff.has(key(name))) out.staff.set(key(name), name);
  };
  for (const { values: v, compensations } of incidents) {
    if (v.category !== null && !have.categories.has(key(v.category)) && !out.categories.has(key(v.category))) {
      out.categories.set(key(v.category), v.category);
    }
    if (v.root_cause !== null && !have.rootCauses.has(key(v.root_cause)) && !out.rootCauses.has(key(v.root_cause))) {
      const group = v.root_cause_group ?? DEFAULT_GROUP;
      out.rootCauses.set(key(v.root_cause), { name: v.root_cause, group, defaulted: v.root_cause_group === null });
    }
    addStaff(v.handled_by);
    for (const c of compensations) addStaff(c.given_by);
  }
  return out;
}

/** What a file creates, gathered a part at a time (a large import's check): merge each part's names in. */
export class CreatedNames {
  private readonly names: NewNames = { categories: new Map(), rootCauses: new Map(), staff: new Map() };
  add(db: Db, incidents: PlannedIncident[]): void {
    const fresh = newNames(db, incidents);
    for (const [k, v] of fresh.categories) if (!this.names.categories.has(k)) this.names.categories.set(k, v);
    for (const [k, v] of fresh.rootCauses) if (!this.names.rootCauses.has(k)) this.names.rootCauses.set(k, v);
    for (const [k, v] of fresh.staff) if (!this.names.staff.has(k)) this.names.staff.set(k, v);
  }
  describe(): ImportResult['created'] {
    return describeNames(this.names);
  }
}

export function describeCreated(db: Db, incidents: PlannedIncident[]): ImportResult['created'] {
  return describeNames(newNames(db, incidents));
}


function describeNames(fresh: NewNames): ImportResult['created'] {
  return {
    categories: [...fresh.categories.values()],
    rootCauses: [...fresh.rootCauses.values()].map((c) =>
      say(c.defaulted ? 'importing.created.causeDefaulted' : 'importing.created.cause', { name: c.name, group: say(CAUSE_GROUP[c.group]) }),
    ),
    staff: [...fresh.staff.values()],
  };
}

/**
 * The planned incidents as the domain writes history: names become ids (a name not in the lists
 * yet gets a placeholder id of 0 in a dry run, where nothing is created), and a cause on record
 * means the team found it, so a resolved incident with one counts as diagnosed, not waiting in the queue.
 */
function toHistory(db: Db, incidents: PlannedIncident[], now: string, create: boolean): HistoricIncident[] {
  const ids = { categories: names(db, 'categories'), rootCauses: names(db, 'root_causes'), staff: names(db, 'staff') };
  const lookup = (map: Map<string, number>, name: string | null, make: () => number): number | null => {
    if (name === null) return null;
    const found = map.get(key(name));
    if (found !== undefined) return found;
    const id = create ? make() : -(map.size + 1);
    map.set(key(name), id);
    return id;
  };
  const staff = (name: string | null) => lookup(ids.staff, name, () => ensureStaff(db, name as string, '', now));
  return incidents.map(({ ref, values: v, compensations }) => {
    const rootCauseId = lookup(ids.rootCauses, v.root_cause, () => ensureRootCause(db, v.root_cause as string, v.root_cause_group ?? DEFAULT_GROUP));
    const diagnosedAt = rootCauseId !== null && v.resolved_at !== null ? v.resolved_at : null;
    const customer = v.customer_name || v.customer_phone || v.customer_email ? { name: v.customer_name, phone: v.customer_phone, email: v.customer_email, note: '' } : null;
    return {
      ref,
      occurredAt: v.occurred_at,
      loggedAt: now,
      updatedAt: now,
      channel: v.channel,
      customer,
      whatHappened: v.what_happened,
      severity: v.severity,
      categoryId: lookup(ids.categories, v.category, () => ensureCategory(db, v.category as string)),
      rootCauseId,
      handledById: staff(v.handled_by),
      teamLeadPresent: v.team_lead_present,
      heardAt: null,
      empathizedAt: null,
      apologizedAt: null,
      resolvedAt: v.resolved_at,
      diagnosedAt,
      followUpDueAt: v.follow_up_due_at,
      followedUpAt: v.followed_up_at,
      scoreBefore: v.score_before,
      scoreAfter: v.score_after,
      outcome: v.outcome,
      internalNote: v.internal_note,
      compensations: compensations.map((c) => ({
        kind: c.kind,
        description: c.description,
        cost: c.cost,
        givenById: staff(c.given_by),
        givenAt: c.given_at,
        approvedById: null,
        code: c.code,
        redeemedAt: c.redeemed_at,
      })),
    };
  });
}

/**
 * Writes the planned incidents through the domain (import policy: entries past an allowance are
 * kept and marked), creating the names they bring; with `dryRun`, counts what would be written
 * and marked without writing anything.
 */
export function storeIncidents(
  db: Db,
  incidents: PlannedIncident[],
  now: string,
  dryRun = false,
  ledger?: AllowanceLedger,
  reservedCodes?: ReadonlySet<string>,
): HistoryWritten {
  return writeHistory(db, toHistory(db, incidents, now, !dryRun), POLICIES.import, now, {
    dryRun,
    ...(ledger ? { ledger } : {}),
    ...(reservedCodes ? { reservedCodes } : {}),
  });
}
