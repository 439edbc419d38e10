// The Patterns screen's Pareto and trend charts, at a fixed print size, in print colours.
import type { ReportData } from '../../../shared/report';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { bucketLabel, bucketTitle, spansYears } from '../patterns/bucketLabels';
import { ParetoChart } from '../patterns/ParetoChart';
import { paretoReading, trendReading, undiagnosedWords } from '../patterns/readings';
import { TrendChart, type TrendPoint } from '../patterns/TrendChart';
import { GROUPS } from '../patterns/chartColors';
import { printColors } from './printColors';
import { pct } from '../patterns/figures';
import type { ReportFormat } from './reportFormat';
import { ReportTable } from './ReportTable';

const noop = () => undefined;
/** The charts' box in report.css (180 mm × 70 mm) in CSS pixels: drawn at once, no measuring. */
const CHART_SIZE = { width: Math.round((180 / 25.4) * 96), height: Math.round((70 / 25.4) * 96) };
/** Bars beyond this many crowd the axis labels on paper; the table lists them all. */
const PARETO_BARS = 12;

/** Causes listed under the Pareto chart, with their cost: the chart's labels are cut short. */
const TABLE_ROWS = 10;

export function ParetoSection({ data, f }: { data: ReportData; f: ReportFormat }) {
  const t = useT();
  const labels = useLabels();
  const rows = data.pareto.byCount;
  const top = data.figures.top_root_causes.slice(0, TABLE_ROWS);
  const cut = rows.length > PARETO_BARS ? t('report.pareto.topOnly', { top: f.count(PARETO_BARS), total: f.count(rows.length) }) : '';
  const points = rows.slice(0, PARETO_BARS).map((r) => ({ name: r.name, value: r.incidents, cumulative: Math.round(r.cumulativeShare * 1000) / 10 }));
  return (
    <section className="report-block" aria-label={t('patterns.pareto.title')}>
      <h2>{t('patterns.pareto.title')}</h2>
      <p className="report-reading">
        {[paretoReading(rows, 'incidents', t, f.count), undiagnosedWords(data.pareto, t, f.count), cut].filter(Boolean).join(' ')}
      </p>
      {points.length === 0 ? (
        <p className="report-empty">{t('report.pareto.empty')}</p>
      ) : (
        <>
          <div className="report-chart" data-chart="pareto">
            <ParetoChart data={points} colors={printColors} valueName={t('patterns.column.incidents')} formatValue={f.count} onBarClick={noop} labelMax={17} size={CHART_SIZE} />
          </div>
          {/* The legend belongs to the chart: no chart, no legend. */}
          <p className="report-legend">{t('report.pareto.legend')}</p>
        </>
      )}
      {top.length > 0 ? (
        <ReportTable
          caption={t('patterns.pareto.title')}
          columns={[
            { label: '#', numeric: true, width: '5%' },
            { label: t('patterns.column.rootCause'), width: '41%' },
            { label: t('patterns.column.group'), width: '16%' },
            { label: t('patterns.column.incidents'), numeric: true, width: '11%' },
            { label: t('report.column.cumulative'), numeric: true, width: '12%' },
            { label: t('patterns.column.compensation'), numeric: true, width: '15%' },
          ]}
          rows={top.map((r, i) => ({
            key: r.root_cause,
            cells: [String(i + 1), r.root_cause, labels.causeGroup(r.group), f.count(r.incidents), pct(r.cumulative_share), f.money(r.compensation)],
          }))}
        />
      ) : null}
    </section>
  );
}

export function TrendSection({ data, f }: { data: ReportData; f: ReportFormat }) {
  const t = useT();
  const { locale } = f;
  const trend = data.trend;
  const withYear = spansYears(trend.points.map((p) => p.start));
  const points = trend.points.map((p) => ({
    label: bucketLabel(p.start, trend.bucket, locale, withYear),
    title: bucketTitle(p.start, trend.bucket, locale, t),
    ...Object.fromEntries(GROUPS.map((g) => [g, p.byGroup[g] ?? 0])),
  })) as TrendPoint[];
  const groups = GROUPS.filter((g) => trend.points.some((p) => (p.byGroup[g] ?? 0) > 0));
  return (
    <section className="report-block report-keep" aria-label={t('patterns.trend.title', { bucket: 'month' })}>
      <h2>{t('report.trend.title', { bucket: trend.bucket })}</h2>
      <p className="report-reading">{trendReading(trend, t, f.count)}</p>
      {groups.length === 0 ? (
        <p className="report-empty">{t('report.trend.empty')}</p>
      ) : (
        <div className="report-chart" data-chart="trend">
          <TrendChart data={points} groups={groups} colors={printColors} onBarClick={noop} size={CHART_SIZE} />
        </div>
      )}
    </section>
  );
}
