// The voucher slip's own entry (voucher.html?id=…): asks for the slip while React loads; nothing of
// the app's shell or theme is loaded. Browser mode opens it in a new tab, which has the tab's key
// (sessionStorage goes with window.open); Electron loads it in a hidden window to print.
// The slip speaks the shop's language, which comes with the slip (`vouchers.slip`).
// First import: zod must be jitless before any schema is built (the desktop CSP refuses eval).
import '../lib/zodJitless';
import { StrictMode, Suspense, use } from 'react';
import { createRoot } from 'react-dom/client';
import { type Language, pickLanguage } from '../../../shared/i18n/languages';
import { readVoucherParams } from '../../../shared/slipPaper';
import { call, errorMessage } from '../api/call';
import { InLanguage } from '../lib/InLanguage';
import { NoVoucherError, SlipPage } from './SlipPage';

const root = document.getElementById('root');
if (!root) throw new Error('voucher.html has no #root element');
const params = readVoucherParams(window.location.search);
const load = params.id === null ? Promise.reject(new NoVoucherError('This page needs a voucher id')) : call('vouchers.slip', { id: params.id });
// The printers (electron/main/pageReady.ts) wait for the slip or for this, whatever is drawn.
load.catch((error: unknown) => {
  document.body.dataset.slipError = errorMessage(error);
});
/** Without a slip there is no shop to ask: the page says why in the browser's language. */
const language: Promise<Language> = load.then(
  (slip) => slip.language,
  () => pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]),
);

function Slip() {
  return (
    <InLanguage language={use(language)}>
      <SlipPage load={load} autoPrint={params.print} />
    </InLanguage>
  );
}

createRoot(root).render(
  <StrictMode>
    <Suspense fallback={null}>
      <Slip />
    </Suspense>
  </StrictMode>,
);
