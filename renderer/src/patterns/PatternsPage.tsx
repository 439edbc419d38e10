// Patterns: where do we keep failing, what does it cost, is it getting better. Lazy-loaded with recharts.
import { Alert, Grid, Group, Loader, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, startTransition, useEffect, useState } from 'react';
import { errorMessage } from '../api/call';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { BreakdownsSection } from './BreakdownsSection';
import { ByKindCard } from './ByKindCard';
import { CalloutsSection } from './CalloutsSection';
import { CompensationCard } from './CompensationCard';
import { ParetoCard } from './ParetoCard';
import { PeriodPicker } from './PeriodPicker';
import { periodWords } from './periods';
import { usePattern } from './queries';
import { RecoveryCard } from './RecoveryCard';
import { RepeatCustomersCard } from './RepeatCustomersCard';
import { TrendCard } from './TrendCard';
import { usePeriodParam } from './usePeriodParam';

/**
 * Seven charts take a few hundred milliseconds to draw the first time. The heading, the period
 * picker and the callouts paint first; the charts follow in a transition, which React
 * interrupts for any click or key, so the screen is usable at once (measured in the note).
 */
function useChartsReady(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => startTransition(() => setReady(true)), []);
  return ready;
}

/** A card's place while its numbers load, or the reason they did not. */
function Loading<T>({ query, h, children, ready }: { query: { data?: T; isError: boolean; error: unknown }; h: number; ready: boolean; children: (data: T) => ReactNode }) {
  if (query.isError) return <Alert color="red">{errorMessage(query.error)}</Alert>;
  if (query.data === undefined || !ready) return <Skeleton h={h} radius="md" />;
  return <>{children(query.data)}</>;
}

export function PatternsPage() {
  const t = useT();
  const periodApi = usePeriodParam();
  const { period } = periodApi;
  const fmt = useFormat();
  const pareto = usePattern('patterns.pareto', period);
  const trend = usePattern('patterns.trend', period);
  const recovery = usePattern('patterns.recovery', period);
  const byKind = usePattern('patterns.recoveryByKind', period);
  const breakdowns = usePattern('patterns.breakdowns', period);
  const fetching = [pareto, trend, recovery, byKind, breakdowns].some((q) => q.isFetching);
  const ready = useChartsReady();

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="nowrap">
        <Group gap="sm" align="baseline" wrap="nowrap">
          <Title order={1}>{t('patterns.title')}</Title>
          <Text c="dimmed">{periodWords(period, fmt.locale)}</Text>
          {fetching && <Loader size="xs" aria-label={t('patterns.loadingPeriod')} />}
        </Group>
        <PeriodPicker {...periodApi} />
      </Group>
      <CalloutsSection period={period} />
      <RepeatCustomersCard period={period} />
      <SimpleGrid cols={2} spacing="md">
        <Loading query={pareto} h={380} ready={ready}>
          {(d) => <ParetoCard data={d} period={period} />}
        </Loading>
        <Loading query={trend} h={380} ready={ready}>
          {(d) => <TrendCard data={d} period={period} />}
        </Loading>
      </SimpleGrid>
      <Grid gap="md">
        <Grid.Col span={5}>
          <Loading query={recovery} h={320} ready={ready}>
            {(d) => <RecoveryCard data={d} period={period} />}
          </Loading>
        </Grid.Col>
        <Grid.Col span={4}>
          <Loading query={byKind} h={320} ready={ready}>
            {(d) => <ByKindCard data={d.byKind} />}
          </Loading>
        </Grid.Col>
        <Grid.Col span={3}>
          <Loading query={trend} h={320} ready={ready}>
            {(d) => <CompensationCard data={d.compensationByMonth} />}
          </Loading>
        </Grid.Col>
      </Grid>
      <Loading query={breakdowns} h={280} ready={ready}>
        {(d) => <BreakdownsSection data={d} period={period} />}
      </Loading>
    </Stack>
  );
}

export default PatternsPage;
