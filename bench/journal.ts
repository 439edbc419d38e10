// Times the journal, home and the compensation tracker's queries through dispatch, on an existing database.
// Usage: npx tsx bench/journal.ts /path/to/demo.sqlite
import { openCore } from '../electron/main/core/app';
import { dispatch } from '../electron/main/core/rpc/dispatch';

const path = process.argv[2];
if (!path) throw new Error('Give the path of a demo database.');
const core = openCore({ databasePath: path, version: 'bench' });

async function time(label: string, channel: string, payload: unknown, runs = 30) {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = await dispatch(core.handlers, channel, payload);
    samples.push(performance.now() - t);
    if (!r.ok) throw new Error(`${label}: ${r.message}`);
  }
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(runs / 2)] ?? 0;
  const p95 = samples[Math.floor(runs * 0.95)] ?? 0;
  console.log(`${label.padEnd(40)} median ${median.toFixed(1)} ms   p95 ${p95.toFixed(1)} ms`);
}

await time('first page (100 rows)', 'incidents.list', { limit: 100 });
await time('search "waited" (common word)', 'incidents.list', { limit: 100, filter: { q: 'waited' } });
await time('search "oat milk" (two words)', 'incidents.list', { limit: 100, filter: { q: 'oat milk' } });
await time('search a customer surname', 'incidents.list', { limit: 100, filter: { q: 'smith' } });
await time('status open', 'incidents.list', { limit: 100, filter: { status: 'open' } });
await time('channel phone + severity 3', 'incidents.list', { limit: 100, filter: { channel: 'phone', severity: 3 } });
await time('home', 'incidents.home', {});
const month = new Date().toISOString().slice(0, 7);
await time(`compensation month ${month}`, 'compensations.month', { month });
const person = (await dispatch(core.handlers, 'staff.list', {})) as { ok: true; value: { id: number }[] };
await time('allowance check', 'compensations.checkAllowance', { givenById: person.value[0]!.id, cost: 1000 });
await time('to-diagnose queue', 'diagnose.queue', {});
await time('lessons library (with effectiveness)', 'lessons.list', {});
await time('lesson page (effectiveness windows)', 'lessons.get', { id: 1 });
await time('root-cause usage', 'rootCauses.usage', {});
const today = new Date();
const iso = (d: Date) => d.toISOString().slice(0, 10);
const periods = {
  'this month': { from: iso(new Date(today.getFullYear(), today.getMonth(), 1)), to: iso(today) },
  'last 90 days': { from: iso(new Date(+today - 89 * 86_400_000)), to: iso(today) },
  'this year': { from: `${today.getFullYear()}-01-01`, to: iso(today) },
  '12 months': { from: iso(new Date(+today - 364 * 86_400_000)), to: iso(today) },
};
for (const [name, period] of Object.entries(periods)) {
  for (const chart of ['callouts', 'pareto', 'trend', 'recovery', 'recoveryByKind', 'breakdowns']) {
    await time(`patterns.${chart} (${name})`, `patterns.${chart}`, period, 15);
  }
}
core.close();
