// Keyboard-only logging: type what happened, Tab through the rest, Enter saves.
import { Alert, Button, Group, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useState } from 'react';
import type { IncidentDetail } from '../../../shared/schemas/incident';
import { issuesByPath } from '../api/call';
import { callKey } from '../api/keys';
import { useWrite } from '../api/useCall';
import { notifyError } from '../lib/notify';
import { clearDraft } from './draftApi';
import { QuickLogFields } from './QuickLogFields';
import { showSaved } from './showSaved';
import { useDraftAutosave } from './useDraftAutosave';
import { useRestoreDraft } from './useRestoreDraft';
import { blankValues, QuickLogValues, serverPathToField, toCreateRequest } from './values';

interface Props {
  onDone: () => void;
}

const DRAFT_TEXT = { idle: '', saving: 'Saving draft…', saved: 'Draft saved', failed: 'Draft not saved' } as const;

export function QuickLogForm({ onDone }: Props) {
  const queryClient = useQueryClient();
  const write = useWrite();
  const [submitting, setSubmitting] = useState(false);
  const form = useForm<QuickLogValues>({
    mode: 'controlled',
    initialValues: blankValues(),
    validate: schemaResolver(QuickLogValues, { sync: true }),
  });
  const { restored, ready } = useRestoreDraft(form);
  const draft = useDraftAutosave(form.values, ready && !submitting);

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    try {
      // Its page opens from the notification without asking again.
      const first = (detail: IncidentDetail) => queryClient.setQueryData(callKey('incidents.get', { id: detail.incident.id }), detail);
      const created = await write('incidents.create', toCreateRequest(values), { first, wait: false });
      await draft.settle();
      await clearDraft(write).catch(() => undefined); // The incident is safe; a stale draft is only a nuisance.
      showSaved(created.incident.id, created.incident.ref);
      onDone();
    } catch (error) {
      const byPath = issuesByPath(error);
      const fieldErrors = Object.fromEntries(
        Object.entries(byPath).flatMap(([path, msg]) => {
          const field = serverPathToField[path];
          return field ? [[field, msg]] : [];
        }),
      );
      if (Object.keys(fieldErrors).length > 0) form.setErrors(fieldErrors);
      else notifyError(error, 'The incident was not saved');
      setSubmitting(false);
    }
  });

  const discard = async () => {
    await draft.settle();
    await clearDraft(write).catch((e: unknown) => notifyError(e, 'The draft could not be discarded'));
    onDone();
  };

  // Enter saves from any field; Shift+Enter still makes a new line in "what happened".
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
    if (e.target instanceof HTMLButtonElement) return;
    e.preventDefault();
    e.currentTarget.requestSubmit();
  };

  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} aria-label="Quick log" noValidate>
      {restored && (
        <Alert color="blue" mb="sm" p="xs">
          Your unsaved entry is back. Carry on, or discard it.
        </Alert>
      )}
      <QuickLogFields form={form} />
      <Group justify="space-between" mt="md">
        <Text size="sm" c="dimmed" aria-live="polite">
          {DRAFT_TEXT[draft.state]} · Enter saves · Shift+Enter for a new line · Esc closes
        </Text>
        <Group>
          <Button variant="default" onClick={() => void discard()} disabled={submitting}>
            Discard
          </Button>
          <Button type="submit" loading={submitting}>
            Save incident
          </Button>
        </Group>
      </Group>
    </form>
  );
}
