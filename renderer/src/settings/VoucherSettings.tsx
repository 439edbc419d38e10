// Settings › Vouchers: what a printed slip says and on what paper (docs/domain.md, "Vouchers").
import { Input, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { MessageId } from '../../../shared/i18n/catalog';
import { SLIP_PAPERS, type SlipPaper } from '../../../shared/schemas/settings';
import { useSettings } from '../api/lookups';
import { EditableText } from '../incident/EditableText';
import { useT } from '../lib/useT';
import { SlipPrinterSetting } from './SlipPrinterSetting';
import { useSave } from './useSave';

/** Each paper in words (shared/slipPaper.ts keeps its sizes). */
const PAPER: Record<SlipPaper, MessageId> = {
  receipt80: 'settings.vouchers.paper.receipt80',
  a6: 'settings.vouchers.paper.a6',
  quarterLetter: 'settings.vouchers.paper.quarterLetter',
};

/** "" is no expiry; anything else must be a whole number of days (the core says so if it is not). */
const readDays = (text: string): number | null => (text.trim() === '' ? null : /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN);

export function VoucherSettings() {
  const t = useT();
  const { data: s } = useSettings();
  const save = useSave();
  const [daysError, setDaysError] = useState<string | undefined>();
  if (!s) return null;
  return (
    <Stack maw={560} gap="md">
      <Text size="sm">{t('settings.vouchers.intro')}</Text>
      <EditableText
        label={t('settings.vouchers.apology')}
        description={t('settings.vouchers.apologyHint')}
        multiline
        value={s.voucherApology}
        onCommit={(v) => save('settings.update', { voucherApology: v }).then(Boolean)}
      />
      <EditableText
        label={t('settings.vouchers.days')}
        description={t('settings.vouchers.daysHint')}
        value={s.voucherValidDays === null ? '' : String(s.voucherValidDays)}
        error={daysError}
        onCommit={async (v) => {
          const days = readDays(v);
          if (Number.isNaN(days)) {
            setDaysError(t('settings.vouchers.daysError'));
            return false;
          }
          setDaysError(undefined);
          return Boolean(await save('settings.update', { voucherValidDays: days }));
        }}
      />
      <Input.Wrapper label={t('settings.vouchers.paper')} id="slip-paper-label" description={t('settings.vouchers.paperHint')}>
        <div>
          <SegmentedControl
            aria-labelledby="slip-paper-label"
            value={s.slipPaper}
            onChange={(v) => void save('settings.update', { slipPaper: v as SlipPaper })}
            data={SLIP_PAPERS.map((p) => ({ value: p, label: t(PAPER[p]) }))}
          />
        </div>
      </Input.Wrapper>
      <SlipPrinterSetting />
    </Stack>
  );
}
