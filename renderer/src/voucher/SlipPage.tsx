// A voucher slip on paper (docs/domain.md, "Vouchers"): the shop's name, what it is worth, the code
// large, the expiry if any and the shop's apology. Never a staff member's name (the core takes them
// out of the description). Sets document.body.dataset.slipReady once drawn, for the printers. Its own words
// are in the shop's language (main.tsx); the apology is the shop's own text, printed as typed.
import { useEffect, useLayoutEffect, useState } from 'react';
import { formatDate } from '../../../shared/format';
import type { VoucherSlip } from '../../../shared/schemas/voucher';
import { SLIP_PAGE_DATASET, SLIP_SIZES } from '../../../shared/slipPaper';
import { errorMessage } from '../api/call';
import { useT } from '../lib/useT';
import './slip.css';

const PX_PER_MM = 96 / 25.4;

/** The page was opened without a voucher's id (main.tsx): SlipPage says so in the reader's language. */
export class NoVoucherError extends Error {}

function Slip({ slip, autoPrint }: { slip: VoucherSlip; autoPrint: boolean }) {
  const t = useT();
  const size = SLIP_SIZES[slip.paper];
  // The page size goes into the document once the slip is drawn: a receipt roll is cut after the
  // slip, so its page is as tall as what was drawn. Then the printers may print.
  useLayoutEffect(() => {
    const drawn = document.querySelector('.slip')?.getBoundingClientRect().height ?? 0;
    const heightMm = size.heightMm ?? Math.ceil(drawn / PX_PER_MM) + 2;
    const height = size.height ?? `${heightMm}mm`;
    document.body.dataset[SLIP_PAGE_DATASET] = JSON.stringify({ widthMm: size.widthMm, heightMm });
    const style = document.createElement('style');
    style.textContent = `@page { size: ${size.width} ${height}; margin: 0; }`;
    document.head.append(style);
    document.body.dataset.slipReady = 'true';
    if (autoPrint) window.print();
    return () => style.remove();
  }, [size, autoPrint]);
  return (
    <main className={`slip slip-${slip.paper}`} style={{ width: size.width }}>
      <h1 className="slip-shop">{slip.businessName || t('voucher.slip.voucher')}</h1>
      <p className="slip-kind">{t('voucher.slip.voucher')}</p>
      {slip.item && <p className="slip-item">{slip.item}</p>}
      {slip.value && <p className="slip-value">{slip.value}</p>}
      <p className="slip-code">{slip.code}</p>
      <p className="slip-hint">{t('voucher.slip.hint')}</p>
      {slip.expiresAt && <p className="slip-expiry">{t('voucher.status.validUntil', { date: formatDate(slip.expiresAt, slip) })}</p>}
      {slip.apology && <p className="slip-apology">{slip.apology}</p>}
    </main>
  );
}

/** The printers learn of a failure from document.body.dataset.slipError, which main.tsx sets. */
export function SlipPage({ load, autoPrint }: { load: Promise<VoucherSlip>; autoPrint: boolean }) {
  const t = useT();
  const [slip, setSlip] = useState<VoucherSlip | null>(null);
  const [failed, setFailed] = useState<{ error: unknown } | null>(null);
  useEffect(() => {
    load.then(setSlip, (error: unknown) => setFailed({ error }));
  }, [load]);
  const title = t('voucher.slip.documentTitle');
  useEffect(() => {
    document.title = title;
  }, [title]);
  if (failed) {
    return (
      <p role="alert" className="slip-error">
        {failed.error instanceof NoVoucherError ? t('voucher.slip.noVoucher') : errorMessage(failed.error)}
      </p>
    );
  }
  if (!slip) return <p className="slip-loading">{t('voucher.slip.drawing')}</p>;
  return <Slip slip={slip} autoPrint={autoPrint} />;
}
