import type { CauseGroup } from '../../../../shared/domain';
import type { ImportResult } from '../../../../shared/schemas/data';
import type { Db } from '../db/open';
import { nextRef } from '../repos/incidents/write';
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

export function describeCreated(db: Db, incidents: PlannedIncident[]): ImportResult['created'] {
  const fresh = newNames(db, incidents);
  return {
    categories: [...fresh.categories.values()],
    rootCauses: [...fresh.rootCauses.values()].map((c) =>
      c.defaulted ? `${c.name} (in ${c.group}: the file gives no root_cause_group)` : `${c.name} (in ${c.group})`,
    ),
    staff: [...fresh.staff.values()],
  };
}

/**
 * Writes the planned incidents in one transaction: new list entries first, then incidents with
 * a ref from the file, then those that get a new ref (so a new ref never takes one the file uses).
 */
export function storeIncidents(db: Db, incidents: PlannedIncident[], now: string): void {
  db.transaction(() => {
    const fresh = newNames(db, incidents);
    const addCategory = db.prepare('INSERT INTO categories (name) VALUES (?)');
    for (const name of fresh.categories.values()) addCategory.run(name);
    const addCause = db.prepare('INSERT INTO root_causes (name, cause_group) VALUES (?, ?)');
    for (const c of fresh.rootCauses.values()) addCause.run(c.name, c.group);
    const addStaff = db.prepare("INSERT INTO staff (name, role, created_at) VALUES (?, '', ?)");
    for (const name of fresh.staff.values()) addStaff.run(name, now);
    const ids = { categories: names(db, 'categories'), rootCauses: names(db, 'root_causes'), staff: names(db, 'staff') };
    const id = (map: Map<string, number>, name: string | null) => (name === null ? null : (map.get(key(name)) ?? null));

    const insertCustomer = db.prepare('INSERT INTO customers (name, phone, email, note, created_at) VALUES (?, ?, ?, \'\', ?)');
    const insertIncident = db.prepare(`INSERT INTO incidents (ref, occurred_at, logged_at, updated_at, channel,
      customer_id, what_happened, severity, category_id, root_cause_id, handled_by_id, team_lead_present, resolved_at,
      diagnosed_at, follow_up_due_at, followed_up_at, score_before, score_after, outcome, internal_note)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const insertEvent = db.prepare(
      'INSERT INTO incident_events (incident_id, at, kind, field, old_value, new_value) VALUES (?, ?, ?, ?, NULL, ?)',
    );
    const insertCompensation = db.prepare(`INSERT INTO compensations (incident_id, kind, description, cost,
      given_by_id, given_at, approved_by_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`);

    const ordered = [...incidents.filter((i) => i.ref !== null), ...incidents.filter((i) => i.ref === null)];
    for (const { ref: fileRef, values: v, compensations } of ordered) {
      const ref = fileRef ?? nextRef(db);
      const customerId =
        v.customer_name || v.customer_phone || v.customer_email
          ? Number(insertCustomer.run(v.customer_name, v.customer_phone, v.customer_email, now).lastInsertRowid)
          : null;
      // A cause on record means the team found it: the incident counts as diagnosed, not waiting in the queue.
      const diagnosedAt = v.root_cause !== null && v.resolved_at !== null ? v.resolved_at : null;
      const incidentId = Number(
        insertIncident.run(ref, v.occurred_at, now, now, v.channel, customerId, v.what_happened, v.severity,
          id(ids.categories, v.category), id(ids.rootCauses, v.root_cause), id(ids.staff, v.handled_by),
          v.team_lead_present === null ? null : Number(v.team_lead_present), v.resolved_at, diagnosedAt,
          v.follow_up_due_at, v.followed_up_at, v.score_before, v.score_after, v.outcome, v.internal_note,
        ).lastInsertRowid,
      );
      insertEvent.run(incidentId, now, 'created', null, ref);
      if (v.resolved_at) insertEvent.run(incidentId, v.resolved_at, 'step', 'resolved', v.resolved_at);
      if (diagnosedAt) insertEvent.run(incidentId, diagnosedAt, 'step', 'diagnosed', diagnosedAt);
      for (const c of compensations) {
        insertCompensation.run(incidentId, c.kind, c.description, c.cost, id(ids.staff, c.given_by), c.given_at, now, now);
        insertEvent.run(incidentId, c.given_at, 'compensation', 'added', JSON.stringify({ kind: c.kind, cost: c.cost, description: c.description }));
      }
    }
    raiseRefCounter(db, incidents);
  })();
}

/** Imported `MG-<n>` refs move the counter past them, so the app never offers one again. */
function raiseRefCounter(db: Db, incidents: PlannedIncident[]) {
  let highest = 0;
  for (const { ref } of incidents) {
    const m = ref === null ? null : /^MG-(\d{1,9})$/.exec(ref);
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  if (highest === 0) return;
  db.prepare(
    `INSERT INTO settings (key, value) VALUES ('lastRefNumber', ?)
     ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))`,
  ).run(JSON.stringify(highest));
}
