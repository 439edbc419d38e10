// Odd text in every text field: markup, SQL, right-to-left, emoji sequences, combining marks,
// astral characters. Stored and read back exactly as typed, found by search where words are
// involved, refused with a sentence naming the field when too long or carrying control characters
// (NUL, escape…: see shared/schemas/common.ts), and exported and imported back unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelName } from '../../shared/contract';
import { checksum } from '../support/checksum';
import { STORABLE_TEXTS } from '../support/hostile';
import { tempCore, type TempCore } from '../support/core';
import { bySql } from '../../electron/main/core/db/engine';

const NOW = new Date('2026-10-15T12:00:00.000Z');
let t: TempCore;
beforeAll(() => {
  t = tempCore(NOW);
});
afterAll(() => t.cleanup());

describe('odd text in every field, through dispatch', () => {
  it.each(STORABLE_TEXTS.map((text, n) => [JSON.stringify(text), text, n] as const))('%s comes back exactly', async (_, text, n) => {
    const staff = await t.call('staff.create', { name: text, role: text, monthlyAllowance: 100_000 });
    const category = await t.call('categories.create', { name: text });
    const cause = await t.call('rootCauses.create', { name: text, group: 'People' });
    expect([staff.name, staff.role, category.name, cause.name]).toEqual([text, text, text, text]);
    expect((await t.call('staff.list', {})).find((s) => s.id === staff.id)).toMatchObject({ name: text, role: text });
    expect((await t.call('categories.list', {})).find((c) => c.id === category.id)?.name).toBe(text);
    expect((await t.call('rootCauses.list', {})).find((c) => c.id === cause.id)?.name).toBe(text);

    const created = await t.call('incidents.create', {
      whatHappened: text,
      occurredAt: `2026-10-01T09:${String(n).padStart(2, '0')}:00.000Z`,
      customer: { name: text, phone: text.slice(0, 50), note: text },
      categoryId: category.id,
      handledById: staff.id,
    });
    const id = created.incident.id;
    await t.call('incidents.update', { id, changes: { internalNote: text, fiveWhys: [text, text], rootCauseId: cause.id } });
    await t.call('compensations.add', { incidentId: id, kind: 'gift', description: text, cost: 100, givenById: staff.id, givenAt: '2026-10-02T09:00:00.000Z' });
    const { incident, compensations, events } = await t.call('incidents.get', { id });
    expect(incident).toMatchObject({ whatHappened: text, internalNote: text, fiveWhys: [text, text] });
    expect(incident.customer).toMatchObject({ name: text, phone: text.slice(0, 50), note: text });
    expect(compensations.map((c) => c.description)).toEqual([text]);
    expect(events.find((e) => e.field === 'internalNote')?.to).toBe(text);
    const row = (await t.call('incidents.list', { filter: { rootCauseId: cause.id } })).items[0];
    expect(row).toMatchObject({ id, summary: text, customerName: text });

    const lesson = await t.call('lessons.create', { title: text, whatWeLearned: text, change: text, rootCauseId: cause.id, incidentIds: [id] });
    expect((await t.call('lessons.get', { id: lesson.lesson.id })).lesson).toMatchObject({ title: text, whatWeLearned: text, change: text, rootCauseName: text });
    expect((await t.call('settings.update', { businessName: text })).businessName).toBe(text);
    expect((await t.call('settings.get', {})).businessName).toBe(text);
  });

  it('keeps tabs and line breaks inside the text; only the ends are trimmed', async () => {
    const { incident } = await t.call('incidents.create', { whatHappened: '  Line one\n\tindented\r\nlast  ' });
    expect(incident.whatHappened).toBe('Line one\n\tindented\r\nlast');
  });
});

