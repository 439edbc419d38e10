// One chart in a card: title, a one-line reading, the chart as a named figure, and its numbers as a table on demand.
import { Button, Group, Paper, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../lib/useT';

interface Props {
  title: string;
  /** What the chart shows, in one line computed from its numbers. */
  reading: string;
  chart: ReactNode;
  table: ReactNode;
  /** Controls beside the title (By count / By cost). */
  controls?: ReactNode;
  footer?: ReactNode;
  height?: number;
  /** The chart sets its own height (Recovery: its figures wrap on a narrow card); the figure is at least `height` tall. */
  grows?: boolean;
}

export function ChartCard({ title, reading, chart, table, controls, footer, height = 240, grows = false }: Props) {
  const t = useT();
  const id = useId();
  const [showTable, setShowTable] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`} h="100%">
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <div style={{ minWidth: 0 }}>
          <Title order={2} size="h4" id={`${id}-title`}>
            {title}
          </Title>
          <Text size="sm" c="dimmed" id={`${id}-reading`}>
            {reading}
          </Text>
        </div>
        <Group gap="xs" wrap="nowrap">
          {controls}
          <Button size="compact-sm" variant="subtle" aria-expanded={showTable} aria-controls={`${id}-table`} onClick={() => setShowTable((s) => !s)}>
            {showTable ? t('patterns.chart.showChart') : t('patterns.chart.showTable')}
          </Button>
        </Group>
      </Group>
      {showTable ? (
        <div id={`${id}-table`} style={{ maxHeight: height + 40, overflowY: 'auto', marginTop: 8 }}>
          {table}
        </div>
      ) : (
        <div role="figure" aria-label={title} aria-describedby={`${id}-reading`} style={grows ? { minHeight: height, marginTop: 8 } : { height, marginTop: 8 }}>
          {chart}
        </div>
      )}
      {footer}
    </Paper>
  );
}
