// Property: whatever payload reaches dispatch, on any channel of the contract (read at run time,
// so channels added later are covered), the answer is a value or a clean refusal: a known code,
// never INTERNAL, a sentence, and the database untouched. Never an exception.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../electron/main/core/demo/generate';
import type { Handlers } from '../../electron/main/core/handlers';
import { dispatch } from '../../electron/main/core/rpc/dispatch';
import { contract } from '../../shared/contract';
import { badRequest } from '../../shared/result';
import { hostileString, hostileValue, payloadFor } from '../support/hostile';
import { REGRESSIONS } from '../support/regressions';
import { expectCleanCall, expectUnpollutedPrototypes } from '../support/invariants';
import { tempCore, type TempCore } from '../support/core';

const NOW = new Date('2026-10-15T12:00:00.000Z');
/** Per channel (about 50 channels: a few thousand calls in all); FUZZ_RUNS=2000 searches deeper. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 60);

let t: TempCore;
beforeAll(() => {
  t = tempCore(NOW);
  // Real rows, so ids in the payloads hit real incidents, staff, causes, compensations and lessons.
  generateDemo(t.core.db, { incidents: 60, seed: 11, now: NOW });
});
afterAll(() => {
  expectUnpollutedPrototypes();
  t.cleanup();
});

const call = (channel: string, payload: unknown) => () => dispatch(t.core.handlers, channel, payload);


describe('dispatch under random and malformed payloads', () => {
  for (const channel of Object.keys(contract) as (keyof typeof contract)[]) {
    it(`${channel}: a value or a clean refusal, nothing half-written`, async () => {
      await fc.assert(
        fc.asyncProperty(payloadFor(contract[channel].request), async (payload) => {
          await expectCleanCall(t.core.db, channel, call(channel, payload));
        }),
        { numRuns: RUNS, examples: (REGRESSIONS[channel] ?? []).map((p) => [p]) },
      );
    }, 10_000 + RUNS * 40);
  }

  it('the check itself catches a refusal that wrote, and a crash', async () => {
    const leaky = {
      ...t.core.handlers,
      'categories.create': () => {
        t.core.db.prepare("INSERT INTO categories (name) VALUES ('written, then refused')").run();
        throw badRequest('name: refused after writing');
      },
      'categories.list': () => {
        throw new Error('a bug');
      },
    } as Handlers;
    try {
      await expect(expectCleanCall(t.core.db, 'leaky', () => dispatch(leaky, 'categories.create', { name: 'x' }))).rejects.toThrow(/wrote to the database/);
      await expect(expectCleanCall(t.core.db, 'crash', () => dispatch(leaky, 'categories.list', {}))).rejects.toThrow(/INTERNAL/);
    } finally {
      t.core.db.prepare("DELETE FROM categories WHERE name = 'written, then refused'").run();
    }
  });

  it('refuses channels that do not exist, prototype names included', async () => {
    const names = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'incidents', 'incidents.create '), hostileString());
    await fc.assert(
      fc.asyncProperty(names, hostileValue(), async (name, payload) => {
        const answer = await expectCleanCall(t.core.db, `channel ${JSON.stringify(name)}`, call(name, payload));
        if (!Object.hasOwn(contract, name)) expect(answer.code).toBe('UNKNOWN_CHANNEL');
      }),
      { numRuns: 100 },
    );
    // Not even a string.
    for (const name of [undefined, null, 7, {}, ['incidents.get']]) {
      await expectCleanCall(t.core.db, `channel ${String(name)}`, call(name as unknown as string, {}));
    }
  });
});
