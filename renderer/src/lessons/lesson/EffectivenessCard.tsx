// Measured, not claimed: the lesson's cause before and after it was done (docs/domain.md).
import { Badge, Button, ColorSwatch, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { LessonDetail } from '../../../../shared/schemas/lesson';
import { Card } from '../../incident/Card';
import { useFormat } from '../../lib/useFormat';
import { useT } from '../../lib/useT';
import { verdictWords } from '../lessonOptions';
import { AFTER_COLOR, BEFORE_COLOR, EffectivenessChart } from './EffectivenessChart';
import { windowBars } from './effectivenessData';
import { EffectivenessNumbers } from './EffectivenessNumbers';
import { effectivenessWords } from './effectivenessWords';

export function EffectivenessCard({ detail }: { detail: LessonDetail }) {
  const { lesson, effectiveness: e } = detail;
  const fmt = useFormat();
  const t = useT();
  const [showNumbers, setShowNumbers] = useState(false);
  const words = effectivenessWords(e, lesson.rootCauseName, fmt.locale, t, lesson.status === 'dropped');
  const verdict = verdictWords(lesson);
  const verdictLabel = t(verdict.label);
  const bars = windowBars(e, t);
  const reading = lesson.rootCauseName ? t('lessons.effect.reading', { cause: lesson.rootCauseName }) : t('lessons.effect.readingNoCause');
  return (
    <Card title={t('lessons.effect.title')} id="card-effectiveness">
      <Stack gap="xs">
        <Group gap="sm">
          <Badge size="lg" color={verdict.color} variant={e.state === 'measured' ? 'filled' : 'outline'}>
            {verdictLabel}
          </Badge>
          {words.headline.toLowerCase() !== verdictLabel.toLowerCase() && <Text fw={700}>{words.headline}</Text>}
        </Group>
        {words.detail && <Text>{words.detail}</Text>}
        {bars.length > 0 && (
          <>
            <Text size="sm" c="dimmed">
              {reading} {t('lessons.effect.dashed')}
            </Text>
            <EffectivenessChart bars={bars} beforePer30={e.before?.per30 ?? null} afterPer30={e.state === 'measured' ? (e.after?.per30 ?? null) : null} reading={reading} />
            <Group gap="md" justify="space-between">
              <Group gap="md" aria-hidden>
                <Group gap={6}>
                  <ColorSwatch color={BEFORE_COLOR} size={14} withShadow={false} />
                  <Text size="sm">{t('lessons.effect.beforeDone')}</Text>
                </Group>
                <Group gap={6}>
                  <ColorSwatch color={AFTER_COLOR} size={14} withShadow={false} />
                  <Text size="sm">{t('lessons.effect.afterDone')}</Text>
                </Group>
              </Group>
              <Button size="xs" variant="subtle" aria-expanded={showNumbers} aria-controls="effectiveness-numbers" onClick={() => setShowNumbers(!showNumbers)}>
                {showNumbers ? t('lessons.effect.hideNumbers') : t('lessons.effect.showNumbers')}
              </Button>
            </Group>
            {showNumbers && <EffectivenessNumbers bars={bars} id="effectiveness-numbers" />}
          </>
        )}
      </Stack>
    </Card>
  );
}
