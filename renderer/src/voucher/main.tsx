// The voucher slip's own entry (voucher.html?id=…): asks for the slip while React loads; nothing of
// the app's shell or theme is loaded. Browser mode opens it in a new tab, which has the tab's key
// (sessionStorage goes with window.open); Electron loads it in a hidden window to print.
// First import: zod must be jitless before any schema is built (the desktop CSP refuses eval).
import '../lib/zodJitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { readVoucherParams } from '../../../shared/slipPaper';
import { call } from '../api/call';
import { SlipPage } from './SlipPage';

const root = document.getElementById('root');
if (!root) throw new Error('voucher.html has no #root element');
const params = readVoucherParams(window.location.search);
const load = params.id === null ? Promise.reject(new Error('This page needs a voucher: open it from the incident’s Print slip.')) : call('vouchers.slip', { id: params.id });
load.catch(() => undefined);
createRoot(root).render(
  <StrictMode>
    <SlipPage load={load} autoPrint={params.print} />
  </StrictMode>,
);
