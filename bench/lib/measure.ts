// Repeated timings and the table `npm run bench` prints: medians and 95th percentiles, each
// beside a reference measured in the same run, so a figure still means something on a noisy machine.

export interface Stats {
  runs: number;
  median: number;
  p95: number;
}

/** A budget: the median must stay under `max` (in the row's unit), and `ratio` under `maxRatio`. */
export interface Budget {
  max?: number;
  maxRatio?: number;
}

export interface BenchRow {
  what: string;
  unit: 'ms' | 's' | 'KB' | 'MB' | 'files';
  value: Stats;
  reference?: { what: string; value: Stats };
  budget: Budget;
  /** Filled in by `judge`. */
  ratio?: number;
  pass?: boolean;
  note?: string;
}

const rank = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { runs: sorted.length, median: rank(sorted, 0.5), p95: rank(sorted, 0.95) };
}

/** Times `fn` `runs` times after `warmup` untimed calls; milliseconds. */
export async function sample(fn: () => unknown, runs: number, warmup = 2): Promise<Stats> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return stats(samples);
}

/** Times `a` and `b` alternately, so both see the same machine. */
export async function samplePair(a: () => unknown, b: () => unknown, runs: number, warmup = 1): Promise<[Stats, Stats]> {
  for (let i = 0; i < warmup; i++) {
    await a();
    await b();
  }
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    await a();
    sa.push(performance.now() - t);
    t = performance.now();
    await b();
    sb.push(performance.now() - t);
  }
  return [stats(sa), stats(sb)];
}

export const scale = (s: Stats, by: number): Stats => ({ runs: s.runs, median: s.median * by, p95: s.p95 * by });

export function judge(row: BenchRow): BenchRow {
  const ratio = row.reference && row.reference.value.median > 0 ? row.value.median / row.reference.value.median : undefined;
  const underMax = row.budget.max === undefined || row.value.median < row.budget.max;
  const underRatio = row.budget.maxRatio === undefined || (ratio !== undefined && ratio <= row.budget.maxRatio);
  return { ...row, ...(ratio === undefined ? {} : { ratio }), pass: underMax && underRatio };
}

const num = (n: number, unit: BenchRow['unit']) => (unit === 'ms' ? (n < 10 ? n.toFixed(2) : n.toFixed(1)) : n.toFixed(unit === 's' ? 2 : 0));

export function formatRow(r: BenchRow): string[] {
  const budget = [r.budget.max === undefined ? '' : `< ${r.budget.max} ${r.unit}`, r.budget.maxRatio === undefined ? '' : `ratio ≤ ${r.budget.maxRatio}`]
    .filter(Boolean)
    .join(', ');
  return [
    r.what,
    `${num(r.value.median, r.unit)} ${r.unit}`,
    r.value.runs > 1 ? `${num(r.value.p95, r.unit)} ${r.unit}` : '',
    r.reference ? `${r.reference.what}: ${num(r.reference.value.median, r.unit)} ${r.unit}` : '',
    r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}×`,
    budget,
    r.pass ? 'ok' : 'MISSED',
  ];
}

export function table(rows: BenchRow[]): string {
  const head = ['what', 'median', 'p95', 'reference (median)', 'ratio', 'budget', ''];
  const cells = [head, ...rows.map(formatRow)];
  const widths = head.map((_, i) => Math.max(...cells.map((c) => (c[i] ?? '').length)));
  return cells.map((c) => c.map((x, i) => x.padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}
