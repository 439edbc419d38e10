// The monthly report as one printable page (#/report?month=YYYY-MM&edition=external|internal).
// Rendered outside the app shell; Chromium (CLI, browser mode) or Electron prints it to PDF once
// `document.body.dataset.reportReady` is set.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { cssPageSize, paperFor } from '../../../shared/paper';
import { errorMessage } from '../api/call';
import { isMonth, monthName } from '../lib/months';
import { headlineFigures } from './headline';
import { type Edition, loadReport, type ReportData } from './loadReport';
import { PrintPatterns } from './printColors';
import { ParetoSection, TrendSection } from './ReportCharts';
import { reportFormat } from './reportFormat';
import { CausesSection, CompensationSection, IncidentsSection, LessonsSection } from './ReportSections';
import './report.css';

/** Resolves once every chart has drawn its SVG (recharts measures its box first). */
function whenChartsDrawn(): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      const boxes = [...document.querySelectorAll('.report-chart')];
      const drawn = boxes.every((b) => b.querySelector('.recharts-surface .recharts-layer') !== null);
      if (drawn || performance.now() - started > 5000) resolve();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

function Report({ data, edition }: { data: ReportData; edition: Edition }) {
  const { locale, currency, businessName } = data.settings;
  const f = useMemo(() => reportFormat(locale, currency), [locale, currency]);
  const figures = headlineFigures(data.figures, data.previous, f);
  const previousName = monthName(data.previousMonth, locale, false);
  const paper = paperFor(locale);
  return (
    <main className={`report report-${paper.toLowerCase()}`} data-edition={edition}>
      <style>{`@page { size: ${cssPageSize(paper)}; margin: 14mm 12mm 16mm; }`}</style>
      <PrintPatterns />
      <header className="report-header">
        <div>
          <h1>{businessName || 'Service recovery report'}</h1>
          <p className="report-sub">
            Service recovery report · <strong>{monthName(data.month, locale)}</strong>
          </p>
        </div>
        <p className="report-edition">
          {edition === 'internal' ? (
            <>
              <strong>Internal edition</strong>
              <br />
              for the team only: names staff and holds internal notes
            </>
          ) : (
            <>
              <strong>External edition</strong>
              <br />
              names no staff member
            </>
          )}
        </p>
      </header>

      <section className="report-block report-keep" aria-label="Headline figures">
        <h2>Headline figures</h2>
        <p className="report-reading">Under each figure, the change from {previousName}; percentages change in points (pts).</p>
        <dl className="report-figures">
          {figures.map((x) => (
            <div key={x.label} className="report-figure">
              <dt>{x.label}</dt>
              <dd>
                <span className="report-value">{x.value}</span>
                <span className="report-change">
                  {x.change === null ? 'no comparison' : `${x.change}${x.better === null ? '' : x.better ? ', better' : ', worse'}`}
                </span>
              </dd>
            </div>
          ))}
        </dl>
        {data.figures.per_1000_transactions === null ? (
          <p className="report-reading">Per 1,000 transactions: enter the month’s transactions on the Reports screen.</p>
        ) : null}
      </section>

      <ParetoSection data={data} f={f} />
      <TrendSection data={data} locale={locale} />
      <CausesSection data={data} f={f} />
      <LessonsSection data={data} edition={edition} f={f} />
      <CompensationSection data={data} f={f} />
      <IncidentsSection data={data} edition={edition} f={f} />
    </main>
  );
}

export function ReportPage() {
  const [params] = useSearchParams();
  const month = params.get('month');
  const edition: Edition = params.get('edition') === 'internal' ? 'internal' : 'external';
  const valid = isMonth(month);
  const query = useQuery({
    queryKey: ['report', month],
    queryFn: () => loadReport(month as string),
    enabled: valid,
    staleTime: Infinity,
    retry: false,
  });

  useEffect(() => {
    const body = document.body.dataset;
    if (!valid) body.reportError = 'The report needs a month such as 2026-10.';
    else if (query.error) body.reportError = errorMessage(query.error);
    else if (query.data) {
      let live = true;
      void whenChartsDrawn().then(() => {
        if (live) body.reportReady = 'true';
      });
      return () => {
        live = false;
        delete body.reportReady;
      };
    }
    return undefined;
  }, [valid, query.error, query.data]);

  if (!valid) return <p role="alert">The report needs a month such as 2026-10.</p>;
  if (query.error) return <p role="alert">The report could not be made: {errorMessage(query.error)}</p>;
  if (!query.data) return <p>Preparing the report…</p>;
  return <Report data={query.data} edition={edition} />;
}
