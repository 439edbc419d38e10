// One-line readings of each chart, computed from its numbers, in the shop's language.
import type { Pareto, Trend } from '../../../shared/schemas/patterns';
import type { useT } from '../lib/useT';
import { pct } from './figures';

/** `useT()`'s function: the readings are plain functions, so the screen hands its words in. */
export type Translate = ReturnType<typeof useT>;
/** A count as the shop writes it (useFormat's `count`, or the report's). */
export type Count = (n: number) => string;

/** "3 causes of 12 account for 80% of incidents"; shares are of all the period's incidents (or compensation). */
export function paretoReading(rows: { cumulativeShare: number }[], of: 'incidents' | 'compensation', t: Translate, count: Count): string {
  if (rows.length === 0) return t('patterns.reading.pareto.none', { of });
  if (rows.length === 1) return t('patterns.reading.pareto.one', { share: pct(rows[0]?.cumulativeShare ?? 0), of });
  const reaches = rows.findIndex((r) => r.cumulativeShare >= 0.8) + 1;
  // Past half the causes, "the top 3" says more than "9 of 12".
  const k = reaches > 0 && reaches <= Math.max(3, rows.length / 2) ? reaches : Math.min(3, rows.length);
  const values = { causes: k, top: count(k), total: count(rows.length), share: pct(rows[k - 1]?.cumulativeShare ?? 0), of };
  return reaches === k ? t('patterns.reading.pareto.reaches', values) : t('patterns.reading.pareto.top', values);
}

const days = (p: { start: string; end: string }) => Math.round((Date.parse(p.end) - Date.parse(p.start)) / 86_400_000) + 1;

/** The first buckets against the last, per day, since the edges can be part weeks or months. */
export function trendReading(trend: Trend, t: Translate, count: Count): string {
  const pts = trend.points;
  const unit = trend.bucket;
  const total = pts.reduce((s, p) => s + p.total, 0);
  if (total === 0) return t('patterns.reading.noIncidents');
  if (pts.length < 2) return t('patterns.reading.trend.total', { count: total, total: count(total) });
  const n = Math.min(4, Math.floor(pts.length / 2));
  const perDay = (xs: typeof pts) => xs.reduce((s, p) => s + p.total, 0) / Math.max(1, xs.reduce((s, p) => s + days(p), 0));
  const first = perDay(pts.slice(0, n));
  const last = perDay(pts.slice(-n));
  if (first === 0) return t('patterns.reading.trend.noneFirst', { count: total, total: count(total), n, unit });
  const change = Math.round(((last - first) / first) * 100);
  if (Math.abs(change) < 5) return t('patterns.reading.trend.level', { n, unit });
  return t('patterns.reading.trend.change', { direction: change < 0 ? 'down' : 'up', change: `${Math.abs(change)}%`, n, unit });
}

/** The largest of a breakdown and its share: "Most come in person (45%)". */
export function topShare<T>(rows: T[], value: (r: T) => number): { row: T; share: number } | null {
  const total = rows.reduce((s, r) => s + value(r), 0);
  if (total === 0) return null;
  const row = rows.reduce((a, b) => (value(b) > value(a) ? b : a));
  return { row, share: value(row) / total };
}

/** Nothing at all is not "every incident has a root cause": then there is nothing to say here. */
export const undiagnosedWords = (p: Pareto, t: Translate, count: Count) =>
  p.undiagnosed > 0
    ? t('patterns.reading.undiagnosed', { count: p.undiagnosed, total: count(p.undiagnosed) })
    : p.byCount.length > 0
      ? t('patterns.reading.allDiagnosed')
      : '';
