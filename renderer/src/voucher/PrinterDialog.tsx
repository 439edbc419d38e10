// Which printer a slip goes to: shown the first time the app prints one, and from Change printer.
// The choice is remembered on this computer (not in the shared data file).
import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { VoucherPrinted } from '../../../shared/schemas/voucher';
import { useT } from '../lib/useT';

interface Props {
  answer: VoucherPrinted | null;
  /** The voucher about to print; null: choosing from Settings, nothing prints. */
  code: string | null;
  busy: boolean;
  onPrint: (deviceName: string) => void;
  onClose: () => void;
}

export function PrinterDialog({ answer, code, busy, onPrint, onClose }: Props) {
  const t = useT();
  const printers = answer?.printers ?? [];
  // Keyed by its answer (PrintSlipButton): each opening starts from the remembered or default printer.
  const [chosen, setChosen] = useState<string | null>(
    () => answer?.deviceName ?? printers.find((p) => p.isDefault)?.name ?? printers[0]?.name ?? null,
  );
  return (
    <Modal opened={answer !== null} onClose={onClose} title={code ? t('voucher.printer.titlePrint') : t('voucher.printer.titleSetting')} styles={{ title: { fontWeight: 700 } }}>
      <Stack gap="md">
        <Text size="sm">
          {code ? t('voucher.printer.chooseFor', { code }) : t('voucher.printer.choose')}
        </Text>
        <Select
          label={t('voucher.printer.printer')}
          data={printers.map((p) => ({ value: p.name, label: p.isDefault ? t('voucher.printer.default', { name: p.displayName }) : p.displayName }))}
          value={chosen}
          onChange={setChosen}
          allowDeselect={false}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('voucher.printer.cancel')}
          </Button>
          <Button loading={busy} disabled={chosen === null} onClick={() => chosen && onPrint(chosen)}>
            {code ? t('voucher.printer.print') : t('voucher.printer.use')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
