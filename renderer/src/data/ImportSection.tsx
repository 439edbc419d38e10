// Import: pick a file, match its columns, choose the date format, read the preview, accept.
import { Alert, Button, Checkbox, Group, Input, Loader, Progress, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DATE_FORMAT_LABELS, DATE_FORMATS, type CsvColumn, type ImportResult } from '../../../shared/schemas/data';
import { errorMessage } from '../api/call';
import { notifyDone, notifyError } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
import { MappingFields } from './MappingFields';
import { ProblemsTable } from './ProblemsTable';
import { readFileText } from './readFile';
import { useImportCheck, useImportWrite, type DateFormat, type ImportChoice } from './useImportCheck';

function Counts({ result, plural }: { result: ImportResult; plural: (n: number, one: string, many?: string) => string }) {
  const { categories, rootCauses, staff } = result.created;
  return (
    <Stack gap={4}>
      <Text>
        {plural(result.rows, 'row')} in the file: {plural(result.incidents, 'incident')} with{' '}
        {plural(result.compensations, 'compensation')} can be imported
        {result.problems.length > 0 ? `; ${plural(result.problems.length, 'problem')}` : ''}.
      </Text>
      {categories.length > 0 && <Text size="sm">New categories: {categories.join(', ')}</Text>}
      {rootCauses.length > 0 && <Text size="sm">New root causes: {rootCauses.join('; ')}</Text>}
      {staff.length > 0 && <Text size="sm">New staff: {staff.join(', ')}</Text>}
      {result.overAllowanceUnapproved > 0 && (
        <Text size="sm" c="red" fw={600}>
          {plural(result.overAllowanceUnapproved, 'compensation')} went past the giver&apos;s monthly allowance with nobody&apos;s approval on record:
          they will be kept and marked “over allowance, not approved”. New staff start with no allowance; set allowances in
          Settings → Staff first if they had one.
        </Text>
      )}
      {result.ignoredColumns.length > 0 && (
        <Text size="sm">
          Not imported: {result.ignoredColumns.join(', ')}. Makegood has no column by {result.ignoredColumns.length === 1 ? 'that name' : 'those names'};
          choose one under Columns to import it.
        </Text>
      )}
    </Stack>
  );
}

export function ImportSection() {
  const fmt = useFormat();
  const plural = (n: number, one: string, many = `${one}s`) => `${fmt.count(n)} ${n === 1 ? one : many}`;
  const [fileName, setFileName] = useState('');
  const [reading, setReading] = useState<number | null>(null);
  /** Why the picked file could not be read (not UTF-8, say): stays on screen until another file is picked. */
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [choice, setChoice] = useState<ImportChoice | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const write = useImportWrite();
  const check = useImportCheck(choice, write.isPending);
  const result = check.data;

  async function pick(file: File | undefined) {
    setChoice(null);
    setUnreadable(null);
    if (!file) return;
    setFileName(file.name);
    setReading(0);
    try {
      const csv = await readFileText(file, setReading);
      setChoice((c) => ({ fileId: (c?.fileId ?? Date.now()) + 1, csv, mapping: {}, dateFormat: 'iso', skipBadRows: false }));
    } catch (error) {
      setUnreadable(errorMessage(error));
    } finally {
      setReading(null);
    }
  }

  const update = (changes: Partial<ImportChoice>) => setChoice((c) => (c ? { ...c, ...changes } : c));
  const setColumn = (column: CsvColumn, header: string) =>
    update({ mapping: { ...result?.mapping, ...choice?.mapping, [column]: header } });

  async function accept() {
    if (!choice) return;
    try {
      const done = await write.mutateAsync(choice);
      if (!done.written) {
        notifyError(new Error('Nothing was imported: the file has problems. Check the list and try again.'));
        return;
      }
      notifyDone(`Imported ${plural(done.incidents, 'incident')} with ${plural(done.compensations, 'compensation')} from ${fileName}.`);
      setChoice(null);
      setFileName('');
      setInputKey((k) => k + 1);
    } catch (error) {
      notifyError(error, 'The import did not go through');
    }
  }

  const problems = result?.problems.length ?? 0;
  const canImport = !!result && result.incidents > 0 && (problems === 0 || choice?.skipBadRows === true) && !check.isFetching;
  return (
    <Stack gap="md">
      <Title order={2}>Import</Title>
      <Text size="sm" c="dimmed">
        A CSV file with a header row, such as a spreadsheet of a paper log or an export from Makegood. Nothing is written until you
        press Import.
      </Text>
      <Input.Wrapper label="CSV file" id="import-file" w={{ base: '100%', sm: 420 }}>
        <input
          key={inputKey}
          id="import-file"
          type="file"
          accept=".csv,text/csv,text/plain"
          onChange={(e) => void pick(e.currentTarget.files?.[0])}
          style={{ display: 'block', marginTop: 4, minHeight: 36, font: 'inherit', color: 'inherit' }}
        />
      </Input.Wrapper>
      {reading !== null && <Progress value={reading} aria-label={`Reading ${fileName}`} animated size="lg" />}
      {check.isFetching && (
        <Group gap="xs">
          <Loader size="sm" aria-label="Checking the file" />
          <Text size="sm">Checking {fileName}…</Text>
        </Group>
      )}
      {unreadable && (
        <Alert color="red" title="The file could not be read">
          {unreadable}
        </Alert>
      )}
      {check.error && <Alert color="red" title="The file could not be checked">{errorMessage(check.error)}</Alert>}
      {choice && result && (
        <Stack gap="md">
          <Select
            label="Dates in the file"
            data={DATE_FORMATS.map((f) => ({ value: f, label: DATE_FORMAT_LABELS[f] }))}
            value={choice.dateFormat}
            onChange={(v) => v && update({ dateFormat: v as DateFormat })}
            allowDeselect={false}
            w={{ base: '100%', sm: 420 }}
          />
          <Title order={3} size="h4">
            Columns
          </Title>
          <MappingFields headers={result.headers} mapping={{ ...result.mapping, ...choice.mapping }} onChange={setColumn} />
          <Title order={3} size="h4">
            Preview
          </Title>
          <Counts result={result} plural={plural} />
          <ProblemsTable problems={result.problems} />
          <Group>
            {problems > 0 && (
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
        </Stack>
      )}
    </Stack>
  );
}
