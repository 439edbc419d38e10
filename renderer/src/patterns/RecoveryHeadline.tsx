// The period's recovery in four numbers; "–" where there was nothing to count.
import { Group, Text } from '@mantine/core';
import type { Period, Recovery } from '../../../shared/schemas/patterns';
import { useT } from '../lib/useT';
import { VoucherFigure } from '../voucher/VoucherFigure';
import { npsText, pct } from './figures';

function Figure({ label, value, hint }: { label: string; value: string; hint: string }) {
  const t = useT();
  return (
    <div title={hint} aria-label={t('patterns.recovery.figure', { label, value })} role="group">
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text fw={800} fz={20} lh={1.2} style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
    </div>
  );
}

export function RecoveryHeadline({ overall, period }: { overall: Recovery['overall']; period?: Period | undefined }) {
  const t = useT();
  return (
    // Five figures wrap to a second line where the card is narrow (a 100,000-incident year at 1366 px).
    <Group gap="lg" mt={4} wrap="wrap" style={{ rowGap: 8 }}>
      <Figure
        label={t('patterns.recovery.npsBeforeAfter')}
        value={`${npsText(overall.npsBefore)} → ${npsText(overall.npsAfter)}`}
        hint={t('patterns.recovery.npsHint')}
      />
      <Figure label={t('patterns.recovery.lift')} value={npsText(overall.npsLift)} hint={t('patterns.recovery.liftHint')} />
      <Figure label={t('patterns.recovery.rate')} value={pct(overall.recoveryRate)} hint={t('patterns.recovery.rateHint')} />
      <Figure label={t('patterns.recovery.retention')} value={pct(overall.retention)} hint={t('patterns.recovery.retentionHint')} />
      {period && <VoucherFigure period={period} />}
    </Group>
  );
}
