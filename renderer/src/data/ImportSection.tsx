// Import: pick a file, see what it is, match its columns, settle its dates, read the preview, accept.
import { Alert, Button, Checkbox, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { DateOrder, ImportField } from '../../../shared/schemas/data';
import { errorMessage } from '../api/call';
import { notifyDone, notifyError } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
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

const NOT_UTF8 = /not UTF-8/i;

export function ImportSection() {
  const fmt = useFormat();
  const plural = (n: number, one: string, many = `${one}s`) => `${fmt.count(n)} ${n === 1 ? one : many}`;
  const [staged, setStaged] = useState<StagedFile | null>(null);
  const [choice, setChoice] = useState<ImportChoice | null>(null);
  const [resetKey, setResetKey] = useState(0);
  const write = useImportWrite();
  const check = useImportCheck(choice, write.isPending);
  const result = check.data;
  const running = check.isFetching || write.isPending;
  const progress = describeProgress(useImportProgress(running), write.isPending, fmt.count);

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
        notifyError(new Error('Nothing was imported: the file has problems. Check the list and try again.'));
        return;
      }
      notifyDone(`Imported ${plural(done.incidents, 'incident')} with ${plural(done.compensations, 'compensation')} from ${staged.name}.`);
      setChoice(null);
      setStaged(null);
      setResetKey((k) => k + 1);
    } catch (error) {
      notifyError(error, 'The import did not go through');
    }
  }

  const notUtf8 = NOT_UTF8.test(check.error?.message ?? '') || (result?.problems.some((p) => NOT_UTF8.test(p.reason)) ?? false);
  const datesSettled = result?.dateOrder.how !== 'undecided';
  const clean = result?.problemCount === 0 || choice?.skipBadRows === true;
  const canImport = !!result && result.incidents > 0 && clean && datesSettled && !running;
  return (
    <Stack gap="md">
      <Title order={2}>Import</Title>
      <Text size="sm" c="dimmed">
        A spreadsheet or CSV file with a header row, such as a typed-up paper log or an export from Makegood. Nothing is written until
        you press Import.
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
            aria-label={write.isPending ? 'Import progress' : 'Checking the file'}
          />
        </Stack>
      )}
      {check.error && (
        <Alert color="red" title={notUtf8 ? 'The file could not be read' : 'The file could not be checked'}>
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
                Columns
              </Title>
              <ColumnsTable headers={result.headers} inUse={inUse} matchedBy={result.matchedBy} onChange={setField} />
            </>
          )}
          {result.ignoredColumns.length > 0 && (
            <Text size="sm">
              Not imported: {result.ignoredColumns.join(', ')}. Makegood has no column by {result.ignoredColumns.length === 1 ? 'that name' : 'those names'};
              choose one under Columns to import it.
            </Text>
          )}
          <DateOrderField dateOrder={result.dateOrder} chosen={choice.dateOrder} onChange={(dateOrder: DateOrder) => update({ dateOrder })} />
          <Stack gap={4}>
            <Checkbox
              label="These are past incidents that were dealt with"
              description="Each is recorded as resolved when it happened, unless the file says when."
              checked={choice.historic}
              onChange={(e) => update({ historic: e.currentTarget.checked })}
            />
            {result.incidents > 0 && (
              <Text size="sm" fw={600}>
                {result.open > 0 ? `Home will show ${plural(result.open, 'open incident')} from this file.` : 'Home will show none of this file’s incidents as open.'}
              </Text>
            )}
          </Stack>
          <Title order={3} size="h4">
            Preview
          </Title>
          <ImportSummary result={result} plural={plural} />
          {result.preview.length > 0 && (
            <Text size="sm" c="dimmed">
              The first {plural(result.preview.length, 'row')}, as they will be stored:
            </Text>
          )}
          <PreviewTable rows={result.preview} />
          <ProblemsTable problems={result.problems} count={result.problemCount} />
          <Group>
            {result.problemCount > 0 && (
              <Checkbox
                label="Skip the bad rows"
                checked={choice.skipBadRows}
                onChange={(e) => update({ skipBadRows: e.currentTarget.checked })}
              />
            )}
            <Button onClick={() => void accept()} disabled={!canImport} loading={write.isPending}>
              Import {plural(result.incidents, 'incident')}
            </Button>
          </Group>
          {!datesSettled && (
            <Text size="sm" c="dimmed">
              Choose how the dates are written (above) to import.
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}
