// Settings › Vouchers: what a printed slip says and on what paper (docs/domain.md, "Vouchers").
import { Input, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { SLIP_PAPERS, type SlipPaper } from '../../../shared/schemas/settings';
import { SLIP_SIZES } from '../../../shared/slipPaper';
import { useSettings } from '../api/lookups';
import { EditableText } from '../incident/EditableText';
import { SlipPrinterSetting } from './SlipPrinterSetting';
import { useSave } from './useSave';

/** "" is no expiry; anything else must be a whole number of days (the core says so if it is not). */
const readDays = (text: string): number | null => (text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

export function VoucherSettings() {
  const { data: s } = useSettings();
  const save = useSave();
  const [daysError, setDaysError] = useState<string | undefined>();
  if (!s) return null;
  return (
    <Stack maw={560} gap="md">
      <Text size="sm">
        A voucher given on an incident gets a code the customer brings back. Its slip shows the shop’s name, what it is worth, the code, the
        expiry date if you set one, and your apology. It never names staff.
      </Text>
      <EditableText
        label="Apology line"
        description="Printed at the foot of every slip, in your words"
        multiline
        value={s.voucherApology}
        onCommit={(v) => save('settings.update', { voucherApology: v }).then(Boolean)}
      />
      <EditableText
        label="Days a voucher is valid"
        description="Counted from the day it is given, to the end of that day; leave empty for no expiry. New vouchers only: one already given keeps its date."
        value={s.voucherValidDays === null ? '' : String(s.voucherValidDays)}
        error={daysError}
        onCommit={async (v) => {
          const days = readDays(v);
          if (Number.isNaN(days)) {
            setDaysError('Write a whole number of days, or leave it empty for no expiry.');
            return false;
          }
          setDaysError(undefined);
          return Boolean(await save('settings.update', { voucherValidDays: days }));
        }}
      />
      <Input.Wrapper label="Slip paper" id="slip-paper-label" description="What the slip printer holds">
        <div>
          <SegmentedControl
            aria-labelledby="slip-paper-label"
            value={s.slipPaper}
            onChange={(v) => void save('settings.update', { slipPaper: v as SlipPaper })}
            data={SLIP_PAPERS.map((p) => ({ value: p, label: SLIP_SIZES[p].label }))}
          />
        </div>
      </Input.Wrapper>
      <SlipPrinterSetting />
    </Stack>
  );
}
