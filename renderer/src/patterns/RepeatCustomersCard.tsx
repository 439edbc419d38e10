// repeat_customers for the period (docs/domain.md): the people who came back within 90 days of an
// earlier incident. A second failure close to the first undoes a good recovery, so it is worth a glance.
import { Anchor, Group, Paper, Skeleton, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Period } from '../../../shared/schemas/patterns';
import { errorMessage } from '../api/call';
import { useCall } from '../api/useCall';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

/** Between the count and its words. */
const SPACE = ' ';

export function RepeatCustomersCard({ period }: { period: Period }) {
  const t = useT();
  const fmt = useFormat();
  const query = useCall('patterns.repeatCustomers', period, { placeholderData: keepPreviousData, staleTime: 30_000 });
  const d = query.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="repeat-customers-title">
      <Group justify="space-between" wrap="nowrap" align="center">
        <div>
          <Title order={2} size="h4" id="repeat-customers-title">
            {t('patterns.repeat.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('patterns.repeat.hint')}
          </Text>
        </div>
        {query.isError ? (
          <Text c="red">{errorMessage(query.error)}</Text>
        ) : !d ? (
          <Skeleton h={32} w={160} />
        ) : (
          <Group gap="lg" wrap="nowrap" align="baseline">
            <Text fw={800} fz={24}>
              {fmt.count(d.repeatCustomers)}
              <Text span c="dimmed" fz="sm" fw={500}>
                {SPACE}
                {t('patterns.repeat.cameBack', { count: d.repeatCustomers })}
              </Text>
            </Text>
            <Anchor component={Link} to="/customers?repeat=1" size="sm">
              {t('patterns.repeat.see')}
            </Anchor>
          </Group>
        )}
      </Group>
    </Paper>
  );
}
