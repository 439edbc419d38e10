import { Stack, Text } from '@mantine/core';
import { useT } from '../lib/useT';
import { RootCausePicker } from '../rootcause/RootCausePicker';
import { Card } from './Card';
import { EditableText } from './EditableText';
import { IncidentLessons } from './IncidentLessons';
import type { CardProps } from './types';

const WHYS = [0, 1, 2, 3, 4] as const;

export function DiagnoseCard({ incident: i, editor }: CardProps) {
  const t = useT();
  const whys = WHYS.map((n) => i.fiveWhys[n] ?? '');
  const saveWhy = (n: number) => (value: string) => {
    const next = whys.map((w, k) => (k === n ? value : w));
    // Trailing blanks are not answers; keep inner blanks so the order stays as typed.
    while (next.length > 0 && next.at(-1)?.trim() === '') next.pop();
    return editor.save({ fiveWhys: next });
  };
  return (
    <Card title={t('incident.diagnose.title')} id="card-diagnose">
      <Stack gap="xs">
        <RootCausePicker
          description={t('incident.diagnose.rootCauseHint')}
          value={i.rootCauseId}
          noneLabel={t('incident.diagnose.notYet')}
          error={editor.errors.rootCauseId}
          onChange={(id) => void editor.save({ rootCauseId: id })}
        />
        <Text size="sm" fw={500} mt="xs">
          {t('incident.diagnose.fiveWhys')}
        </Text>
        {WHYS.map((n) => (
          <EditableText
            size="sm"
            key={n}
            label={t('incident.diagnose.why', { n: n + 1 })}
            value={whys[n] ?? ''}
            error={editor.errors[`fiveWhys.${n}`]}
            onCommit={saveWhy(n)}
          />
        ))}
        <IncidentLessons incident={i} />
      </Stack>
    </Card>
  );
}
