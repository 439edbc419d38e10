// The incidents a lesson came from: open, unlink, or link another.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { IncidentRow } from '../../../../shared/schemas/incident';
import { Card } from '../../incident/Card';
import { useFormat } from '../../lib/useFormat';
import { useT } from '../../lib/useT';
import { LinkIncident } from './LinkIncident';
import type { LessonEditor } from './useLessonEditor';

export function LessonIncidents({ incidents, editor }: { incidents: IncidentRow[]; editor: LessonEditor }) {
  const fmt = useFormat();
  const t = useT();
  return (
    <Card title={t('lessons.incidents.title', { count: incidents.length })} id="card-lesson-incidents">
      <Stack gap="sm">
        {incidents.length === 0 && <Text c="dimmed">{t('lessons.incidents.none')}</Text>}
        {incidents.length > 0 && (
          <Stack gap={6} component="ul" aria-label={t('lessons.incidents.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {incidents.map((r) => (
              <Group component="li" key={r.id} wrap="nowrap" gap="sm">
                <Anchor component={Link} to={`/incidents/${r.id}`} ff="monospace" fw={600}>
                  {r.ref}
                </Anchor>
                <Text size="sm" lineClamp={1} style={{ flex: 1 }} title={r.summary}>
                  {r.summary}
                </Text>
                <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                  {fmt.date(r.occurredAt)}
                </Text>
                <Button size="xs" variant="subtle" color="red" onClick={() => void editor.link(r.id, false)} aria-label={t('lessons.incidents.unlinkRef', { ref: r.ref })}>
                  {t('lessons.incidents.unlink')}
                </Button>
              </Group>
            ))}
          </Stack>
        )}
        <LinkIncident linked={incidents.map((r) => r.id)} onPick={(id) => editor.link(id, true)} />
      </Stack>
    </Card>
  );
}
