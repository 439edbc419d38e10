// Settings › Vouchers, in the app only: the printer this computer sends slips to (browser mode
// prints through the browser's own dialog, so it has none to choose).
import { Button, Group, Input, Text } from '@mantine/core';
import { useState } from 'react';
import type { VoucherPrinted } from '../../../shared/schemas/voucher';
import { isBrowserMode } from '../api/invoke';
import { useWrite } from '../api/useCall';
import { notifyDone, notifyError } from '../lib/notify';
import { useT } from '../lib/useT';
import { PrinterDialog } from '../voucher/PrinterDialog';

export function SlipPrinterSetting() {
  const t = useT();
  const write = useWrite();
  const [busy, setBusy] = useState(false);
  const [choosing, setChoosing] = useState<VoucherPrinted | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  if (isBrowserMode()) return null;

  const send = async (request: { choose: true } | { deviceName: string }) => {
    setBusy(true);
    try {
      const answer = await write('vouchers.print', request);
      setCurrent(answer.deviceName);
      if ('choose' in request) setChoosing(answer);
      else {
        setChoosing(null);
        notifyDone(t('settings.slipPrinter.done', { printer: answer.deviceName ?? request.deviceName }));
      }
    } catch (error) {
      notifyError(error, t('settings.slipPrinter.notChosen'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Input.Wrapper label={t('settings.slipPrinter.label')} description={t('settings.slipPrinter.hint')}>
      <Group gap="sm" mt={4}>
        {current && <Text fw={600}>{current}</Text>}
        <Button variant="default" loading={busy} onClick={() => void send({ choose: true })}>
          {t('settings.slipPrinter.choose')}
        </Button>
      </Group>
      <PrinterDialog
        key={choosing ? choosing.printers.map((p) => p.name).join('|') : 'closed'}
        answer={choosing}
        code={null}
        busy={busy}
        onPrint={(deviceName) => void send({ deviceName })}
        onClose={() => setChoosing(null)}
      />
    </Input.Wrapper>
  );
}
