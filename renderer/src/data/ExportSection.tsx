// Export: every incident, or those that occurred between two days, as a CSV file. The app asks
// where to save and the core writes it there; browser mode downloads it from `serve`, streamed.
import { Alert, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { ExportFileResult } from '../../../shared/schemas/data';
import { call } from '../api/call';
import { notifyError } from '../lib/notify';
import { saveFrom } from '../lib/saveBlob';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

export function ExportSection() {
  const t = useT();
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
      notifyError(error, t('data.export.failed'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="md">
      <Title order={2}>{t('data.export.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('data.export.intro')}
      </Text>
      <Group align="flex-end">
        <TextInput type="date" label={t('data.export.from')} value={from} max={to || undefined} onChange={(e) => setFrom(e.currentTarget.value)} />
        <TextInput type="date" label={t('data.export.to')} value={to} min={from || undefined} onChange={(e) => setTo(e.currentTarget.value)} />
        <Button onClick={() => void exportCsv()} loading={busy}>
          {t('data.export.button')}
        </Button>
      </Group>
      {result?.outcome === 'saved' && (
        <Alert color="teal">
          {t('data.export.saved', {
            incidents: result.incidents,
            incidentsShown: fmt.count(result.incidents),
            rows: result.rows,
            rowsShown: fmt.count(result.rows),
            path: result.savedTo,
          })}
        </Alert>
      )}
      {result?.outcome === 'download' && <Alert color="teal">{t('data.export.downloading', { file: result.fileName })}</Alert>}
      {result?.outcome === 'canceled' && <Text c="dimmed">{t('data.export.notSaved')}</Text>}
    </Stack>
  );
}
