// Export: every incident, or those that occurred between two days, as a CSV download.
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { format } from 'date-fns';
import { useState } from 'react';
import { call } from '../api/call';
import { notifyDone, notifyError } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
import { downloadText } from './readFile';

export function ExportSection() {
  const fmt = useFormat();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);

  async function exportCsv() {
    setBusy(true);
    try {
      const result = await call('data.export', { ...(from ? { from } : {}), ...(to ? { to } : {}) });
      downloadText(result.csv, `makegood-export-${format(new Date(), 'yyyy-MM-dd')}.csv`);
      notifyDone(`Exported ${fmt.count(result.incidents)} incidents in ${fmt.count(result.rows)} rows.`);
    } catch (error) {
      notifyError(error, 'The export did not work');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="md">
      <Title order={2}>Export</Title>
      <Text size="sm" c="dimmed">
        One row per compensation, with the columns an import reads back. Leave the days empty for everything.
      </Text>
      <Group align="flex-end">
        <TextInput type="date" label="From" value={from} max={to || undefined} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label="To" value={to} min={from || undefined} onChange={(e) => setTo(e.currentTarget.value)} />
        <Button onClick={() => void exportCsv()} loading={busy}>
          Export CSV
        </Button>
      </Group>
    </Stack>
  );
}
