// Add or change one compensation, keyboard first: Tab through, Enter saves from any field.
import { Alert, Button, Group, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useRef, useState } from 'react';
import type { Compensation } from '../../../shared/schemas/compensation';
import { ApiError, errorMessage, issuesByPath, reload as reloadQuery } from '../api/call';
import { notifyDone } from '../lib/notify';
import { isStale } from '../lib/stale';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { ApprovalField } from './ApprovalField';
import { CompensationFields } from './CompensationFields';
import { type AllowanceRequest, useAllowanceCheck } from './useAllowanceCheck';
import { useCompensationSave } from './useCompensationSave';
import { blankValues, checkValues, type CompensationField, type CompensationValues, fieldOf, readCost, readGivenAt, valuesOf } from './values';

interface Props {
  incidentId: number;
  handledById: number | null;
  /** The entry being changed; null adds a new one. */
  editing: Compensation | null;
  onDone: () => void;
}

export function CompensationForm({ incidentId, handledById, editing, onDone }: Props) {
  const fmt = useFormat();
  const t = useT();
  const labels = useLabels();
  const save = useCompensationSave();
  const approverRef = useRef<HTMLSelectElement>(null);
  const [submitting, setSubmitting] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  // The entry changed on another counter since this form opened: saving is refused until it is reloaded.
  const [stale, setStale] = useState(false);
  const queryClient = useQueryClient();
  const reload = () => {
    reloadQuery(queryClient, 'incidents.get', { id: incidentId });
    onDone();
  };
  const form = useForm<CompensationValues>({
    mode: 'controlled',
    initialValues: editing ? valuesOf(editing, fmt.currency, fmt.locale) : blankValues(handledById),
  });
  const v = form.values;

  const toRequest = (values: CompensationValues): AllowanceRequest | null => {
    const cost = readCost(values.cost, fmt.currency, fmt.locale);
    const at = readGivenAt(values.givenAt);
    if (!('minor' in cost) || values.givenById === '') return null;
    return {
      givenById: Number(values.givenById),
      cost: cost.minor,
      ...('iso' in at ? { givenAt: at.iso } : {}),
      ...(editing ? { excludeId: editing.id } : {}),
    };
  };
  const { check, checkNow } = useAllowanceCheck(toRequest(v));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errors = checkValues(v, fmt.currency, fmt.locale);
    const request = toRequest(v);
    if (Object.keys(errors).length > 0 || !request) return form.setErrors(Object.fromEntries(Object.entries(errors).map(([field, p]) => [field, t(p.id, p.values)])));
    setSubmitting(true);
    setFormError(null);
    try {
      const needs = await checkNow(request).then((c) => c.needsApproval, () => false); // If the check fails, the server still decides.
      if (needs && v.approvedById === '') {
        form.setFieldError('approvedById', t('compensation.approval.choose'));
        requestAnimationFrame(() => approverRef.current?.focus());
        return;
      }
      const fields = {
        kind: v.kind,
        description: v.description,
        cost: request.cost,
        givenById: request.givenById,
        approvedById: needs ? Number(v.approvedById) : null,
      };
      // An untouched "Given at" is left as it is: now for a new entry (the server stamps it), as stored for an old one.
      const givenAt = form.isDirty('givenAt') && request.givenAt ? { givenAt: request.givenAt } : {};
      if (editing) {
        await save.update({ id: editing.id, changes: { ...fields, ...givenAt }, updatedAt: editing.updatedAt });
        notifyDone(t('compensation.form.changed', { kind: labels.kind(v.kind) }));
        onDone();
      } else {
        await save.add({ incidentId, ...fields, ...givenAt });
        notifyDone(t('compensation.form.saved', { kind: labels.kind(v.kind), money: fmt.money(request.cost) }));
        form.setValues(blankValues(request.givenById));
        form.resetDirty(blankValues(request.givenById));
      }
    } catch (error) {
      setStale(isStale(error));
      const fieldErrors: Partial<Record<CompensationField, string>> = {};
      for (const [path, message] of Object.entries(issuesByPath(error))) {
        const field = fieldOf(path);
        if (field) fieldErrors[field] ??= message;
      }
      if (Object.keys(fieldErrors).length > 0) form.setErrors(fieldErrors);
      else setFormError(error instanceof ApiError ? error.message : errorMessage(error));
    } finally {
      setSubmitting(false);
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing || e.target instanceof HTMLButtonElement) return;
    e.preventDefault();
    e.currentTarget.requestSubmit();
  };

  const title = editing ? t('compensation.form.changeTitle', { kind: editing.kind }) : t('compensation.form.addTitle');
  return (
    <form onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown} aria-labelledby="compensation-form-title" noValidate>
      <Title order={3} size="h5" id="compensation-form-title" mb="xs">
        {title}
      </Title>
      <CompensationFields form={form} locale={fmt.locale} currency={fmt.currency} storedGiver={editing?.givenById ?? null} />
      <ApprovalField form={form} check={check} show={!!check?.needsApproval || !!form.errors.approvedById} selectRef={approverRef} />
      {formError && (
        <Alert color="red" mt="sm" role="alert">
          {formError}
          {stale && (
            <Button size="xs" variant="light" ms="sm" onClick={reload}>
              {t('compensation.form.reload')}
            </Button>
          )}
        </Alert>
      )}
      <Group justify="space-between" mt="sm">
        <Text size="sm" c="dimmed">
          {t('compensation.form.enterSaves')}
        </Text>
        <Group gap="xs">
          {editing && (
            <Button variant="default" onClick={onDone} disabled={submitting}>
              {t('compensation.form.cancel')}
            </Button>
          )}
          <Button type="submit" loading={submitting}>
            {editing ? t('compensation.form.saveChanges') : t('compensation.form.add')}
          </Button>
        </Group>
      </Group>
    </form>
  );
}
