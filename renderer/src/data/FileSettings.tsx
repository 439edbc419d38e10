// What the file turned out to be (CSV and how it is written, or a workbook and its sheet), and the
// choices that change how it is read: the text's encoding, the workbook's sheet.
import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import type { ImportResult } from '../../../shared/schemas/data';

/** Mantine's Select has no empty-string option; this stands for "detect it". */
const AUTO = 'auto';
const ENCODINGS = [
  { value: AUTO, label: 'Detect automatically' },
  { value: 'utf-8', label: 'UTF-8' },
  { value: 'utf-16', label: 'UTF-16' },
  { value: 'windows-1252', label: 'Windows-1252 (Western Europe)' },
  { value: 'iso-8859-15', label: 'ISO-8859-15' },
  { value: 'iso-8859-2', label: 'ISO-8859-2 (Central Europe)' },
  { value: 'windows-1250', label: 'Windows-1250' },
  { value: 'shift_jis', label: 'Shift_JIS' },
];
const DELIMITERS: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
const KINDS = { csv: 'Text (CSV)', xlsx: 'Excel workbook', ods: 'OpenDocument spreadsheet' } as const;

const encodingName = (label: string) => ENCODINGS.find((e) => e.value === label.toLowerCase())?.label ?? label;

interface Props {
  /** The last check's answer; null before the first or when the file could not be read. */
  file: ImportResult['file'] | null;
  /** A workbook by its name, before any check says so. */
  looksLikeWorkbook: boolean;
  encoding: string | undefined;
  sheet: string | undefined;
  /** The check said the text is not UTF-8: the encoding is the thing to choose now. */
  notUtf8: boolean;
  onEncoding: (encoding: string | undefined) => void;
  onSheet: (sheet: string) => void;
}

export function FileSettings({ file, looksLikeWorkbook, encoding, sheet, notUtf8, onEncoding, onSheet }: Props) {
  const isText = file ? file.kind === 'csv' : !looksLikeWorkbook;
  const sheets = file?.sheets ?? [];
  const encodingPicker = (
    <Select
      label="Text encoding"
      description={notUtf8 ? 'Windows spreadsheets in Western Europe are usually Windows-1252.' : undefined}
      data={ENCODINGS}
      value={encoding ?? AUTO}
      onChange={(v) => onEncoding(v === null || v === AUTO ? undefined : v)}
      allowDeselect={false}
      w={{ base: '100%', sm: 320 }}
    />
  );
  return (
    <Stack gap="xs">
      {file && (
        <Text>
          {KINDS[file.kind]}
          {file.encoding && <> · encoding {encodingName(file.encoding)}</>}
          {file.delimiter !== undefined && <> · columns separated by {DELIMITERS[file.delimiter] ?? `“${file.delimiter}”`}</>}
          {file.sheet && sheets.length <= 1 && <> · sheet “{file.sheet}”</>}
        </Text>
      )}
      {isText && notUtf8 && (
        <Alert color="yellow" title="This file is not UTF-8 text">
          <Stack gap="xs">
            <Text size="sm">Choose the encoding it was saved in, and the preview reads it again.</Text>
            {encodingPicker}
          </Stack>
        </Alert>
      )}
      <Group align="flex-end">
        {isText && !notUtf8 && encodingPicker}
        {sheets.length > 1 && (
          <Select
            label="Sheet"
            data={sheets}
            value={sheet ?? file?.sheet ?? sheets[0]}
            onChange={(v) => v !== null && onSheet(v)}
            allowDeselect={false}
            w={{ base: '100%', sm: 320 }}
          />
        )}
      </Group>
    </Stack>
  );
}
