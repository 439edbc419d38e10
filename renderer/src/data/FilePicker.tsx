// Step 1: the file. The app opens its own dialog; browser mode picks with a file input and uploads.
import { Button, Group, Input, Progress, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useWrite } from '../api/useCall';
import { notifyError } from '../lib/notify';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { ACCEPTED_FILES, chooseInApp, hasAppDialog, type StagedFile, upload } from './chooseFile';

interface Props {
  staged: StagedFile | null;
  onStaged: (file: StagedFile) => void;
  /** Changes after an import, so the browser's input forgets the file it held. */
  resetKey: number;
  disabled: boolean;
}

/** "2.4 MB", "830 kB", in the shop's locale. */
function fileSize(bytes: number, locale: string): string {
  const [value, unit] = bytes >= 1_000_000 ? [bytes / 1_000_000, 'megabyte'] : bytes >= 1_000 ? [bytes / 1_000, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: unit === 'byte' ? 'long' : 'short', maximumFractionDigits: 1 }).format(value);
}

export function FilePicker({ staged, onStaged, resetKey, disabled }: Props) {
  const t = useT();
  const fmt = useFormat();
  const write = useWrite();
  const [busy, setBusy] = useState(false);
  /** 0–1 while a browser upload runs. */
  const [sent, setSent] = useState<{ name: string; fraction: number } | null>(null);

  async function chooseInTheApp() {
    setBusy(true);
    try {
      const chosen = await chooseInApp(write, t);
      if (chosen) onStaged(chosen);
    } catch (error) {
      notifyError(error, t('data.file.openFailed'));
    } finally {
      setBusy(false);
    }
  }

  async function send(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setSent({ name: file.name, fraction: 0 });
    try {
      onStaged(await upload(write, file, (fraction) => setSent({ name: file.name, fraction }), t));
    } catch (error) {
      notifyError(error, t('data.file.sendFailed'));
    } finally {
      setBusy(false);
      setSent(null);
    }
  }

  const size = staged ? `(${fileSize(staged.bytes, fmt.locale)})` : '';
  return (
    <Stack gap="xs">
      {hasAppDialog() ? (
        <Group>
          <Button onClick={() => void chooseInTheApp()} loading={busy} disabled={disabled}>
            {t('data.file.choose')}
          </Button>
        </Group>
      ) : (
        <Input.Wrapper label={t('data.file.label')} description={t('data.file.kinds')} id="import-file" w={{ base: '100%', sm: 420 }}>
          <input
            key={resetKey}
            id="import-file"
            type="file"
            accept={ACCEPTED_FILES}
            disabled={busy || disabled}
            onChange={(e) => void send(e.currentTarget.files?.[0])}
            style={{ display: 'block', marginTop: 4, minHeight: 40, font: 'inherit', color: 'inherit' }}
          />
        </Input.Wrapper>
      )}
      {sent && (
        <Stack gap={4}>
          <Text size="sm">
            {t('data.file.sending', { name: sent.name, percent: Math.round(sent.fraction * 100) })}
          </Text>
          <Progress value={Math.round(sent.fraction * 100)} size="lg" aria-label={t('data.file.sendingLabel', { name: sent.name })} />
        </Stack>
      )}
      {staged && !sent && (
        <Text fw={600}>
          {staged.name} <Text span c="dimmed" fw={400}>{size}</Text>
        </Text>
      )}
    </Stack>
  );
}
