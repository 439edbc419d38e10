import { afterEach, describe, expect, it } from 'vitest';
import { tempCore, type TempCore } from '../../support/core';

let t: TempCore;
afterEach(() => t?.cleanup());

describe('the shared database', () => {
  it('logs an incident and lists it', async () => {
    t = tempCore();
    const made = await t.call('incidents.create', { whatHappened: 'Latte was cold', customer: { name: 'Dana Whitlock', phone: '555 867 5309' } });
    expect(made.incident.ref).toMatch(/^MG-/);
    const page = await t.call('incidents.list', { filter: {}, limit: 10 });
    expect(page.items.map((i) => i.ref)).toEqual([made.incident.ref]);
  });
});
