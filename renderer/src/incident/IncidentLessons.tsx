// The lessons this incident taught, and "Write a lesson" prefilled with its root cause and the incident.
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Incident } from '../../../shared/schemas/incident';
import { useCall } from '../api/useCall';
import { LessonStatusBadge } from '../lessons/LessonBadges';
import { LessonFormModal, type LessonPrefill } from '../lessons/LessonFormModal';
import { useT } from '../lib/useT';

export function IncidentLessons({ incident }: { incident: Incident }) {
  const t = useT();
  const filter = { incidentId: incident.id };
  const lessons = useCall('lessons.list', { filter });
  const [prefill, setPrefill] = useState<LessonPrefill | null>(null);
  return (
    <Stack gap="xs" mt="sm">
      <Group justify="space-between">
        <Text size="sm" fw={500} id="incident-lessons">
          {t('incident.lessons.title')}
        </Text>
        <Button size="sm" variant="light" onClick={() => setPrefill({ rootCauseId: incident.rootCauseId, incidentIds: [incident.id], incidentRef: incident.ref })}>
          {t('incident.lessons.write')}
        </Button>
      </Group>
      {lessons.data?.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('incident.lessons.none')}
        </Text>
      )}
      {(lessons.data?.length ?? 0) > 0 && (
        <Stack gap={4} component="ul" aria-labelledby="incident-lessons" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {lessons.data?.map((l) => (
            <Group component="li" key={l.id} gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/lessons/${l.id}`} size="sm" style={{ flex: 1 }}>
                {l.title}
              </Anchor>
              <LessonStatusBadge status={l.status} />
            </Group>
          ))}
        </Stack>
      )}
      <LessonFormModal prefill={prefill} onClose={() => setPrefill(null)} />
    </Stack>
  );
}
