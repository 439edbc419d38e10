// CSV formula injection: free text that a spreadsheet would run (= + - @ tab CR, and the full-width
// ＝ ＋ － ＠ and other forms Unicode folds into them) is exported with
// a leading ', a leading ' is escaped the same way, and the import undoes exactly that, so an
// export still imports back to the same records and exports again to the same bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../electron/main/core/data/csv';
import { bySql } from '../../electron/main/core/db/engine';
import { ESCAPED_START, escapeFormula, FREE_TEXT_COLUMNS, unescapeFormula } from '../../electron/main/core/data/formula';
import { CSV_COLUMNS, type CsvColumn } from '../../shared/schemas/data';
import { FORMULA_TEXTS, STORABLE_TEXTS } from '../support/hostile';
import { tempCores, type TempCore } from '../support/core';

const NOW = new Date('2026-10-15T12:00:00.000Z');
const core = tempCores(NOW);

/** A start a spreadsheet runs: = + - @ tab CR, or any character that NFKC folds into = + - @ (＝, ﹢, ⁻…). */
const runsAsFormula = (text: string) => /^[=+\-@\t\r]/.test(text) || /^[=+\-@]/.test(String.fromCodePoint(text.codePointAt(0) ?? 0x20).normalize('NFKC'));
const FULL_WIDTH = ['\uFF1D', '\uFF0B', '\uFF0D', '\uFF20'];
const anyText = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...FORMULA_TEXTS).chain((s) => fc.string().map((tail) => s + tail)),
  fc.constantFrom(...FULL_WIDTH, "'", "''").chain((s) => fc.string({ unit: 'binary' }).map((tail) => s + tail)),
);

describe('the escaping rule', () => {
  it('escapes what a spreadsheet runs, and a leading quote, and nothing else', () => {
    expect(escapeFormula('=1+1')).toBe("'=1+1");
    expect(escapeFormula('+1 (555) 0101')).toBe("'+1 (555) 0101");
    expect(escapeFormula('-2')).toBe("'-2");
    expect(escapeFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeFormula('\tx')).toBe("'\tx");
    expect(escapeFormula('\rx')).toBe("'\rx");
    expect(escapeFormula("'tis")).toBe("''tis");
    expect(escapeFormula('＝1+1')).toBe("'＝1+1");
    expect(escapeFormula('＋81 3 1234 5678')).toBe("'＋81 3 1234 5678");
    expect(escapeFormula('－2')).toBe("'－2");
    expect(escapeFormula('＠SUM(A1)')).toBe("'＠SUM(A1)");
    expect(escapeFormula('Cold soup = refund')).toBe('Cold soup = refund');
    expect(escapeFormula('Soup ＝ refund')).toBe('Soup ＝ refund');
    expect(escapeFormula('')).toBe('');
  });

  it('is undone exactly: import(export(x)) is x for any text', () => {
    fc.assert(fc.property(anyText, (text) => unescapeFormula(escapeFormula(text)) === text), { numRuns: 500 });
  });

  it('never writes a cell a spreadsheet would run', () => {
    fc.assert(fc.property(anyText, (text) => !runsAsFormula(escapeFormula(text))), { numRuns: 500 });
  });

  it('escapes every character that Unicode folds (NFKC) into = + - @, as their ASCII twins', () => {
    for (let cp = 0; cp <= 0x10ffff; cp += 1) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const char = String.fromCodePoint(cp);
      const folds = /^[=+\-@]/.test(char.normalize('NFKC'));
      if (folds !== /^[=+\-@]/.test(char) && folds !== ESCAPED_START.test(char)) {
        expect.fail(`U+${cp.toString(16).toUpperCase()} (${char}) folds to ${char.normalize('NFKC')} but is not escaped`);
      }
    }
  });

  it('keeps a hand-made file’s leading quote before anything else', () => {
    expect(unescapeFormula("'tis the season")).toBe("'tis the season");
    expect(unescapeFormula("'")).toBe("'");
    expect(unescapeFormula("'=1+1")).toBe('=1+1');
    expect(unescapeFormula("''tis")).toBe("'tis");
    expect(unescapeFormula("'＝1+1")).toBe('＝1+1');
    expect(unescapeFormula('＝1+1')).toBe('＝1+1');
  });
});

/** The records as the CSV columns see them, by ref: what a round trip must keep. */
function csvVisible(t: TempCore) {
  return t.core.db
    .prepare(
      `SELECT i.ref, i.occurred_at, i.what_happened, i.internal_note, i.severity, i.score_before, i.score_after, i.outcome,
         cu.name AS customer_name, cu.phone AS customer_phone, cu.email AS customer_email, ca.name AS category,
         rc.name AS root_cause, rc.cause_group, hb.name AS handled_by,
         ${bySql(t.core.db, {
           sqlite: `(SELECT json_group_array(json_array(c.kind, c.description, c.cost, c.given_at, gb.name)) FROM compensations c
              LEFT JOIN staff gb ON gb.id = c.given_by_id WHERE c.incident_id = i.id ORDER BY c.id)`,
           postgres: `(SELECT json_agg(json_build_array(c.kind, c.description, c.cost, c.given_at, gb.name) ORDER BY c.id)::text FROM compensations c
              LEFT JOIN staff gb ON gb.id = c.given_by_id WHERE c.incident_id = i.id)`,
         })} AS compensations
       FROM incidents i LEFT JOIN customers cu ON cu.id = i.customer_id LEFT JOIN categories ca ON ca.id = i.category_id
       LEFT JOIN root_causes rc ON rc.id = i.root_cause_id LEFT JOIN staff hb ON hb.id = i.handled_by_id ORDER BY i.ref`,
    )
    .all();
}

