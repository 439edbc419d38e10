// The report page loads on demand, so its charts stay out of the first screen's bundle.
import { lazy, Suspense } from 'react';

const ReportPage = lazy(() => import('./ReportPage').then((m) => ({ default: m.ReportPage })));

export const ReportPageLazy = () => (
  <Suspense fallback={<p>Preparing the report…</p>}>
    <ReportPage />
  </Suspense>
);

/** The report prints in the light scheme whatever the app's theme (read once: the printers load it directly). */
export const isReportRoute = (hash = window.location.hash) => /^#\/report(\?|$)/.test(hash);
