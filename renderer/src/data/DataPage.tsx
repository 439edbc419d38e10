// Import & export: CSV in docs/domain.md's columns, both ways.
import { Divider, Stack, Title } from '@mantine/core';
import { useT } from '../lib/useT';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';

export function DataPage() {
  const t = useT();
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1}>{t('shell.nav.data')}</Title>
      <ImportSection />
      <Divider />
      <ExportSection />
    </Stack>
  );
}
