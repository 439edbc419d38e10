import { List, Text } from '@mantine/core';
import { nameMap, useCategories, useRootCauses, useStaff } from '../api/lookups';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import type { IncidentEvent } from '../../../shared/schemas/incident';
import { Card } from './Card';
import { describeEvent } from './describeEvent';

export function Timeline({ events }: { events: IncidentEvent[] }) {
  const t = useT();
  const labels = useLabels();
  const fmt = useFormat();
  const lookups = {
    category: nameMap(useCategories().data),
    staff: nameMap(useStaff().data),
    rootCause: nameMap(useRootCauses().data),
    dateTime: fmt.dateTime,
    money: fmt.money,
    t,
    labels,
  };
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at) || a.id - b.id);
  const days = sorted.map((e) => fmt.date(e.at));
  return (
    <Card title={t('incident.timeline.title')} id="card-timeline">
      <List listStyleType="none" spacing={4} aria-label={t('incident.timeline.title')}>
        {sorted.map((e, n) => {
          const day = days[n] ?? '';
          const showDay = n === 0 || days[n - 1] !== day;
          return (
            <List.Item key={e.id}>
              {showDay && (
                <Text size="xs" fw={700} c="dimmed" tt="uppercase" mt="xs">
                  {day}
                </Text>
              )}
              <Text size="sm">
                <Text span fw={600} ff="monospace" me="sm">
                  {fmt.time(e.at)}
                </Text>
                {describeEvent(e, lookups)}
              </Text>
            </List.Item>
          );
        })}
      </List>
    </Card>
  );
}
