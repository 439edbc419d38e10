import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CustomerInput } from '../../../shared/schemas/incident';
import { ReturningNote } from '../customers/ReturningNote';
import { useIncidentReturning } from '../customers/useReturning';
import { useT } from '../lib/useT';
import { Card } from './Card';
import { EditableText } from './EditableText';
import { EraseCustomerModal } from './EraseCustomerModal';
import type { CardProps } from './types';

type Field = 'name' | 'phone' | 'email' | 'note';

export function CustomerCard({ incident: i, editor }: CardProps) {
  const t = useT();
  const c = i.customer;
  const current: Required<CustomerInput> = { name: c?.name ?? '', phone: c?.phone ?? '', email: c?.email ?? '', note: c?.note ?? '' };
  // The whole customer is sent each time so one field's save never blanks another.
  const saveField = (field: Field) => (value: string) => editor.save({ customer: { ...current, [field]: value } });
  const err = (field: Field) => editor.errors[`customer.${field}`];
  const [erasing, setErasing] = useState(false);
  const returning = useIncidentReturning(i.id, i.occurredAt, c !== null);
  return (
    <Card title={t('incident.field.customer')} id="card-customer">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {c ? t('incident.customer.known') : t('incident.customer.anonymous')}
          </Text>
          {c && (
            <Group gap="xs">
              <Button variant="subtle" size="sm" onClick={() => void editor.save({ customer: null })}>
                {t('incident.customer.makeAnonymous')}
              </Button>
              {/* Make anonymous only unlinks; erasing also removes the details from the timeline, search and text. */}
              <Button variant="subtle" color="red" size="sm" onClick={() => setErasing(true)}>
                {t('incident.customer.erase')}
              </Button>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={3} spacing="sm">
          <EditableText label={t('incident.field.customerName')} value={current.name} error={err('name')} onCommit={saveField('name')} />
          <EditableText label={t('incident.field.customerPhone')} type="tel" value={current.phone} error={err('phone')} onCommit={saveField('phone')} />
          <EditableText label={t('incident.field.customerEmail')} type="email" value={current.email} error={err('email')} onCommit={saveField('email')} />
        </SimpleGrid>
        {returning && <ReturningNote note={returning.note} personId={returning.personId} />}
        <EditableText label={t('incident.field.customerNote')} multiline value={current.note} error={err('note')} onCommit={saveField('note')} />
      </Stack>
      {c && <EraseCustomerModal customer={c} opened={erasing} onClose={() => setErasing(false)} />}
    </Card>
  );
}
