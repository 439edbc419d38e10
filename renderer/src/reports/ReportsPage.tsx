// Reports: pick a month and an edition, check the headline figures, export the monthly PDF.
import { Alert, Button, Card, Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../api/call';
import { useCall, useWrite } from '../api/useCall';
import { monthName, monthOf, shiftMonth } from '../lib/months';
import { useFormat } from '../lib/useFormat';
import { headlineFigures } from '../report/headline';
import { DEFAULT_EDITION, type Edition, readEdition } from '../../../shared/report';
import { MonthPicker } from '../tracker/MonthPicker';
import { downloadFrom } from './download';
import { TransactionsField } from './TransactionsField';

function HeadlinePreview({ month }: { month: string }) {
  const fmt = useFormat();
  const previous = shiftMonth(month, -1);
  const now = useCall('figures.month', { month });
  const before = useCall('figures.month', { month: previous });
  if (now.isError || before.isError) return <Alert color="red">{errorMessage(now.error ?? before.error)}</Alert>;
  if (!now.data || !before.data) return <Text c="dimmed">Counting the month…</Text>;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" aria-label="Headline figures">
      {headlineFigures(now.data, before.data, { count: fmt.count, money: fmt.money }).map((x) => (
        <Card key={x.label} withBorder padding="sm">
          <Text size="sm" c="dimmed">
            {x.label}
          </Text>
          <Text fw={700} size="xl">
            {x.value}
          </Text>
          <Text size="xs" c="dimmed">
            {x.change === null ? 'no comparison' : `${x.change} from ${monthName(previous, fmt.locale, false)}${x.better === null ? '' : x.better ? ', better' : ', worse'}`}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function ReportsPage() {
  const fmt = useFormat();
  const [month, setMonth] = useState(() => shiftMonth(monthOf(), -1));
  const [edition, setEdition] = useState<Edition>(DEFAULT_EDITION);
  const write = useWrite();
  const exportPdf = useMutation({
    mutationFn: async () => {
      const result = await write('reports.exportPdf', { month, edition });
      // Browser mode hands back an address to download from; the app has saved the file itself.
      if (result.downloadUrl) await downloadFrom(result.downloadUrl, `makegood-report-${month}.pdf`);
      return result;
    },
  });
  const result = exportPdf.data;

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between">
        <Title order={1}>Reports</Title>
        <MonthPicker month={month} onChange={(m) => { setMonth(m); exportPdf.reset(); }} />
      </Group>
      <Text>
        The monthly report for {monthName(month, fmt.locale)}: headline figures against the month before, the Pareto and trend charts,
        recurring and rising causes, lessons, compensation by kind and every incident of the month, as a PDF to print or send.
      </Text>
      {/* The edition and Export PDF come first, so the main action sits above the fold at 768 px. */}
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Radio.Group label="Edition" value={edition} onChange={(v) => setEdition(readEdition(v))}>
          <Group gap="xl" mt="xs" align="flex-start" wrap="nowrap">
            <Radio value="external" label="External" description="Names no staff member; lesson owners show by role; no internal notes" />
            <Radio value="internal" label="Internal — for the team only" description="Adds who handled each incident, owners' names and internal notes" />
          </Group>
        </Radio.Group>
        <Button size="md" loading={exportPdf.isPending} onClick={() => exportPdf.mutate()}>
          Export PDF
        </Button>
      </Group>
      {exportPdf.isError && <Alert color="red" title="The PDF was not made">{errorMessage(exportPdf.error)}</Alert>}
      {result?.savedTo && <Alert color="teal">Saved to {result.savedTo}</Alert>}
      {result?.downloadUrl && <Alert color="teal">Downloaded makegood-report-{month}.pdf: look in your browser’s downloads.</Alert>}
      {result && !result.savedTo && !result.downloadUrl && <Text c="dimmed">Not saved.</Text>}
      <TransactionsField month={month} />
      <Title order={2} size="h3">
        Headline figures
      </Title>
      <HeadlinePreview month={month} />
    </Stack>
  );
}
