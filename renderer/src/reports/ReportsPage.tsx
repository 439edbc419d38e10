// Reports: pick a month and an edition, check the headline figures, export the monthly PDF.
import { Alert, Button, Card, Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage } from '../api/call';
import { useCall, useWrite } from '../api/useCall';
import { monthName, monthOf, shiftMonth } from '../lib/months';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { headlineFigures, verdict } from '../report/headline';
import { DEFAULT_EDITION, type Edition, readEdition } from '../../../shared/report';
import { MonthPicker } from '../tracker/MonthPicker';
import { downloadFrom } from './download';
import { TransactionsField } from './TransactionsField';

function HeadlinePreview({ month }: { month: string }) {
  const t = useT();
  const fmt = useFormat();
  const previous = shiftMonth(month, -1);
  const now = useCall('figures.month', { month });
  const before = useCall('figures.month', { month: previous });
  if (now.isError || before.isError) return <Alert color="red">{errorMessage(now.error ?? before.error)}</Alert>;
  if (!now.data || !before.data) return <Text c="dimmed">{t('reports.headline.counting')}</Text>;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" aria-label={t('reports.headline.title')}>
      {headlineFigures(now.data, before.data, { count: fmt.count, money: fmt.money }, t).map((x) => (
        <Card key={x.label} withBorder padding="sm">
          <Text size="sm" c="dimmed">
            {x.label}
          </Text>
          <Text fw={700} size="xl">
            {x.value}
          </Text>
          <Text size="xs" c="dimmed">
            {x.change === null
              ? t('reports.headline.noComparison')
              : t('reports.headline.change', { change: x.change, month: monthName(previous, fmt.locale, false), verdict: verdict(x) })}
          </Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

export function ReportsPage() {
  const t = useT();
  const fmt = useFormat();
  const [month, setMonth] = useState(() => shiftMonth(monthOf(), -1));
  const [edition, setEdition] = useState<Edition>(DEFAULT_EDITION);
  const fileName = `makegood-report-${month}.pdf`;
  const write = useWrite();
  const exportPdf = useMutation({
    mutationFn: async () => {
      const result = await write('reports.exportPdf', { month, edition });
      // Browser mode hands back an address to download from; the app has saved the file itself.
      if (result.downloadUrl) await downloadFrom(result.downloadUrl, fileName, (status) => t('reports.export.couldNotMake', { status: String(status) }));
      return result;
    },
  });
  const result = exportPdf.data;

  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between">
        <Title order={1}>{t('reports.title')}</Title>
        <MonthPicker month={month} onChange={(m) => { setMonth(m); exportPdf.reset(); }} />
      </Group>
      <Text>{t('reports.intro', { month: monthName(month, fmt.locale) })}</Text>
      {/* The edition and Export PDF come first, so the main action sits above the fold at 768 px. */}
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        <Radio.Group label={t('reports.edition.label')} value={edition} onChange={(v) => setEdition(readEdition(v))}>
          <Group gap="xl" mt="xs" align="flex-start" wrap="nowrap">
            <Radio value="external" label={t('reports.edition.external')} description={t('reports.edition.externalHint')} />
            <Radio value="internal" label={t('reports.edition.internal')} description={t('reports.edition.internalHint')} />
          </Group>
        </Radio.Group>
        {/* The edition's descriptions wrap rather than squeeze the button (they run long in German). */}
        <Button size="md" style={{ flexShrink: 0 }} loading={exportPdf.isPending} onClick={() => exportPdf.mutate()}>
          {t('reports.export')}
        </Button>
      </Group>
      {exportPdf.isError && (
        <Alert color="red" title={t('reports.export.failed')}>
          {errorMessage(exportPdf.error)}
        </Alert>
      )}
      {result?.savedTo && <Alert color="teal">{t('reports.export.savedTo', { path: result.savedTo })}</Alert>}
      {result?.downloadUrl && <Alert color="teal">{t('reports.export.downloaded', { file: fileName })}</Alert>}
      {result && !result.savedTo && !result.downloadUrl && <Text c="dimmed">{t('reports.export.notSaved')}</Text>}
      <TransactionsField month={month} />
      <Title order={2} size="h3">
        {t('reports.headline.title')}
      </Title>
      <HeadlinePreview month={month} />
    </Stack>
  );
}
