// Random and malformed payloads for property tests: anything at all, and payloads shaped like a
// channel's request (its own keys, read from the contract's zod schema) whose values are wrong
// in every way a caller could get them wrong: types, sizes, ranges, dates, unknown ids, extra keys.
import fc from 'fast-check';
import type { z } from 'zod';
import { isPlainText } from '../../shared/schemas/common';

/** Text that has broken apps before: markup, SQL, right-to-left, emoji sequences, controls. */
export const ODD_TEXTS = [
  '',
  ' ',
  "'; DROP TABLE incidents; --",
  "Robert'); DELETE FROM staff WHERE ('1'='1",
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '{{constructor.constructor("alert(1)")()}}',
  'مريم الأحمد',
  'שירות לקוחות — הזמנה שגויה',
  '👩‍👩‍👧‍👦 family, 🏳️‍🌈 flag, 👍🏽 thumb',
  'e\u0301\u0302\u0303 Zalgo t\u0336\u0337e\u0338xt',
  'zero\u200dwidth\u200bjoiners\ufeff',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀 astral',
  'NUL\u0000inside',
  'bell\u0007 and escape\u001b[31m',
  'line\u2028separator',
  '=HYPERLINK("http://evil.example","click")',
  '+1 (555) 0101',
  '-2+3',
  '@SUM(A1:A2)',
  "'already quoted",
  '__proto__',
  'constructor',
  '\ud800 lone surrogate',
];

/** Keys that, merged carelessly, reach Object.prototype. */
export const POLLUTING_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'];

const longText = fc.constantFrom(1_000, 10_000, 10_001, 100_001).map((n) => 'ä'.repeat(n));

export const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXTS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 1, arbitrary: longText },
  );

export const hostileNumber = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: -3, max: 120 }),
    fc.integer(),
    fc.double(),
    fc.constantFrom(0, -0, -1, 0.5, Number.NaN, Infinity, -Infinity, 2 ** 31, 2 ** 53 + 2, Number.MAX_VALUE, 1e-300),
  );

/** Anything at all: any JS value through dispatch, any JSON value over HTTP. */
export const hostileValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.anything({ maxDepth: 3, maxKeys: 5, withNullPrototype: true, withBoxedValues: true }),
    fc.jsonValue({ maxDepth: 3 }),
    hostileString(),
    hostileNumber(),
    fc.constantFrom(null, undefined, true, false, [], {}, [[]], { '': null }),
  );

/** Instants a lenient parser lets through: year 0 and 9999 with offsets, leap days, odd offsets. */
const EDGE_INSTANTS = [
  '0000-01-01T00:00:00Z',
  '0000-01-01T00:00:00+14:00',
  '1899-12-31T23:59:59Z',
  '2999-12-31T23:59:59-12:00',
  '9999-12-31T23:59:59-12:00',
  '9999-12-31T23:59:59.999Z',
  '2024-02-29T12:00:00+05:30',
  '2025-02-29T12:00:00Z',
  '2026-10-15T12:00:00+23:59',
  '2026-10-15T12:00:00',
  '2026-10-15',
  '+012026-10-15T12:00:00Z',
];
const EDGE_DAYS = ['0000-01-01', '1899-12-31', '9999-12-31', '2025-02-29', '2024-02-29', '2026-13-01', '2026-10-00', '1969-12-31'];

/** Mostly the demo's year (so writes get through), sometimes the edges. */
const instant = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.date({ min: new Date('2025-10-01T00:00:00Z'), max: new Date('2026-10-15T12:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
    { weight: 1, arbitrary: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()) },
    { weight: 1, arbitrary: fc.constantFrom(...EDGE_INSTANTS) },
  );

const day = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)) },
    { weight: 1, arbitrary: fc.constantFrom(...EDGE_DAYS) },
  );

/** Numbers of the right type: small ids (real rows), scores, limits and money at their edges. */
const plausibleNumber = (): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 12 }) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 70 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 10, 11, 500, 501, 10_000_000, 10_000_001, 100_000_000) },
  );

/** Strings of the right type: odd text, and a few values that fields with a format accept. */
const plausibleString = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...ODD_TEXTS) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }) },
    { weight: 2, arbitrary: fc.constantFrom('USD', 'JPY', 'EUR', 'en-US', 'de-DE', 'ar-EG', 'he-IL', 'a@b.co', 'Spilled latte', 'MG-1') },
  );

interface Check {
  _zod: { def: { check: string; format?: string; pattern?: RegExp } };
}
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  checks?: Check[];
}
const defOf = (schema: z.ZodType) => (schema as unknown as { def: Def }).def;
const formatOf = (schema: z.ZodType) => (schema as unknown as { format?: string | null }).format ?? null;

type Mode = 'plausible' | 'rough';

/**
 * A value for the schema. `plausible`: the right type, at or past its edges (reaches the handlers);
 * `rough`: any field may be any value, and objects carry stray and polluting keys.
 */
