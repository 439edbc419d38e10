import { NativeSelect, SimpleGrid, Text } from '@mantine/core';
import type { Outcome } from '../../../shared/domain';
import { outcomeOptions } from '../lib/options';
import { Card } from './Card';
import type { CardProps } from './types';

const scoreOptions = [{ value: '', label: 'Not asked' }, ...Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }))];
const toScore = (s: string) => (s === '' ? null : Number(s));

export function ScoresCard({ incident: i, editor }: CardProps) {
  return (
    <Card title="Turn-around" id="card-scores">
      <Text size="sm" c="dimmed" mb="xs">
        How likely to recommend us (0–10), when it happened and after the recovery.
      </Text>
      <SimpleGrid cols={3} spacing="sm">
        <NativeSelect
          label="Score before"
          data={scoreOptions}
          value={i.scoreBefore === null ? '' : String(i.scoreBefore)}
          error={editor.errors.scoreBefore}
          onChange={(e) => void editor.save({ scoreBefore: toScore(e.currentTarget.value) })}
        />
        <NativeSelect
          label="Score after"
          data={scoreOptions}
          value={i.scoreAfter === null ? '' : String(i.scoreAfter)}
          error={editor.errors.scoreAfter}
          onChange={(e) => void editor.save({ scoreAfter: toScore(e.currentTarget.value) })}
        />
        <NativeSelect
          label="Outcome"
          data={outcomeOptions}
          value={i.outcome}
          error={editor.errors.outcome}
          onChange={(e) => void editor.save({ outcome: e.currentTarget.value as Outcome })}
        />
      </SimpleGrid>
    </Card>
  );
}
