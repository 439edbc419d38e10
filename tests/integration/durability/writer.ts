// Child process of the SIGKILL test: logs incidents through the core's dispatch, as fast as it can,
// and prints each one only after the call has returned, i.e. after its transaction committed.
// Usage: node writer.mjs <database> <round> (bundled by bundle.ts), or node --import tsx writer.ts …
import { openCore } from '../../../electron/main/core/app';
import { dispatch } from '../../../electron/main/core/rpc/dispatch';

const [databasePath, round, mode] = process.argv.slice(2);
// `retry`: a "busy, try again" answer (another process held the file longer than the busy timeout,
// as a restore under load can) is tried again, as a person at the counter would.
const retryBusy = mode === 'retry';
if (!databasePath || round === undefined) throw new Error('usage: writer.ts <database> <round>');

const core = openCore({ databasePath, version: 'durability' });
process.stdout.write('open\n');

function fail(what: string, result: unknown): never {
  process.stderr.write(`${what} failed: ${JSON.stringify(result)}\n`);
  process.exit(2);
}

for (let n = 0; ; n++) {
  const token = `r${round}n${n}`;
  const create = () =>
    dispatch(core.handlers, 'incidents.create', {
      whatHappened: `Killed mid-write ${token}`,
      // Every third one with a customer, so the customer row and the search text are written too.
      customer: n % 3 === 0 ? { name: `Customer ${token}` } : null,
    });
  let created = await create();
  while (retryBusy && !created.ok && created.code === 'CONFLICT') created = await create();
  if (!created.ok) fail('incidents.create', created);
  const { id, ref } = (created.value as { incident: { id: number; ref: string } }).incident;
  // Every other one is also marked heard: a second transaction on the same row.
  let heard = n % 2 === 1;
  if (heard) {
    const setHeard = () => dispatch(core.handlers, 'incidents.setStep', { id, step: 'heard', done: true });
    let step = await setHeard();
    while (retryBusy && !step.ok && step.code === 'CONFLICT') step = await setHeard();
    // A restore that swapped the data in between the two calls took this incident with it (it is
    // in the safety copy, saved): the second step has nothing to mark, and that is no loss.
    if (retryBusy && !step.ok && step.code === 'NOT_FOUND') heard = false;
    else if (!step.ok) fail('incidents.setStep', step);
  }
  // Linux writes to a pipe synchronously: once this returns, the parent can read the line.
  process.stdout.write(`${id} ${ref} ${token} ${heard ? 1 : 0}\n`);
}
