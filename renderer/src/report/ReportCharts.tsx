// The Patterns screen's Pareto and trend charts, at a fixed print size, in print colours.
import type { ReportData } from '../../../shared/report';
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
  const rows = data.pareto.byCount;
  const top = data.figures.top_root_causes.slice(0, TABLE_ROWS);
  const points = rows.slice(0, PARETO_BARS).map((r) => ({ name: r.name, value: r.incidents, cumulative: Math.round(r.cumulativeShare * 1000) / 10 }));
  return (
    <section className="report-block" aria-label="Top root causes">
      <h2>Top root causes</h2>
      <p className="report-reading">
        {paretoReading(rows, 'incidents')} {undiagnosedWords(data.pareto)}
        {rows.length > PARETO_BARS ? ` The chart shows the top ${PARETO_BARS} of ${rows.length}.` : ''}
      </p>
      {points.length === 0 ? (
        <p className="report-empty">No incident this month has a root cause yet.</p>
      ) : (
        <>
          <div className="report-chart" data-chart="pareto">
            <ParetoChart data={points} colors={printColors} valueName="Incidents" formatValue={f.count} onBarClick={noop} labelMax={17} size={CHART_SIZE} />
          </div>
          {/* The legend belongs to the chart: no chart, no legend. */}
          <p className="report-legend">Bars: incidents per cause (left axis). Line with dots: cumulative share of incidents (right axis).</p>
        </>
      )}
      {top.length > 0 ? (
        <ReportTable
          caption="Top root causes"
          columns={[
            { label: '#', numeric: true, width: '5%' },
            { label: 'Root cause', width: '41%' },
            { label: 'Group', width: '16%' },
            { label: 'Incidents', numeric: true, width: '11%' },
            { label: 'Cumulative', numeric: true, width: '12%' },
            { label: 'Compensation', numeric: true, width: '15%' },
          ]}
          rows={top.map((r, i) => ({
            key: r.root_cause,
            cells: [String(i + 1), r.root_cause, r.group, f.count(r.incidents), pct(r.cumulative_share), f.money(r.compensation)],
          }))}
        />
      ) : null}
    </section>
  );
}

export function TrendSection({ data, locale }: { data: ReportData; locale: string }) {
  const trend = data.trend;
  const withYear = spansYears(trend.points.map((p) => p.start));
  const points = trend.points.map((p) => ({
    label: bucketLabel(p.start, trend.bucket, locale, withYear),
    title: bucketTitle(p.start, trend.bucket, locale),
    ...Object.fromEntries(GROUPS.map((g) => [g, p.byGroup[g] ?? 0])),
  })) as TrendPoint[];
  const groups = GROUPS.filter((g) => trend.points.some((p) => (p.byGroup[g] ?? 0) > 0));
  return (
    <section className="report-block report-keep" aria-label="Incidents per month">
      <h2>Incidents per {trend.bucket}, the last six months</h2>
      <p className="report-reading">{trendReading(trend)}</p>
      {groups.length === 0 ? (
        <p className="report-empty">No incidents in these six months.</p>
      ) : (
        <div className="report-chart" data-chart="trend">
          <TrendChart data={points} groups={groups} colors={printColors} onBarClick={noop} size={CHART_SIZE} />
        </div>
      )}
    </section>
  );
}
