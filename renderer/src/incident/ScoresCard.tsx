import { NativeSelect, SimpleGrid, Text } from '@mantine/core';
import type { Outcome } from '../../../shared/domain';
import { useOptions } from '../lib/options';
import { useT } from '../lib/useT';
import { Card } from './Card';
import type { CardProps } from './types';

const scores = Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }));
const toScore = (s: string) => (s === '' ? null : Number(s));

export function ScoresCard({ incident: i, editor }: CardProps) {
  const t = useT();
  const { outcome } = useOptions();
  const scoreOptions = [{ value: '', label: t('incident.score.notAsked') }, ...scores];
  return (
    <Card title={t('incident.scores.title')} id="card-scores">
      <Text size="sm" c="dimmed" mb="xs">
        {t('incident.scores.hint')}
      </Text>
      <SimpleGrid cols={3} spacing="sm">
        <NativeSelect
          label={t('incident.field.scoreBefore')}
          data={scoreOptions}
          value={i.scoreBefore === null ? '' : String(i.scoreBefore)}
          error={editor.errors.scoreBefore}
          onChange={(e) => void editor.save({ scoreBefore: toScore(e.currentTarget.value) })}
        />
        <NativeSelect
          label={t('incident.field.scoreAfter')}
          data={scoreOptions}
          value={i.scoreAfter === null ? '' : String(i.scoreAfter)}
          error={editor.errors.scoreAfter}
          onChange={(e) => void editor.save({ scoreAfter: toScore(e.currentTarget.value) })}
        />
        <NativeSelect
          label={t('incident.field.outcome')}
          data={outcome}
          value={i.outcome}
          error={editor.errors.outcome}
          onChange={(e) => void editor.save({ outcome: e.currentTarget.value as Outcome })}
        />
      </SimpleGrid>
    </Card>
  );
}
