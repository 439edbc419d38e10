// Export: every incident, or those that occurred between two days, as a CSV file. The app asks
// where to save and the core writes it there; browser mode downloads it from `serve`, streamed.
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { ExportFileResult } from '../../../shared/schemas/data';
import { call } from '../api/call';
import { notifyError } from '../lib/notify';
import { saveFrom } from '../lib/saveBlob';
import { useFormat } from '../lib/useFormat';

export function ExportSection() {
  const fmt = useFormat();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ExportFileResult | null>(null);

  async function exportCsv() {
    setBusy(true);
    setResult(null);
    try {
      const answer = await call('data.exportFile', { ...(from ? { from } : {}), ...(to ? { to } : {}) });
      if (answer.outcome === 'download') saveFrom(answer.downloadUrl, answer.fileName);
      setResult(answer);
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
      {result?.outcome === 'saved' && (
        <Alert color="teal">
          Exported {fmt.count(result.incidents)} incidents in {fmt.count(result.rows)} rows to {result.savedTo}
        </Alert>
      )}
      {result?.outcome === 'download' && <Alert color="teal">Downloading {result.fileName}: look in your browser’s downloads.</Alert>}
      {result?.outcome === 'canceled' && <Text c="dimmed">Not saved.</Text>}
    </Stack>
  );
}
