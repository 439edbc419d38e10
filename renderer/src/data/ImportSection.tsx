// Import: pick a file, see what it is, match its columns, settle its dates, read the preview, accept.
import { Alert, Button, Checkbox, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { DateOrder, ImportField } from '../../../shared/schemas/data';
import { errorMessage } from '../api/call';
import { notifyDone, notifyError } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import type { StagedFile } from './chooseFile';
import { ColumnsTable } from './ColumnsTable';
import { DateOrderField } from './DateOrderField';
import { FilePicker } from './FilePicker';
import { FileSettings } from './FileSettings';
import { ImportSummary } from './ImportSummary';
import { assign } from './mapping';
import { PreviewTable } from './PreviewTable';
import { ProblemsTable } from './ProblemsTable';
import { describeProgress, useImportProgress } from './useImportProgress';
import { newChoice, useImportCheck, useImportWrite, type ImportChoice } from './useImportCheck';

export function ImportSection() {
  const t = useT();
  const fmt = useFormat();
  const [staged, setStaged] = useState<StagedFile | null>(null);
  const [choice, setChoice] = useState<ImportChoice | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const write = useImportWrite();
  const check = useImportCheck(choice, write.isPending);
  const result = check.data;
  const running = check.isFetching || write.isPending;
  const progress = describeProgress(useImportProgress(running), write.isPending, fmt.count, t);

  function stage(file: StagedFile) {
    setStaged(file);
    setChoice(newChoice(file.file));
  }
  const update = (changes: Partial<ImportChoice>) => setChoice((c) => (c ? { ...c, ...changes } : c));
  const inUse = { ...result?.mapping, ...choice?.mapping };
  const setField = (header: string, field: ImportField | null) => update({ mapping: assign(choice?.mapping ?? {}, inUse, header, field) });

  async function accept() {
    if (!choice || !staged) return;
    try {
      const done = await write.mutateAsync(choice);
      if (!done.written) {
        notifyError(new Error(t('data.import.failedNothing')));
        return;
      }
      notifyDone(
        t('data.import.done', {
          incidents: done.incidents,
          incidentsShown: fmt.count(done.incidents),
          compensations: done.compensations,
          compensationsShown: fmt.count(done.compensations),
          file: staged.name,
        }),
      );
      setChoice(null);
      setStaged(null);
      setResetKey((k) => k + 1);
    } catch (error) {
      notifyError(error, t('data.import.failed'));
    }
  }

  const notUtf8 = result?.problems.some((p) => p.about === 'encoding') ?? false;
  const datesSettled = result?.dateOrder.how !== 'undecided';
  const clean = result?.problemCount === 0 || choice?.skipBadRows === true;
  const canImport = !!result && result.incidents > 0 && clean && datesSettled && !running;
  return (
    <Stack gap="md">
      <Title order={2}>{t('data.import.title')}</Title>
      <Text size="sm" c="dimmed">
        {t('data.import.intro')}
      </Text>
      <FilePicker staged={staged} onStaged={stage} resetKey={resetKey} disabled={write.isPending} />
      {running && (
        <Stack gap={4}>
          <Text size="sm">{progress.label}</Text>
          <Progress
            value={progress.value ?? 100}
            striped={progress.value === null}
            animated={progress.value === null}
            size="lg"
            aria-label={t(write.isPending ? 'data.import.progressLabel' : 'data.import.checkingLabel')}
          />
        </Stack>
      )}
      {check.error && (
        <Alert color="red" title={t(notUtf8 ? 'data.import.unreadable' : 'data.import.uncheckable')}>
          {errorMessage(check.error)}
        </Alert>
      )}
      {choice && staged && (
        <FileSettings
          file={result?.file ?? null}
          looksLikeWorkbook={/\.(xlsx|ods)$/i.test(staged.name)}
          encoding={choice.encoding}
          sheet={choice.sheet}
          notUtf8={notUtf8}
          onEncoding={(encoding) => update({ encoding })}
          // Another sheet has other columns: the choices made for this one do not carry over.
          onSheet={(sheet) => update({ sheet, mapping: {}, dateOrder: undefined })}
        />
      )}
      {choice && result && (
        <Stack gap="md">
          {/* A file that could not be read as far as its header (another encoding, say) has no columns to show yet. */}
          {result.headers.length > 0 && (
            <>
              <Title order={3} size="h4">
                {t('data.import.columns')}
              </Title>
              <ColumnsTable headers={result.headers} inUse={inUse} matchedBy={result.matchedBy} onChange={setField} />
            </>
          )}
          {result.ignoredColumns.length > 0 && (
            <Text size="sm">{t('data.import.ignored', { list: result.ignoredColumns.join(', '), count: result.ignoredColumns.length })}</Text>
          )}
          <DateOrderField dateOrder={result.dateOrder} chosen={choice.dateOrder} onChange={(dateOrder: DateOrder) => update({ dateOrder })} />
          <Stack gap={4}>
            <Checkbox
              label={t('data.import.historic')}
              description={t('data.import.historicHint')}
              checked={choice.historic}
              onChange={(e) => update({ historic: e.currentTarget.checked })}
            />
            {result.incidents > 0 && (
              <Text size="sm" fw={600}>
                {result.open > 0 ? t('data.import.openCount', { count: result.open, n: fmt.count(result.open) }) : t('data.import.noneOpen')}
              </Text>
            )}
          </Stack>
          <Title order={3} size="h4">
            {t('data.import.preview')}
          </Title>
          <ImportSummary result={result} />
          {result.preview.length > 0 && (
            <Text size="sm" c="dimmed">
              {t('data.import.firstRows', { count: result.preview.length, n: fmt.count(result.preview.length) })}
            </Text>
          )}
          <PreviewTable rows={result.preview} />
          <ProblemsTable problems={result.problems} count={result.problemCount} />
          <Group>
            {result.problemCount > 0 && (
              <Checkbox
                label={t('data.import.skipBad')}
                checked={choice.skipBadRows}
                onChange={(e) => update({ skipBadRows: e.currentTarget.checked })}
              />
            )}
            <Button onClick={() => void accept()} disabled={!canImport} loading={write.isPending}>
              {t('data.import.button', { count: result.incidents, n: fmt.count(result.incidents) })}
            </Button>
          </Group>
          {!datesSettled && (
            <Text size="sm" c="dimmed">
              {t('data.import.chooseDates')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
