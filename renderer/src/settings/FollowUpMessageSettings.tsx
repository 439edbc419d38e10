// The follow-up message the shop copies to a customer: its template, the placeholders it may use,
// and a preview with made-up values. The core fills the real one (domain/followUpMessage.ts).
import { Alert, Button, Code, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { fillTemplate, PLACEHOLDERS, type Placeholder, unknownPlaceholders } from '../../../shared/followUpTemplate';
import { DEFAULT_FOLLOW_UP_TEMPLATE } from '../../../shared/schemas/settings';
import { useSettings } from '../api/lookups';
import { useFormat } from '../lib/useFormat';
import { useSave } from './useSave';

export function FollowUpMessageSettings() {
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
    shop: s.businessName.trim() || 'the shop',
    what_happened: 'the birthday cake arrived squashed',
    what_we_did: `gave you a refund of ${fmt.money(1200)}`,
  });
  return (
    <Stack maw={720} gap="md">
      <Text size="sm">
        “Copy follow-up message”, on an incident’s follow-up card and on Home, fills this in for the customer and copies it. Staff names are
        always taken out, even where someone typed one. For now the words around the placeholders are yours to write in your own language;
        Makegood’s own wording is English.
      </Text>
      <Textarea
        label="Follow-up message"
        autosize
        minRows={3}
        value={text}
        onChange={(e) => setLocal(e.currentTarget.value)}
        onBlur={() => void commit(text)}
      />
      <Group gap="xs">
        <Button variant="subtle" color="gray" disabled={text === DEFAULT_FOLLOW_UP_TEMPLATE} onClick={() => {
          setLocal(DEFAULT_FOLLOW_UP_TEMPLATE);
          // Forced: the field's own save (on blur, just before this click) may not be in yet.
          void commit(DEFAULT_FOLLOW_UP_TEMPLATE, true);
        }}>
          Use the suggested message
        </Button>
      </Group>
      {unknown.length > 0 && (
        <Alert color="yellow" title="Not a placeholder">
          {unknown.map((u) => `{${u}}`).join(', ')} {unknown.length === 1 ? 'is' : 'are'} not filled in: the message keeps {unknown.length === 1 ? 'it' : 'them'} as typed.
        </Alert>
      )}
      <Table withTableBorder aria-label="Placeholders">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Placeholder</Table.Th>
            <Table.Th>Becomes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(Object.keys(PLACEHOLDERS) as Placeholder[]).map((p) => (
            <Table.Tr key={p}>
              <Table.Td>
                <Code>{`{${p}}`}</Code>
              </Table.Td>
              <Table.Td>{PLACEHOLDERS[p]}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Paper withBorder p="md" component="section" aria-labelledby="follow-up-preview">
        <Title order={2} size="h5" id="follow-up-preview" mb="xs">
          Preview
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{preview}</Text>
      </Paper>
    </Stack>
  );
}