function nearValid(schema: z.ZodType, depth: number, mode: Mode): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (s: z.ZodType) => nearValid(s, depth + 1, mode);
  switch (def.type) {
    case 'object':
      return shapedObject(def.shape ?? {}, depth, mode);
    case 'optional':
    case 'default':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: nearValid(def.innerType!, depth, mode) });
    case 'nullable':
      return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 4, arbitrary: nearValid(def.innerType!, depth, mode) });
    case 'pipe':
      return nearValid(def.in!, depth, mode);
    case 'array':
      return fc.oneof(
        { weight: 5, arbitrary: fc.array(inner(def.element!), { maxLength: mode === 'plausible' ? 4 : 6 }) },
        { weight: 1, arbitrary: fc.constant(Array.from({ length: 501 }, (_, i) => i + 1)) },
      );
    case 'record': {
      const key = inner(def.keyType!) as fc.Arbitrary<string>;
      return fc.dictionary(mode === 'plausible' ? key : fc.oneof(key, fc.constantFrom(...POLLUTING_KEYS)), inner(def.valueType!), { maxKeys: 4 });
    }
    case 'union':
      return fc.oneof(...def.options!.map((o) => nearValid(o, depth, mode)));
    case 'enum':
      return mode === 'plausible'
        ? fc.constantFrom(...Object.values(def.entries!))
        : fc.oneof(fc.constantFrom(...Object.values(def.entries!)), fc.constantFrom('', 'nope', 'IN_PERSON'));
    case 'literal':
      return fc.constantFrom(...def.values!);
    case 'boolean':
      return fc.boolean();
    case 'number':
      return mode === 'plausible' ? plausibleNumber() : hostileNumber();
    case 'string': {
      const format = formatOf(schema);
      if (format === 'datetime') return instant();
      if (format === 'date') return day();
      const pattern = def.checks?.find((c) => c._zod.def.format === 'regex')?._zod.def.pattern;
      const text = mode === 'plausible' ? plausibleString() : hostileString();
      return pattern ? fc.oneof({ weight: 3, arbitrary: fc.stringMatching(pattern) }, { weight: 1, arbitrary: text }) : text;
    }
    default:
      return depth > 2 ? fc.jsonValue({ maxDepth: 1 }) : fc.jsonValue({ maxDepth: 3 });
  }
}

/** The schema's own keys (any may be left out); rough: any value, plus stray and polluting keys. */
function shapedObject(shape: Record<string, z.ZodType>, depth: number, mode: Mode): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(
    Object.entries(shape).map(([key, schema]) => [
      key,
      depth > 3
        ? hostileValue()
        : mode === 'plausible'
          ? nearValid(schema, depth + 1, mode)
          : fc.oneof({ weight: 4, arbitrary: nearValid(schema, depth + 1, mode) }, { weight: 1, arbitrary: hostileValue() }),
    ]),
  );
  const known = fc.record(fields, { requiredKeys: [] });
  if (mode === 'plausible') return known;
  const stray = fc.option(fc.dictionary(fc.oneof(fc.constantFrom(...POLLUTING_KEYS, 'extra'), fc.string({ maxLength: 8 })), hostileValue(), { maxKeys: 2 }), { freq: 4 });
  return fc.tuple(known, stray).map(([values, extra]) => {
    const out: Record<string, unknown> = { ...values };
    // defineProperty, so "__proto__" lands as an own key (as JSON.parse makes it), not as the prototype.
    for (const [key, value] of Object.entries(extra ?? {})) {
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    }
    return out;
  });
}

/** Payloads for a channel: shaped like its request most of the time (plausible or rough), anything at all otherwise. */
export const payloadFor = (request: z.ZodType): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: nearValid(request, 0, 'plausible') },
    { weight: 3, arbitrary: nearValid(request, 0, 'rough') },
    { weight: 1, arbitrary: hostileValue() },
  );

/** Odd text the app stores as typed: no control characters or broken pairs, nothing to trim. */
export const STORABLE_TEXTS = ODD_TEXTS.filter((s) => s !== '' && s.trim() === s && isPlainText(s));

/** Text a spreadsheet would run as a formula, and text that starts with the escape itself. */
export const FORMULA_TEXTS = [
  '=1+1',
  '=HYPERLINK("http://evil.example","click")',
  "=cmd|' /C calc'!A0",
  '+1 (555) 0101',
  '-2+3',
  '@SUM(A1:A2)',
  '=',
  '-',
  "'",
  "'already quoted",
  "''two quotes",
  "'=quote then formula",
  "'tis the season",
  // Full-width, as an East Asian keyboard types them: escaped like their ASCII twins.
  '＝1+1',
  '＝HYPERLINK("http://evil.example","click")',
  '＋81 3 1234 5678',
  '－2+3',
  '＠SUM(A1:A2)',
  "'＝quote then full-width formula",
];