describe('search finds odd text by its words', () => {
  const cases: [string, string, string][] = [
    ['what happened', '<img src=x onerror=alert(1)> at the till', 'onerror'],
    ['what happened', '<script>alert("x")</script> in the note', 'script alert'],
    ['what happened', "'; DROP TABLE incidents; -- said the customer", 'DROP TABLE'],
    ['what happened', 'שירות לקוחות — הזמנה שגויה', 'הזמנה'],
    ['what happened', 'A cafe\u0301 au lait, combining accent', 'café'],
    ['what happened', 'Zalgo t\u0336\u0337e\u0338xt here', 'Zalgo'],
    ['what happened', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀 astral letters', 'astral'],
    ['what happened', 'zero\u200dwidth joiner 👩‍👩‍👧‍👦 family', 'family'],
    ['customer', 'مريم الأحمد', 'مريم'],
    ['internal note', 'Note: <b>bold</b> & "quoted"', 'bold quoted'],
  ];
  it.each(cases)('in %s: %s, by “%s”', async (where, text, query) => {
    const { incident } = await t.call('incidents.create', {
      whatHappened: where === 'what happened' ? text : 'Something odd',
      customer: where === 'customer' ? { name: text } : null,
    });
    if (where === 'internal note') await t.call('incidents.update', { id: incident.id, changes: { internalNote: text } });
    const found = await t.call('incidents.list', { filter: { q: query } });
    expect(found.items.map((i) => i.id)).toContain(incident.id);
  });

  it('treats what looks like SQL or FTS syntax in the search box as words', async () => {
    for (const q of ["'; DROP TABLE incidents; --", '" OR 1=1 --', 'NEAR(a b)', 'what_happened:x', '*', 'a AND', 'NUL\u0000inside', '\u001b[31m']) {
      const result = await t.raw('incidents.list', { filter: { q } });
      expect(result.ok, q).toBe(true);
    }
    // The incidents table is still there (no text became SQL).
    const tables = bySql(t.core.db, {
      sqlite: "SELECT count(*) AS n FROM sqlite_master WHERE name = 'incidents'",
      postgres: "SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = 'incidents'",
    });
    expect(t.core.db.prepare(tables).get()).toEqual({ n: 1 });
  });
});

describe('limits and characters the app refuses', () => {
  const long = (n: number, unit = 'ä') => unit.repeat(n);

  it('takes 10,000 characters of what happened and of an internal note, and refuses one more by name', async () => {
    const { incident } = await t.call('incidents.create', { whatHappened: long(10_000) });
    expect(incident.whatHappened).toBe(long(10_000));
    // Emoji take two UTF-16 units each, as the limit counts them.
    const emoji = long(5_000, '👍');
    await t.call('incidents.update', { id: incident.id, changes: { internalNote: emoji } });
    expect((await t.call('incidents.get', { id: incident.id })).incident.internalNote).toBe(emoji);

    const before = checksum(t.core.db);
    expect(await t.raw('incidents.create', { whatHappened: long(10_001) })).toMatchObject({
      ok: false,
      code: 'BAD_REQUEST',
      message: 'whatHappened: What happened can be at most 10,000 characters',
    });
    expect(await t.raw('incidents.update', { id: incident.id, changes: { internalNote: long(10_001) } })).toMatchObject({
      ok: false,
      message: 'changes.internalNote: Internal note can be at most 10,000 characters',
    });
    expect(await t.raw('incidents.create', { whatHappened: 'x', customer: { name: long(201) } })).toMatchObject({
      ok: false,
      message: 'customer.name: Customer name can be at most 200 characters',
    });
    expect(checksum(t.core.db)).toEqual(before);
  });

  // NUL and other control characters (but tab and line breaks), and half a surrogate pair.
  const untypable = ['NUL\u0000inside', 'bell\u0007', 'escape\u001b[31m', 'delete\u007f', 'C1\u0085control', 'half \ud83d pair'];
  const fields: [ChannelName, string, (s: string) => unknown][] = [
    ['incidents.create', 'whatHappened: What happened', (s) => ({ whatHappened: s })],
    ['incidents.create', 'customer.name: Customer name', (s) => ({ whatHappened: 'x', customer: { name: s } })],
    ['incidents.create', 'customer.note: Customer note', (s) => ({ whatHappened: 'x', customer: { note: s } })],
    ['incidents.update', 'changes.internalNote: Internal note', (s) => ({ id: 1, changes: { internalNote: s } })],
    ['incidents.update', 'changes.fiveWhys.0: A why', (s) => ({ id: 1, changes: { fiveWhys: [s] } })],
    ['compensations.add', 'description: Description', (s) => ({ incidentId: 1, kind: 'gift', cost: 1, givenById: 1, description: s })],
    ['staff.create', 'name: Name', (s) => ({ name: s })],
    ['staff.create', 'role: Role', (s) => ({ name: 'Kim', role: s })],
    ['categories.create', 'name: Category name', (s) => ({ name: s })],
    ['rootCauses.create', 'name: Root cause', (s) => ({ name: s, group: 'People' })],
    ['lessons.create', 'title: Title', (s) => ({ title: s })],
    ['lessons.create', 'change: The change', (s) => ({ title: 'x', change: s })],
    ['settings.update', 'businessName: Business name', (s) => ({ businessName: s })],
  ];
  it.each(fields)('%s refuses control characters in %s, writing nothing', async (channel, field, payload) => {
    const before = checksum(t.core.db);
    for (const text of untypable) {
      const result = await t.raw(channel, payload(text));
      expect(result, JSON.stringify(text)).toMatchObject({ ok: false, code: 'BAD_REQUEST' });
      expect(!result.ok && result.message).toContain(`${field} contains an invisible control character`);
    }
    expect(checksum(t.core.db)).toEqual(before);
  });

  it('refuses the same in a CSV file, naming the line and column', async () => {
    const result = await t.call('data.import', await t.staged({ csv: 'ref,occurred_at,what_happened,internal_note\nR\u0000,2026-10-01,ok,fine\n,2026-10-01,Cold\u0007soup,\n,2026-10-01,ok,\u001b[2J\n' }));
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => [p.line, p.column, p.reason.replace(/ \(such as NUL\).*/, '')])).toEqual([
      [2, 'ref', 'The ref contains an invisible control character'],
      [3, 'what_happened', 'What happened contains an invisible control character'],
      [4, 'internal_note', 'Internal note contains an invisible control character'],
    ]);
  });
});

describe('long and odd text through CSV', () => {
  it('exports and imports 10,000 characters with commas, quotes, line breaks and RTL back to the same bytes', async () => {
    const first = tempCore(NOW);
    const second = tempCore(NOW);
    try {
      const text = `"Quoted", then a comma,\nשלום, مرحبا 👩‍👩‍👧‍👦 =1+1 `.repeat(200).slice(0, 10_000).trim();
      const { incident } = await first.call('incidents.create', { whatHappened: text, occurredAt: '2026-10-01T09:00:00.000Z', customer: { name: '<img src=x onerror=alert(1)>' } });
      await first.call('incidents.update', { id: incident.id, changes: { internalNote: text } });
      const exported = await first.exportText({});
      const imported = await second.call('data.import', await second.staged({ csv: exported.csv }));
      expect(imported).toMatchObject({ problems: [], written: true });
      expect((await second.exportText({})).csv).toBe(exported.csv);
      const back = second.core.db.prepare('SELECT what_happened, internal_note, (SELECT name FROM customers WHERE id = customer_id) AS name FROM incidents').get();
      expect(back).toEqual({ what_happened: text, internal_note: text, name: '<img src=x onerror=alert(1)>' });
    } finally {
      first.cleanup();
      second.cleanup();
    }
  });
});
