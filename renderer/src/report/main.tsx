// The printable report's own entry (report.html): it asks for the month's data first, while
// React, the report and its charts load; nothing of the app's shell or theme is loaded at all.
// First import: zod must be jitless before any schema is built (the desktop CSP refuses eval).
import '../lib/zodJitless';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Language } from '../../../shared/i18n/languages';
import { HANDED_REPORT_DATA, loadReportData, type ReportData, readReportParams } from '../../../shared/report';
import { call } from '../api/call';
import { InLanguage } from '../lib/InLanguage';

declare global {
  interface Window {
    /** Left by the CLI's printer, which reads the data from the core while Chromium starts. */
    [HANDED_REPORT_DATA]?: ReportData;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('report.html has no #root element');
const params = readReportParams(window.location.search);
const handed = window[HANDED_REPORT_DATA];
const load = !params.month ? null : handed?.month === params.month ? Promise.resolve(handed) : loadReportData(params.month, call);
// Only so an early failure is not "unhandled" while the page loads: ReportPage shows it.
load?.catch(() => undefined);

const { ReportPage } = await import('./ReportPage');

/**
 * The report speaks the shop's language, which comes with its data: nothing is drawn until then,
 * so the printer never catches a page in the wrong language. Without data (no month, or a failure
 * to load) there is no shop to ask, and the page says why in English.
 */
function useReportLanguage(): Language | null {
  const [language, setLanguage] = useState<Language | null>(load ? null : 'en');
  useEffect(() => {
    let live = true;
    load?.then(
      (data) => live && setLanguage(data.settings.language),
      () => live && setLanguage('en'),
    );
    return () => {
      live = false;
    };
  }, []);
  return language;
}

function Root() {
  return (
    <InLanguage language={useReportLanguage()}>
      <ReportPage load={load} edition={params.edition} />
    </InLanguage>
  );
}

createRoot(root).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
