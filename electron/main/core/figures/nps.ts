// docs/domain.md's recovery arithmetic, on counts the SQL aggregates return. Exact: integers only.

/** a / b rounded to a whole number, halves away from zero, with no floating point. */
export function divideRoundHalfAway(a: number, b: number): number {
  const sign = Math.sign(a) * Math.sign(b);
  const num = Math.abs(a);
  const den = Math.abs(b);
  return sign * Math.floor((2 * num + den) / (2 * den)) || 0;
}

/** % of 9–10 minus % of 0–6 over `scored` answers; null when nobody was asked. */
export function nps(promoters: number, detractors: number, scored: number): number | null {
  return scored === 0 ? null : divideRoundHalfAway(100 * (promoters - detractors), scored);
}

/** A share from 0 to 1, or null when there is nothing to count. */
export const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
