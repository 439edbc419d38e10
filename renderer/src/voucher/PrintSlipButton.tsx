// "Print slip" for a voucher. Browser mode opens the print page in a new tab (opened at the click,
// so no pop-up blocker stops it), which prints itself once drawn. The app asks the core, whose host
// prints to the printer this computer remembers; the first time, or with Change printer, a printer
// is chosen in PrinterDialog.
import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import type { VoucherPrinted } from '../../../shared/schemas/voucher';
import { voucherPagePath } from '../../../shared/slipPaper';
import { isBrowserMode } from '../api/invoke';
import { useWrite } from '../api/useCall';
import { notifyDone, notifyError } from '../lib/notify';
import { useT } from '../lib/useT';
import { PrinterDialog } from './PrinterDialog';

export function PrintSlipButton({ id, code }: { id: number; code: string }) {
  const t = useT();
  const write = useWrite();
  const [busy, setBusy] = useState(false);
  const [choosing, setChoosing] = useState<VoucherPrinted | null>(null);
  const browser = isBrowserMode();

  const print = async (options: { deviceName?: string; choose?: boolean } = {}) => {
    setBusy(true);
    try {
      const answer = await write('vouchers.print', { id, ...options });
      if (answer.printed) {
        setChoosing(null);
        notifyDone(answer.deviceName ? t('voucher.print.sentTo', { code, printer: answer.deviceName }) : t('voucher.print.sent', { code }));
      } else if (answer.printers.length > 0) setChoosing(answer);
      else window.open(`/${voucherPagePath(id, true)}`, '_blank');
    } catch (error) {
      notifyError(error, t('voucher.print.failed'));
    } finally {
      setBusy(false);
    }
  };

  const onPrint = () => {
    // Opened here, in the click: a tab opened after waiting for an answer may be blocked.
    if (browser) window.open(`/${voucherPagePath(id, true)}`, '_blank');
    else void print();
  };

  return (
    <Group gap={4} wrap="nowrap">
      <Button size="compact-md" variant="light" loading={busy} onClick={onPrint} aria-label={t('voucher.print.labelFor', { code })}>
        {t('voucher.print.button')}
      </Button>
      {!browser && (
        <Button size="compact-md" variant="subtle" onClick={() => void print({ choose: true })} aria-label={t('voucher.print.changeFor', { code })}>
          {t('voucher.print.change')}
        </Button>
      )}
      <PrinterDialog key={choosing ? choosing.printers.map((p) => p.name).join('|') : 'closed'} answer={choosing} code={code} busy={busy} onPrint={(deviceName) => void print({ deviceName })} onClose={() => setChoosing(null)} />
    </Group>
  );
}
