// At the top: the causes that keep coming back in the 30 days ending at the period's end, rising ones first.
import { Alert, Button, Group, SimpleGrid, Skeleton, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Period } from '../../../shared/schemas/patterns';
import { errorMessage } from '../api/call';
import { CalloutCard } from './CalloutCard';
import { periodWords } from './periods';
import { usePattern } from './queries';
import { useFormat } from '../lib/useFormat';

/** One row at 1366×768, so the charts start above the fold. */
const SHOWN = 4;

export function CalloutsSection({ period }: { period: Period }) {
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
          Recurring root causes
        </Title>
        {data && (
          <Text size="sm" c="dimmed">
            the last 30 days: {periodWords({ from: data.window.from, to: data.window.to }, fmt.locale)}
          </Text>
        )}
      </Group>
      {query.isError ? (
        <Alert color="red">{errorMessage(query.error)}</Alert>
      ) : !data ? (
        <Skeleton h={84} />
      ) : causes.length === 0 ? (
        <Text c="dimmed">Nothing recurring in the last 30 days.</Text>
      ) : (
        <>
          <SimpleGrid cols={4} spacing="sm">
            {(all ? causes : causes.slice(0, SHOWN)).map((c) => (
              <CalloutCard key={c.rootCauseId} cause={c} window={data.window} />
            ))}
          </SimpleGrid>
          {causes.length > SHOWN && (
            <Button variant="subtle" size="compact-sm" mt={4} onClick={() => setAll((a) => !a)} aria-expanded={all}>
              {all ? 'Show fewer' : `Show all ${causes.length}`}
            </Button>
          )}
        </>
      )}
    </section>
  );
}
