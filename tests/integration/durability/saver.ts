// Child process of the import-lock tests and bench: a counter saving an incident every <interval>
// ms through the core's dispatch, printing `open`, then for each save `<ok 1|0> <ms it took> <id or
// error code>`, until its stdin closes.
// Usage: node saver.mjs <database> <interval ms>
import { openCore } from '../../../electron/main/core/app';
import { dispatch } from '../../../electron/main/core/rpc/dispatch';

const [databasePath, interval] = process.argv.slice(2);
if (!databasePath || !interval) throw new Error('usage: saver.ts <database> <interval ms>');
const core = openCore({ databasePath, version: 'durability' });
process.stdout.write('open\n');
let running = true;
process.stdin.on('close', () => (running = false)).resume();

for (let n = 0; running; n++) {
  const started = performance.now();
  const saved = await dispatch(core.handlers, 'incidents.create', { whatHappened: `Saved at the counter ${n}` });
  const ms = performance.now() - started;
  process.stdout.write(`${saved.ok ? 1 : 0} ${ms.toFixed(1)} ${saved.ok ? (saved.value as { incident: { id: number } }).incident.id : saved.code}\n`);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, Number(interval) - ms)));
}
core.close();
