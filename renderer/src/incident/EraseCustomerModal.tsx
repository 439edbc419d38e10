// Erasing a customer on request asks first: it names the incidents it touches and what stays.
import { Alert, Loader, Modal, Stack, Text } from '@mantine/core';
import { ConfirmActions, useConfirm } from '../lib/ConfirmActions';
import type { Customer } from '../../../shared/schemas/incident';
import { errorMessage } from '../api/call';
import { useCall, useWrite } from '../api/useCall';
import { notifyDone } from '../lib/notify';

interface Props {
  customer: Customer;
  opened: boolean;
  onClose: () => void;
}

const who = (c: Customer) => c.name || c.phone || c.email || 'this customer';

export function EraseCustomerModal({ customer, opened, onClose }: Props) {
  const write = useWrite();
  const { busy, error, close, run } = useConfirm(onClose);
  // What it would touch, asked fresh each time the dialog opens (nothing is written); not again while
  // erasing, when the customer it asks about is going.
  const preview = useCall('customers.erase', { customerId: customer.id, dryRun: true }, { enabled: opened && !busy, gcTime: 0 });
  const refs = preview.data?.incidents.map((i) => i.ref) ?? [];
  // A regular can have many incidents: name the first few, count the rest.
  const named = refs.length > 12 ? `${refs.slice(0, 10).join(', ')} and ${refs.length - 10} more` : refs.join(', ');
  const erase = () =>
    run(async () => {
      const done = await write('customers.erase', { customerId: customer.id });
      notifyDone(`Customer erased from ${done.incidents.length === 1 ? '1 incident' : `${done.incidents.length} incidents`}.`);
    });
  return (
    <Modal opened={opened} onClose={close} title={`Erase ${who(customer)}?`} styles={{ title: { fontWeight: 700 } }}>
      <Stack gap="sm">
        {preview.isLoading && <Loader size="sm" aria-label="Finding this customer's incidents" />}
        {preview.error && <Alert color="red">{errorMessage(preview.error)}</Alert>}
        {preview.data && (
          <Text>
            Their name, phone, email and note are removed from{' '}
            {refs.length === 1 ? `incident ${refs[0]}` : `${refs.length} incidents, ${named}, which share their phone number or email`}
            : from the customer details, the timeline and search, and where they are written in what happened, notes and compensations
            they become “[erased]”.
          </Text>
        )}
        <Text>
          The incidents stay, without a customer, so the figures do not change. This cannot be undone; backups made before now still hold
          the details.
        </Text>
      </Stack>
      <ConfirmActions error={error} keepLabel="Keep" confirmLabel="Erase for good" onKeep={close} onConfirm={() => void erase()} busy={busy} disabled={!preview.data} />
    </Modal>
  );
}
