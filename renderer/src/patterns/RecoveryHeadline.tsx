// The period's recovery in four numbers; "–" where there was nothing to count.
import { Group, Text } from '@mantine/core';
import type { Period, Recovery } from '../../../shared/schemas/patterns';
import { VoucherFigure } from '../voucher/VoucherFigure';
import { npsText, pct } from './figures';

function Figure({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <div title={hint} aria-label={`${label}: ${value}`} role="group">
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
  return (
    // Five figures wrap to a second line where the card is narrow (a 100,000-incident year at 1366 px).
    <Group gap="lg" mt={4} wrap="wrap" style={{ rowGap: 8 }}>
      <Figure label="NPS before → after" value={`${npsText(overall.npsBefore)} → ${npsText(overall.npsAfter)}`} hint="% of 9–10 minus % of 0–6" />
      <Figure label="Lift" value={npsText(overall.npsLift)} hint="After − before, over incidents with both scores" />
      <Figure label="Recovery rate" value={pct(overall.recoveryRate)} hint="Detractors (0–6) who scored 9–10 after" />
      <Figure label="Retention" value={pct(overall.retention)} hint="Retained / (retained + lost)" />
      {period && <VoucherFigure period={period} />}
    </Group>
  );
}
