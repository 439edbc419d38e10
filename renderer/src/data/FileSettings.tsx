// What the file turned out to be (CSV and how it is written, or a workbook and its sheet), and the
// choices that change how it is read: the text's encoding, the workbook's sheet.
import { Alert, Group, Select, Stack, Text } from '@mantine/core';
import type { MessageId } from '../../../shared/i18n/catalog';
import type { ImportResult } from '../../../shared/schemas/data';
import { useT } from '../lib/useT';

/** Mantine's Select has no empty-string option; this stands for "detect it". */
const AUTO = 'auto';
/** The encodings offered, by name; a few need a word beside it. */
const ENCODINGS: ({ value: string; name: string } | { value: string; id: MessageId })[] = [
  { value: AUTO, id: 'data.file.detect' },
  { value: 'utf-8', name: 'UTF-8' },
  { value: 'utf-16', name: 'UTF-16' },
  { value: 'windows-1252', id: 'data.file.westernEurope' },
  { value: 'iso-8859-15', name: 'ISO-8859-15' },
  { value: 'iso-8859-2', id: 'data.file.centralEurope' },
  { value: 'windows-1250', name: 'Windows-1250' },
  { value: 'shift_jis', name: 'Shift_JIS' },
];
const DELIMITERS: Record<string, MessageId> = {
  ',': 'data.file.delimiter.comma',
  ';': 'data.file.delimiter.semicolon',
  '\t': 'data.file.delimiter.tab',
  '|': 'data.file.delimiter.pipe',
};
const KINDS = { csv: 'data.file.kind.csv', xlsx: 'data.file.kind.xlsx', ods: 'data.file.kind.ods' } as const satisfies Record<string, MessageId>;

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
  const t = useT();
  const encodings = ENCODINGS.map((e) => ({ value: e.value, label: 'id' in e ? t(e.id) : e.name }));
  const encodingName = (label: string) => encodings.find((e) => e.value === label.toLowerCase())?.label ?? label;
  const delimiterName = (d: string) => {
    const id = DELIMITERS[d];
    return id ? t(id) : t('data.file.delimiter.other', { char: d });
  };
  const isText = file ? file.kind === 'csv' : !looksLikeWorkbook;
  const sheets = file?.sheets ?? [];
  const encodingPicker = (
    <Select
      label={t('data.file.encodingLabel')}
      description={notUtf8 ? t('data.file.encodingHint') : undefined}
      data={encodings}
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
          {[
            t(KINDS[file.kind]),
            file.encoding && t('data.file.encoding', { name: encodingName(file.encoding) }),
            file.delimiter !== undefined && t('data.file.separatedBy', { delimiter: delimiterName(file.delimiter) }),
            file.sheet && sheets.length <= 1 && t('data.file.sheet', { name: file.sheet }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      )}
      {isText && notUtf8 && (
        <Alert color="yellow" title={t('data.file.notUtf8')}>
          <Stack gap="xs">
            <Text size="sm">{t('data.file.notUtf8Hint')}</Text>
            {encodingPicker}
          </Stack>
        </Alert>
      )}
      <Group align="flex-end">
        {isText && !notUtf8 && encodingPicker}
        {sheets.length > 1 && (
          <Select
            label={t('data.file.sheetLabel')}
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
