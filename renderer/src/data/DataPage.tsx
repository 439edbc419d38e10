// Import & export: CSV in docs/domain.md's columns, both ways.
import { Divider, Stack, Title } from '@mantine/core';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';

export function DataPage() {
  return (
    <Stack gap="lg" maw={1200}>
      <Title order={1}>Import &amp; export</Title>
      <ImportSection />
      <Divider />
      <ExportSection />
    </Stack>
  );
}
