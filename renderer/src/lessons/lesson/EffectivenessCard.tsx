// Measured, not claimed: the lesson's cause before and after it was done (docs/domain.md).
import { Badge, Button, ColorSwatch, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { LessonDetail } from '../../../../shared/schemas/lesson';
import { Card } from '../../incident/Card';
import { useFormat } from '../../lib/useFormat';
import { verdictWords } from '../lessonOptions';
import { AFTER_COLOR, BEFORE_COLOR, EffectivenessChart } from './EffectivenessChart';
import { windowBars } from './effectivenessData';
import { EffectivenessNumbers } from './EffectivenessNumbers';
import { effectivenessWords } from './effectivenessWords';

export function EffectivenessCard({ detail }: { detail: LessonDetail }) {
  const { lesson, effectiveness: e } = detail;
  const fmt = useFormat();
  const [showNumbers, setShowNumbers] = useState(false);
  const words = effectivenessWords(e, lesson.rootCauseName, fmt.locale, lesson.status === 'dropped');
  const verdict = verdictWords(lesson);
  const bars = windowBars(e);
  const reading = `Incidents of ${lesson.rootCauseName ?? 'its root cause'} per 30 days: grey bars before the lesson was done, teal bars after.`;
  return (
    <Card title="Did it work?" id="card-effectiveness">
      <Stack gap="xs">
        <Group gap="sm">
          <Badge size="lg" color={verdict.color} variant={e.state === 'measured' ? 'filled' : 'outline'}>
            {verdict.label}
          </Badge>
          {words.headline.toLowerCase() !== verdict.label.toLowerCase() && <Text fw={700}>{words.headline}</Text>}
        </Group>
        {words.detail && <Text>{words.detail}</Text>}
        {bars.length > 0 && (
          <>
            <Text size="sm" c="dimmed">
              {reading} Dashed lines: the average per 30 days on each side.
            </Text>
            <EffectivenessChart bars={bars} beforePer30={e.before?.per30 ?? null} afterPer30={e.state === 'measured' ? (e.after?.per30 ?? null) : null} reading={reading} />
            <Group gap="md" justify="space-between">
              <Group gap="md" aria-hidden>
                <Group gap={6}>
                  <ColorSwatch color={BEFORE_COLOR} size={14} withShadow={false} />
                  <Text size="sm">Before done</Text>
                </Group>
                <Group gap={6}>
                  <ColorSwatch color={AFTER_COLOR} size={14} withShadow={false} />
                  <Text size="sm">After done</Text>
                </Group>
              </Group>
              <Button size="xs" variant="subtle" aria-expanded={showNumbers} aria-controls="effectiveness-numbers" onClick={() => setShowNumbers(!showNumbers)}>
                {showNumbers ? 'Hide numbers' : 'Show numbers'}
              </Button>
            </Group>
            {showNumbers && <EffectivenessNumbers bars={bars} id="effectiveness-numbers" />}
          </>
        )}
      </Stack>
    </Card>
  );
}
