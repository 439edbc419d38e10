// One-line readings of each chart, computed from its numbers.
import type { Pareto, Trend } from '../../../shared/schemas/patterns';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "3 causes of 12 account for 80% of incidents"; shares are of all the period's incidents (or compensation). */
export function paretoReading(rows: { cumulativeShare: number }[], of: string): string {
  if (rows.length === 0) return `No ${of} with a root cause in this period.`;
  if (rows.length === 1) return `One cause: ${Math.round((rows[0]?.cumulativeShare ?? 0) * 100)}% of ${of}.`;
  const reaches = rows.findIndex((r) => r.cumulativeShare >= 0.8) + 1;
  // Past half the causes, "the top 3" says more than "9 of 12".
  const k = reaches > 0 && reaches <= Math.max(3, rows.length / 2) ? reaches : Math.min(3, rows.length);
  const share = Math.round((rows[k - 1]?.cumulativeShare ?? 0) * 100);
  return reaches === k
    ? `${plural(k, 'cause')} of ${rows.length} account for ${share}% of ${of}.`
    : `The top ${k} of ${rows.length} causes account for ${share}% of ${of}.`;
}

const days = (p: { start: string; end: string }) => Math.round((Date.parse(p.end) - Date.parse(p.start)) / 86_400_000) + 1;

/** The first buckets against the last, per day, since the edges can be part weeks or months. */
export function trendReading(trend: Trend): string {
  const pts = trend.points;
  const unit = trend.bucket;
  const total = pts.reduce((s, p) => s + p.total, 0);
  if (total === 0) return 'No incidents in this period.';
  if (pts.length < 2) return `${plural(total, 'incident')} in this period.`;
  const n = Math.min(4, Math.floor(pts.length / 2));
  const perDay = (xs: typeof pts) => xs.reduce((s, p) => s + p.total, 0) / Math.max(1, xs.reduce((s, p) => s + days(p), 0));
  const first = perDay(pts.slice(0, n));
  const last = perDay(pts.slice(-n));
  const firstWords = n === 1 ? `the first ${unit}` : `the first ${n} ${unit}s`;
  const lastWords = n === 1 ? `the last ${unit}` : `the last ${n} ${unit}s`;
  if (first === 0) return `${plural(total, 'incident')}; none in ${firstWords}.`;
  const change = Math.round(((last - first) / first) * 100);
  if (Math.abs(change) < 5) return `About level: ${lastWords} against ${firstWords}, per day.`;
  return `Incidents are ${change < 0 ? 'down' : 'up'} ${Math.abs(change)}% a day in ${lastWords} against ${firstWords}.`;
}

/** The largest of a breakdown and its share: "Most come in person (45%)". */
export function topShare<T>(rows: T[], value: (r: T) => number): { row: T; share: number } | null {
  const total = rows.reduce((s, r) => s + value(r), 0);
  if (total === 0) return null;
  const row = rows.reduce((a, b) => (value(b) > value(a) ? b : a));
  return { row, share: value(row) / total };
}

/** What to do on a chart with no incidents at all. */
export const NO_INCIDENTS_NEXT = 'No incidents in this period: choose a longer period, or log one with “Log incident”.';

/** Nothing at all is not "every incident has a root cause": then there is nothing to say here. */
export const undiagnosedWords = (p: Pareto) =>
  p.undiagnosed > 0
    ? `${plural(p.undiagnosed, 'incident')} without a root cause yet.`
    : p.byCount.length > 0
      ? 'Every incident in this period has a root cause.'
      : '';
