// The monthly report as one printable page (report.html?month=YYYY-MM&edition=external|internal).
// Its own entry, outside the app; Chromium (CLI, browser mode) or Electron prints it to PDF once
// `document.body.dataset.reportReady` is set.
import { useEffect, useMemo, useState } from 'react';
import { cssPageSize, paperFor } from '../../../shared/paper';
import { errorMessage } from '../api/call';
import { monthName } from '../lib/months';
import { headlineFigures } from './headline';
import type { Edition, ReportData } from '../../../shared/report';
import { PrintPatterns } from './printColors';
import { ParetoSection, TrendSection } from './ReportCharts';
import { reportFormat } from './reportFormat';
import { CausesSection, CompensationSection, IncidentsSection, LessonsSection } from './ReportSections';
import './report.css';

/** Resolves once every chart has drawn its SVG (recharts measures its text first). */
function whenChartsDrawn(): Promise<void> {
  return new Promise((resolve) => {
    const started = performance.now();
    const check = () => {
      const boxes = [...document.querySelectorAll('.report-chart')];
      const drawn = boxes.every((b) => b.querySelector('.recharts-surface .recharts-layer') !== null);
      if (drawn || performance.now() - started > 5000) resolve();
      else setTimeout(check, 10);
    };
    check();
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
        {/* How to fill it in is for the team; the external edition goes to readers who never use the app. */}
        {data.figures.per_1000_transactions === null ? (
          <p className="report-reading">
            {edition === 'internal'
              ? 'Per 1,000 transactions: enter the month’s transactions on the Reports screen.'
              : 'Per 1,000 transactions: not counted, as the month’s transactions were not recorded.'}
          </p>
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

type Loaded = { data: ReportData; error?: never } | { error: string; data?: never };

/**
 * The report once its data has come: `load` was started by the entry before this module and
 * its charts had loaded. Sets `document.body.dataset.reportReady` (or `reportError`) for the printer.
 */
export function ReportPage({ load, edition }: { load: Promise<ReportData> | null; edition: Edition }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!load) return undefined;
    let live = true;
    load.then(
      (data) => live && setLoaded({ data }),
      (error: unknown) => live && setLoaded({ error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [load]);

  const error = load ? loaded?.error : 'The report needs a month such as 2026-10.';
  useEffect(() => {
    if (error) document.body.dataset.reportError = error;
  }, [error]);
  const data = loaded?.data;
  useEffect(() => {
    if (!data) return undefined;
    document.documentElement.lang = data.settings.locale;
    let live = true;
    void whenChartsDrawn().then(() => {
      if (live) document.body.dataset.reportReady = 'true';
    });
    return () => {
      live = false;
      delete document.body.dataset.reportReady;
    };
  }, [data]);

  if (error) return <p role="alert">The report could not be made: {error}</p>;
  if (!data) return <p>Preparing the report…</p>;
  return <Report data={data} edition={edition} />;
}
