// The core's SQL names its values as better-sqlite3 does (`?`, `?2`, `@name`, `:name`); PostgreSQL
// numbers them ($1, $2…). This rewrites the marks, and only the marks: text inside quotes, comments
// and dollar-quoted bodies is left alone, so a '?' in a literal stays a question mark.

export type Slot = { kind: 'position'; index: number } | { kind: 'name'; name: string };

export interface Numbered {
  text: string;
  /** What each $n is bound from, in order ($1 first). */
  slots: Slot[];
}

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const DIGITS = /[0-9]+/y;

function readAt(re: RegExp, sql: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(sql);
  return m ? m[0] : null;
}

/** Index just past the end of the quoted text, comment or dollar-quoted body starting at `i`, or -1. */
function skipQuoted(sql: string, i: number): number {
  const c = sql[i];
  if (c === "'" || c === '"') {
    let j = i + 1;
    for (;;) {
      const end = sql.indexOf(c, j);
      if (end === -1) return sql.length;
      if (sql[end + 1] === c) j = end + 2;
      else return end + 1;
    }
  }
  if (c === '-' && sql[i + 1] === '-') {
    const end = sql.indexOf('\n', i);
    return end === -1 ? sql.length : end + 1;
  }
  if (c === '/' && sql[i + 1] === '*') {
    const end = sql.indexOf('*/', i + 2);
    return end === -1 ? sql.length : end + 2;
  }
  if (c === '$') {
    const tag = /\$([A-Za-z_][A-Za-z0-9_]*)?\$/y;
    tag.lastIndex = i;
    const m = tag.exec(sql);
    if (m) {
      const end = sql.indexOf(m[0], i + m[0].length);
      return end === -1 ? sql.length : end + m[0].length;
    }
  }
  return -1;
}

export function numberPlaceholders(sql: string): Numbered {
  const slots: Slot[] = [];
  const byName = new Map<string, number>();
  let nextPosition = 0;
  let out = '';
  let i = 0;
  const slotFor = (slot: Slot): number => {
    const key = slot.kind === 'name' ? `n:${slot.name}` : `p:${slot.index}`;
    const known = byName.get(key);
    if (known !== undefined) return known;
    slots.push(slot);
    byName.set(key, slots.length);
    return slots.length;
  };
  while (i < sql.length) {
    const skipped = skipQuoted(sql, i);
    if (skipped !== -1) {
      out += sql.slice(i, skipped);
      i = skipped;
      continue;
    }
    const c = sql[i]!;
    if (c === '?') {
      const digits = readAt(DIGITS, sql, i + 1);
      if (digits) {
        out += `$${slotFor({ kind: 'position', index: Number(digits) - 1 })}`;
        i += 1 + digits.length;
      } else {
        // Each bare ? is its own value, even when two carry the same one.
        slots.push({ kind: 'position', index: nextPosition++ });
        out += `$${slots.length}`;
        i += 1;
      }
      continue;
    }
    if ((c === '@' || (c === ':' && sql[i + 1] !== ':' && sql[i - 1] !== ':')) && /[A-Za-z_]/.test(sql[i + 1] ?? '')) {
      const name = readAt(NAME, sql, i + 1)!;
      out += `$${slotFor({ kind: 'name', name })}`;
      i += 1 + name.length;
      continue;
    }
    out += c;
    i += 1;
  }
  return { text: out, slots };
}

const isNamedObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Date);

/** One value as PostgreSQL is sent it; what better-sqlite3 would refuse is refused here too. */
function toWire(value: unknown, where: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value);
  throw new TypeError(`SQL value ${where} is ${value === undefined ? 'missing' : `a ${typeof value}`}; only text, numbers, bigints, bytes and null can be stored.`);
}

/** The values for `slots` from a call's arguments, as better-sqlite3 reads them (positional, arrays, one object of names). */
export function bindValues(slots: readonly Slot[], args: readonly unknown[]): unknown[] {
  const positional: unknown[] = [];
  let named: Record<string, unknown> | null = null;
  for (const arg of args) {
    if (Array.isArray(arg)) positional.push(...arg);
    else if (isNamedObject(arg)) named = arg;
    else positional.push(arg);
  }
  const used = slots.filter((s) => s.kind === 'position').length;
  if (positional.length > 0 && positional.length !== new Set(slots.filter((s) => s.kind === 'position').map((s) => (s as { index: number }).index)).size) {
    throw new RangeError(`Too ${positional.length > used ? 'many' : 'few'} parameter values were provided`);
  }
  return slots.map((slot) => {
    if (slot.kind === 'position') {
      if (slot.index >= positional.length) throw new RangeError('Too few parameter values were provided');
      return toWire(positional[slot.index], `$${slot.index + 1}`);
    }
    if (!named || !(slot.name in named)) throw new RangeError(`Missing named parameter "${slot.name}"`);
    return toWire(named[slot.name], `"${slot.name}"`);
  });
}
