// A new lesson, from an incident or a root cause (prefilled) or from the library.
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { LessonStatus } from '../../../shared/domain';
import type { LessonDetail } from '../../../shared/schemas/lesson';
import { ApiError, issuesByPath } from '../api/call';
import { useWrite } from '../api/useCall';
import { useStaff } from '../api/lookups';
import { listOptions } from '../lib/options';
import { notifyDone, notifyError } from '../lib/notify';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { RootCausePicker } from '../rootcause/RootCausePicker';
import { lessonStatusOptions } from './lessonOptions';

export interface LessonPrefill {
  rootCauseId?: number | null;
  incidentIds?: number[];
  /** Shown in the form so it is clear which incident the lesson is linked to. */
  incidentRef?: string;
}

interface Props {
  /** null when closed. */
  prefill: LessonPrefill | null;
  onClose: () => void;
  onSaved?: (detail: LessonDetail) => void;
}

const empty = (p: LessonPrefill | null) => ({
  title: '',
  whatWeLearned: '',
  change: '',
  rootCauseId: p?.rootCauseId ?? null,
  ownerId: '',
  dueAt: '',
  status: 'proposed' as LessonStatus,
});

export function LessonFormModal({ prefill, onClose, onSaved }: Props) {
  const t = useT();
  const labels = useLabels();
  const write = useWrite();
  const { data: staff } = useStaff();
  const [v, setV] = useState(() => empty(prefill));
  const [forPrefill, setForPrefill] = useState(prefill);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  if (forPrefill !== prefill) {
    setForPrefill(prefill);
    setV(empty(prefill));
    setErrors({});
  }
  const text = (field: 'title' | 'whatWeLearned' | 'change' | 'dueAt') => ({
    value: v[field],
    error: errors[field],
    onChange: (e: { currentTarget: { value: string } }) => setV({ ...v, [field]: e.currentTarget.value }),
  });

  const save = async () => {
    setBusy(true);
    try {
      const detail = await write('lessons.create', {
        ...v,
        ownerId: v.ownerId ? Number(v.ownerId) : null,
        dueAt: v.dueAt || null,
        incidentIds: prefill?.incidentIds ?? [],
      });
      notifyDone(t('lessons.form.saved', { title: detail.lesson.title }));
      onSaved?.(detail);
      onClose();
    } catch (error) {
      const byPath = issuesByPath(error);
      if (error instanceof ApiError && Object.keys(byPath).length > 0) setErrors(byPath);
      else notifyError(error, t('lessons.form.notSaved'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={prefill !== null} onClose={onClose} title={t('lessons.form.title')} size="lg" styles={{ title: { fontWeight: 700, fontSize: '1.25rem' } }}>
      <Stack
        component="form"
        gap="sm"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {prefill?.incidentRef && (
          <Text size="sm" c="dimmed">
            {t('lessons.form.linkedTo', { ref: prefill.incidentRef })}
          </Text>
        )}
        <TextInput data-autofocus label={t('lessons.field.title')} withAsterisk placeholder={t('lessons.form.titleExample')} {...text('title')} />
        <Textarea label={t('lessons.field.whatWeLearned')} autosize minRows={2} maxRows={6} {...text('whatWeLearned')} />
        <Textarea label={t('lessons.field.change')} description={t('lessons.field.changeHint')} autosize minRows={2} maxRows={6} {...text('change')} />
        <RootCausePicker value={v.rootCauseId} onChange={(id) => setV({ ...v, rootCauseId: id })} error={errors.rootCauseId} />
        <SimpleGrid cols={3} spacing="sm">
          <NativeSelect
            label={t('lessons.field.owner')}
            data={listOptions(staff, null, t('lessons.field.noOwner'))}
            value={v.ownerId}
            onChange={(e) => setV({ ...v, ownerId: e.currentTarget.value })}
          />
          <TextInput type="date" label={t('lessons.field.dueDate')} {...text('dueAt')} />
          <NativeSelect
            label={t('lessons.field.status')}
            data={lessonStatusOptions(labels)}
            value={v.status}
            onChange={(e) => setV({ ...v, status: e.currentTarget.value as LessonStatus })}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('lessons.form.cancel')}
          </Button>
          <Button type="submit" loading={busy}>
            {t('lessons.form.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