/** Every free-text field of every kind of record holds one of the texts; names stay unique by a counter. */
async function addHostile(t: TempCore, texts: string[]) {
  for (const [n, text] of texts.entries()) {
    const name = (max: number) => (text.length + 4 > max ? text.slice(0, max - 4) : text) + ` #${n}`;
    const staff = await t.call('staff.create', { name: `${text.slice(0, 60)} ${n}`, role: text.slice(0, 80), monthlyAllowance: 10_000_000 });
    const category = await t.call('categories.create', { name: name(80) });
    const cause = await t.call('rootCauses.create', { name: name(120), group: 'Process' });
    const { incident } = await t.call('incidents.create', {
      whatHappened: text,
      occurredAt: `2026-10-${String(1 + (n % 14)).padStart(2, '0')}T09:${String(n % 60).padStart(2, '0')}:00.000Z`,
      handledById: staff.id,
      categoryId: category.id,
      customer: { name: text, phone: text.slice(0, 50), email: `${text.replace(/[\s@]/g, '') || 'x'}@example.com` },
    });
    await t.call('incidents.update', { id: incident.id, changes: { rootCauseId: cause.id, internalNote: text, scoreBefore: 0, scoreAfter: 10 } });
    await t.call('incidents.setStep', { id: incident.id, step: 'resolved', done: true });
    await t.call('compensations.add', { incidentId: incident.id, kind: 'voucher', description: text, cost: n * 101, givenById: staff.id, givenAt: '2026-10-15T11:00:00.000Z' });
  }
}

const cellsOf = (csv: string) => {
  const file = readCsv(csv);
  if ('reason' in file) throw new Error(file.reason);
  const at = (c: CsvColumn) => file.headers.indexOf(c);
  return { file, at };
};

describe('exporting hostile text', () => {
  it('writes no free-text cell a spreadsheet would run, leaves numbers as numbers, and round-trips markup, RTL and emoji exactly', async () => {
    const first = core();
    await addHostile(first, [...FORMULA_TEXTS, ...STORABLE_TEXTS]);
    // Refs come only from a file: give some formula-like refs through an import (written as the export would).
    const refs = ['=1+1', '+R1', '-R2', '@R3', "'R4", "''R5"];
    const seeded = await first.call('data.import', await first.staged({
      csv: `ref,occurred_at,what_happened\n${refs.map((r, i) => `"${escapeFormula(r).replaceAll('"', '""')}",2026-10-0${i + 1}T08:00,Ref ${i}`).join('\n')}\n`,
    }));
    expect(seeded.problems).toEqual([]);
    const exported = await first.exportText({});
    const { file, at } = cellsOf(exported.csv);
    expect(file.headers).toEqual([...CSV_COLUMNS]);
    for (const record of file.records) {
      for (const column of FREE_TEXT_COLUMNS) {
        const cell = record.cells[at(column)] ?? '';
        expect(runsAsFormula(cell), `line ${record.line}, ${column}: ${cell}`).toBe(false);
        // Escaped exactly when it must be.
        expect(unescapeFormula(cell) === cell, `line ${record.line}, ${column}: ${cell}`).toBe(!/^'[=+\-@\t\r'＝＋－＠]/.test(cell));
      }
      for (const column of ['severity', 'score_before', 'score_after', 'compensation_cost'] as const) {
        expect(record.cells[at(column)], `line ${record.line}, ${column}`).toMatch(/^(\d+(\.\d+)?)?$/);
      }
    }
    expect(exported.csv).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(exported.csv).toContain(",'+1 (555) 0101,");
    expect(exported.csv).toContain(",''tis the season,");
    expect(exported.csv).toContain(",'＝1+1,");
    expect(exported.csv).toContain(",'＋81 3 1234 5678,");

    const second = core();
    const imported = await second.call('data.import', await second.staged({ csv: exported.csv }));
    expect(imported.problems).toEqual([]);
    expect(imported).toMatchObject({ written: true, incidents: exported.incidents });
    expect((await second.exportText({})).csv).toBe(exported.csv);
    expect(csvVisible(second)).toEqual(csvVisible(first));
    // The values themselves, not their escaped form, are what was stored.
    const stored = second.core.db.prepare("SELECT ref FROM incidents WHERE what_happened LIKE 'Ref %' ORDER BY ref").all();
    expect(stored.map((r) => (r as { ref: string }).ref).sort()).toEqual([...refs].sort());
  }, 30_000); // many saves and an import and export each way: seconds on the shared database

  it('reads a hand-made file as typed: a quote before ordinary text stays, negative numbers stay numbers (and are refused)', async () => {
    const t = core();
    const result = await t.call('data.import', await t.staged({
      csv: [
        'ref,occurred_at,what_happened,customer_phone,score_before,compensation_cost',
        "H-1,2026-10-01T08:00,'tis the season,+1 555 0101,,",
        'H-2,2026-10-02T08:00,Cold soup,,-5,',
        'H-3,2026-10-03T08:00,Cold soup,,,-1.00',
      ].join('\n'),
    }));
    expect(result.problems).toEqual([
      { line: 3, column: 'score_before', reason: 'Score before “-5” is not a whole number from 0 to 10' },
      { line: 4, column: 'compensation_cost', reason: expect.stringMatching(/“-1.00” is not an amount of money|cannot be negative/) },
    ]);
    const ok = await t.call('data.import', await t.staged({ csv: "ref,occurred_at,what_happened,customer_phone\nH-1,2026-10-01T08:00,'tis the season,+1 555 0101\n" }));
    expect(ok.written).toBe(true);
    expect(t.core.db.prepare("SELECT what_happened, (SELECT phone FROM customers WHERE id = customer_id) AS phone FROM incidents WHERE ref = 'H-1'").get())
      .toEqual({ what_happened: "'tis the season", phone: '+1 555 0101' });
  });
});
