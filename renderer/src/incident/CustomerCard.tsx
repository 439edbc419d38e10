import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { CustomerInput } from '../../../shared/schemas/incident';
import { ReturningNote } from '../customers/ReturningNote';
import { useIncidentReturning } from '../customers/useReturning';
import { Card } from './Card';
import { EditableText } from './EditableText';
import { EraseCustomerModal } from './EraseCustomerModal';
import type { CardProps } from './types';

type Field = 'name' | 'phone' | 'email' | 'note';

export function CustomerCard({ incident: i, editor }: CardProps) {
  const c = i.customer;
  const current: Required<CustomerInput> = { name: c?.name ?? '', phone: c?.phone ?? '', email: c?.email ?? '', note: c?.note ?? '' };
  // The whole customer is sent each time so one field's save never blanks another.
  const saveField = (field: Field) => (value: string) => editor.save({ customer: { ...current, [field]: value } });
  const err = (field: Field) => editor.errors[`customer.${field}`];
  const [erasing, setErasing] = useState(false);
  const returning = useIncidentReturning(i.id, i.occurredAt, c !== null);
  return (
    <Card title="Customer" id="card-customer">
      <Stack gap="sm">
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            {c ? 'Known customer' : 'Anonymous — fill in a field to record who it was.'}
          </Text>
          {c && (
            <Group gap="xs">
              <Button variant="subtle" size="sm" onClick={() => void editor.save({ customer: null })}>
                Make anonymous
              </Button>
              {/* Make anonymous only unlinks; erasing also removes the details from the timeline, search and text. */}
              <Button variant="subtle" color="red" size="sm" onClick={() => setErasing(true)}>
                Erase customer…
              </Button>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={3} spacing="sm">
          <EditableText label="Customer name" value={current.name} error={err('name')} onCommit={saveField('name')} />
          <EditableText label="Customer phone" type="tel" value={current.phone} error={err('phone')} onCommit={saveField('phone')} />
          <EditableText label="Customer email" type="email" value={current.email} error={err('email')} onCommit={saveField('email')} />
        </SimpleGrid>
        {returning && <ReturningNote note={returning.note} personId={returning.personId} />}
        <EditableText label="Customer note" multiline value={current.note} error={err('note')} onCommit={saveField('note')} />
      </Stack>
      {c && <EraseCustomerModal customer={c} opened={erasing} onClose={() => setErasing(false)} />}
    </Card>
  );
}
