// At the top: the causes that keep coming back in the 30 days ending at the period's end, rising ones first.
import { Alert, Button, Group, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Period } from '../../../shared/schemas/patterns';
import { errorMessage } from '../api/call';
import { CalloutCard } from './CalloutCard';
import { periodWords } from './periods';
import { usePattern } from './queries';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

/** One row at 1366×768, so the charts start above the fold. */
const SHOWN = 4;

export function CalloutsSection({ period }: { period: Period }) {
  const t = useT();
  const query = usePattern('patterns.callouts', period);
  const fmt = useFormat();
  const [all, setAll] = useState(false);
  const data = query.data;
  const causes = (data?.causes ?? [])
    .filter((c) => c.recurring || c.rising)
    .sort((a, b) => Number(b.rising) - Number(a.rising) || b.last30 - a.last30);

  return (
    <section aria-labelledby="patterns-callouts">
      <Group gap="xs" align="baseline" mb={6}>
        <Title order={2} size="h4" id="patterns-callouts">
          {t('patterns.callouts.title')}
        </Title>
        {data && (
          <Text size="sm" c="dimmed">
            {t('patterns.callouts.window', { period: periodWords({ from: data.window.from, to: data.window.to }, fmt.locale) })}
          </Text>
        )}
      </Group>
      {query.isError ? (
        <Alert color="red">{errorMessage(query.error)}</Alert>
      ) : !data ? (
        <Skeleton h={84} />
      ) : causes.length === 0 ? (
        <Text c="dimmed">{t('patterns.callouts.none')}</Text>
      ) : (
        <>
          <SimpleGrid cols={4} spacing="sm">
            {(all ? causes : causes.slice(0, SHOWN)).map((c) => (
              <CalloutCard key={c.rootCauseId} cause={c} window={data.window} />
            ))}
          </SimpleGrid>
          {causes.length > SHOWN && (
            <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setAll((a) => !a)} aria-expanded={all}>
              {all ? t('patterns.callouts.showFewer') : t('patterns.callouts.showAll', { count: fmt.count(causes.length) })}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
