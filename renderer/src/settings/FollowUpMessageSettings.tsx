// The follow-up message the shop copies to a customer: its template, the placeholders it may use,
// and a preview with made-up values. The core fills the real one (domain/followUpMessage.ts).
import { Alert, Button, Code, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { fillTemplate, noFirstName, noShopName, PLACEHOLDERS, type Placeholder, unknownPlaceholders, whatWeDid } from '../../../shared/followUpTemplate';
import { SEED_FOLLOW_UP_TEMPLATE } from '../../../shared/i18n/seeds';
import { useSettings } from '../api/lookups';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { useSave } from './useSave';

/** The preview's and the table's example: a $12.00 refund, in the shop's money. */
const EXAMPLE_REFUND = { kind: 'refund', cost: 1200, code: null } as const;
/** A placeholder as it is typed in the template. */
const asTyped = (name: string) => `{${name}}`;

export function FollowUpMessageSettings() {
  const t = useT();
  const { data: s } = useSettings();
  const save = useSave();
  const fmt = useFormat();
  const saved = s?.followUpTemplate ?? '';
  const [local, setLocal] = useState<string | null>(null);
  if (!s) return null;
  const text = local ?? saved;
  // Saved on leaving the field; what is shown goes back to the saved text once this save is in,
  // unless the person typed on meanwhile.
  const commit = async (next: string, force = false) => {
    if (next === saved && !force) return setLocal(null);
    if (await save('settings.update', { followUpTemplate: next })) setLocal((typed) => (typed === next ? null : typed));
  };
  const unknown = unknownPlaceholders(text);
  const preview = fillTemplate(text, {
    first_name: 'Dana',
    shop: s.businessName.trim() || noShopName(),
    what_happened: t('settings.followUp.example.whatHappened'),
    what_we_did: whatWeDid([EXAMPLE_REFUND], fmt.money),
  });
  // The suggestion in the file's language (a German file started with the German one).
  const suggested = SEED_FOLLOW_UP_TEMPLATE[s.language];
  return (
    <Stack maw={720} gap="md">
      <Text size="sm">{t('settings.followUp.intro')}</Text>
      <Textarea
        label={t('settings.tab.followUp')}
        autosize
        minRows={3}
        value={text}
        onChange={(e) => setLocal(e.currentTarget.value)}
        onBlur={() => void commit(text)}
      />
      <Group gap="xs">
        <Button variant="subtle" color="gray" disabled={text === suggested} onClick={() => {
          setLocal(suggested);
          // Forced: the field's own save (on blur, just before this click) may not be in yet.
          void commit(suggested, true);
        }}>
          {t('settings.followUp.useSuggested')}
        </Button>
      </Group>
      {unknown.length > 0 && (
        <Alert color="yellow" title={t('settings.followUp.unknownTitle')}>
          {t('settings.followUp.unknown', { list: unknown.map(asTyped).join(', '), count: unknown.length })}
        </Alert>
      )}
      <Table withTableBorder aria-label={t('settings.followUp.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('settings.followUp.placeholder')}</Table.Th>
            <Table.Th>{t('settings.followUp.becomes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(Object.keys(PLACEHOLDERS) as Placeholder[]).map((p) => (
            <Table.Tr key={p}>
              <Table.Td>
                <Code>{asTyped(p)}</Code>
              </Table.Td>
              <Table.Td>{t(PLACEHOLDERS[p], { none: noFirstName(), example: whatWeDid([EXAMPLE_REFUND], fmt.money) })}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md" component="section" aria-labelledby="follow-up-preview">
        <Title order={2} size="h5" id="follow-up-preview" mb="xs">
          {t('settings.followUp.preview')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{preview}</Text>
      </Paper>
    </Stack>
  );
}
