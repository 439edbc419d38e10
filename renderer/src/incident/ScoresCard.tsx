import { NativeSelect, SimpleGrid } from '@mantine/core';
import type { Outcome } from '../../../shared/domain';
import { outcomeOptions } from '../lib/options';
import { Card } from './Card';
import type { CardProps } from './types';

const scoreOptions = [{ value: '', label: 'Not asked' }, ...Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: String(n) }))];
const toScore = (s: string) => (s === '' ? null : Number(s));

export function ScoresCard({ incident: i, editor }: CardProps) {
  return (
    <Card title="Turn-around" id="card-scores">
      <SimpleGrid cols={3} spacing="sm">
        <NativeSelect
          label="Score before"
          description="0–10, would recommend"
          data={scoreOptions}
          value={i.scoreBefore === null ? '' : String(i.scoreBefore)}
          error={editor.errors.scoreBefore}
          onChange={(e) => void editor.save({ scoreBefore: toScore(e.currentTarget.value) })}
        />
        <NativeSelect
          label="Score after"
          description="0–10, after recovery"
          data={scoreOptions}
          value={i.scoreAfter === null ? '' : String(i.scoreAfter)}
          error={editor.errors.scoreAfter}
          onChange={(e) => void editor.save({ scoreAfter: toScore(e.currentTarget.value) })}
        />
        <NativeSelect
          label="Outcome"
          description="Did we keep them?"
          data={outcomeOptions}
          value={i.outcome}
          error={editor.errors.outcome}
          onChange={(e) => void editor.save({ outcome: e.currentTarget.value as Outcome })}
        />
      </SimpleGrid>
    </Card>
  );
}
