// Keyboard-only logging: type what happened, Tab through the rest, Enter saves.
import { Alert, Button, Group, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useEffectEvent, useLayoutEffect, useState } from 'react';
import type { MessageId } from '../../../shared/i18n/catalog';
import type { IncidentDetail } from '../../../shared/schemas/incident';
import { ApiError, issuesByPath } from '../api/call';
import { callKey } from '../api/keys';
import { useWrite } from '../api/useCall';
import { useCounterPerson } from '../counter/useCounterPerson';
import { notifyError } from '../lib/notify';
import { useT } from '../lib/useT';
import { ReturningNote } from '../customers/ReturningNote';
import { useTypedReturning } from '../customers/useReturning';
import { clearDraft } from './draftApi';
import { keepIncidentHere, newSaveKey } from './offline';
import { showKeptOffline } from './showSaved';
import { type EarlyKeys, WHAT_HAPPENED_ID } from './earlyKeys';
import { localNow } from './OccurredAtField';
import { QuickLogFields } from './QuickLogFields';
import { type DraftState, useDraftAutosave } from './useDraftAutosave';
import { useRestoreDraft } from './useRestoreDraft';
import { blankValues, isOwnMessage, QuickLogValues, serverPathToField, toCreateRequest } from './values';

export interface SavedIncident {
  id: number;
  ref: string;
}

interface Props {
  /** Called with the incident once saved, with null when discarded. */
  onDone: (saved: SavedIncident | null) => void;
  /** Keys typed before the form was there. */
  early?: EarlyKeys | null;
}

const DRAFT_TEXT: Record<DraftState, MessageId | null> = {
  idle: null,
  saving: 'quicklog.draft.saving',
  saved: 'quicklog.draft.saved',
  kept: 'quicklog.draft.kept',
  failed: 'quicklog.draft.failed',
};
const DOT = ' · ';
const validate = schemaResolver(QuickLogValues, { sync: true });

export function QuickLogForm({ onDone, early = null }: Props) {
  const t = useT();
  const queryClient = useQueryClient();
  const write = useWrite();
  const { person } = useCounterPerson();
  const counterId = person ? String(person.id) : '';
  const [submitting, setSubmitting] = useState(false);
  const [now, setNow] = useState(localNow);
  const form = useForm<QuickLogValues>({
    mode: 'controlled',
    initialValues: { ...blankValues(), occurredAt: now, whatHappened: early?.text() ?? '', handledById: counterId },
    validate: (values) => Object.fromEntries(Object.entries(validate(values)).map(([field, m]) => [field, isOwnMessage(m) ? t(m) : m])),
  });
  const { restored, ready } = useRestoreDraft(form);
  const draft = useDraftAutosave(form.values, ready && !submitting, restored);
  const returning = useTypedReturning(form.values.customerName, form.values.customerPhone, form.values.customerEmail);

  // Typing goes straight into "what happened", after anything typed before the dialog was there.
  useLayoutEffect(() => {
    const field = document.getElementById(WHAT_HAPPENED_ID);
    if (field instanceof HTMLTextAreaElement) {
      field.focus();
      field.setSelectionRange(field.value.length, field.value.length);
    }
  }, []);

  // Who is at the counter handled it, unless someone chose otherwise or a draft says so.
  const applyCounter = useEffectEvent(() => {
    if (counterId && !restored && !form.isDirty('handledById') && form.getValues().handledById === '') form.setFieldValue('handledById', counterId);
  });
  useEffect(() => applyCounter(), [counterId, restored]);

  const submit = form.onSubmit(async (values) => {
    setSubmitting(true);
    // One request, with its save key, for this Save: sent now, or kept and sent when the shared
    // database answers again; a save that reached it before the answer was lost is not logged twice.
    const request = { ...toCreateRequest(values), saveKey: newSaveKey() };
    try {
      // Its page opens from the notification without asking again.
      const first = (detail: IncidentDetail) => queryClient.setQueryData(callKey('incidents.get', { id: detail.incident.id }), detail);
      const created = await write('incidents.create', request, { first, wait: false });
      await draft.stop();
      await clearDraft(write).catch(() => undefined); // The incident is safe; a stale draft is only a nuisance.
      onDone({ id: created.incident.id, ref: created.incident.ref });
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNAVAILABLE') {
        // The shared database is out of reach: kept on this computer, saved once it is back (useOfflineSaves.ts).
        await draft.stop();
        const info = queryClient.getQueryData<{ databasePath: string }>(callKey('app.info', {}));
        keepIncidentHere(values, request, info?.databasePath ?? null);
        showKeptOffline();
        onDone(null);
        return;
      }
      const byPath = issuesByPath(error);
      const fieldErrors = Object.fromEntries(
        Object.entries(byPath).flatMap(([path, msg]) => {
          const field = serverPathToField[path];
          return field ? [[field, msg]] : [];
        }),
      );
      if (Object.keys(fieldErrors).length > 0) form.setErrors(fieldErrors);
      else notifyError(error, t('quicklog.notSaved'));
      setSubmitting(false);
    }
  });

  const discard = async () => {
    // Stop the autosave first: a save still waiting for its 300 ms would bring the draft back.
    await draft.stop();
    await clearDraft(write).catch((e: unknown) => notifyError(e, t('quicklog.notDiscarded')));
    onDone(null);
  };

  // Enter saves from any field; Shift+Enter still makes a new line in "what happened".
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing || e.isDefaultPrevented()) return;
    if (e.target instanceof HTMLButtonElement) return;
    e.preventDefault();
    e.currentTarget.requestSubmit();
  };

  const statusId = DRAFT_TEXT[draft.state];
  const status = statusId ? t(statusId) : '';
  return (
    <form onSubmit={submit} onKeyDown={onKeyDown} aria-label={t('quicklog.form')} noValidate>
      {restored && (
        <Alert color="blue" mb="sm" p="xs">
          {t('quicklog.restored')}
        </Alert>
      )}
      <QuickLogFields
        form={form}
        now={now}
        onNow={() => {
          const at = localNow();
          setNow(at);
          form.setFieldValue('occurredAt', at);
        }}
      />
      <Group justify="space-between" mt="md" wrap="nowrap">
        <Text size="sm" c="dimmed">
          <span aria-live="polite">{status}</span>
          {status && DOT}
          {t('quicklog.keys')}
        </Text>
        <Group wrap="nowrap">
          <Button variant="default" onClick={() => void discard()} disabled={submitting}>
            {t('quicklog.discard')}
          </Button>
          <Button type="submit" loading={submitting}>
            {t('quicklog.save')}
          </Button>
        </Group>
      </Group>
      {/* After Save in the Tab order: the keys that log an incident stay as they are. Following a link closes the dialog; the draft keeps the entry. */}
      <div aria-live="polite">
        {returning && <ReturningNote id="quick-log-returning" note={returning.note} personId={returning.personId} onFollow={() => onDone(null)} />}
      </div>
    </form>
  );
}
