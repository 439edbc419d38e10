/**
 * Whether `value` nests objects or arrays deeper than `max` levels, walked without recursion (a
 * cycle counts as too deep). Anything that recurses over a value (zod, JSON.stringify, SQLite's
 * json functions) can overflow on a payload thousands of levels deep, so this is asked first.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}

/** No request, draft or stored JSON of ours nests deeper than a few levels. */
export const MAX_DEPTH = 32;
