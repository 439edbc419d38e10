// The monthly report as one printable page (report.html?month=YYYY-MM&edition=external|internal).
// Its own entry, outside the app; Chromium (CLI, browser mode) or Electron prints it to PDF once
// `document.body.dataset.reportReady` is set.
import { useEffect, useMemo, useState } from 'react';
import { primaryLanguage } from '../../../shared/i18n/languages';
import { cssPageSize, paperFor } from '../../../shared/paper';
import { errorMessage } from '../api/call';
import { monthName } from '../lib/months';
import { useT } from '../lib/useT';
import { headlineFigures, verdict } from './headline';
import type { Edition, ReportData } from '../../../shared/report';
import { PrintPatterns } from './printColors';
import { ParetoSection, TrendSection } from './ReportCharts';
import { reportFormat } from './reportFormat';
import { CausesSection, CompensationSection, IncidentsSection, LessonsSection } from './ReportSections';
import './report.css';
import { PAGE_MARK, PAGES_MARK } from '../../../shared/reportFooter';

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

/** Between the report's name and its month. */
const DOT = ' · ';

function Report({ data, edition }: { data: ReportData; edition: Edition }) {
  const t = useT();
  const { locale, currency, businessName } = data.settings;
  const f = useMemo(() => reportFormat(locale, currency), [locale, currency]);
  const figures = headlineFigures(data.figures, data.previous, f, t);
  const previousName = monthName(data.previousMonth, locale, false);
  const paper = paperFor(locale);
  const pageCss = `@page { size: ${cssPageSize(paper)}; margin: 14mm 12mm 16mm; }`;
  return (
    <main className={`report report-${paper.toLowerCase()}`} data-edition={edition}>
      <style>{pageCss}</style>
      <PrintPatterns />
      <header className="report-header">
        <div>
          <h1>{businessName || t('report.title')}</h1>
          <p className="report-sub">
            {t('report.title')}
            {DOT}
            <strong>{monthName(data.month, locale)}</strong>
          </p>
        </div>
        <p className="report-edition">
          {edition === 'internal' ? (
            <>
              <strong>{t('report.edition.internal')}</strong>
              <br />
              {t('report.edition.internalHint')}
            </>
          ) : (
            <>
              <strong>{t('report.edition.external')}</strong>
              <br />
              {t('report.edition.externalHint')}
            </>
          )}
        </p>
      </header>

      <section className="report-block report-keep" aria-label={t('reports.headline.title')}>
        <h2>{t('reports.headline.title')}</h2>
        <p className="report-reading">{t('report.headline.reading', { month: previousName })}</p>
        <dl className="report-figures">
          {figures.map((x) => (
            <div key={x.label} className="report-figure">
              <dt>{x.label}</dt>
              <dd>
                <span className="report-value">{x.value}</span>
                <span className="report-change">
                  {x.change === null ? t('reports.headline.noComparison') : t('report.headline.change', { change: x.change, verdict: verdict(x) })}
                </span>
              </dd>
            </div>
          ))}
        </dl>
        {/* How to fill it in is for the team; the external edition goes to readers who never use the app. */}
        {data.figures.per_1000_transactions === null ? (
          <p className="report-reading">
            {edition === 'internal'
              ? t('report.headline.per1000Internal', { thousand: f.count(1000) })
              : t('report.headline.per1000External', { thousand: f.count(1000) })}
          </p>
        ) : null}
      </section>

      <ParetoSection data={data} f={f} />
      <TrendSection data={data} f={f} />
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
  const t = useT();
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

  const error = load ? loaded?.error : t('report.page.noMonth');
  useEffect(() => {
    if (error) document.body.dataset.reportError = error;
  }, [error]);
  const data = loaded?.data;
  useEffect(() => {
    if (!data) return undefined;
    // The words' language, with the locale's region when they agree (de-CH for a Zurich shop that speaks German).
    const { language, locale } = data.settings;
    document.documentElement.lang = primaryLanguage(locale) === language ? locale : language;
    // The printer's footer says "Page 2 of 7" in these words, the numbers where the marks are (core/report/footer.ts).
    document.body.dataset.footerPage = t('report.footer.page', { page: PAGE_MARK, pages: PAGES_MARK });
    let live = true;
    void whenChartsDrawn().then(() => {
      if (live) document.body.dataset.reportReady = 'true';
    });
    return () => {
      live = false;
      delete document.body.dataset.reportReady;
    };
  }, [data, t]);

  if (error) return <p role="alert">{t('report.page.failed', { error })}</p>;
  if (!data) return <p>{t('report.page.preparing')}</p>;
  return <Report data={data} edition={edition} />;
}
