// Erasing a customer at 100,000 incidents, through dispatch: the dry run the dialog shows, and the
// erase itself (each on a fresh copy of the demo file). Beside them, what they cannot avoid: one
// read of the rows they scan, and VACUUM rewriting the file.
import { copyFileSync, rmSync } from 'node:fs';
import type { Core } from '../../electron/main/core/app';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import type { Workspace } from '../lib/fixtures';
import { type BenchRow, sample, stats } from '../lib/measure';

async function call(core: Core, channel: string, request: unknown) {
  const result = await dispatch(core.handlers, channel, request);
  if (!result.ok) throw new Error(`${channel}: ${result.message}`);
  return result.value;
}

/** A copy of big.sqlite with a regular (phone and email) whose name is typed in 50 other incidents and a lesson. */
async function prepared(ws: Workspace, name: string): Promise<{ core: Core; customerId: number }> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(ws.path(`${name}${suffix}`), { force: true });
  copyFileSync(ws.path('big.sqlite'), ws.path(name));
  const core = ws.open(name);
  const who = core.db.prepare("SELECT id, name FROM customers WHERE phone <> '' AND email <> '' ORDER BY id LIMIT 1").get() as { id: number; name: string };
  const others = core.db.prepare('SELECT id FROM incidents WHERE customer_id IS NULL AND deleted_at IS NULL ORDER BY id LIMIT 50').pluck().all() as number[];
  for (const id of others) await call(core, 'incidents.update', { id, changes: { internalNote: `${who.name} was here again` } });
  await call(core, 'lessons.create', { title: `Call ${who.name} back`, incidentIds: others.slice(0, 3) });
  return { core, customerId: who.id };
}

const timed = async (fn: () => unknown) => {
  const t = performance.now();
  await fn();
  return performance.now() - t;
};

export async function eraseBench(ws: Workspace, runs = 3): Promise<BenchRow[]> {
  const { core, customerId } = await prepared(ws, 'erase-dry.sqlite');
  let preview: BenchRow;
  try {
    const dry = await sample(() => call(core, 'customers.erase', { customerId, dryRun: true }), 5, 1);
    const scan = await sample(
      () =>
        core.db.transaction(() => {
          core.db.prepare("SELECT count(*) FROM incidents WHERE what_happened || internal_note || five_whys = ''").get();
          core.db.prepare("SELECT count(*) FROM incident_events WHERE kind IN ('changed', 'compensation') AND old_value || new_value = ''").get();
        }).deferred(),
      5,
      1,
    );
    preview = {
      what: 'erase a customer at 100,000: what it would touch (dry run)',
      unit: 'ms',
      value: dry,
      reference: { what: 'reading the rows it scans once', value: scan },
      budget: { max: 1500 },
    };
  } finally {
    core.close();
  }
  const erases: number[] = [];
  const vacuums: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await prepared(ws, `erase-${i}.sqlite`);
    try {
      erases.push(await timed(() => call(run.core, 'customers.erase', { customerId: run.customerId })));
      vacuums.push(await timed(() => run.core.db.exec('VACUUM')));
    } finally {
      run.core.close();
      rmSync(ws.path(`erase-${i}.sqlite`), { force: true });
    }
  }
  return [
    preview,
    {
      what: 'erase a customer at 100,000 (search index merged, file rewritten)',
      unit: 's',
      value: stats(erases.map((ms) => ms / 1000)),
      reference: { what: 'VACUUM alone', value: stats(vacuums.map((ms) => ms / 1000)) },
      budget: { max: 5 },
    },
  ];
}
